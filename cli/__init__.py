"""The command line: the same domain rules as the screens, reached by typing."""
