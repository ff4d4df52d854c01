"""Reading tables people send: CSV in any usual encoding and delimiter, or Excel .xlsx sheets.

Every failure is an ExchangeError that names the file and says what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from missionplanner.domain.errors import ExchangeError, os_reason, quotable
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.domain.validation import grouped
from missionplanner.exchange.file_input import DeviceFileError, FileTooLargeError, read_limited

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
# The csv module refuses a value over 131,072 characters as "field larger than field limit", which read as
# a broken file: a long value is a problem of its row (too long for the field), reported as such.
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
MAX_COLUMNS = 200
DELIMITERS = (",", ";", "\t", "|")
# Names of the delimiters for people, marked for translation: show them with delimiter_name().
DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("TableFiles", "comma"),
    ";": QT_TRANSLATE_NOOP("TableFiles", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("TableFiles", "tab"),
    "|": QT_TRANSLATE_NOOP("TableFiles", "vertical bar"),
}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
LIKELY_ENCODINGS = (
    "utf_8",
    "cp1251",
    "koi8_r",
    "cp866",
    "mac_cyrillic",
    "cp1252",
    "cp1250",
    "cp1254",
    "iso8859_5",
    "latin_1",
)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


@dataclass
class Table:
    """A table read from a file: its header row and the data rows with their spreadsheet row numbers."""

    path: Path
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str | None = None
    delimiter: str | None = None
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None

    @property
    def is_excel(self) -> bool:
        return self.encoding is None


def delimiter_name(delimiter: str | None, default: str = "") -> str:
    """'comma', 'semicolon'...: the name of a delimiter in the current language (`default` if it has none)."""
    name = DELIMITER_NAMES.get(delimiter or "")
    return translate("TableFiles", name) if name else default


def _fail(path: Path, message: str) -> ExchangeError:
    """An error about the file at `path`; `message` is already translated."""
    return ExchangeError(f"{path.name}: {message}")


def _read_bytes(path: Path, pipes: bool) -> bytes:
    try:
        return read_limited(path, MAX_FILE_BYTES, pipes=pipes)
    except FileTooLargeError as error:
        limit = f"{MAX_FILE_BYTES / 1e6:.0f}"
        if error.size is not None:
            message = translate(
                "TableFiles",
                "the file is {size} MB, more than the {limit} MB a contact list can be; split it into smaller files.",
            )
            raise _fail(path, message.format(size=f"{error.size / 1e6:.0f}", limit=limit)) from None
        message = translate(
            "TableFiles", "the file holds more than the {limit} MB a contact list can be; split it into smaller files."
        )
        raise _fail(path, message.format(limit=limit)) from None
    except DeviceFileError:
        message = translate("TableFiles", "this is a device or a pipe, not a file; choose a CSV or .xlsx file.")
        raise _fail(path, message) from None
    except OSError as error:
        message = translate("TableFiles", "cannot be read ({reason}); check the file name and permissions.")
        raise _fail(path, message.format(reason=os_reason(error))) from None


def detect_encoding(raw: bytes) -> str:
    """The text encoding of `raw`: UTF-8 (with or without BOM) when it decodes, otherwise charset-normalizer's guess."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _decodes(raw, "utf-8"):
        return "utf-8"
    from charset_normalizer import from_bytes

    # Only the encodings such lists really arrive in: an open guess prefers exotic code pages
    # (cp1006 for Windows-1251 text that is mostly ASCII).
    guesses = list(from_bytes(raw[:256_000], cp_isolation=list(LIKELY_ENCODINGS)))
    if not guesses:
        return ""
    # On a short list several code pages read as text, and charset-normalizer may rank Mac Cyrillic above
    # Windows-1251 ("»ванов" for "Иванов"): among the near-best, the one whose non-ASCII characters are
    # letters, with the fewest lower-then-capital letters inside words, and the likelier code page.
    least = min(guess.chaos for guess in guesses)
    near = [guess for guess in guesses if guess.chaos <= least + _CHAOS_MARGIN]
    order = [codecs.lookup(name).name for name in LIKELY_ENCODINGS]
    best = max(near, key=lambda guess: (*_plausibility(str(guess)), -order.index(codecs.lookup(guess.encoding).name)))
    return codecs.lookup(best.encoding).name


_CHAOS_MARGIN = 0.15


# Turkmen Latin's own letters: Latin code pages that read as letters alike (cp1250's ň is cp1252's ò) are told
# apart by which one gives the names our users write.
_TURKMEN_LETTERS = frozenset("ÄäÇçŇňÖöŞşÜüÝýŽž")


def _plausibility(text: str) -> tuple[float, int, int]:
    """How much `text` looks like names and words: the share of its non-ASCII characters that are cased
    letters (not º or ª), how often (negated) a capital follows a small letter, and how many Turkmen letters
    it has."""
    sample = text[:20_000]
    foreign = [c for c in sample if ord(c) > 127]
    letters = sum(c.isupper() or c.islower() for c in foreign) / max(len(foreign), 1)
    anomalies = sum(1 for a, b in itertools.pairwise(sample) if a.islower() and b.isupper())
    turkmen = sum(c in _TURKMEN_LETTERS for c in foreign)
    return letters, -anomalies, turkmen


