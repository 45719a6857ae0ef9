"""At the counter: the guided de-escalation checklist, standard replies, letters and the customer's slip."""
