"""Settings: the branch, staff, the branch server and the move to it."""
