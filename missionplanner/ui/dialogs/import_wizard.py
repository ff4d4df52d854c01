"""File > Import contacts…: a wizard that reads a people or organizations list and imports it as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from missionplanner.domain.enums import ParticipantRole
from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.people_import import ImportKind, fields_for, guess_kind, guess_mapping, mapping_problems
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.exchange.people_import import (
    ImportOperations,
    ImportPlan,
    build_operations,
    plan_import,
    revert_operations,
)
from missionplanner.exchange.people_import import (
    apply_operations as apply_import,
)
from missionplanner.exchange.table_files import DELIMITER_NAMES, LIKELY_ENCODINGS, Table, read_table
from missionplanner.i18n.formats import medium_date
from missionplanner.services.app import Services
from missionplanner.ui.commands import ServiceCommand
from missionplanner.ui.context import AppContext
from missionplanner.ui.dialogs.form import ERROR_STYLE
from missionplanner.ui.hub import ChangeHub
from missionplanner.ui.long_task import run_long_task
from missionplanner.ui.widgets.ask import show_error

TABLE_FILES = QT_TRANSLATE_NOOP("ImportWizard", "Tables (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)")
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportWizard", "(not imported)")
# How the delimiters are named here (DELIMITER_NAMES holds the English names, for messages in English).
DELIMITER_LABELS = {
    ",": QT_TRANSLATE_NOOP("ImportWizard", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportWizard", "vertical bar"),
}
ENTITY_LABELS = {
    "organization": QT_TRANSLATE_NOOP("ImportWizard", "Organization"),
    "contact": QT_TRANSLATE_NOOP("ImportWizard", "Contact"),
}


def delimiter_label(char: str | None) -> str:
    """The delimiter's name in the current language ('?' when there is none)."""
    if char is not None and char in DELIMITER_LABELS:
        return QCoreApplication.translate("ImportWizard", DELIMITER_LABELS[char])
    return DELIMITER_NAMES.get(char or "", "?")


def entity_label(entity: str) -> str:
    if entity in ENTITY_LABELS:
        return QCoreApplication.translate("ImportWizard", ENTITY_LABELS[entity])
    return entity.capitalize()


