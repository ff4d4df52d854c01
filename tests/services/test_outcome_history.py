"""Outcome lifecycle: status history (date, from, to, note), exact undo, exact amounts, the register, search."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from missionplanner.domain.enums import OutcomeKind, OutcomeStatus
from missionplanner.domain.errors import NotFoundError, ValidationError
from missionplanner.domain.models import Outcome, OutcomeState, OutcomeStatusChange
from missionplanner.services.app import Services
from missionplanner.services.changes import Action, Change
from missionplanner.storage.migrations import known_migration_names
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.conftest import World
from tests.services.factories import add_mission, dump

UNION_TM = "f0418326-fa6c-40d0-a461-710ebf46e3a3"
HOSES = "c09fb48a-5723-4a69-bb96-ba7fa3cb099e"
MAY_30, JUNE_2, JUNE_20 = date(2025, 5, 30), date(2025, 6, 2), date(2025, 6, 20)


CONTENT_TABLES = (
    "missions",
    "mission_organizers",
    "participants",
    "items",
    "item_hosts",
    "item_attendees",
    "outcomes",
    "outcome_organizations",
    "outcome_status_changes",
    "follow_ups",
)


def _content(services: Services) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the mission tables (search indexes aside, whose internal layout may differ)."""
    db = services.store.db
    return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in CONTENT_TABLES}


def _steps(services: Services, outcome_id: str) -> list[tuple[date, OutcomeStatus | None, OutcomeStatus, str]]:
    return [(c.changed_on, c.from_status, c.to_status, c.note) for c in services.outcomes.history(outcome_id)]


def _log(world: World, **fields: object) -> Outcome:
    record = Outcome(id="", mission_id=world.mission.id, title="Supply of polypropylene hoses", **fields)  # type: ignore[arg-type]
    saved, _ = world.services.outcomes.create(record, on=MAY_30, note="Agreed in principle at the Union")
    return saved


# The history as it is written


def test_logging_an_outcome_records_its_first_status(world: World) -> None:
    saved = _log(world, status=OutcomeStatus.AGREED)
    [first] = world.services.outcomes.history(saved.id)
    assert first == OutcomeStatusChange(
        first.id, saved.id, MAY_30, None, OutcomeStatus.AGREED, "Agreed in principle at the Union", first.created_at
    )
    assert first.id
    assert first.created_at


def test_each_status_change_is_kept_with_date_from_to_and_note(world: World) -> None:
    outcomes = world.services.outcomes
    saved = _log(world, status=OutcomeStatus.AGREED)
    signed, _ = outcomes.update(
        replace(saved, status=OutcomeStatus.SIGNED, signed_on=JUNE_2), on=JUNE_2, note="Signed in Minsk"
    )
    outcomes.update(replace(signed, status=OutcomeStatus.IN_PROGRESS), on=JUNE_20, note="  First shipment left  ")
    assert _steps(world.services, saved.id) == [
        (MAY_30, None, OutcomeStatus.AGREED, "Agreed in principle at the Union"),
        (JUNE_2, OutcomeStatus.AGREED, OutcomeStatus.SIGNED, "Signed in Minsk"),
        (JUNE_20, OutcomeStatus.SIGNED, OutcomeStatus.IN_PROGRESS, "First shipment left"),
    ]


def test_an_edit_that_keeps_the_status_adds_no_history(world: World) -> None:
    saved = _log(world)
    world.services.outcomes.update(replace(saved, title="Hoses, 2 containers", commodity="hoses"), on=JUNE_2, note="x")
    assert len(world.services.outcomes.history(saved.id)) == 1


def test_changes_on_the_same_day_stay_in_the_order_they_were_made(world: World) -> None:
    outcomes = world.services.outcomes
    saved = _log(world)
    for status in (OutcomeStatus.AGREED, OutcomeStatus.SIGNED, OutcomeStatus.DROPPED, OutcomeStatus.AGREED):
        saved, _ = outcomes.update(replace(saved, status=status), on=JUNE_2)
    assert [(c.from_status, c.to_status) for c in outcomes.history(saved.id)[1:]] == [
        (OutcomeStatus.DISCUSSED, OutcomeStatus.AGREED),
        (OutcomeStatus.AGREED, OutcomeStatus.SIGNED),
        (OutcomeStatus.SIGNED, OutcomeStatus.DROPPED),
        (OutcomeStatus.DROPPED, OutcomeStatus.AGREED),
    ]


