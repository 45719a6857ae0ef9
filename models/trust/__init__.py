"""Signing in, and what makes the register's history provable: signatures, the upgrade's seal, the seal printed on the register."""
