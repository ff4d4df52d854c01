"""Reading an input file whole, but never more than a limit: a device or a pipe has no size to check first."""

from __future__ import annotations

import os
import stat
from pathlib import Path

_CHUNK = 1 << 20


class FileTooLargeError(Exception):
    """The file holds more than the limit; `size` is its size in bytes when known (a regular file)."""

    def __init__(self, size: int | None) -> None:
        super().__init__(size)
        self.size = size


class DeviceFileError(Exception):
    """The path names a device (such as /dev/zero), or a named pipe where pipes are not read."""


def read_limited(path: Path, limit: int, *, pipes: bool = True) -> bytes:
    """The bytes of `path`, reading at most `limit` + 1 of them (FileTooLargeError, DeviceFileError, OSError).

    `pipes=False` refuses named pipes too: opening one waits until something writes to it, which the
    desktop app's thread must never do (the command line may: Ctrl+C stops it).
    """
    # Checked before opening: opening some devices (tapes, terminals) already does something.
    mode = os.stat(path).st_mode
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or (not pipes and stat.S_ISFIFO(mode)):
        raise DeviceFileError(path)
    with open(path, "rb") as stream:
        info = os.fstat(stream.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise FileTooLargeError(info.st_size)  # refused without reading it
        # In chunks: one read(limit + 1) would allocate the whole limit even for a small file.
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = stream.read(min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > limit:
        raise FileTooLargeError(None)  # a pipe, or a file that grew after its size was checked
    return b"".join(chunks)
