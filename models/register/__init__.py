"""The complaint register: numbering, complaints and their lifecycle, the timeline, lists and figures, the month's end, returns, the systemic check, imports."""
