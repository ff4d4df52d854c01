"""Dialogs for directory records: organization and contact."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from missionplanner.domain.enums import OrganizationKind
from missionplanner.domain.errors import Problem
from missionplanner.domain.models import Contact, Organization, new_id
from missionplanner.domain.validation import contact_problems, organization_problems
from missionplanner.ui.dialogs.form import FormDialog
from missionplanner.ui.widgets.pickers import CountryPicker, EnumCombo, RecordPicker


def split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


class OrganizationDialog(FormDialog):
    """Create or edit an organization of the directory."""

    def __init__(self, organization: Organization | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("OrganizationDialog", "Edit organization")
            if organization
            else QCoreApplication.translate("OrganizationDialog", "New organization"),
            parent,
        )
        self.original = organization or Organization(id=new_id(), name="")
        o = self.original
        self.name = self.add_field(QCoreApplication.translate("OrganizationDialog", "&Name"), "name", QLineEdit(o.name))
        self.name_local = self.add_field(
            QCoreApplication.translate("OrganizationDialog", "&Local name"), "name_local", QLineEdit(o.name_local)
        )
        self.name_local.setPlaceholderText(
            QCoreApplication.translate("OrganizationDialog", "Name in Russian, Turkmen…")
        )
        self.kind = self.add_field(
            QCoreApplication.translate("OrganizationDialog", "&Kind"), "kind", EnumCombo(OrganizationKind)
        )
        self.kind.set_value(o.kind)
        self.country = self.add_field(
            QCoreApplication.translate("OrganizationDialog", "&Country"), "country", CountryPicker()
        )
        self.country.set_code(o.country)
        self.city = self.add_field(QCoreApplication.translate("OrganizationDialog", "C&ity"), "city", QLineEdit(o.city))
        self.address = self.add_field(
            QCoreApplication.translate("OrganizationDialog", "&Address"), "address", QLineEdit(o.address)
        )
        self.sectors = self.add_field(
            QCoreApplication.translate("OrganizationDialog", "&Sectors"), "sectors", QLineEdit(", ".join(o.sectors))
        )
        self.sectors.setPlaceholderText(
            QCoreApplication.translate("OrganizationDialog", "Comma-separated, e.g. agriculture, logistics")
        )
        self.website = self.add_field(
            QCoreApplication.translate("OrganizationDialog", "&Website"), "website", QLineEdit(o.website)
        )
        self.phone = self.add_field(
            QCoreApplication.translate("OrganizationDialog", "&Phone"), "phone", QLineEdit(o.phone)
        )
        self.email = self.add_field(
            QCoreApplication.translate("OrganizationDialog", "&E-mail"), "email", QLineEdit(o.email)
        )
        self.notes = self.add_field(
            QCoreApplication.translate("OrganizationDialog", "N&otes"), "notes", QPlainTextEdit(o.notes)
        )
        self.notes.setFixedHeight(70)
        self.watch(*(w.textChanged for w in (self.name, self.email, self.sectors)), self.country.currentTextChanged)
        self.resize(520, self.sizeHint().height())

    def record(self) -> Organization:
        return replace(
            self.original,
            name=self.name.text().strip(),
            name_local=self.name_local.text().strip(),
            kind=self.kind.value(),
            country=self.country.code(),
            city=self.city.text().strip(),
            address=self.address.text().strip(),
            sectors=split_list(self.sectors.text()),
            website=self.website.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            notes=self.notes.toPlainText(),
        )

    def problems(self) -> list[Problem]:
        problems = organization_problems(self.record())
        if self.country.currentText().strip() not in ("", "—") and self.country.code() is None:
            problems.append(
                Problem("country", QCoreApplication.translate("OrganizationDialog", "Choose a country from the list."))
            )
        return problems


class ContactDialog(FormDialog):
    """Create or edit a person of the directory."""

    def __init__(
        self,
        organizations: RecordPicker,
        contact: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ContactDialog", "Edit contact")
            if contact
            else QCoreApplication.translate("ContactDialog", "New contact"),
            parent,
        )
        self.original = contact or Contact(id=new_id(), name="")
        c = self.original
        self.name = self.add_field(QCoreApplication.translate("ContactDialog", "&Full name"), "name", QLineEdit(c.name))
        self.organization = self.add_field(
            QCoreApplication.translate("ContactDialog", "&Organization"), "organization_id", organizations
        )
        organizations.setParent(self)
        if c.organization_id:
            organizations.choose(c.organization_id)
        self.position = self.add_field(
            QCoreApplication.translate("ContactDialog", "&Position"), "position", QLineEdit(c.position)
        )
        self.email = self.add_field(QCoreApplication.translate("ContactDialog", "&E-mail"), "email", QLineEdit(c.email))
        self.phone = self.add_field(QCoreApplication.translate("ContactDialog", "P&hone"), "phone", QLineEdit(c.phone))
        self.languages = self.add_field(
            QCoreApplication.translate("ContactDialog", "&Languages"), "languages", QLineEdit(", ".join(c.languages))
        )
        self.languages.setPlaceholderText(QCoreApplication.translate("ContactDialog", "e.g. Russian, English, Turkmen"))
        self.notes = self.add_field(
            QCoreApplication.translate("ContactDialog", "N&otes"), "notes", QPlainTextEdit(c.notes)
        )
        self.notes.setFixedHeight(70)
        self.watch(self.name.textChanged, self.email.textChanged, organizations.currentTextChanged)
        self.resize(480, self.sizeHint().height())

    def record(self) -> Contact:
        return replace(
            self.original,
            name=self.name.text().strip(),
            organization_id=self.organization.record_id(),
            position=self.position.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            languages=split_list(self.languages.text()),
            notes=self.notes.toPlainText(),
        )

    def problems(self) -> list[Problem]:
        problems = contact_problems(self.record())
        if self.organization.currentText().strip() and self.organization.record_id() is None:
            problems.append(
                Problem(
                    "organization_id",
                    QCoreApplication.translate(
                        "ContactDialog", "Choose an organization from the list, or create it in the directory first."
                    ),
                )
            )
        return problems
