"""The list of feasibility findings under the agenda: errors, warnings and notes, each linked to its items."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from missionplanner.domain.checks import Finding, Severity
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.ui.presentation import SEVERITY_COLOURS, dot_icon

# Translated where shown, in the context "FindingsPanel".
SEVERITY_LABELS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("FindingsPanel", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("FindingsPanel", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingsPanel", "Note"),
}


def severity_label(severity: Severity) -> str:
    return QCoreApplication.translate("FindingsPanel", SEVERITY_LABELS[severity])


def _count(severity: Severity, n: int) -> str:
    if severity == Severity.ERROR:
        return QCoreApplication.translate("FindingsPanel", "%n error(s)", None, n)
    if severity == Severity.WARNING:
        return QCoreApplication.translate("FindingsPanel", "%n warning(s)", None, n)
    return QCoreApplication.translate("FindingsPanel", "%n note(s)", None, n)


def summary_text(findings: list[Finding]) -> str:
    counts = {s: sum(f.severity == s for f in findings) for s in Severity}
    if not findings:
        return QCoreApplication.translate(
            "FindingsPanel", "✓ No conflicts found: the plan is physically possible as far as the checks can tell."
        )
    parts = [_count(severity, counts[severity]) for severity in Severity if counts[severity]]
    return QCoreApplication.translate("FindingsPanel", "Checks: {counts} — double-click one to see its items").format(
        counts=" · ".join(parts)
    )


SHOWN_MAX = 500


class FindingsPanel(QWidget):
    """Shows findings; activating one asks to show its first item."""

    showItem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("findingsSummary")
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.set_findings([])

    def set_findings(self, findings: list[Finding]) -> None:
        self.tree.clear()
        entries = []
        # Errors come first; past a few hundred lines nobody reads on, and listing tens of thousands
        # (a plan pasted in wholesale) would hold the window up: say how many more there are instead.
        for finding in findings[:SHOWN_MAX]:
            entry = QTreeWidgetItem([f"{severity_label(finding.severity)}: {finding.message}"])
            entry.setIcon(0, dot_icon(SEVERITY_COLOURS[finding.severity]))
            entry.setToolTip(0, finding.message)
            entry.setData(0, Qt.ItemDataRole.UserRole, finding.item_ids[0] if finding.item_ids else None)
            entries.append(entry)
        hidden = len(findings) - SHOWN_MAX
        if hidden > 0:
            more = QCoreApplication.translate("FindingsPanel", "…and %n more, not listed here.", None, hidden)
            entries.append(QTreeWidgetItem([more]))
        self.tree.addTopLevelItems(entries)
        self.summary.setText(summary_text(findings))
        self.tree.setVisible(bool(findings))

    def _activated(self, entry: QTreeWidgetItem) -> None:
        item_id = entry.data(0, Qt.ItemDataRole.UserRole)
        if item_id:
            self.showItem.emit(item_id)
