"""Asking the user to pick one of a few named actions (or cancel), and telling them what went wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from missionplanner.domain.errors import ExchangeError, MissionPlannerError, ValidationError

# Problems listed in a message box: a damaged file can have thousands, and a box taller than the screen
# cannot be closed with the mouse; the rest are under "Show Details…".
SHOWN_PROBLEMS = 15


def ask_choice(parent: QWidget | None, title: str, text: str, choices: list[str]) -> str | None:
    """Show a question with one button per choice plus Cancel; return the chosen text, or None."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    buttons = {box.addButton(choice, QMessageBox.ButtonRole.AcceptRole): choice for choice in choices}
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())


def confirmed(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask a yes/no question (a delete, a removal); True when the answer is Yes."""
    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes


def error_text(error: MissionPlannerError) -> str:
    """What to tell the user: a form's problems without their internal field names ("out:", "contact_id:"),
    a file's problems with their place in the file (the first ones)."""
    if isinstance(error, ValidationError):
        # Each problem is a sentence of its own in a message box: it starts with a capital.
        return "\n".join(problem.message[:1].upper() + problem.message[1:] for problem in error.problems)
    if isinstance(error, ExchangeError) and len(error.problems) > SHOWN_PROBLEMS:
        headline = error.message.split("\n", 1)[0]
        shown = "".join(f"\n  {problem}" for problem in error.problems[:SHOWN_PROBLEMS])
        more = QCoreApplication.translate(
            "Messages", "… and %n more (Show Details…)", None, len(error.problems) - SHOWN_PROBLEMS
        )
        return f"{headline}{shown}\n  {more}"
    return error.message


def show_error(parent: QWidget | None, title: str, error: MissionPlannerError) -> None:
    """A warning box with `error_text(error)`; every problem of a long list under Show Details…"""
    if not (isinstance(error, ExchangeError) and len(error.problems) > SHOWN_PROBLEMS):
        QMessageBox.warning(parent, title, error_text(error))
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(error), QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText("\n".join(str(problem) for problem in error.problems))
    box.exec()
