"""Commands: send (filled in by its issue)."""
