"""The findings panel lists the first few hundred findings and says how many more there are."""

from __future__ import annotations

from typing import Any

from missionplanner.domain.checks import Finding, Severity
from missionplanner.ui.views.findings import SHOWN_MAX, FindingsPanel


def test_a_flood_of_findings_is_cut_short_with_a_count(qtbot: Any) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    findings = [Finding(Severity.WARNING, "travel_time", f"Finding {n}", (f"i{n}",)) for n in range(SHOWN_MAX + 120)]
    panel.set_findings(findings)
    assert panel.tree.topLevelItemCount() == SHOWN_MAX + 1
    assert panel.tree.topLevelItem(SHOWN_MAX).text(0) == "…and 120 more, not listed here."
    assert str(SHOWN_MAX + 120) in panel.summary.text()  # the summary counts them all
    panel.set_findings(findings[:3])
    assert panel.tree.topLevelItemCount() == 3
