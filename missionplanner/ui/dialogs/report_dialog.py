"""Print and export: choose the report (and the participant for a personal one), then preview or save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.progress import CancelledError, Progress
from missionplanner.i18n.catalog import current_language, use_language
from missionplanner.i18n.languages import Language
from missionplanner.reports import REPORT_KINDS, Report, build_report, paint_report, report_name, write_report
from missionplanner.services.app import Services
from missionplanner.ui.long_task import run_long_task
from missionplanner.ui.widgets.ask import show_error

PAGE_SIZES = ("A4", "Letter")


class ReportDialog(QDialog):
    """Report kind, participant and paper; Preview… prints, Save… writes PDF or HTML."""

    def __init__(
        self,
        services: Services,
        mission_id: str,
        *,
        today: Callable[[], date] = date.today,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ReportDialog", "Print or export a report"))
        self.services = services
        self.mission_id = mission_id
        self.today = today
        self.folder = folder or Path.home()
        self.kind = QComboBox()
        for kind in REPORT_KINDS:
            self.kind.addItem(report_name(kind), kind)
        self.participant = QComboBox()
        for participant in services.participants.for_mission(mission_id):
            contact = services.contacts.get(participant.contact_id)
            self.participant.addItem(f"{contact.name} ({participant.role.label})", participant.id)
        self.page_size = QComboBox()
        self.page_size.addItems(PAGE_SIZES)
        # A report can be for readers of another language than the interface's (a host ministry).
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(language.native_name, language.value)
        self.language.setCurrentIndex(self.language.findData(current_language().value))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ReportDialog", "&Report"), self.kind)
        form.addRow(QCoreApplication.translate("ReportDialog", "&Participant"), self.participant)
        form.addRow(QCoreApplication.translate("ReportDialog", "P&aper"), self.page_size)
        form.addRow(QCoreApplication.translate("ReportDialog", "&Language"), self.language)
        form.addRow("", self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(QCoreApplication.translate("ReportDialog", "Preview and print…"))
        self.pdf_button = QPushButton(QCoreApplication.translate("ReportDialog", "Save as PDF…"))
        self.html_button = QPushButton(QCoreApplication.translate("ReportDialog", "Save as HTML…"))
        for button in (self.preview_button, self.pdf_button, self.html_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.html_button.clicked.connect(lambda: self.save("html"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self._kind_changed()

    def _kind_changed(self) -> None:
        personal = self.kind.currentData() == "personal"
        self.participant.setEnabled(personal)
        empty = personal and self.participant.count() == 0
        self.hint.setText(
            QCoreApplication.translate(
                "ReportDialog", "This mission has no delegation yet: add people on the Delegation tab."
            )
            if empty
            else ""
        )
        for button in (self.preview_button, self.pdf_button, self.html_button):
            button.setEnabled(not empty)

    def report_language(self) -> Language:
        return Language(self.language.currentData())

    def report(self) -> Report:
        personal = self.kind.currentData() == "personal"
        with use_language(self.report_language()):
            return build_report(
                self.services,
                self.kind.currentData(),
                self.mission_id,
                participant_id=self.participant.currentData() if personal else None,
                today=self.today(),
            )

    def _paint(self, report: Report, device: QPrinter) -> None:
        with use_language(self.report_language()):
            paint_report(report, device, self.page_size.currentText())

    def preview(self) -> None:
        try:
            report = self.report()
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("ReportDialog", "Cannot build the report"), error)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report.title)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(
            QCoreApplication.translate("ReportDialog", "Print preview – {report}").format(
                report=report_name(report.kind)
            )
        )
        dialog.paintRequested.connect(lambda device: self._paint(report, device))
        dialog.resize(1000, 800)
        dialog.exec()

    def default_name(self, suffix: str) -> str:
        mission = self.services.missions.get(self.mission_id)
        stem = "".join(c if c.isalnum() else "-" for c in mission.title).strip("-").lower()[:50]
        language = "" if self.report_language() is current_language() else f"-{self.report_language().value}"
        return f"{stem}-{self.kind.currentData()}{language}.{suffix}"

    def save(self, suffix: str, path: Path | None = None) -> Path | None:
        if path is None:
            filters = (
                QCoreApplication.translate("ReportDialog", "PDF documents (*.pdf)")
                if suffix == "pdf"
                else QCoreApplication.translate("ReportDialog", "Web pages (*.html)")
            )
            name, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("ReportDialog", "Save report"),
                str(self.folder / self.default_name(suffix)),
                filters,
            )
            if not name:
                return None
            path = Path(name)
        page_size, language = self.page_size.currentText(), self.report_language()

        def write(progress: Progress) -> Path:
            with use_language(language):
                return write_report(report, path, page_size, progress)

        try:
            report = self.report()
            written = run_long_task(
                self,
                QCoreApplication.translate("ReportDialog", "Writing {report}…").format(report=report_name(report.kind)),
                write,
            )
        except CancelledError:
            self.hint.setText(QCoreApplication.translate("ReportDialog", "Cancelled; no file was written."))
            return None
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("ReportDialog", "Cannot save the report"), error)
            return None
        self.hint.setText(QCoreApplication.translate("ReportDialog", "Saved {path}").format(path=written))
        return written
