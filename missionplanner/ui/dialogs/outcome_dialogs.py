"""Editors for what came of a mission: outcomes (with their status history) and follow-up actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from missionplanner.domain.enums import Direction, OutcomeKind, OutcomeStatus
from missionplanner.domain.errors import Problem, ValidationError
from missionplanner.domain.models import FollowUp, Item, Outcome, new_id
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.domain.validation import follow_up_problems, outcome_problems, parse_amount
from missionplanner.i18n.formats import decimal, medium_date, short_date_time
from missionplanner.services.app import Services
from missionplanner.ui.dialogs.form import FormDialog
from missionplanner.ui.widgets.chosen_list import ChosenList
from missionplanner.ui.widgets.lookups import organization_picker
from missionplanner.ui.widgets.pickers import CurrencyPicker, EnumCombo, OptionalDate

NOT_TIED = QT_TRANSLATE_NOOP("OutcomeDialog", "— not tied to a meeting —")


def format_amount(outcome: Outcome) -> str:
    if outcome.amount is None:
        return ""
    amount = decimal(outcome.amount.quantize(Decimal("0.01")))
    return f"{amount} {outcome.currency or ''}".strip()


class OutcomeDialog(FormDialog):
    """Kind, title, counterparts, sector, commodity, direction, amount, status and signed date."""

    def __init__(
        self,
        services: Services,
        mission_id: str,
        outcome: Outcome | None = None,
        *,
        item: Item | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("OutcomeDialog", "Edit outcome")
            if outcome
            else QCoreApplication.translate("OutcomeDialog", "Log outcome"),
            parent,
        )
        self.services = services
        self.today = today or date.today()
        self.original = outcome or Outcome(
            id=new_id(),
            mission_id=mission_id,
            title="",
            item_id=item.id if item else None,
            # Logged from a meeting: its hosts are the counterparts.
            organization_ids=item.host_organization_ids if item else (),
        )
        o = self.original
        self.kind = self.add_field(QCoreApplication.translate("OutcomeDialog", "&Kind"), "kind", EnumCombo(OutcomeKind))
        self.kind.set_value(o.kind)
        self.title_edit = self.add_field(
            QCoreApplication.translate("OutcomeDialog", "&Title"), "title", QLineEdit(o.title)
        )
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("OutcomeDialog", "e.g. Supply of polypropylene hoses to Belarus")
        )
        self.meeting = self.add_field(QCoreApplication.translate("OutcomeDialog", "&Meeting"), "item_id", QComboBox())
        self.meeting.addItem(QCoreApplication.translate("OutcomeDialog", NOT_TIED), None)
        for candidate in services.items.for_mission(mission_id):
            self.meeting.addItem(f"{short_date_time(candidate.start)} · {candidate.title}", candidate.id)
        self.meeting.setCurrentIndex(max(self.meeting.findData(o.item_id), 0))
        self.counterparts = ChosenList(organization_picker(services), self._organization_label)
        self.add_field(
            QCoreApplication.translate("OutcomeDialog", "&Counterparts"), "organization_ids", self.counterparts
        )
        self.counterparts.set_ids(o.organization_ids)
        self.description = self.add_field(
            QCoreApplication.translate("OutcomeDialog", "&Description"), "description", QPlainTextEdit(o.description)
        )
        self.description.setFixedHeight(64)
        self.sector = self.add_field(
            QCoreApplication.translate("OutcomeDialog", "Sect&or"), "sector", QLineEdit(o.sector)
        )
        self.commodity = self.add_field(
            QCoreApplication.translate("OutcomeDialog", "Co&mmodity / product"), "commodity", QLineEdit(o.commodity)
        )
        self.direction = self.add_field(
            QCoreApplication.translate("OutcomeDialog", "D&irection"), "direction", EnumCombo(Direction)
        )
        self.direction.set_value(o.direction)
        self.amount = self.add_field(
            QCoreApplication.translate("OutcomeDialog", "&Amount"),
            "amount",
            QLineEdit("" if o.amount is None else str(o.amount)),
        )
        self.amount.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", "Exact amount, e.g. 1 250 000.00"))
        self.currency = self.add_field(
            QCoreApplication.translate("OutcomeDialog", "C&urrency"), "currency", CurrencyPicker()
        )
        self.currency.set_code(o.currency)
        self.status = self.add_field(
            QCoreApplication.translate("OutcomeDialog", "&Status"), "status", EnumCombo(OutcomeStatus)
        )
        self.status.set_value(o.status)
        self.note = self.add_field(QCoreApplication.translate("OutcomeDialog", "Status &note"), "note", QLineEdit())
        self.note.setPlaceholderText(
            QCoreApplication.translate("OutcomeDialog", "Why the status changed (kept in the history)")
        )
        self.signed_on = self.add_field(
            QCoreApplication.translate("OutcomeDialog", "Si&gned"),
            "signed_on",
            OptionalDate(QCoreApplication.translate("OutcomeDialog", "Signed on"), o.signed_on, self.today),
        )
        self.history = QListWidget()
        self.history.setObjectName("outcomeHistory")
        self.history.setMaximumHeight(90)
        entries = services.outcomes.history(o.id) if outcome is not None else []
        for change in entries:
            before = (
                change.from_status.label if change.from_status else QCoreApplication.translate("OutcomeDialog", "new")
            )
            line = f"{medium_date(change.changed_on)}: {before} → {change.to_status.label}"
            self.history.addItem(line + (f" — {change.note}" if change.note else ""))
        if entries:
            self.form.addRow(QCoreApplication.translate("OutcomeDialog", "History"), self.history)
        self.watch(
            self.title_edit.textChanged,
            self.amount.textChanged,
            self.currency.currentTextChanged,
            self.status.currentIndexChanged,
        )
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.resize(600, 760)

    def _organization_label(self, organization_id: str) -> str:
        organization = self.services.organizations.find(organization_id)
        return organization.name if organization else organization_id

    def _status_changed(self) -> None:
        changed = self.status.value() != self.original.status
        self.note.setEnabled(changed or self.original.title == "")

    def _amount(self) -> tuple[object, list[Problem]]:
        try:
            return parse_amount(self.amount.text()), []
        except ValidationError as error:
            return None, error.problems

    def record(self) -> Outcome:
        amount, _ = self._amount()
        return replace(
            self.original,
            kind=self.kind.value(),
            title=self.title_edit.text().strip(),
            item_id=self.meeting.currentData(),
            organization_ids=self.counterparts.ids(),
            description=self.description.toPlainText(),
            sector=self.sector.text().strip(),
            commodity=self.commodity.text().strip(),
            direction=self.direction.value(),
            amount=amount,  # type: ignore[arg-type]
            currency=self.currency.code(),
            status=self.status.value(),
            signed_on=self.signed_on.value(),
        )

    def status_note(self) -> str:
        return self.note.text().strip()

    def problems(self) -> list[Problem]:
        _, amount_problems = self._amount()
        problems = amount_problems + outcome_problems(self.record())
        if self.currency.currentText().strip() not in ("", "—") and self.currency.code() is None:
            problems.append(
                Problem(
                    "currency",
                    QCoreApplication.translate("OutcomeDialog", "Choose a currency from the list, e.g. USD."),
                )
            )
        return problems


class FollowUpDialog(FormDialog):
    """An action to chase: what, who, by when, done or not, and the outcome it serves."""

    def __init__(
        self,
        services: Services,
        mission_id: str,
        follow_up: FollowUp | None = None,
        *,
        outcome_id: str | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("FollowUpDialog", "Edit follow-up")
            if follow_up
            else QCoreApplication.translate("FollowUpDialog", "New follow-up"),
            parent,
        )
        today = today or date.today()
        self.original = follow_up or FollowUp(id=new_id(), mission_id=mission_id, action="", outcome_id=outcome_id)
        f = self.original
        self.action = self.add_field(
            QCoreApplication.translate("FollowUpDialog", "&Action"), "action", QLineEdit(f.action)
        )
        self.action.setPlaceholderText(
            QCoreApplication.translate("FollowUpDialog", "e.g. Send the draft agenda of the 2024 forum to the Union")
        )
        self.owner = self.add_field(QCoreApplication.translate("FollowUpDialog", "&Owner"), "owner", QLineEdit(f.owner))
        self.owner.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", "Who chases it"))
        self.due = self.add_field(
            QCoreApplication.translate("FollowUpDialog", "&Due"),
            "due_date",
            OptionalDate(QCoreApplication.translate("FollowUpDialog", "Due by"), f.due_date, today),
        )
        self.done = self.add_field(
            QCoreApplication.translate("FollowUpDialog", "Do&ne"),
            "done_on",
            OptionalDate(QCoreApplication.translate("FollowUpDialog", "Done on"), f.done_on, today),
        )
        self.outcome = self.add_field(
            QCoreApplication.translate("FollowUpDialog", "Ou&tcome"), "outcome_id", QComboBox()
        )
        self.outcome.addItem(QCoreApplication.translate("FollowUpDialog", "— the mission as a whole —"), None)
        for candidate in services.outcomes.for_mission(mission_id):
            self.outcome.addItem(candidate.title, candidate.id)
        self.outcome.setCurrentIndex(max(self.outcome.findData(f.outcome_id), 0))
        hint = QLabel(
            QCoreApplication.translate(
                "FollowUpDialog", "Follow-ups appear in the Follow-ups view across all missions, overdue first."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(hint)
        self.watch(self.action.textChanged)
        self.resize(520, self.sizeHint().height())

    def record(self) -> FollowUp:
        return replace(
            self.original,
            action=self.action.text().strip(),
            owner=self.owner.text().strip(),
            due_date=self.due.value(),
            done_on=self.done.value(),
            outcome_id=self.outcome.currentData(),
        )

    def problems(self) -> list[Problem]:
        return follow_up_problems(self.record())
