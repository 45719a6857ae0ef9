"""Turning register data into files people read: CSV, JSON, PDF. Knows nothing of Qt."""