def detect_delimiter(text: str) -> str:
    """The column delimiter of CSV text: csv.Sniffer's answer, else the candidate found most in the header."""
    lines = [line for line in text.splitlines() if line.strip()][:50]
    sample = "\n".join(lines)
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        delimiter = ""
    if delimiter in DELIMITERS and lines and delimiter in lines[0]:
        return delimiter
    header = lines[0] if lines else ""
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\r\n\f\v")
    return "\x00" in sample or controls > max(2, len(sample) // 200)


def read_csv(path: Path, raw: bytes, encoding: str | None = None, delimiter: str | None = None) -> Table:
    if encoding:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            message = translate("TableFiles", "'{value}' is not a text encoding; use one such as utf-8 or cp1251.")
            raise _fail(path, message.format(value=quotable(encoding))) from None
        if encoding == "utf-8" and raw.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
    else:
        if raw[:4] == _OLE_MAGIC:
            raise _fail(path, _old_excel())
        if b"\x00" in raw[:20_000] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise _fail(path, _binary())
        encoding = detect_encoding(raw)
        if not encoding:
            message = translate(
                "TableFiles", "the text encoding cannot be recognised; save the file as UTF-8 CSV and try again."
            )
            raise _fail(path, message)
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        message = translate(
            "TableFiles",
            "the file is not in the {encoding} encoding; choose another encoding (such as cp1251 or utf-8).",
        )
        raise _fail(path, message.format(encoding=encoding)) from None
    if _looks_binary(text):
        raise _fail(path, _binary())
    if not text.strip():
        raise _fail(path, _empty())
    if delimiter:
        delimiter = {"\\t": "\t", "tab": "\t", "semicolon": ";", "comma": ","}.get(delimiter, delimiter)
        if len(delimiter) != 1:
            message = translate(
                "TableFiles", "'{value}' is not a delimiter; use one character such as ; or , (or tab)."
            )
            raise _fail(path, message.format(value=quotable(delimiter)))
    else:
        delimiter = detect_delimiter(text)
    rows: list[tuple[int, list[str]]] = []
    headers: list[str] | None = None
    last_start = consumed = 0  # the line the latest record starts on, and the lines read so far
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, values in enumerate(reader, start=1):
            last_start, consumed = consumed + 1, reader.line_num
            if headers is None:
                if not any(v.strip() for v in values):
                    continue
                headers = [v.strip() for v in values]
                continue
            rows.append((number, values))
            if len(rows) > MAX_ROWS:
                message = translate("TableFiles", "the file has more than {limit} rows; split it into smaller files.")
                raise _fail(path, message.format(limit=grouped(MAX_ROWS)))
    except csv.Error as error:
        message = translate("TableFiles", "cannot be read as CSV ({reason}); check the delimiter and the quotes.")
        raise _fail(path, message.format(reason=error)) from None
    # The csv module quietly ends a quoted field that runs to the end of the file: the rows after an
    # unclosed quote would become one value of the last row, and be lost without a word.
    opened = _unclosed_quote_line(text, last_start, delimiter) if last_start and '"' in text else None
    if opened is not None:
        message = translate(
            "TableFiles",
            'the quote (") opened on line {line} is never closed, so every line after it would be read as '
            "one value; close the quote (or remove it) and try again.",
        )
        raise _fail(path, message.format(line=grouped(opened)))
    if headers is None:
        raise _fail(path, _empty())
    _check_shape(path, headers)
    table = Table(path, headers, rows, encoding=encoding, delimiter=delimiter)
    check_has_data(table)
    return table


def check_has_data(table: Table) -> None:
    """A header row alone is refused: importing it would only make an empty step to undo.

    A CSV is refused as it is read; a workbook's sheet only when it is imported, since the wizard needs
    the list of sheets to offer another (the first sheet may be notes).
    """
    if any(any(value.strip() for value in values) for _, values in table.rows):
        return
    if table.sheet is not None:
        message = translate(
            "TableFiles",
            "the sheet '{sheet}' has a header row but no data under it; choose another sheet, or add the rows.",
        ).format(sheet=quotable(table.sheet))
    else:
        message = translate(
            "TableFiles", "the file has a header row but no data under it; add the rows, or choose another file."
        )
    raise _fail(table.path, message)


# A quoted field, "" standing for a quote inside it; possessive, so "" is never split to end the field early.
_QUOTED = re.compile(r'"[^"]*+(?:""[^"]*+)*+"')


def _unclosed_quote_line(text: str, start_line: int, delimiter: str) -> int | None:
    """The line where the record starting on `start_line` opens a quote it never closes (None: it closes)."""
    # Only the last record needs looking at: an unclosed quote swallows everything after it.
    lines = io.StringIO(text, newline="")
    offset = sum(map(len, itertools.islice(lines, start_line - 1)))
    unquoted = re.compile(f"[^{re.escape(delimiter)}\r\n]*")
    position = offset
    while True:
        # At the start of a field: a quote there opens a quoted field (as the csv module reads it, one
        # anywhere else is an ordinary character).
        if text.startswith('"', position):
            closed = _QUOTED.match(text, position)
            if closed is None:
                line_breaks = text.count("\n", offset, position) + text.count("\r", offset, position)
                return start_line + line_breaks - text.count("\r\n", offset, position)
            position = closed.end()
        end = unquoted.match(text, position)
        position = end.end() if end else position
        if not text.startswith(delimiter, position):
            return None  # the end of the record, or of the file
        position += len(delimiter)


def _check_shape(path: Path, headers: list[str]) -> None:
    if len(headers) > MAX_COLUMNS:
        message = translate(
            "TableFiles", "the table has {count} columns, more than {limit}; keep only the useful ones."
        )
        raise _fail(path, message.format(count=len(headers), limit=MAX_COLUMNS))
    if not any(headers):
        message = translate("TableFiles", "the first row has no column names; put a header row above the data.")
        raise _fail(path, message)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_xlsx(path: Path, sheet: str | None = None, raw: bytes | None = None) -> Table:
    """Read a sheet of an .xlsx workbook (from `raw`, the bytes of `path` already read, when given)."""
    from openpyxl import load_workbook

    try:
        # From the bytes already read: the file is then read once, with its size limit (and a pipe can
        # only be read once).
        workbook = load_workbook(io.BytesIO(raw) if raw is not None else path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        message = translate(
            "TableFiles", "cannot be read as an Excel workbook ({reason}); save it again from Excel as .xlsx."
        )
        raise _fail(path, message.format(reason=error)) from None
    except Exception as error:  # openpyxl raises many kinds of errors on damaged files
        message = translate("TableFiles", "cannot be read as an Excel workbook ({reason}); save it again as .xlsx.")
        raise _fail(path, message.format(reason=type(error).__name__)) from None
    try:
        sheets = list(workbook.sheetnames)
        if not sheets:
            raise _fail(path, translate("TableFiles", "the workbook has no sheets."))
        if sheet is None:
            sheet = sheets[0]
        elif sheet not in sheets:
            message = translate("TableFiles", "there is no sheet '{sheet}'; choose one of: {sheets}.")
            raise _fail(path, message.format(sheet=quotable(sheet), sheets=", ".join(sheets)))
        headers: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(workbook[sheet].iter_rows(values_only=True), start=1):
            texts = [_cell_text(v) for v in values]
            if headers is None:
                if any(texts):
                    headers = texts
                continue
            rows.append((number, texts))
            if len(rows) > MAX_ROWS:
                message = translate("TableFiles", "the sheet has more than {limit} rows; split it into smaller files.")
                raise _fail(path, message.format(limit=grouped(MAX_ROWS)))
    finally:
        workbook.close()
    if headers is None:
        message = translate("TableFiles", "the sheet '{sheet}' is empty; choose a sheet with a header row and data.")
        raise _fail(path, message.format(sheet=quotable(sheet)))
    while headers and not headers[-1]:
        headers.pop()
    _check_shape(path, headers)
    # A sheet with a header row alone is refused only when imported (check_has_data).
    return Table(path, headers, rows, sheets=sheets, sheet=sheet)


def read_table(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    pipes: bool = True,
) -> Table:
    """Read a CSV or .xlsx file; encoding and delimiter are detected unless given (`pipes`: see read_limited)."""
    path = Path(path)
    raw = _read_bytes(path, pipes)
    if not raw.strip():
        raise _fail(path, _empty())
    if path.suffix.casefold() in EXCEL_SUFFIXES or raw.startswith(_ZIP_MAGIC):
        if encoding or delimiter:
            message = translate(
                "TableFiles", "an Excel workbook has no encoding or delimiter; leave those options out."
            )
            raise _fail(path, message)
        return read_xlsx(path, sheet, raw)
    if sheet:
        raise _fail(path, translate("TableFiles", "a CSV file has no sheets; leave the sheet option out."))
    if path.suffix.casefold() == ".xls" or raw.startswith(_OLE_MAGIC):
        raise _fail(path, _old_excel())
    return read_csv(path, raw, encoding, delimiter)


def _empty() -> str:
    return translate("TableFiles", "the file is empty; choose a file with a header row and at least one row of data.")


def _binary() -> str:
    return translate("TableFiles", "this is not a text table (it contains binary data); choose a CSV or .xlsx file.")


def _old_excel() -> str:
    return translate("TableFiles", "this is an old Excel .xls workbook; open it in Excel and save it as .xlsx or CSV.")


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
