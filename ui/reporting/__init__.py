"""The month's register and the exports."""
