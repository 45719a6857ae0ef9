"""What the window and the command line share: settings, languages and messages.

QtCore only (no widgets), so ``cli/`` may import it: a command never loads Qt Widgets.
"""
