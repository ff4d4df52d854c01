"""How far a long task has got, and whether the person waiting for it asked to stop (thread-safe, no Qt)."""

from __future__ import annotations

import threading

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.translation import translate


class CancelledError(MissionPlannerError):
    """The person cancelled a long task; whatever it was writing was rolled back."""

    def __init__(self) -> None:
        super().__init__(translate("Progress", "Cancelled; nothing was changed."))


class Progress:
    """Shared between a task (which reports steps and checks for cancellation) and whoever shows it.

    Tasks call `begin` with the number of steps they expect, `advance` as they go, and `check` wherever
    stopping is safe; `check` raises CancelledError once `cancel` was called from any thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = threading.Event()
        self._done = 0
        self._total = 0
        self._text = ""

    def begin(self, total: int, text: str = "") -> None:
        """Start a stage of `total` steps (0: unknown), described by `text`."""
        with self._lock:
            self._done, self._total, self._text = 0, max(total, 0), text
        self.check()

    def advance(self, steps: int = 1) -> None:
        with self._lock:
            self._done += steps
        self.check()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise CancelledError

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def state(self) -> tuple[int, int, str]:
        """(done, total, text) of the current stage."""
        with self._lock:
            return self._done, self._total, self._text


class _Unobserved(Progress):
    """For callers that show no progress: nothing waits, nothing cancels."""

    def begin(self, total: int, text: str = "") -> None:
        return None

    def advance(self, steps: int = 1) -> None:
        return None


NO_PROGRESS: Progress = _Unobserved()
