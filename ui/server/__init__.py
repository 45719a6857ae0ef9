"""Watching the branch server and checking the register in the background."""
