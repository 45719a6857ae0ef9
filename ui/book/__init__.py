"""The opinion book and the suggestion box."""
