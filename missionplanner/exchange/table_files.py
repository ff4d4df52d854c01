"""Reading tables people send: CSV in any usual encoding and delimiter, or Excel .xlsx sheets.

Every failure is an ExchangeError that names the file and says what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from missionplanner.domain.errors import ExchangeError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
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


def _fail(path: Path, message: str) -> ExchangeError:
    return ExchangeError(f"{path.name}: {message}")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail(
                path,
                f"the file is {size / 1e6:.0f} MB, more than the {MAX_FILE_BYTES / 1e6:.0f} MB a contact list "
                "can be; split it into smaller files.",
            )
        return path.read_bytes()
    except OSError as error:
        raise _fail(path, f"cannot be read ({error.strerror or error}); check the file name and permissions.") from None


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
    best = from_bytes(raw[:256_000], cp_isolation=list(LIKELY_ENCODINGS)).best()
    if best is None:
        return ""
    return codecs.lookup(best.encoding).name


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
            raise _fail(path, f"{encoding!r} is not a text encoding; use one such as utf-8 or cp1251.") from None
        if encoding == "utf-8" and raw.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
    else:
        if raw[:4] == _OLE_MAGIC:
            raise _fail(path, "this is an old Excel .xls workbook; open it in Excel and save it as .xlsx or CSV.")
        if b"\x00" in raw[:20_000] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise _fail(path, "this is not a text table (it contains binary data); choose a CSV or .xlsx file.")
        encoding = detect_encoding(raw)
        if not encoding:
            raise _fail(path, "the text encoding cannot be recognised; save the file as UTF-8 CSV and try again.")
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise _fail(
            path, f"the file is not in the {encoding} encoding; choose another encoding (such as cp1251 or utf-8)."
        ) from None
    if _looks_binary(text):
        raise _fail(path, "this is not a text table (it contains binary data); choose a CSV or .xlsx file.")
    if not text.strip():
        raise _fail(path, "the file is empty; choose a file with a header row and at least one row of data.")
    if delimiter:
        delimiter = {"\\t": "\t", "tab": "\t", "semicolon": ";", "comma": ","}.get(delimiter, delimiter)
        if len(delimiter) != 1:
            raise _fail(path, f"{delimiter!r} is not a delimiter; use one character such as ; or , (or tab).")
    else:
        delimiter = detect_delimiter(text)
    rows: list[tuple[int, list[str]]] = []
    headers: list[str] | None = None
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, values in enumerate(reader, start=1):
            if headers is None:
                if not any(v.strip() for v in values):
                    continue
                headers = [v.strip() for v in values]
                continue
            rows.append((number, values))
            if len(rows) > MAX_ROWS:
                raise _fail(path, f"the file has more than {MAX_ROWS:,} rows; split it into smaller files.")
    except csv.Error as error:
        raise _fail(path, f"cannot be read as CSV ({error}); check the delimiter and the quotes.") from None
    if headers is None:
        raise _fail(path, "the file is empty; choose a file with a header row and at least one row of data.")
    _check_shape(path, headers)
    return Table(path, headers, rows, encoding=encoding, delimiter=delimiter)


def _check_shape(path: Path, headers: list[str]) -> None:
    if len(headers) > MAX_COLUMNS:
        raise _fail(path, f"the table has {len(headers)} columns, more than {MAX_COLUMNS}; keep only the useful ones.")
    if not any(headers):
        raise _fail(path, "the first row has no column names; put a header row above the data.")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise _fail(
            path, f"cannot be read as an Excel workbook ({error}); save it again from Excel as .xlsx."
        ) from None
    except Exception as error:  # openpyxl raises many kinds of errors on damaged files
        raise _fail(
            path, f"cannot be read as an Excel workbook ({type(error).__name__}); save it again as .xlsx."
        ) from None
    try:
        sheets = list(workbook.sheetnames)
        if not sheets:
            raise _fail(path, "the workbook has no sheets.")
        if sheet is None:
            sheet = sheets[0]
        elif sheet not in sheets:
            raise _fail(path, f"there is no sheet {sheet!r}; choose one of: {', '.join(sheets)}.")
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
                raise _fail(path, f"the sheet has more than {MAX_ROWS:,} rows; split it into smaller files.")
    finally:
        workbook.close()
    if headers is None:
        raise _fail(path, f"the sheet {sheet!r} is empty; choose a sheet with a header row and data.")
    while headers and not headers[-1]:
        headers.pop()
    _check_shape(path, headers)
    return Table(path, headers, rows, sheets=sheets, sheet=sheet)


def read_table(
    path: Path, *, encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None
) -> Table:
    """Read a CSV or .xlsx file; encoding and delimiter are detected unless given."""
    path = Path(path)
    raw = _read_bytes(path)
    if not raw.strip():
        raise _fail(path, "the file is empty; choose a file with a header row and at least one row of data.")
    if path.suffix.casefold() in EXCEL_SUFFIXES or raw.startswith(_ZIP_MAGIC):
        if encoding or delimiter:
            raise _fail(path, "an Excel workbook has no encoding or delimiter; leave those options out.")
        return read_xlsx(path, sheet)
    if path.suffix.casefold() == ".xls" or raw.startswith(_OLE_MAGIC):
        raise _fail(path, "this is an old Excel .xls workbook; open it in Excel and save it as .xlsx or CSV.")
    return read_csv(path, raw, encoding, delimiter)


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
