"""The complaint screens: Home, the register list, the form, a complaint's page, its letters and slip."""
