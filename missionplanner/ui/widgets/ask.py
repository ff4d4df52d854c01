"""Asking the user to pick one of a few named actions (or cancel)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


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
