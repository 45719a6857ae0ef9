"""Widgets and plumbing every screen uses: the operations layer, dialogs, fields, the write gate."""
