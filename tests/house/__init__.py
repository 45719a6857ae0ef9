"""The house's own rules: layers, types, packaging, texts."""
