"""The actions the service runs: exactly the Excel ribbon's buttons, by their entry modules.

An action's name is the last part of its button's entry module (``kjreport.excel.fill`` →
``fill``), so a button added to the ribbon (``kjreport.excel.addin.BUTTONS``) becomes an action
here and a button in the WPS add-in without further code. Each action calls the module's
``main(book)`` — the same function the Excel ribbon calls — on ``xlwings.Book(json=payload)``.
"""

from __future__ import annotations

import hashlib
import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kjreport.excel.addin import BUTTONS, Button

# buttons whose file the Excel ribbon opens afterwards (生成总结 and 进度通报 open the .docx)
OPENS_DOCUMENT = frozenset({"docx", "progress"})


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
    """What running an action gave: the client's actions and a document to offer opening.

    ``asked`` is set when the button asked a question (确定/取消) that only the user can
    answer: ``actions`` is then just that question, and the client runs the action again with
    the answer (``ANSWERS_KEY`` in the payload).
    """

    actions: list[dict]
    ok: bool
    document: Path | None = None
    asked: bool = False


ANSWERS_KEY = "kjreport_answers"  # payload key: {question key: "ok" | "cancel" | "yes" | "no"}
ANSWER_CALLBACK = "kjreportAnswer"  # alert callback "kjreportAnswer:<question key>"
QUESTION_BUTTONS = ("ok_cancel", "yes_no", "yes_no_cancel")
# xlwings' remote engine keeps one App for every Book, and a message box goes to the Book opened
# last: one run at a time keeps each click's messages in its own reply
_ENGINE = threading.Lock()


def question_key(prompt: str) -> str:
    """Return the key a question is answered under: a digest of its text."""
    return hashlib.sha256(prompt.encode("utf-8")).hexdigest()[:16]


def run_action(action: Action, payload: dict) -> RunResult:
    """Run ``action`` on a remote-engine book over ``payload``; return the client's actions.

    The entry function never raises (``messages.run_button`` turns every failure into a
    message box), so the actions always tell the user how it went. A question the button asks
    with ``app.alert(..., buttons="ok_cancel")`` is answered from the payload's answers; an
    unanswered one is sent to the client instead of the run's other actions (the button went
    on as if "cancel" was pressed; nothing of that run is applied).
    """
    import xlwings as xw

    answers = payload.pop(ANSWERS_KEY, None) or {}
    with _ENGINE:
        book = xw.Book(json=payload)
        impl = book.app.impl
        queue = impl.alert
        questions: list[dict] = []

        def alert(prompt, title, buttons, mode, callback):
            if buttons not in QUESTION_BUTTONS:
                return queue(prompt, title, buttons, mode, callback)
            key = question_key(str(prompt or ""))
            if isinstance(answers.get(key), str):
                return answers[key]
            queue(prompt, title, buttons, mode, f"{ANSWER_CALLBACK}:{key}")
            questions.append(book.json()["actions"][-1])
            return None

        impl.alert = alert
        try:
            outcome = action.entry()(book)
            actions = book.json()["actions"]
        finally:
            del impl.alert  # back to the engine's own method
            book.close()
    if questions:
        return RunResult(questions[:1], True, None, asked=True)
    document = None
    if outcome is not None and action.name in OPENS_DOCUMENT:
        document = getattr(outcome, "path", None)
    return RunResult(actions, outcome is not None and outcome.ok, document)
