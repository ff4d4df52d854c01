"""Output file names: the suffix chosen says which format to write."""

from __future__ import annotations

from pathlib import Path

from missionplanner.domain.errors import ValidationError
from missionplanner.domain.translation import translate


def check_suffix(path: Path, allowed: tuple[str, ...], message: str) -> str:
    """The lower-case suffix of `path`, which must be one of `allowed` (ValidationError naming "out").

    `message` is the translated complaint, with {name} (the file's name) and {choices} (".pdf or .html").
    """
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        choices = allowed[0]
        for choice in allowed[1:]:
            choices = translate("Files", "{choices} or {choice}").format(choices=choices, choice=choice)
        raise ValidationError.single("out", message.format(name=Path(path).name, choices=choices))
    return suffix
