"""The full-text index over complaints: SQLite FTS5 here, PostgreSQL's own index on the branch server."""
