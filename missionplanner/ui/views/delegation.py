"""The Delegation tab: who travels, with their company and role."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.enums import ParticipantRole
from missionplanner.domain.models import Participant, new_id
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.context import AppContext
from missionplanner.ui.dialogs.directory_dialogs import ContactDialog
from missionplanner.ui.models.tables import ParticipantsModel
from missionplanner.ui.widgets.ask import confirmed
from missionplanner.ui.widgets.lookups import contact_picker, organization_picker
from missionplanner.ui.widgets.pickers import EnumCombo


class DelegationTab(QWidget):
    """Add people from the directory (or new ones), change their role, remove them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.mission_id: str | None = None
        self.model = ParticipantsModel(context.services, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 220, 260)):
            self.table.setColumnWidth(column, width)
        self.picker = contact_picker(context.services)
        self.picker.setObjectName("participantPicker")
        self.role = EnumCombo(ParticipantRole)
        self.role.setCurrentIndex(self.role.findData(ParticipantRole.MEMBER.value))
        add = QPushButton(QCoreApplication.translate("DelegationTab", "Add to delegation"))
        add.setObjectName("addParticipant")
        add.clicked.connect(self.add_picked)
        self.picker.lineEdit().returnPressed.connect(self.add_picked)
        new = QPushButton(QCoreApplication.translate("DelegationTab", "New person…"))
        new.clicked.connect(self.add_new_contact)
        self.change_role_combo = EnumCombo(ParticipantRole)
        set_role = QPushButton(QCoreApplication.translate("DelegationTab", "Set role"))
        set_role.clicked.connect(self.set_role)
        remove = QPushButton(QCoreApplication.translate("DelegationTab", "Remove"))
        remove.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("DelegationTab", "Add:")))
        top.addWidget(self.picker, 1)
        top.addWidget(self.role)
        top.addWidget(add)
        top.addWidget(new)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(QLabel(QCoreApplication.translate("DelegationTab", "Selected:")))
        bottom.addWidget(self.change_role_combo)
        bottom.addWidget(set_role)
        bottom.addWidget(remove)
        self.empty = QLabel(
            QCoreApplication.translate(
                "DelegationTab", "Nobody in the delegation yet. Type a name above to add someone from the directory."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        context.hub.changed.connect(self.on_changed)

    def set_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        self.model.set_mission(mission_id)
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def add_contact(self, contact_id: str) -> bool:
        if self.mission_id is None:
            return False
        contact = self.context.services.contacts.get(contact_id)
        participant = Participant(
            id=new_id(), mission_id=self.mission_id, contact_id=contact_id, role=self.role.value()
        )
        text = QCoreApplication.translate("DelegationTab", "Add {name} to the delegation").format(name=contact.name)
        if self.context.create("participant", participant, text):
            self.context.hub.message.emit(
                QCoreApplication.translate("DelegationTab", "{name} added to the delegation").format(name=contact.name)
            )
            return True
        return False

    def add_picked(self) -> None:
        contact_id = self.picker.record_id()
        if contact_id is None:
            if self.picker.currentText().strip():
                self.context.hub.message.emit(
                    QCoreApplication.translate("DelegationTab", "Choose a person from the list, or use New person…")
                )
            return
        if self.add_contact(contact_id):
            self.picker.clear_choice()

    def add_new_contact(self) -> None:
        dialog = ContactDialog(organization_picker(self.context.services), parent=self)
        dialog.name.setText(self.picker.currentText().strip())
        if dialog.exec():
            contact = self.context.create(
                "contact", dialog.record(), QCoreApplication.translate("DelegationTab", "New contact")
            )
            if contact is not None:
                self.picker.refresh()
                self.add_contact(contact.id)

    def selected(self) -> list[Participant]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [p for p in (self.model.record_at(r) for r in rows) if p is not None]

    def set_role(self) -> None:
        role = self.change_role_combo.value()
        text = QCoreApplication.translate("DelegationTab", "Set role to {role}").format(role=role.label)
        for participant in self.selected():
            if participant.role != role:
                self.context.update("participant", replace(participant, role=role), text)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        names = [self.model.cell(p, 0) for p in chosen]
        if not confirmed(
            self,
            QCoreApplication.translate("DelegationTab", "Remove from delegation"),
            QCoreApplication.translate(
                "DelegationTab", "Remove {names} from the delegation? They stay in the directory."
            ).format(names=", ".join(names)),
        ):
            return
        for participant, name in zip(chosen, names, strict=True):
            text = QCoreApplication.translate("DelegationTab", "Remove {name} from the delegation").format(name=name)
            self.context.delete("participant", participant.id, text)

    def delete_selected(self) -> None:
        self.remove_selected()

    def on_changed(self, changes: ChangeSet) -> None:
        if self.mission_id is None:
            return
        if changes.ids("contact"):
            self.picker.refresh()
        self.model.apply(changes)
        self._update_empty()