def test_history_is_oldest_first_even_when_a_change_is_backdated(world: World) -> None:
    outcomes = world.services.outcomes
    saved = _log(world)
    outcomes.update(replace(saved, status=OutcomeStatus.AGREED), on=date(2025, 5, 27))
    assert [c.changed_on for c in outcomes.history(saved.id)] == [date(2025, 5, 27), MAY_30]


def test_the_generic_signatures_still_work_and_name_only_the_outcome(world: World) -> None:
    outcomes = world.services.outcomes
    day = date.today()
    saved, created = outcomes.create(Outcome(id="", mission_id=world.mission.id, title="Forum in 2026"))
    assert created.changes == [Change("outcome", saved.id, Action.CREATED)]
    edited, updated = outcomes.update(replace(saved, status=OutcomeStatus.AGREED))
    assert updated.changes == [Change("outcome", saved.id, Action.UPDATED)]
    assert [c.to_status for c in outcomes.history(saved.id)] == [OutcomeStatus.DISCUSSED, OutcomeStatus.AGREED]
    # Without a date, the change is recorded today.
    assert {c.changed_on for c in outcomes.history(saved.id)} <= {day, date.today()}
    assert outcomes.delete(edited.id).changes == [Change("outcome", saved.id, Action.DELETED)]
    assert outcomes.history(saved.id) == []


def test_a_refused_update_records_nothing(world: World) -> None:
    outcomes = world.services.outcomes
    saved = _log(world)
    before = dump(world.services)
    with pytest.raises(ValidationError):
        outcomes.update(replace(saved, status=OutcomeStatus.SIGNED, amount=Decimal(-1), currency="USD"), on=JUNE_2)
    with pytest.raises(NotFoundError):
        outcomes.update(replace(saved, id="no-such-outcome", status=OutcomeStatus.SIGNED), on=JUNE_2)
    assert dump(world.services) == before


def test_imported_outcomes_have_no_history(sample_services: Services) -> None:
    assert sample_services.outcomes.history(HOSES) == []
    assert sample_services.store.outcome_status_changes.count() == 0


def test_the_history_table_comes_from_migration_5_and_cascades(world: World) -> None:
    assert "m005_outcome_history" in known_migration_names()
    saved = _log(world)
    world.services.store.outcomes.delete(saved.id)
    assert world.services.store.outcome_status_changes.for_outcome(saved.id) == []


# Exact undo


def test_restore_state_puts_back_the_outcome_and_its_history_exactly(world: World) -> None:
    outcomes = world.services.outcomes
    saved = _log(world, status=OutcomeStatus.AGREED, organization_ids=(world.host.id,))
    outcomes.update(replace(saved, status=OutcomeStatus.SIGNED), on=JUNE_2, note="Signed")
    state = outcomes.state(saved.id)
    before = _content(world.services)
    outcomes.update(
        replace(outcomes.get(saved.id), status=OutcomeStatus.DROPPED, organization_ids=(world.employer.id,)),
        on=JUNE_20,
        note="Buyer withdrew",
    )
    assert len(outcomes.history(saved.id)) == 3

    changes = outcomes.restore_state(state)

    assert changes.changes == [Change("outcome", saved.id, Action.UPDATED)]
    assert outcomes.state(saved.id) == state
    assert outcomes.get(saved.id).updated_at == state.outcome.updated_at
    assert _content(world.services) == before


def test_restore_state_brings_back_a_deleted_outcome_with_its_history(world: World) -> None:
    outcomes = world.services.outcomes
    saved = _log(world)
    outcomes.update(replace(saved, status=OutcomeStatus.AGREED), on=JUNE_2)
    state = outcomes.state(saved.id)
    outcomes.delete(saved.id)
    assert outcomes.restore_state(state).changes == [Change("outcome", saved.id, Action.CREATED)]
    assert outcomes.state(saved.id) == state


