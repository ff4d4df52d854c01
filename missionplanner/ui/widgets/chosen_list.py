"""An ordered list of chosen directory records, added by type-ahead and removed with a button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from missionplanner.ui.widgets.pickers import RecordPicker


class ChosenList(QWidget):
    """Hosts, host contacts, counterparts: pick several records, keep their order."""

    changed = Signal()

    def __init__(
        self,
        picker: RecordPicker,
        label_of: Callable[[str], str],
        create: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.picker = picker
        self.label_of = label_of
        self.list = QListWidget()
        self.list.setMaximumHeight(78)
        add = QPushButton(QCoreApplication.translate("ChosenList", "Add"))
        add.clicked.connect(self.add_picked)
        picker.lineEdit().returnPressed.connect(self.add_picked)
        remove = QPushButton(QCoreApplication.translate("ChosenList", "Remove"))
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(picker, 1)
        row.addWidget(add)
        if create is not None:
            new = QPushButton(QCoreApplication.translate("ChosenList", "New…"))
            new.setToolTip(
                QCoreApplication.translate("ChosenList", "Create a new record in the directory and add it here")
            )
            new.clicked.connect(lambda: self._add_created(create))
            row.addWidget(new)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def ids(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count()))

    def set_ids(self, ids: tuple[str, ...]) -> None:
        self.list.clear()
        for record_id in ids:
            self._append(record_id)
        self.changed.emit()

    def add_id(self, record_id: str) -> None:
        if record_id not in self.ids():
            self._append(record_id)
            self.changed.emit()

    def add_picked(self) -> None:
        record_id = self.picker.record_id()
        if record_id:
            self.add_id(record_id)
            self.picker.clear_choice()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def _append(self, record_id: str) -> None:
        item = QListWidgetItem(self.label_of(record_id))
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.list.addItem(item)

    def _add_created(self, create: Callable[[], str | None]) -> None:
        record_id = create()
        if record_id:
            self.picker.refresh()
            self.add_id(record_id)