class ImportContactsCommand(ServiceCommand):
    """An import of a contacts or organizations list; undo removes what it created and restores what it updated."""

    def __init__(self, services: Services, hub: ChangeHub, operations: ImportOperations, text: str) -> None:
        super().__init__(services, hub, text)
        self.operations = operations

    def _redo(self) -> None:
        self.publish(apply_import(self.services, self.operations), self.done_message or self.text())

    def _undo(self) -> None:
        self.publish(revert_operations(self.services, self.operations), self.undone_message)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _table_widget() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FilePage(QWizardPage):
    """Which file, how it is encoded and delimited, which sheet, and whether it lists people or organizations."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Choose the file"))
        self.setSubTitle(
            QCoreApplication.translate("ImportWizard", "A CSV file or an Excel workbook (.xlsx) with a header row.")
        )
        self.path_edit = QLineEdit()
        self._read_path = ""  # the path last read, as typed
        self.path_edit.setPlaceholderText(QCoreApplication.translate("ImportWizard", "Path to a .csv or .xlsx file"))
        browse = QPushButton(QCoreApplication.translate("ImportWizard", "Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        self.encoding.addItem(QCoreApplication.translate("ImportWizard", "Detected"), None)
        for name in LIKELY_ENCODINGS:
            self.encoding.addItem(name.replace("_", "-"), name)
        self.delimiter = QComboBox()
        self.delimiter.addItem(QCoreApplication.translate("ImportWizard", "Detected"), None)
        for char in DELIMITER_NAMES:
            self.delimiter.addItem(delimiter_label(char).capitalize(), char)
        self.sheet = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(
            QCoreApplication.translate("ImportWizard", "People (contacts, delegates)"), ImportKind.PEOPLE.value
        )
        self.kind.addItem(QCoreApplication.translate("ImportWizard", "Organizations"), ImportKind.ORGANIZATIONS.value)
        self.status = _hint("")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ImportWizard", "File:"), row)
        form.addRow(QCoreApplication.translate("ImportWizard", "Encoding:"), self.encoding)
        form.addRow(QCoreApplication.translate("ImportWizard", "Delimiter:"), self.delimiter)
        form.addRow(QCoreApplication.translate("ImportWizard", "Sheet:"), self.sheet)
        form.addRow(QCoreApplication.translate("ImportWizard", "The file lists:"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.path_edit.editingFinished.connect(self._path_edited)
        # Enter reads the file again even under the same name: it may just have been corrected and saved.
        self.path_edit.returnPressed.connect(lambda: self.reload(new_file=True))
        self.encoding.activated.connect(lambda _: self.reload())
        self.delimiter.activated.connect(lambda _: self.reload())
        self.sheet.activated.connect(lambda _: self.reload())

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Import contacts"),
            str(Path.home()),
            QCoreApplication.translate("ImportWizard", TABLE_FILES),
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.reload(new_file=True)

    def _path_edited(self) -> None:
        # Also emitted when the field merely loses focus after a programmatic setText (Browse…, then Back
        # to this page): the same file must keep the encoding, delimiter and sheet chosen for it.
        if self.path_edit.text().strip() != self._read_path:
            self.reload(new_file=True)

    def reload(self, *, new_file: bool = False) -> None:
        """Read the file with the options chosen and show what was detected, or what is wrong."""
        text = self.path_edit.text().strip()
        self._read_path = text
        self.owner.table = None
        if new_file:
            self.encoding.setCurrentIndex(0)
            self.delimiter.setCurrentIndex(0)
            self.sheet.clear()
        if not text:
            self.status.clear()
            self.completeChanged.emit()
            return
        try:
            table = read_table(
                Path(text),
                encoding=self.encoding.currentData(),
                delimiter=self.delimiter.currentData(),
                sheet=self.sheet.currentText() or None,
                pipes=False,
            )
        except MissionPlannerError as error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error.message)
            self.completeChanged.emit()
            return
        self.owner.table = table
        self._show_detected(table)
        if new_file:
            kind = guess_kind(table.headers)
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.completeChanged.emit()

    def _show_detected(self, table: Table) -> None:
        excel = table.is_excel
        self.encoding.setEnabled(not excel)
        self.delimiter.setEnabled(not excel)
        self.sheet.setEnabled(excel and len(table.sheets) > 1)
        if excel and self.sheet.count() != len(table.sheets):
            self.sheet.clear()
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet or "")
        if not excel:
            if self.encoding.currentIndex() == 0:
                self.encoding.setItemText(
                    0, QCoreApplication.translate("ImportWizard", "Detected: {value}").format(value=table.encoding)
                )
            if self.delimiter.currentIndex() == 0:
                self.delimiter.setItemText(
                    0,
                    QCoreApplication.translate("ImportWizard", "Detected: {value}").format(
                        value=delimiter_label(table.delimiter)
                    ),
                )
        rows = sum(1 for _, values in table.rows if any(v.strip() for v in values))
        columns = len(table.headers)
        # `translate` writes the counts with the language's digit grouping (1,250 / 1 250). The count is a plain
        # name in these calls: pyside6-lupdate skips a call whose count is an expression such as len(...).
        counts = {
            "rows": translate("ImportWizard", "%n row(s)", None, rows),
            "columns": translate("ImportWizard", "%n column(s)", None, columns),
        }
        if excel:
            text = QCoreApplication.translate("ImportWizard", "{rows} and {columns} (sheet '{sheet}').").format(
                sheet=table.sheet, **counts
            )
        else:
            text = QCoreApplication.translate("ImportWizard", "{rows} and {columns} ({encoding}, {delimiter}).").format(
                encoding=table.encoding, delimiter=delimiter_label(table.delimiter), **counts
            )
        self.status.setStyleSheet("")
        self.status.setText(text)

    @property
    def chosen_kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    def isComplete(self) -> bool:
        return self.owner.table is not None


class MappingPage(QWizardPage):
    """One combo per field, filled with the file's headers and preset to the best guess."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Match the columns"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard", "Columns were matched by their headers; change any that are wrong."
            )
        )
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.error = _hint("")
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        table = self.owner.table
        assert table is not None
        kind = self.owner.file_page.chosen_kind
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        guessed = guess_mapping(kind, table.headers)
        for import_field in fields_for(kind):
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportWizard", NOT_IMPORTED), None)
            for index, header in enumerate(table.headers):
                combo.addItem(
                    header or QCoreApplication.translate("ImportWizard", "Column {number}").format(number=index + 1),
                    index,
                )
            found = guessed.get(import_field.name)
            combo.setCurrentIndex(0 if found is None else found + 1)
            combo.currentIndexChanged.connect(lambda _: self.error.clear())
            self.combos[import_field.name] = combo
            self.form.addRow(f"{import_field.label}{' *' if import_field.required else ''}:", combo)
        self.error.clear()

    def mapping(self) -> dict[str, int | None]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def validatePage(self) -> bool:
        kind = self.owner.file_page.chosen_kind
        problems = mapping_problems(kind, self.mapping())
        if problems:
            self.error.setText(" ".join(problems))
            return False
        return self.owner.make_plan(kind, self.mapping(), self.error)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Preview"))
        self.setSubTitle(QCoreApplication.translate("ImportWizard", "The first rows as they will be stored."))
        self.table = _table_widget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        headers, rows = plan.preview()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()


class ProblemsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Problems"))
        self.summary = _hint("")
        self.list = QListWidget()
        self.skip = QRadioButton(
            QCoreApplication.translate("ImportWizard", "Skip the rows with problems and import the rest")
        )
        self.cancel = QRadioButton(
            QCoreApplication.translate("ImportWizard", "Cancel the import, to correct the file first")
        )
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.cancel)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.list.clear()
        problems = plan.problems
        for problem in problems:
            self.list.addItem(str(problem))
        bad = len(plan.parsed.bad_rows)
        found = len(problems)
        if problems:
            self.setSubTitle(
                QCoreApplication.translate(
                    "ImportWizard", "Rows are numbered as in the spreadsheet (the header is row 1)."
                )
            )
            self.summary.setText(
                translate("ImportWizard", "%n problem(s) in {bad} of {total} rows.", None, found).format(
                    bad=bad, total=plan.data_rows
                )
            )
        else:
            self.setSubTitle(QCoreApplication.translate("ImportWizard", "Every row can be imported."))
            self.summary.setText(
                QCoreApplication.translate("ImportWizard", "No problems found in {total} rows.").format(
                    total=plan.data_rows
                )
            )
        for widget in (self.list, self.skip, self.cancel):
            widget.setVisible(bool(problems))

    def validatePage(self) -> bool:
        if self.cancel.isChecked() and self.owner.plan is not None and self.owner.plan.problems:
            self.owner.reject()
            return False
        return True


