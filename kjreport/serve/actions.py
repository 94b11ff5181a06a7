"""The actions the service runs: exactly the Excel ribbon's buttons, by their entry modules.

An action's name is the last part of its button's entry module (``kjreport.excel.fill`` →
``fill``), so a button added to the ribbon (``kjreport.excel.addin.BUTTONS``) becomes an action
here and a button in the WPS add-in without further code. Each action calls the module's
``main(book)`` — the same function the Excel ribbon calls — on ``xlwings.Book(json=payload)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kjreport.excel.addin import BUTTONS, Button

# buttons whose file the Excel ribbon opens afterwards (生成总结 opens the .docx it wrote)
OPENS_DOCUMENT = frozenset({"docx"})


@dataclass(frozen=True)
class Action:
    """One button the service can run."""

    name: str  # "fill"
    label: str  # "计算指标"
    button: Button
    main: Callable | None = field(default=None, compare=False)  # instead of the module's

    def entry(self) -> Callable:
        """Return the button's entry function ``main(book)``."""
        if self.main is not None:
            return self.main
        return importlib.import_module(self.button.module).main


def action_name(button: Button) -> str:
    """Return the action name of ``button``: its entry module's last part."""
    return button.module.rsplit(".", 1)[-1]


def available_actions() -> dict[str, Action]:
    """Return the actions whose buttons exist in this installation, in ribbon order."""
    return {
        action_name(b): Action(action_name(b), b.label, b) for b in BUTTONS if b.available()
    }


@dataclass
class RunResult:
    """What running an action gave: the client's actions and a document to offer opening."""

    actions: list[dict]
    ok: bool
    document: Path | None = None


def run_action(action: Action, payload: dict) -> RunResult:
    """Run ``action`` on a remote-engine book over ``payload``; return the client's actions.

    The entry function never raises (``messages.run_button`` turns every failure into a
    message box), so the actions always tell the user how it went.
    """
    import xlwings as xw

    book = xw.Book(json=payload)
    outcome = action.entry()(book)
    document = None
    if outcome is not None and action.name in OPENS_DOCUMENT:
        document = getattr(outcome, "path", None)
    return RunResult(book.json()["actions"], outcome is not None and outcome.ok, document)
