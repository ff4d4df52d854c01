"""Writing output files atomically: a half-written report never replaces a good one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from missionplanner.domain.errors import MissionPlannerError, ValidationError
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


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; on success it replaces `path`, on failure it is removed."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        message = translate("Files", "Cannot write '{path}': the folder '{folder}' does not exist.")
        raise MissionPlannerError(message.format(path=path, folder=folder))
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # as an ordinary new file would be, not private like a temp file
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        message = translate("Files", "Cannot write '{path}': {reason}.")
        raise MissionPlannerError(message.format(path=path, reason=error.strerror or error)) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
