"""Command line: ``kjreport check|fill|docx|send|plan|init|collect|excel|serve|wps``.

Each command parses its options, calls one library function and prints the outcome. The
library raises named errors (kjreport.errors); this layer alone turns them into Chinese
messages and exit code 1 — never a traceback.
"""

from __future__ import annotations

from kjreport.cli import core, docx, excel, plan, progress, send, wps  # noqa: F401  (register commands)
from kjreport.cli.app import main

__all__ = ["main"]
