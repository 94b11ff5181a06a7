"""Commands: core (filled in by its issue)."""