def test_restore_state_refuses_an_outcome_whose_mission_is_gone(world: World) -> None:
    mission = add_mission(world.services, "Short-lived")
    saved, _ = world.services.outcomes.create(Outcome(id="", mission_id=mission.id, title="Deal"), on=MAY_30)
    state = world.services.outcomes.state(saved.id)
    world.services.missions.delete(mission.id)
    with pytest.raises(ValidationError):
        world.services.outcomes.restore_state(state)


def test_undo_of_deleting_an_outcome_restores_its_history(world: World) -> None:
    services = world.services
    saved = _log(world)
    services.outcomes.update(replace(saved, status=OutcomeStatus.SIGNED), on=JUNE_2, note="Signed")
    before = _content(services)
    removal = services.trash.capture("outcome", saved.id)
    # The history is part of the outcome, not a dependent to confirm.
    assert removal.counts() == {}
    services.outcomes.delete(saved.id)
    changes = services.trash.restore(removal)
    assert changes.ids("outcome") == [saved.id]
    assert changes.ids("outcome_status_change") == []
    assert _content(services) == before


def test_undo_of_deleting_a_mission_restores_its_outcomes_histories(world: World) -> None:
    services = world.services
    saved = _log(world)
    services.outcomes.update(replace(saved, status=OutcomeStatus.AGREED), on=JUNE_2)
    before = _content(services)
    removal = services.trash.capture("mission", world.mission.id)
    assert removal.counts() == {"participant": 2, "item": 1, "outcome": 2, "follow_up": 1}
    services.missions.delete(world.mission.id)
    assert services.store.outcome_status_changes.count() == 0
    services.trash.restore(removal)
    assert _content(services) == before
    assert len(services.outcomes.history(saved.id)) == 2


# Amounts: exact decimals, never float


def test_amounts_are_kept_exactly(world: World) -> None:
    outcomes = world.services.outcomes
    total = Decimal("0.1") + Decimal("0.2")
    saved = _log(world, amount=total, currency="USD")
    assert outcomes.get(saved.id).amount == Decimal("0.3")
    assert str(outcomes.get(saved.id).amount) == "0.3"
    turnover = _log(world, amount=Decimal("300000000.00"), currency="USD")
    assert str(outcomes.get(turnover.id).amount) == "300000000.00"
    stored = world.services.store.db.execute(
        "SELECT typeof(amount), amount FROM outcomes WHERE id = ?", [turnover.id]
    ).fetchone()
    assert stored == ("text", "300000000.00")
    big = _log(world, amount=Decimal("999999999999999.99"), currency="BYN")
    assert outcomes.get(big.id).amount == Decimal("999999999999999.99")
    assert isinstance(outcomes.get(big.id).amount, Decimal)


def test_restoring_state_keeps_an_amount_exact(world: World) -> None:
    outcomes = world.services.outcomes
    saved = _log(world, amount=Decimal("1250000.50"), currency="EUR")
    state = outcomes.state(saved.id)
    outcomes.update(replace(saved, amount=Decimal("1250000.5000001")))
    outcomes.restore_state(state)
    assert str(outcomes.get(saved.id).amount) == "1250000.50"


# The register: outcomes with counterparts' names


def test_the_register_names_counterparts_and_leaves_templates_out(sample_services: Services) -> None:
    rows = sample_services.outcomes.register()
    assert len(rows) == 15
    # Newest mission first, each mission's outcomes in the order they were logged.
    assert [r.outcome.mission_id for r in rows] == [BELARUS_MISSION_ID] * 5 + [KAZAKHSTAN_MISSION_ID] * 10
    forum = next(r for r in rows if r.outcome.kind == OutcomeKind.FOLLOW_UP_EVENT)
    assert forum.counterparts == (
        "Union of Industrialists and Entrepreneurs of Turkmenistan",
        "Diplomatic Club “Astana”",
    )
    assert forum.mission_title == "Kazakhstani business mission to Turkmenistan, December 2023"
    template = add_mission(sample_services, "Template", is_template=True)
    # Templates have no outcomes (refused by the service), so none can reach the register.
    assert sample_services.outcomes.register(mission_id=template.id) == []
    assert len(sample_services.outcomes.register()) == 15
    assert len(sample_services.outcomes.register(mission_id=BELARUS_MISSION_ID)) == 5


