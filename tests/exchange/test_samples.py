"""The two real sample missions import cleanly and carry the facts of their source write-ups."""

from __future__ import annotations

from datetime import date, datetime

from missionplanner.domain.enums import ItemKind, MissionStatus, OrganizerRole, OutcomeKind
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.domain.snapshot_validation import snapshot_problems
from missionplanner.exchange.mission_files import read_mission_file
from missionplanner.exchange.samples import sample_files, seed_samples
from missionplanner.services.app import Services
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.factories import dump

UNION_NAME = "Union of Industrialists and Entrepreneurs of Turkmenistan"


def _organizers(services: Services, snapshot: MissionSnapshot) -> list[tuple[str, OrganizerRole]]:
    return [(services.organizations.get(o.organization_id).name, o.role) for o in snapshot.mission.organizers]


def test_both_sample_files_are_valid() -> None:
    files = sample_files()
    assert [f.name for f in files] == ["belarus-ashgabat-2025.json", "kazakhstan-turkmenistan-2023.json"]
    for path in files:
        assert snapshot_problems(read_mission_file(path)) == []


def test_the_samples_are_listed(sample_services: Services) -> None:
    summaries = {s.id: s for s in sample_services.missions.summaries()}
    assert set(summaries) == {BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID}
    belarus, kazakhstan = summaries[BELARUS_MISSION_ID], summaries[KAZAKHSTAN_MISSION_ID]
    assert (belarus.start_date, belarus.end_date) == (date(2025, 5, 23), date(2025, 5, 27))
    assert (kazakhstan.start_date, kazakhstan.end_date) == (date(2023, 12, 4), date(2023, 12, 7))
    assert belarus.status == kazakhstan.status == MissionStatus.COMPLETED
    assert belarus.destination_country == kazakhstan.destination_country == "TM"


def test_seeding_again_changes_nothing(sample_services: Services) -> None:
    before = dump(sample_services)
    assert seed_samples(sample_services) == []
    assert dump(sample_services) == before


def test_belarus_mission_facts(sample_services: Services) -> None:
    services = sample_services
    snapshot = services.missions.snapshot(BELARUS_MISSION_ID)
    assert snapshot.mission.origin_country == "BY"
    assert _organizers(services, snapshot) == [
        ("Minsk Branch of the Belarusian Chamber of Commerce and Industry", OrganizerRole.ORGANIZER),
        ("Embassy of the Republic of Belarus in Turkmenistan", OrganizerRole.CO_ORGANIZER),
    ]
    # Executives of five enterprises.
    assert len(snapshot.participants) == 5
    assert "White City of Ashgabat" in next(i.title for i in snapshot.items if i.kind == ItemKind.EXHIBITION)
    site_visits = [i.title for i in snapshot.items if i.kind == ItemKind.SITE_VISIT]
    assert len(site_visits) == 3
    assert any("strawberry" in t for t in site_visits)
    assert any("polypropylene bag" in t for t in site_visits)
    assert any("building materials" in t for t in site_visits)
    hosts = {services.organizations.get(h).name for i in snapshot.items for h in i.host_organization_ids}
    assert {
        "Chamber of Commerce and Industry of Turkmenistan",
        UNION_NAME,
        "Women of Turkmenistan in Business Union",
    } <= hosts
    outcomes = {o.title: o for o in snapshot.outcomes}
    assert "Import of polypropylene hoses from Turkmenistan" in outcomes
    assert "Import of fresh fruits and vegetables from Turkmenistan" in outcomes
    moulds = outcomes["Joint manufacture of plastic products in Turkmenistan using Belarusian moulds"]
    assert moulds.kind == OutcomeKind.JOINT_PROJECT
    assert {f.outcome_id for f in snapshot.follow_ups} == {o.id for o in snapshot.outcomes}


def test_belarus_flight_crosses_time_zones(sample_services: Services) -> None:
    flight = sample_services.items.for_mission(BELARUS_MISSION_ID)[0]
    assert flight.title == "Flight Minsk – Ashgabat"
    assert (flight.timezone, flight.end_timezone) == ("Europe/Minsk", "Asia/Ashgabat")
    assert flight.travel is not None
    assert (flight.travel.from_city, flight.travel.to_city) == ("Minsk", "Ashgabat")
    # 00:45 in Minsk (UTC+3) to 06:30 in Ashgabat (UTC+5): 3 h 45 min in the air.
    assert (flight.end_utc - flight.start_utc).total_seconds() == 3.75 * 3600


def test_kazakhstan_mission_facts(sample_services: Services) -> None:
    services = sample_services
    snapshot = services.missions.snapshot(KAZAKHSTAN_MISSION_ID)
    assert snapshot.mission.origin_country == "KZ"
    assert _organizers(services, snapshot) == [
        ("Diplomatic Club “Astana”", OrganizerRole.ORGANIZER),
        ("Embassy of Turkmenistan to Kazakhstan", OrganizerRole.SUPPORTER),
    ]
    visited = [i.city for i in snapshot.items if i.kind != ItemKind.TRAVEL]
    assert list(dict.fromkeys(visited)) == ["Mary", "Ashgabat", "Arkadag", "Turkmenbashi"]
    assert [i.start for i in snapshot.items] == sorted(i.start for i in snapshot.items)
    site_visits = [i for i in snapshot.items if i.kind == ItemKind.SITE_VISIT]
    assert {i.city for i in site_visits} == {"Mary", "Arkadag", "Ashgabat", "Turkmenbashi"}
    [agro_pack] = [i for i in snapshot.items if i.kind == ItemKind.EXHIBITION]
    assert "Agro Pack Turkmenistan-2023" in agro_pack.title
    assert (agro_pack.city, agro_pack.start.date()) == ("Ashgabat", date(2023, 12, 5))
    [forum] = [o for o in snapshot.outcomes if "Business forum in Ashgabat in 2024" in o.title]
    assert forum.kind == OutcomeKind.FOLLOW_UP_EVENT
    assert forum.item_id is not None
    assert services.items.get(forum.item_id).title == f"Meetings with the {UNION_NAME}"
    assert len([f for f in snapshot.follow_ups if f.outcome_id == forum.id]) == 2
    assert any("Avaza" in o.title for o in snapshot.outcomes)
    assert any("KBTU–MIT" in o.title for o in snapshot.outcomes)
    # The return flight lands in Astana on Kazakh time.
    assert snapshot.items[-1].end_timezone == "Asia/Almaty"
    assert snapshot.items[0].start == datetime(2023, 12, 4, 6, 0)


def test_the_union_is_one_directory_record_shared_by_both_missions(sample_services: Services) -> None:
    services = sample_services
    [union] = [o for o in services.organizations.list(limit=1000) if o.name == UNION_NAME]
    assert union.name_local == "Türkmenistanyň Senagatçylar we telekeçiler birleşmesi"
    for mission_id in (BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID):
        snapshot = services.missions.snapshot(mission_id)
        assert union.id in {h for i in snapshot.items for h in i.host_organization_ids}
    assert services.organizations.usage(union.id)["hosted items"] == 2
    assert services.store.counts()["organizations"] == 13 + 14 - 1
