"""The register's tables and how they are written: the database, the audit trail, personal values beside it, bulk loading, the schema's version, the branch server address, drafts kept on this PC."""
