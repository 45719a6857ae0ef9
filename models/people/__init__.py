"""The branch's own settings and its staff, with their signing keys."""
