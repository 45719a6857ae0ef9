"""The register and the exports as printed and saved."""
