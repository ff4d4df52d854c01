"""The Directory: organizations and their people, shared by every mission."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.enums import ItemKind
from missionplanner.domain.models import Contact, HistoryEntry, Organization
from missionplanner.domain.reference import country_name
from missionplanner.i18n.formats import medium_date
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.context import AppContext
from missionplanner.ui.dialogs.directory_dialogs import ContactDialog, OrganizationDialog
from missionplanner.ui.models.tables import ContactsModel, OrganizationsModel
from missionplanner.ui.widgets.ask import confirmed
from missionplanner.ui.widgets.lookups import organization_picker


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class DirectoryView(QSplitter):
    """Searchable organizations on the left; the chosen one's details, people and history on the right."""

    openMission = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organizations = OrganizationsModel(context.services, self)
        self.contacts = ContactsModel(context.services, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("DirectoryView", "Filter organizations by name, local name or city…")
        )
        self.search.setClearButtonEnabled(True)
        self.org_table = _table(self.organizations)
        self.org_table.setObjectName("organizations")
        for column, width in enumerate((330, 150, 120)):
            self.org_table.setColumnWidth(column, width)
        new_org = QPushButton(QCoreApplication.translate("DirectoryView", "New organization…"))
        new_org.clicked.connect(self.new_organization)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.org_table, 1)
        left_row = QHBoxLayout()
        left_row.addWidget(new_org)
        left_row.addStretch(1)
        left_layout.addLayout(left_row)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        edit_org = QPushButton(QCoreApplication.translate("DirectoryView", "Edit…"))
        edit_org.clicked.connect(self.edit_organization)
        delete_org = QPushButton(QCoreApplication.translate("DirectoryView", "Delete"))
        delete_org.clicked.connect(self.delete_organization)
        details_box = QGroupBox(QCoreApplication.translate("DirectoryView", "Organization"))
        details_layout = QVBoxLayout(details_box)
        details_layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(edit_org)
        row.addWidget(delete_org)
        details_layout.addLayout(row)
        self.contact_table = _table(self.contacts)
        self.contact_table.setObjectName("contacts")
        for column, width in enumerate((200, 200, 200)):
            self.contact_table.setColumnWidth(column, width)
        self.contact_table.doubleClicked.connect(lambda _: self.edit_contact())
        new_contact = QPushButton(QCoreApplication.translate("DirectoryView", "New person…"))
        new_contact.clicked.connect(self.new_contact)
        edit_contact = QPushButton(QCoreApplication.translate("DirectoryView", "Edit…"))
        edit_contact.clicked.connect(self.edit_contact)
        delete_contact = QPushButton(QCoreApplication.translate("DirectoryView", "Delete"))
        delete_contact.clicked.connect(self.delete_contact)
        contacts_box = QGroupBox(QCoreApplication.translate("DirectoryView", "People"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contact_table, 1)
        row = QHBoxLayout()
        row.addWidget(new_contact)
        row.addStretch(1)
        row.addWidget(edit_contact)
        row.addWidget(delete_contact)
        contacts_layout.addLayout(row)
        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setHeaderLabels(
            [
                QCoreApplication.translate("DirectoryView", "Date"),
                QCoreApplication.translate("DirectoryView", "What"),
                QCoreApplication.translate("DirectoryView", "Mission"),
                QCoreApplication.translate("DirectoryView", "Details"),
            ]
        )
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setColumnWidth(0, 95)
        self.history.setColumnWidth(1, 300)
        self.history.setColumnWidth(2, 260)
        self.history.itemDoubleClicked.connect(self._history_activated)
        self.history_label = QLabel()
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history, 1)
        self.lower = QTabWidget()
        self.lower.addTab(contacts_box, QCoreApplication.translate("DirectoryView", "People"))
        self.lower.addTab(history_box, QCoreApplication.translate("DirectoryView", "History with us"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(details_box)
        right.addWidget(self.lower)
        right.setSizes([240, 360])
        self.addWidget(left)
        self.addWidget(right)
        self.setSizes([560, 640])

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(lambda: self.organizations.set_text_soon(self.search.text()))
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.org_table.selectionModel().currentRowChanged.connect(self._organization_changed)
        self.contact_table.selectionModel().currentRowChanged.connect(self._contact_changed)
        # A new filter or a change resets the list: the organization being looked at stays chosen
        # while the list still shows it.
        self._chosen_before_reset: str | None = None
        self.organizations.modelAboutToBeReset.connect(self._remember_choice)
        self.organizations.modelReset.connect(self._reselect)
        context.hub.changed.connect(self.on_changed)
        self.organizations.set_text_soon("")  # the page shows at once; the list follows
        self._show_details(None)

    # Selection
    def current_organization(self) -> Organization | None:
        return self.organizations.record_at(self.org_table.currentIndex().row())

    def current_contact(self) -> Contact | None:
        return self.contacts.record_at(self.contact_table.currentIndex().row())

    def select_organization(self, organization_id: str) -> None:
        row = self.organizations.row_of(organization_id)
        if row < 0 and self.search.text():
            self.search.clear()
            self._debounce.stop()  # the cleared filter applies now; a late one would lose the choice
            self.organizations.set_text("")
            row = self.organizations.row_of(organization_id)
        if row >= 0:
            self.org_table.setCurrentIndex(self.organizations.index(row, 0))
            self.org_table.scrollTo(self.organizations.index(row, 0))

    def select_contact(self, contact_id: str) -> None:
        contact = self.context.services.contacts.find(contact_id)
        if contact is None:
            return
        if contact.organization_id:
            self.select_organization(contact.organization_id)
        row = self.contacts.row_of(contact_id)
        if row >= 0:
            self.contact_table.setCurrentIndex(self.contacts.index(row, 0))

    def _remember_choice(self) -> None:
        chosen = self.current_organization()
        self._chosen_before_reset = chosen.id if chosen else None

    def _reselect(self) -> None:
        if not self.organizations.rowCount() or self.org_table.currentIndex().isValid():
            return
        chosen, self._chosen_before_reset = self._chosen_before_reset, None
        row = self.organizations.row_of(chosen) if chosen else -1
        index = self.organizations.index(max(row, 0), 0)
        self.org_table.setCurrentIndex(index)
        if row > 0:
            self.org_table.scrollTo(index)

    def _organization_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        organization = self.organizations.record_at(current.row()) if current.isValid() else None
        self.contacts.set_organization(organization.id if organization else None)
        self._show_details(organization)
        if organization is not None:
            self.show_history("organization", organization.id, organization.name)
        else:
            self.history.clear()
            self.history_label.clear()

    def _contact_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact = self.contacts.record_at(current.row()) if current.isValid() else None
        if contact is not None:
            self.show_history("contact", contact.id, contact.name)

    def show_history(self, kind: str, record_id: str, name: str) -> None:
        """Every mission, meeting, outcome and follow-up that involved the organization or person."""
        history = self.context.services.history
        entries = history.organization(record_id) if kind == "organization" else history.contact(record_id)
        self.history.clear()
        for entry in entries:
            when = medium_date(entry.on) if entry.on else ""
            row = QTreeWidgetItem([when, _history_what(entry), entry.mission_title, entry.detail])
            row.setData(0, Qt.ItemDataRole.UserRole, entry.mission_id)
            for column in range(4):
                row.setToolTip(column, row.text(column))
            self.history.addTopLevelItem(row)
        count = len(entries)
        if count:
            text = QCoreApplication.translate(
                "DirectoryView", "<b>{name}</b>: %n record(s) across missions, newest first", None, count
            )
        else:
            text = QCoreApplication.translate("DirectoryView", "<b>{name}</b> has not been part of any mission yet.")
        self.history_label.setText(text.format(name=html.escape(name)))

    def _history_activated(self, row: QTreeWidgetItem) -> None:
        mission_id = row.data(0, Qt.ItemDataRole.UserRole)
        if mission_id:
            self.openMission.emit(mission_id)

    def _show_details(self, organization: Organization | None) -> None:
        if organization is None:
            hint = QCoreApplication.translate(
                "DirectoryView", "Choose an organization, or create one with <b>New organization…</b>"
            )
            self.details.setText(f"<p style='color:#777'>{hint}</p>")
            return
        o = organization
        usage = self.context.services.organizations.usage(o.id)
        rows = [
            (QCoreApplication.translate("DirectoryView", "Local name"), o.name_local),
            (QCoreApplication.translate("DirectoryView", "Kind"), o.kind.label),
            (QCoreApplication.translate("DirectoryView", "Country"), country_name(o.country)),
            (QCoreApplication.translate("DirectoryView", "City"), o.city),
            (QCoreApplication.translate("DirectoryView", "Address"), o.address),
            (QCoreApplication.translate("DirectoryView", "Sectors"), ", ".join(o.sectors)),
            (QCoreApplication.translate("DirectoryView", "Website"), o.website),
            (QCoreApplication.translate("DirectoryView", "Phone"), o.phone),
            (QCoreApplication.translate("DirectoryView", "E-mail"), o.email),
            (QCoreApplication.translate("DirectoryView", "Notes"), o.notes),
        ]
        body = "".join(
            f"<tr><td style='color:#666;padding-right:12px'>{label}</td><td>{_multiline(value)}</td></tr>"
            for label, value in rows
            if value
        )
        used = ", ".join(_usage(name, n) for name, n in usage.items() if n)
        archive = (
            QCoreApplication.translate("DirectoryView", "In the archive: {records}").format(records=used)
            if used
            else QCoreApplication.translate("DirectoryView", "In the archive: not yet part of any mission")
        )
        self.details.setText(
            f"<h3 style='margin:0'>{html.escape(o.name)}</h3><table>{body}</table><p style='color:#666'>{archive}</p>"
        )

    # Organization actions
    def new_organization(self) -> None:
        dialog = OrganizationDialog(parent=self)
        dialog.name.setText(self.search.text().strip())
        if dialog.exec():
            text = QCoreApplication.translate("DirectoryView", "New organization '{name}'")
            created = self.context.create("organization", dialog.record(), text.format(name=dialog.record().name))
            if created is not None:
                self.select_organization(created.id)

    def edit_organization(self) -> None:
        organization = self.current_organization()
        if organization is None:
            return
        dialog = OrganizationDialog(organization, parent=self)
        if dialog.exec() and dialog.record() != organization:
            text = QCoreApplication.translate("DirectoryView", "Edit organization '{name}'")
            self.context.update("organization", dialog.record(), text.format(name=dialog.record().name))

    def delete_organization(self) -> None:
        organization = self.current_organization()
        if organization is None:
            return
        people = self.contacts.rowCount()
        if people:
            question = QCoreApplication.translate(
                "DirectoryView",
                "Delete '{name}'?\n\nIts %n person(s) will stay in the directory, without an organization.",
                None,
                people,
            )
        else:
            question = QCoreApplication.translate("DirectoryView", "Delete '{name}'?")
        title = QCoreApplication.translate("DirectoryView", "Delete organization")
        if confirmed(self, title, question.format(name=organization.name)):
            text = QCoreApplication.translate("DirectoryView", "Delete organization '{name}'")
            self.context.delete("organization", organization.id, text.format(name=organization.name))

    # Contact actions
    def new_contact(self) -> None:
        organization = self.current_organization()
        picker = organization_picker(self.context.services)
        dialog = ContactDialog(picker, parent=self)
        if organization is not None:
            picker.choose(organization.id)
        if dialog.exec():
            text = QCoreApplication.translate("DirectoryView", "New contact '{name}'")
            self.context.create("contact", dialog.record(), text.format(name=dialog.record().name))

    def edit_contact(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        dialog = ContactDialog(organization_picker(self.context.services), contact, parent=self)
        if dialog.exec() and dialog.record() != contact:
            text = QCoreApplication.translate("DirectoryView", "Edit contact '{name}'")
            self.context.update("contact", dialog.record(), text.format(name=dialog.record().name))

    def delete_contact(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        if confirmed(
            self,
            QCoreApplication.translate("DirectoryView", "Delete person"),
            QCoreApplication.translate("DirectoryView", "Delete '{name}' from the directory?").format(
                name=contact.name
            ),
        ):
            text = QCoreApplication.translate("DirectoryView", "Delete contact '{name}'")
            self.context.delete("contact", contact.id, text.format(name=contact.name))

    def delete_selected(self) -> bool:
        if self.contact_table.hasFocus() and self.current_contact() is not None:
            self.delete_contact()
            return True
        if self.current_organization() is not None:
            self.delete_organization()
            return True
        return False

    def on_changed(self, changes: ChangeSet) -> None:
        self.organizations.apply(changes)
        self.contacts.apply(changes)
        if any(changes.ids(e) for e in ("organization", "mission", "item", "outcome", "follow_up", "participant")):
            organization = self.current_organization()
            self._show_details(organization)
            if organization is not None:
                self.show_history("organization", organization.id, organization.name)


def _history_what(entry: HistoryEntry) -> str:
    """'Site visit: Agro Pack plant', 'Outcome: …': what kind of record the history line is, and its title."""
    if entry.kind == "mission":
        kind = QCoreApplication.translate("DirectoryView", "Mission")
    elif entry.kind == "outcome":
        kind = QCoreApplication.translate("DirectoryView", "Outcome")
    elif entry.kind == "follow_up":
        kind = QCoreApplication.translate("DirectoryView", "Follow-up")
    elif entry.kind in ItemKind.codes():
        kind = ItemKind(entry.kind).label
    else:
        kind = entry.kind.replace("_", " ").capitalize()
    return QCoreApplication.translate("DirectoryView", "{kind}: {title}").format(kind=kind, title=entry.title)


def _usage(name: str, n: int) -> str:
    """'3 contacts', '1 organized mission': one kind of record that refers to an organization."""
    if name == "contacts":
        return QCoreApplication.translate("DirectoryView", "%n contact(s)", None, n)
    if name == "organized missions":
        return QCoreApplication.translate("DirectoryView", "%n organized mission(s)", None, n)
    if name == "hosted items":
        return QCoreApplication.translate("DirectoryView", "%n hosted item(s)", None, n)
    if name == "outcomes":
        return QCoreApplication.translate("DirectoryView", "%n outcome(s)", None, n)
    return f"{n} {name}"


def _multiline(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
