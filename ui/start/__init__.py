"""Signing in and the first start."""
