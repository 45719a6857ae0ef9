"""The domain's rules, on every engine."""