class MatchingPage(QWizardPage):
    """Names that look like directory records: each merge is proposed and can be declined."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Match with the directory"))
        self.summary = _hint("")
        self.table = _table_widget()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        matches = plan.matches
        count = len(matches)
        if matches:
            self.setSubTitle(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Ticked names are merged with the directory record; untick one to create a new record.",
                )
            )
            self.summary.setText(
                translate(
                    "ImportWizard",
                    "%n name(s) in the file look like records already in the directory.",
                    None,
                    count,
                )
            )
        else:
            self.setSubTitle("")
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportWizard", "No name in the file looks like a record already in the directory."
                )
            )
        self.table.clear()
        headers = [
            QCoreApplication.translate("ImportWizard", "Merge"),
            QCoreApplication.translate("ImportWizard", "Kind"),
            QCoreApplication.translate("ImportWizard", "In the file"),
            QCoreApplication.translate("ImportWizard", "In the directory"),
            QCoreApplication.translate("ImportWizard", "Similarity"),
            QCoreApplication.translate("ImportWizard", "Rows"),
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(matches))
        for r, match in enumerate(matches):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(r, 0, check)
            rows = ", ".join(str(n) for n in match.rows[:8]) + ("…" if len(match.rows) > 8 else "")
            for c, text in enumerate(
                (entity_label(match.entity), match.name, match.existing_name, f"{match.score:.0f}%", rows), start=1
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column in (2, 3) else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(matches))

    def accepted(self) -> set[tuple[str, str]]:
        plan = self.owner.plan
        assert plan is not None
        return {
            match.decision_key
            for r, match in enumerate(plan.matches)
            if (item := self.table.item(r, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        }


class DestinationPage(QWizardPage):
    """Optionally add the people to a mission's delegation, with a role."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Delegation"))
        self.mission = QComboBox()
        self.role = QComboBox()
        for role in ParticipantRole:
            self.role.addItem(role.label, role.value)
        self.role.setCurrentIndex(self.role.findData(ParticipantRole.MEMBER.value))
        self.note = _hint("")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ImportWizard", "Add the people to:"), self.mission)
        form.addRow(QCoreApplication.translate("ImportWizard", "With the role:"), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.mission.currentIndexChanged.connect(lambda _: self.role.setEnabled(self.mission.currentData() is not None))

    def initializePage(self) -> None:
        people = self.owner.plan is not None and self.owner.plan.kind == ImportKind.PEOPLE
        self.mission.clear()
        self.mission.addItem(QCoreApplication.translate("ImportWizard", "No mission (directory only)"), None)
        for summary in self.owner.context.services.missions.summaries():
            if not summary.is_template:
                self.mission.addItem(f"{summary.title} ({medium_date(summary.start_date)})", summary.id)
        preset = self.owner.mission_id
        if preset is not None and self.mission.findData(preset) >= 0:
            self.mission.setCurrentIndex(self.mission.findData(preset))
        self.mission.setEnabled(people)
        self.role.setEnabled(people and self.mission.currentData() is not None)
        if people:
            self.setSubTitle(
                QCoreApplication.translate(
                    "ImportWizard", "Optionally add the imported people to a mission's delegation."
                )
            )
            self.note.setText(
                QCoreApplication.translate(
                    "ImportWizard",
                    "People already in the delegation are left as they are. A role given in the file "
                    "takes precedence over the one chosen here. Press Import to import; Edit > Undo takes it all back.",
                )
            )
        else:
            self.setSubTitle(
                QCoreApplication.translate("ImportWizard", "Organizations are added to the directory only.")
            )
            self.note.setText(
                QCoreApplication.translate("ImportWizard", "Press Import to import; Edit > Undo takes it all back.")
            )


class ImportWizard(QWizard):
    """Choose file -> map columns -> preview -> problems -> matches -> delegation; Finish imports as one undo step."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        mission_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.mission_id = mission_id
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.operations: ImportOperations | None = None
        self.result_summary = ""
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 520)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.problems_page = ProblemsPage(self)
        self.matching_page = MatchingPage(self)
        self.destination_page = DestinationPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.preview_page,
            self.problems_page,
            self.matching_page,
            self.destination_page,
        ):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("ImportWizard", "&Import"))
        if path is not None:
            self.file_page.set_path(path)

    def make_plan(self, kind: ImportKind, mapping: dict[str, int | None], error_label: QLabel) -> bool:
        assert self.table is not None
        table, services = self.table, self.context.services
        title = QCoreApplication.translate("ImportWizard", "Checking {file} against the directory…")
        try:
            self.plan = run_long_task(
                self,
                title.format(file=table.path.name),
                lambda progress: plan_import(services, table, kind, mapping, progress=progress),
            )
        except MissionPlannerError as error:  # CancelledError too: its message says nothing was changed
            error_label.setText(error.message)
            return False
        return True

    def accept(self) -> None:
        """Finish: import everything decided on the pages as one undoable command."""
        plan = self.plan
        if plan is None:
            return
        plan.mission_id = self.destination_page.mission.currentData() if plan.kind == ImportKind.PEOPLE else None
        plan.role = ParticipantRole(self.destination_page.role.currentData()) if plan.mission_id else None
        try:
            operations = build_operations(
                self.context.services,
                plan,
                accepted=self.matching_page.accepted(),
                skip_bad_rows=not self.problems_page.cancel.isChecked(),
            )
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("ImportWizard", "Cannot import"), error)
            return
        command = ImportContactsCommand(
            self.context.services,
            self.context.hub,
            operations,
            QCoreApplication.translate("ImportWizard", "Import contacts from {file}").format(file=plan.table.path.name),
        )
        summary = operations.summary()
        command.done_message = QCoreApplication.translate("ImportWizard", "Imported {file}: {summary}").format(
            file=plan.table.path.name, summary=summary
        )
        if not self.context.push(command):
            return
        self.operations = operations
        self.result_summary = command.done_message
        super().accept()
