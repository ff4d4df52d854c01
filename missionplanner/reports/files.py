"""Writing output files atomically: a half-written report never replaces a good one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from missionplanner.domain.errors import MissionPlannerError, ValidationError


def check_suffix(path: Path, allowed: tuple[str, ...], what: str) -> str:
    """The lower-case suffix of `path`, which must be one of `allowed` (ValidationError naming "out")."""
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        choices = " or ".join(allowed)
        raise ValidationError.single("out", f"Cannot write {what} to '{Path(path).name}': use a {choices} file.")
    return suffix


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; on success it replaces `path`, on failure it is removed."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise MissionPlannerError(f"Cannot write '{path}': the folder '{folder}' does not exist.")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # as an ordinary new file would be, not private like a temp file
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise MissionPlannerError(f"Cannot write '{path}': {error.strerror or error}.") from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
