"""A month of the register as one value: what its printed register shows, assembled once."""
