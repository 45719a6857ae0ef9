"""The schema version this app writes: one more for each step in ``models.maintenance.migrations``.

Kept apart from the steps so the modules that only compare versions (backups, the
branch server's probe, the upgrade's seal) need not load the upgrade code, which itself
writes backups.
A new migration step raises it by one (``migrations`` refuses to load otherwise).
"""

from __future__ import annotations

from models.storage.schema import Meta
from models.storage.typed import AnyDatabase

SCHEMA_VERSION = 24
# The schema version whose upgrade entries a manager has sealed (models.trust.upgrade_seal).
UPGRADE_SEALED_KEY = "upgrade_sealed_at_version"


def current_version(db: AnyDatabase) -> int:
    """The schema version the register says it has (0: no register yet)."""
    if not db.table_exists(Meta._meta.table_name):
        return 0
    row = Meta.get_or_none(Meta.key == "schema_version")
    return int(row.value) if row else 0
