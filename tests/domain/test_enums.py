"""Every enumeration is stored by a lower snake_case code and shown by a readable label."""

from __future__ import annotations

import re

import pytest

from missionplanner.domain import enums
from missionplanner.domain.enums import LabelledEnum

ENUMS = sorted(LabelledEnum.__subclasses__(), key=lambda cls: cls.__name__)
CODE = re.compile(r"^[a-z]+(_[a-z]+)*$")


def test_every_enum_of_the_module_is_checked() -> None:
    declared = {
        obj
        for obj in vars(enums).values()
        if isinstance(obj, type) and issubclass(obj, LabelledEnum) and obj is not LabelledEnum
    }
    assert declared == set(ENUMS)
    assert len(ENUMS) >= 10


@pytest.mark.parametrize("enum", ENUMS, ids=lambda cls: cls.__name__)
def test_codes_are_lower_snake_case_and_unique(enum: type[LabelledEnum]) -> None:
    codes = enum.codes()
    assert codes, f"{enum.__name__} has no members"
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert CODE.match(code), f"{enum.__name__} code {code!r} is not lower snake_case"
    # A member is its code, so it can be stored and compared as text.
    for member in enum:
        assert member == member.value
        assert enum(member.value) is member


@pytest.mark.parametrize("enum", ENUMS, ids=lambda cls: cls.__name__)
def test_labels_are_readable(enum: type[LabelledEnum]) -> None:
    labels = [member.label for member in enum]
    assert len(set(labels)) == len(labels)
    for member, label in zip(enum, labels, strict=True):
        assert "_" not in label
        assert label[0].isupper()
        assert label.lower().replace("-", " ") == member.value.replace("_", " ")
        assert label == label.strip()
        assert "  " not in label


def test_examples_of_labels() -> None:
    assert enums.OutcomeKind.MEMORANDUM_OF_UNDERSTANDING.label == "Memorandum of understanding"
    assert enums.ParticipantRole.HEAD_OF_DELEGATION.label == "Head of delegation"
    assert enums.MissionStatus.IN_PROGRESS.label == "In progress"
