"""Commands: docx (filled in by its issue)."""
