"""The complaint register's domain: records, rules and storage. Knows nothing of Qt."""
