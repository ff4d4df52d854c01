"""Reading contact lists as they arrive: CSV in every usual encoding and delimiter, and .xlsx workbooks."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from openpyxl import Workbook

from missionplanner.domain.errors import ExchangeError
from missionplanner.exchange.table_files import read_table

RUSSIAN_ROWS = [
    ["ФИО", "Должность", "Организация", "Телефон", "E-mail", "Страна"],
    ["Иванов Иван Иванович", "Генеральный директор", "ОАО «Белшина»", "+375 17 123-45-67", "ivanov@belshina.by", "BY"],
    [
        "Бердыев Мерген",
        "Председатель",
        "Союз промышленников и предпринимателей",
        "+993 12 34-56-78",
        "",
        "Туркменистан",
    ],
]
ENGLISH_ROWS = [
    ["Name", "Position", "Company", "Phone", "Email", "Country"],
    ["John Smith", "CEO", "Union of Industrialists & Entrepreneurs of Turkmenistan", "+993 12", "js@example.org", "TM"],
    ["Jane Doe", "Analyst", "Belshina JSC", "", "jane@example.org", "Belarus"],
]


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    """A CSV file written as Excel would: quoted where needed, CRLF line ends."""
    import csv
    import io

    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter", "detected"),
    [
        ("utf-8", ",", "utf-8"),
        ("utf-8-sig", ";", "utf-8-sig"),
        ("cp1251", ";", "cp1251"),
        ("utf-8", "\t", "utf-8"),
        ("cp1251", ",", "cp1251"),
    ],
)
def test_csv_encoding_and_delimiter_are_detected(tmp_path: Path, encoding: str, delimiter: str, detected: str) -> None:
    path = write_csv(tmp_path / "list.csv", RUSSIAN_ROWS, encoding=encoding, delimiter=delimiter)
    table = read_table(path)
    assert (table.encoding, table.delimiter) == (detected, delimiter)
    assert table.headers == RUSSIAN_ROWS[0]
    assert table.rows == [(2, RUSSIAN_ROWS[1]), (3, RUSSIAN_ROWS[2])]
    assert not table.is_excel


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Name;Email\nИванов Иван;iv@x.by\nСергей Петров;s@x.by\n", "cp1251"),  # was read as Mac Cyrillic
        ("ФИО\nИванов\n", "koi8_r"),  # was read as ISO 8859-5
        ("ФИО;Должность\nИванов;Директор\n", "cp866"),
    ],
)
def test_short_cyrillic_lists_are_read_in_their_code_page(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.encoding == codecs.lookup(encoding).name
    assert table.rows[0][1][0] == text.splitlines()[1].split(";")[0]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # cp1250 and cp1252 both read these as letters: ş was º (an "ordinal" letter), ň was ò.
        ("Ady;Familiýasy;Şäher\nMaýsa;Nurberdiýewa;Aşgabat\nGuwanç;Öwezow;Türkmenabat\n", "cp1250"),
        ("Name;City\nAýna Ňazarowa;Mary\nDöwlet Žumaýew;Daşoguz\n", "cp1250"),
        ("Jméno;Město\nJiří Dvořák;Plzeň\n", "cp1250"),
        ("Name;City\nMarie Lefèvre;Genève\n", "cp1252"),  # not read as cp1250's č
    ],
)
def test_short_latin_lists_are_read_in_their_code_page(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.encoding == codecs.lookup(encoding).name
    assert table.rows[0][1] == text.splitlines()[1].split(";")


def test_english_csv_and_overrides(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", ENGLISH_ROWS, delimiter=";")
    table = read_table(path, encoding="utf-8", delimiter=";")
    assert table.headers == ENGLISH_ROWS[0]
    # A wrong delimiter override gives one column, not an error: the mapping step shows it.
    assert read_table(path, delimiter=",").headers == [";".join(ENGLISH_ROWS[0])]
    assert read_table(path, delimiter="tab").delimiter == "\t"


def test_a_wrong_encoding_override_is_refused_clearly(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", RUSSIAN_ROWS, encoding="cp1251", delimiter=";")
    with pytest.raises(ExchangeError, match=r"list\.csv: the file is not in the utf-8 encoding"):
        read_table(path, encoding="utf-8")
    with pytest.raises(ExchangeError, match="not a text encoding"):
        read_table(path, encoding="klingon")


def test_xlsx_sheets_and_chooser(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {"Notes": [["Nothing here"]], "Delegates": [*RUSSIAN_ROWS, [None, None, None, None, None, None]]},
    )
    first = read_table(path)
    assert (first.sheets, first.sheet, first.headers) == (["Notes", "Delegates"], "Notes", ["Nothing here"])
    table = read_table(path, sheet="Delegates")
    assert table.is_excel
    assert table.headers == RUSSIAN_ROWS[0]
    assert table.rows[:2] == [(2, RUSSIAN_ROWS[1]), (3, RUSSIAN_ROWS[2])]
    with pytest.raises(ExchangeError, match="no sheet 'Missing'"):
        read_table(path, sheet="Missing")


def test_xlsx_numbers_are_text_without_a_decimal_point(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"Sheet": [["Name", "Phone"], ["A", 99312345678]]})
    assert read_table(path).rows == [(2, ["A", "99312345678"])]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\r\n \r\n", "the file is empty"),
        (bytes(range(256)) * 20, "binary data"),
        (b"\xd0\xcf\x11\xe0" + os.urandom(600), "old Excel .xls"),
        (b"PK\x03\x04" + os.urandom(600), "cannot be read as an Excel workbook"),
    ],
)
def test_unreadable_files_raise_an_exchange_error_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    with pytest.raises(ExchangeError, match=message) as caught:
        read_table(path)
    assert caught.value.message.startswith("broken.csv: ")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="cannot be read"):
        read_table(tmp_path / "nowhere.csv")


def test_leading_blank_lines_keep_spreadsheet_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("\nName,Email\nA,a@example.org\n\nB,b@example.org\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Name", "Email"]
    assert table.rows == [(3, ["A", "a@example.org"]), (4, []), (5, ["B", "b@example.org"])]


def test_a_header_row_alone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("Name;E-mail\n;\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        read_table(path)
    assert "header row but no data" in caught.value.message


def test_a_very_long_value_is_read_for_its_row_to_be_judged(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("Name,Notes\nBob," + "x" * 200_000 + "\n", encoding="utf-8")
    table = read_table(path)
    assert len(table.rows[0][1][1]) == 200_000
