"""Words, rules and values every part of the domain shares: errors, actors, text limits, vocabularies, countries, categories, deadlines, signing keys' primitives."""
