"""A dialog base with inline validation: fields in error are marked, OK stays disabled until valid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.errors import MissionPlannerError, Problem

ERROR_STYLE = "color: #b03a2e;"
WARNING_STYLE = "color: #9a6700;"
INVALID_PROPERTY = "invalid"


class FormDialog(QDialog):
    """Subclasses build fields, map field names to widgets, and turn the form into a record."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("formSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.field_widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}

    # Building
    def add_field(self, label: str, name: str, widget: QWidget) -> QWidget:
        """Add a labelled field with room for its error message underneath."""
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(widget, QAbstractSpinBox):
            # A date or a number keeps its own width, but its row takes the form's: the error under it was
            # squeezed into the width of the date and cut off.
            holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, holder)
        self.field_widgets[name] = widget
        self.error_labels[name] = error
        if isinstance(widget, QPlainTextEdit):
            # Long texts (notes, agenda, a description) are checked too: once shortened, OK comes back.
            self.watch(widget.textChanged)
        return widget

    def watch(self, *signals: Any) -> None:
        """Revalidate whenever any of these signals fire (validation is cheap and pure)."""
        for signal in signals:
            signal.connect(lambda *_: self.validate())

    # Validation
    def problems(self) -> list[Problem]:
        """What is wrong with the form as it stands; subclasses ask the domain layer."""
        return []

    def warnings(self) -> list[Problem]:
        return []

    def validate(self) -> bool:
        try:
            problems = self.problems()
        except MissionPlannerError as error:
            problems = [Problem(getattr(error, "field", ""), error.message)]
        shown: set[str] = set()
        for name, label in self.error_labels.items():
            messages = [p.message for p in problems if p.field == name]
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            self._mark(self.field_widgets[name], bool(messages))
            if messages:
                shown.add(name)
        others = [f"{p.field}: {p.message}" for p in problems if p.field not in shown]
        warnings = [p.message for p in self.warnings()] if not problems else []
        if others:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText("\n".join(others))
        elif warnings:
            self.summary.setStyleSheet(WARNING_STYLE)
            self.summary.setText("\n".join(f"⚠ {w}" for w in warnings))
        else:
            self.summary.setText("")
        self.summary.setVisible(bool(others or warnings))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        return not problems

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty(INVALID_PROPERTY, invalid)
        widget.setStyleSheet("border: 1px solid #b03a2e; border-radius: 3px;" if invalid else "")

    def accept(self) -> None:
        if self.validate():
            super().accept()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.validate()
