"""Options of the reliability tests: how many crash runs, and the hypothesis profiles.

`pytest tests/reliability --runs 500` (or MISSIONPLANNER_CRASH_RUNS=500) kills the writer more
times; `HYPOTHESIS_PROFILE=thorough` runs thousands of fuzzing and undo cases instead of hundreds.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "reliability-default",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "reliability-default")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--runs",
        type=int,
        default=int(os.environ.get("MISSIONPLANNER_CRASH_RUNS", "50")),
        help="how many times the crash harness kills the writing process (default 50)",
    )


@pytest.fixture
def crash_runs(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("--runs"))
