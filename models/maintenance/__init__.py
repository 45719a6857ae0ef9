"""Keeping the register whole: opening it, upgrades, backups and restores, the audit check and its witnesses, retention, moving it to the branch server."""
