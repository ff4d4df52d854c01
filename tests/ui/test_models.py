"""Every item model passes pytest-qt's qtmodeltester, before and after live updates from ChangeSets."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from missionplanner.domain.models import Participant, new_id
from missionplanner.services.app import Services
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.repositories.missions import MissionFilter
from missionplanner.ui.background import wait_for_background_work
from missionplanner.ui.models.agenda import EMPTY_DAY, AgendaModel
from missionplanner.ui.models.mission_list import MissionListModel
from missionplanner.ui.models.search_results import SearchResultsModel
from missionplanner.ui.models.tables import ContactsModel, OrganizationsModel, ParticipantsModel
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID


def test_mission_list_model(qtmodeltester: Any, sample_services: Services) -> None:
    model = MissionListModel(sample_services)
    model.set_filter(MissionFilter())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    mission = sample_services.missions.get(KAZAKHSTAN_MISSION_ID)
    # Moving the older mission to 2026 moves its row to the top, without a reset.
    _, changes = sample_services.missions.update(
        replace(mission, start_date=mission.start_date.replace(year=2026), end_date=mission.end_date.replace(year=2026))
    )
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.apply(changes)
    assert model.id_at(0) == KAZAKHSTAN_MISSION_ID
    assert resets == []
    qtmodeltester.check(model)


def test_agenda_model_groups_by_day_and_updates_rows(qtmodeltester: Any, sample_services: Services) -> None:
    model = AgendaModel(sample_services)
    model.set_mission(BELARUS_MISSION_ID)
    qtmodeltester.check(model)
    assert [d.isoformat() for d in model.days] == ["2025-05-23", "2025-05-24", "2025-05-25", "2025-05-26", "2025-05-27"]
    sunday = model.index(2, 0)
    assert model.rowCount(sunday) == 1
    assert model.data(model.index(0, 1, sunday)) == EMPTY_DAY
    item = sample_services.items.for_mission(BELARUS_MISSION_ID)[1]
    moved = replace(item, start=item.start.replace(day=25), end=item.end.replace(day=25))
    _, changes = sample_services.items.update(moved)
    model.apply(changes)
    assert model.rowCount(sunday) == 1
    assert model.item_at(model.index(0, 0, sunday)).id == item.id
    qtmodeltester.check(model)
    model.apply(sample_services.items.delete(item.id))
    assert model.data(model.index(0, 1, sunday)) == EMPTY_DAY
    qtmodeltester.check(model)


def test_table_models(qtbot: Any, qtmodeltester: Any, sample_services: Services) -> None:
    participants = ParticipantsModel(sample_services)
    participants.set_mission(KAZAKHSTAN_MISSION_ID)
    qtmodeltester.check(participants)
    assert participants.data(participants.index(0, 0)) == "Kayyrbolat Sakhmetov"
    assert participants.data(participants.index(0, 2)) == "Diplomatic Club “Astana”"
    contact = sample_services.participants.for_mission(BELARUS_MISSION_ID)[0].contact_id
    created, changes = sample_services.participants.create(
        Participant(id=new_id(), mission_id=KAZAKHSTAN_MISSION_ID, contact_id=contact)
    )
    participants.apply(changes)
    assert participants.rowCount() == 4
    assert participants.row_of(created.id) == 3
    qtmodeltester.check(participants)

    organizations = OrganizationsModel(sample_services)
    organizations.reload()
    qtmodeltester.check(organizations)
    organizations.set_text("Industrialists")
    assert organizations.rowCount() == 2
    # Typing reads off the GUI thread; an answer still on its way never overwrites a later filter.
    organizations.set_text_soon("Astana")
    qtbot.waitUntil(lambda: organizations.text == "Astana")
    assert [organizations.data(organizations.index(r, 0)) for r in range(organizations.rowCount())] == [
        o.name + (f"  ·  {o.name_local}" if o.name_local else "") for o in sample_services.organizations.list("Astana")
    ]
    organizations.set_text_soon("")
    organizations.set_text("Industrialists")
    wait_for_background_work()
    qtbot.wait(50)
    assert organizations.text == "Industrialists"
    assert organizations.rowCount() == 2
    contacts = ContactsModel(sample_services)
    astana = sample_services.organizations.list("Diplomatic Club")[0]
    contacts.set_organization(astana.id)
    qtmodeltester.check(contacts)
    assert contacts.rowCount() == 1
    contacts.apply(ChangeSet())


def test_search_results_model(qtmodeltester: Any, sample_services: Services) -> None:
    model = SearchResultsModel(sample_services)
    model.search("Ashgabat")
    qtmodeltester.check(model)
    labels = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert labels[0].startswith("Missions")
    assert model.hit_count() > 3
    model.search("")
    assert model.rowCount() == 0
    qtmodeltester.check(model)
