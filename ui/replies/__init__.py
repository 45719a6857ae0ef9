"""Standard replies."""
