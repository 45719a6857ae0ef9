"""The main window's shell and its parts, the application's start."""
