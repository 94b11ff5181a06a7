"""Commands: excel (filled in by its issue)."""
