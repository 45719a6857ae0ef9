"""The guided de-escalation checklist."""
