"""Enumerations stored by their lower snake_case codes, with labels for display in the current language."""

from __future__ import annotations

from enum import StrEnum

from missionplanner.domain.translation import translate

# Codes are plain words joined by underscores; these are the places English writes a hyphen instead.
_HYPHENATED = (("ollow up", "ollow-up"), ("o organizer", "o-organizer"))


class LabelledEnum(StrEnum):
    """A StrEnum whose value is the stored code and whose label is readable text in the current language."""

    @property
    def english_label(self) -> str:
        """'Site visit', 'Follow-up event': the English label, also the translation source."""
        text = self.value.replace("_", " ")
        for plain, hyphenated in _HYPHENATED:
            text = text.replace(plain, hyphenated)
        return text[:1].upper() + text[1:]

    @property
    def label(self) -> str:
        """The label in the current language (enum_labels.py lists the sources for translators)."""
        return translate(type(self).__name__, self.english_label)

    @classmethod
    def codes(cls) -> list[str]:
        return [member.value for member in cls]


class OrganizationKind(LabelledEnum):
    CHAMBER_OF_COMMERCE = "chamber_of_commerce"
    BUSINESS_ASSOCIATION = "business_association"
    GOVERNMENT_AGENCY = "government_agency"
    MINISTRY = "ministry"
    ENTERPRISE = "enterprise"
    EMBASSY = "embassy"
    UNIVERSITY = "university"
    EXHIBITION_ORGANIZER = "exhibition_organizer"
    OTHER = "other"


class MissionKind(LabelledEnum):
    TRADE_MISSION = "trade_mission"
    OFFICIAL_VISIT = "official_visit"
    WORKING_VISIT = "working_visit"
    EXHIBITION_PARTICIPATION = "exhibition_participation"
    FORUM = "forum"
    OTHER = "other"


class MissionStatus(LabelledEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class OrganizerRole(LabelledEnum):
    ORGANIZER = "organizer"
    CO_ORGANIZER = "co_organizer"
    SUPPORTER = "supporter"
    PARTNER = "partner"
    SPONSOR = "sponsor"


class ParticipantRole(LabelledEnum):
    HEAD_OF_DELEGATION = "head_of_delegation"
    MEMBER = "member"
    ORGANIZER = "organizer"
    INTERPRETER = "interpreter"
    OFFICIAL = "official"
    PRESS = "press"
    OTHER = "other"


class ItemKind(LabelledEnum):
    MEETING = "meeting"
    NEGOTIATION = "negotiation"
    SITE_VISIT = "site_visit"
    EXHIBITION = "exhibition"
    FORUM = "forum"
    RECEPTION = "reception"
    CEREMONY = "ceremony"
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    FREE_TIME = "free_time"
    OTHER = "other"


class ItemStatus(LabelledEnum):
    PROPOSED = "proposed"
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class TravelMode(LabelledEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    CAR = "car"
    BUS = "bus"
    SHIP = "ship"


class OutcomeKind(LabelledEnum):
    AGREEMENT = "agreement"
    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    CONTRACT = "contract"
    SUPPLY_DEAL = "supply_deal"
    JOINT_PROJECT = "joint_project"
    INTENTION = "intention"
    FOLLOW_UP_EVENT = "follow_up_event"
    OTHER = "other"


class Direction(LabelledEnum):
    EXPORT = "export"
    IMPORT = "import"
    BOTH = "both"
    NONE = "none"


class OutcomeStatus(LabelledEnum):
    DISCUSSED = "discussed"
    AGREED = "agreed"
    SIGNED = "signed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DROPPED = "dropped"
