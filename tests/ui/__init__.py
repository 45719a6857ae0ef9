"""The window, driven by the keys and buttons a user presses."""