# Search finds outcomes by commodity, sector and counterpart


def _outcome_hits(services: Services, text: str) -> list[str]:
    return [h.title for h in services.search.search(text) if h.entity == "outcome"]


def test_search_finds_outcomes_by_commodity(sample_services: Services) -> None:
    assert _outcome_hits(sample_services, "polypropylene") == ["Import of polypropylene hoses from Turkmenistan"]
    assert _outcome_hits(sample_services, "telemechanics systems") == [
        "Supply of railway automation and telemechanics systems to Turkmenistan"
    ]


def test_search_finds_outcomes_by_sector(sample_services: Services) -> None:
    assert _outcome_hits(sample_services, "healthcare") == [
        "Supply of high-tech medical equipment and devices to Turkmenistan"
    ]
    assert set(_outcome_hits(sample_services, "commodity trading")) == {
        "Further cooperation with Turkmen colleagues at the State Commodity Exchange"
    }


def test_search_finds_outcomes_by_counterpart_after_direct_hits_without_duplicates(sample_services: Services) -> None:
    hits = [h for h in sample_services.search.search("Union Industrialists") if h.entity == "outcome"]
    titles = [h.title for h in hits]
    assert len(titles) == len(set(titles))
    # Direct hits first: this outcome's description names the Union of Mary province.
    assert titles[0] == "Cooperation in transport, logistics and agriculture with Mary province"
    assert hits[0].extra == {}
    # Then those whose counterpart is the Union of Turkmenistan (the Mary one's outcome is listed once).
    assert set(titles[1:]) == {
        "Cooperation in education, agriculture, information technology and drip irrigation in horticulture",
        "Business forum in Ashgabat in 2024 with the participation of Kazakhstan business community",
        "Interregional business forum and exhibition in the Avaza tourist zone",
    }
    assert all(h.extra == {"via": "counterpart"} and h.snippet.startswith("Counterpart: ") for h in hits[1:])
    assert all(h.mission_id == KAZAKHSTAN_MISSION_ID for h in hits)


def test_search_finds_outcomes_by_a_counterparts_local_name(sample_services: Services) -> None:
    # "Senagatçylar" is only in the Turkmen names of the two Unions; diacritics are folded.
    titles = _outcome_hits(sample_services, "senagatcylar")
    assert "Business forum in Ashgabat in 2024 with the participation of Kazakhstan business community" in titles
    assert "Cooperation in transport, logistics and agriculture with Mary province" in titles
    assert len(titles) == len(set(titles)) == 4


def test_a_counterpart_word_in_notes_or_city_does_not_find_the_outcome(sample_services: Services) -> None:
    # "TSTB" is in the Union's notes only, and "Cambridge" is MIT's city: neither is a name.
    assert _outcome_hits(sample_services, "TSTB") == []
    assert _outcome_hits(sample_services, "Cambridge") == []
    assert "KBTU–MIT logistics research and development center" in _outcome_hits(sample_services, "Massachusetts")


def test_outcome_state_is_a_plain_record() -> None:
    outcome = Outcome(id="o", mission_id="m", title="t")
    assert OutcomeState(outcome).history == ()


def test_templates_have_no_outcomes(sample_services: Services) -> None:
    from missionplanner.domain.models import new_id

    template_id, _ = sample_services.templates.save_as_template(BELARUS_MISSION_ID)
    assert sample_services.missions.get(template_id).is_template
    with pytest.raises(ValidationError) as error:
        sample_services.outcomes.create(Outcome(id=new_id(), mission_id=template_id, title="A deal"))
    assert error.value.field == "mission_id"
    assert sample_services.outcomes.for_mission(template_id) == []
