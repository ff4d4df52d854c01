"""Print and export: choose the report (and the participant for a personal one), then preview or save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.reports import REPORT_KINDS, Report, build_report, paint_report, write_report
from missionplanner.services.app import Services

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
        self.setWindowTitle("Print or export a report")
        self.services = services
        self.mission_id = mission_id
        self.today = today
        self.folder = folder or Path.home()
        self.kind = QComboBox()
        for kind, label in REPORT_KINDS.items():
            self.kind.addItem(label, kind)
        self.participant = QComboBox()
        for participant in services.participants.for_mission(mission_id):
            contact = services.contacts.get(participant.contact_id)
            self.participant.addItem(f"{contact.name} ({participant.role.label})", participant.id)
        self.page_size = QComboBox()
        self.page_size.addItems(PAGE_SIZES)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Report", self.kind)
        form.addRow("&Participant", self.participant)
        form.addRow("P&aper", self.page_size)
        form.addRow("", self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton("Preview and print…")
        self.pdf_button = QPushButton("Save as PDF…")
        self.html_button = QPushButton("Save as HTML…")
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
        self.hint.setText("This mission has no delegation yet: add people on the Delegation tab." if empty else "")
        for button in (self.preview_button, self.pdf_button, self.html_button):
            button.setEnabled(not empty)

    def report(self) -> Report:
        personal = self.kind.currentData() == "personal"
        return build_report(
            self.services,
            self.kind.currentData(),
            self.mission_id,
            participant_id=self.participant.currentData() if personal else None,
            today=self.today(),
        )

    def preview(self) -> None:
        try:
            report = self.report()
        except MissionPlannerError as error:
            QMessageBox.warning(self, "Cannot build the report", error.message)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report.title)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(f"Print preview – {REPORT_KINDS[report.kind]}")
        dialog.paintRequested.connect(lambda device: paint_report(report, device, self.page_size.currentText()))
        dialog.resize(1000, 800)
        dialog.exec()

    def default_name(self, suffix: str) -> str:
        mission = self.services.missions.get(self.mission_id)
        stem = "".join(c if c.isalnum() else "-" for c in mission.title).strip("-").lower()[:50]
        return f"{stem}-{self.kind.currentData()}.{suffix}"

    def save(self, suffix: str, path: Path | None = None) -> Path | None:
        if path is None:
            filters = "PDF documents (*.pdf)" if suffix == "pdf" else "Web pages (*.html)"
            name, _ = QFileDialog.getSaveFileName(
                self, "Save report", str(self.folder / self.default_name(suffix)), filters
            )
            if not name:
                return None
            path = Path(name)
        try:
            written = write_report(self.report(), path, self.page_size.currentText())
        except MissionPlannerError as error:
            QMessageBox.warning(self, "Cannot save the report", error.message)
            return None
        self.hint.setText(f"Saved {written}")
        return written
