"""Pure rules of importing people and organization lists: header matching, row checks, name keys.

Nothing here reads files or the database: exchange/table_files.py reads the table and
exchange/people_import.py matches rows against the directory and writes them.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache, lru_cache

import pycountry

from missionplanner.domain.enums import OrganizationKind, ParticipantRole
from missionplanner.domain.errors import Problem, quotable
from missionplanner.domain.models import Contact, Organization
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.domain.validation import contact_problems, organization_problems

# Fuzzy matching (rapidfuzz token_sort_ratio on normalised names) proposes a merge at or above this.
MATCH_THRESHOLD = 90


class ImportKind(StrEnum):
    PEOPLE = "people"
    ORGANIZATIONS = "organizations"


# Translation contexts of the field labels: a person's "Name" and an organization's are worded differently.
PEOPLE_CONTEXT = "PeopleImportFields"
ORGANIZATIONS_CONTEXT = "OrganizationImportFields"


@dataclass(frozen=True)
class ImportField:
    """A field a column can be mapped to, with the header spellings recognised for it.

    The header spellings match what people write in their files, in English and Russian, whatever the
    language of the interface; `label` is the field's name shown in the interface, in the current language.
    """

    name: str
    # The English label, marked for translation in the context of its kind (PEOPLE_CONTEXT...).
    english_label: str
    aliases: tuple[str, ...]
    required: bool = False
    # For a required field: what to say when no column is mapped to it (marked like the label).
    missing: str = ""
    context: str = PEOPLE_CONTEXT

    @property
    def label(self) -> str:
        """'Name', 'Position'...: the label in the current language."""
        return translate(self.context, self.english_label)

    @property
    def missing_message(self) -> str:
        """What to say when a required field has no column, in the current language."""
        return translate(self.context, self.missing)


def _in_context(context: str, fields: tuple[ImportField, ...]) -> tuple[ImportField, ...]:
    return tuple(replace(f, context=context) for f in fields)


PEOPLE_FIELDS: tuple[ImportField, ...] = _in_context(
    PEOPLE_CONTEXT,
    (
        ImportField(
            "name",
            QT_TRANSLATE_NOOP("PeopleImportFields", "Name"),
            (
                "name",
                "full name",
                "fullname",
                "person",
                "contact",
                "contact name",
                "participant",
                "delegate",
                "name surname",
                "surname name",
                "first and last name",
                "фио",
                "ф.и.о.",
                "имя",
                "фамилия имя отчество",
                "фамилия имя",
                "фамилия, имя, отчество",
                "участник",
                "контактное лицо",
                "делегат",
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP("PeopleImportFields", "Choose the column that holds the name."),
        ),
        ImportField(
            "position",
            QT_TRANSLATE_NOOP("PeopleImportFields", "Position"),
            ("position", "title", "job title", "job", "post", "function", "должность", "позиция", "пост"),
        ),
        ImportField(
            "organization",
            QT_TRANSLATE_NOOP("PeopleImportFields", "Organization"),
            (
                "organization",
                "organisation",
                "company",
                "employer",
                "firm",
                "enterprise",
                "institution",
                "company name",
                "organization name",
                "организация",
                "компания",
                "предприятие",
                "место работы",
                "наименование организации",
                "название организации",
                "учреждение",
                "фирма",
            ),
        ),
        ImportField(
            "email",
            QT_TRANSLATE_NOOP("PeopleImportFields", "E-mail"),
            ("email", "e-mail", "mail", "email address", "эл. почта", "электронная почта", "почта"),
        ),
        ImportField(
            "phone",
            QT_TRANSLATE_NOOP("PeopleImportFields", "Phone"),
            (
                "phone",
                "telephone",
                "tel",
                "tel.",
                "mobile",
                "phone number",
                "cell",
                "телефон",
                "тел",
                "тел.",
                "мобильный",
                "мобильный телефон",
                "номер телефона",
            ),
        ),
        ImportField(
            "country",
            QT_TRANSLATE_NOOP("PeopleImportFields", "Country"),
            ("country", "country code", "страна", "государство"),
        ),
        ImportField(
            "city", QT_TRANSLATE_NOOP("PeopleImportFields", "City"), ("city", "town", "город", "населенный пункт")
        ),
        ImportField(
            "role",
            QT_TRANSLATE_NOOP("PeopleImportFields", "Role"),
            ("role", "delegation role", "роль", "роль в делегации", "статус"),
        ),
        ImportField(
            "notes",
            QT_TRANSLATE_NOOP("PeopleImportFields", "Notes"),
            ("notes", "note", "comment", "comments", "remarks", "примечание", "комментарий"),
        ),
    ),
)

ORGANIZATION_FIELDS: tuple[ImportField, ...] = _in_context(
    ORGANIZATIONS_CONTEXT,
    (
        ImportField(
            "name",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "Name"),
            (
                "name",
                "organization",
                "organisation",
                "company",
                "company name",
                "organization name",
                "enterprise",
                "название",
                "наименование",
                "организация",
                "компания",
                "предприятие",
                "наименование организации",
                "название организации",
            ),
            required=True,
            missing=QT_TRANSLATE_NOOP("OrganizationImportFields", "Choose the column that holds the name."),
        ),
        ImportField(
            "name_local",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "Local name"),
            ("local name", "name local", "native name", "name in russian", "название на русском", "местное название"),
        ),
        ImportField(
            "kind",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "Kind"),
            ("kind", "type", "category", "тип", "вид", "категория", "вид организации"),
        ),
        ImportField(
            "country",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "Country"),
            ("country", "country code", "страна", "государство"),
        ),
        ImportField(
            "city", QT_TRANSLATE_NOOP("OrganizationImportFields", "City"), ("city", "town", "город", "населенный пункт")
        ),
        ImportField(
            "address",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "Address"),
            ("address", "адрес", "юридический адрес"),
        ),
        ImportField(
            "sectors",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "Sectors"),
            ("sectors", "sector", "industry", "industries", "отрасль", "отрасли", "сфера деятельности"),
        ),
        ImportField(
            "website",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "Website"),
            ("website", "web site", "web", "site", "url", "сайт", "веб-сайт"),
        ),
        ImportField(
            "phone",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "Phone"),
            ("phone", "telephone", "tel", "tel.", "телефон", "тел", "тел."),
        ),
        ImportField(
            "email",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "E-mail"),
            ("email", "e-mail", "mail", "эл. почта", "электронная почта", "почта"),
        ),
        ImportField(
            "notes",
            QT_TRANSLATE_NOOP("OrganizationImportFields", "Notes"),
            ("notes", "note", "comment", "comments", "примечание", "комментарий"),
        ),
    ),
)


def fields_for(kind: ImportKind | str) -> tuple[ImportField, ...]:
    return PEOPLE_FIELDS if ImportKind(kind) == ImportKind.PEOPLE else ORGANIZATION_FIELDS


def header_key(text: str) -> str:
    """A header reduced for comparison: case, ё, punctuation and spacing do not matter."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().replace("ё", "е")
    return re.sub(r"[\W_]+", "", text)


def guess_mapping(kind: ImportKind | str, headers: Sequence[str]) -> dict[str, int | None]:
    """Field name -> column index for the headers recognised (each column used at most once)."""
    keys = [header_key(h) for h in headers]
    mapping: dict[str, int | None] = {}
    used: set[int] = set()
    for import_field in fields_for(kind):
        aliases = {header_key(a) for a in import_field.aliases}
        found = next((i for i, key in enumerate(keys) if key and key in aliases and i not in used), None)
        mapping[import_field.name] = found
        if found is not None:
            used.add(found)
    return mapping


def guess_kind(headers: Sequence[str]) -> ImportKind:
    """People when a column names a person or a position; organizations when it names a kind or sectors."""
    keys = {header_key(h) for h in headers}

    def has(field_name: str, fields: tuple[ImportField, ...]) -> bool:
        aliases = {header_key(a) for f in fields if f.name == field_name for a in f.aliases}
        return bool(keys & aliases)

    person = {header_key(a) for a in PEOPLE_FIELDS[0].aliases} - {"name"}
    if keys & person or has("position", PEOPLE_FIELDS) or has("role", PEOPLE_FIELDS):
        return ImportKind.PEOPLE
    if any(has(n, ORGANIZATION_FIELDS) for n in ("kind", "sectors", "website", "address", "name_local")):
        return ImportKind.ORGANIZATIONS
    return ImportKind.PEOPLE


# Legal forms and similar words that do not tell organizations apart, in both scripts.
_LEGAL_FORMS = {
    "оао",
    "ооо",
    "зао",
    "пао",
    "ао",
    "ип",
    "чуп",
    "уп",
    "руп",
    "од",
    "нао",
    "тоо",
    "гп",
    "хк",
    "хо",
    "оо",
    "jsc",
    "ojsc",
    "cjsc",
    "pjsc",
    "llc",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "plc",
    "gmbh",
    "ag",
    "sa",
    "llp",
    "lp",
    "bv",
    "nv",
    "srl",
    "oy",
    "ab",
    "as",
    "company",
}


# Cached: an import normalises each name as it plans, and again as it stores the record (its match key).
@lru_cache(maxsize=1 << 16)
def normalise_name(text: str) -> str:
    """A name as compared for matching: case, quotes, legal forms, "&" and spacing do not matter.

    Scripts are kept apart: "ОАО «Белшина»" and "Belshina JSC" stay different.
    """
    text = str(text)
    # Each step only when it can change something: every name of the directory goes through here on
    # each import, and most are plain ASCII (which NFKC leaves as it is).
    text = text.casefold() if text.isascii() else unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    if "&" in text:
        text = text.replace("&", " and ")
    # Quotes are punctuation too: this turns them into spaces as well.
    text = _PUNCTUATION.sub(" ", text)
    if "-" in text:
        text = _LOOSE_DASHES.sub(" ", text)
    words = [w for w in text.split() if w not in _LEGAL_FORMS]
    return " ".join(words)


def match_key(name: str) -> str:
    """The key a directory name is matched by: normalised, or only lower-cased when nothing would be left.

    Stored with every organization and contact (match_key columns) so that an import neither normalises
    the whole directory nor reads it to find an exact name. Changing what `normalise_name` returns makes
    the stored keys stale: add a migration that fills them again (storage's fill_match_keys).
    """
    return normalise_name(name) or name.casefold().strip()


# Compiled once: names are normalised for every record of the directory on each import.
_PUNCTUATION = re.compile(r"[^\w\s-]+")
_LOOSE_DASHES = re.compile(r"(?<!\w)-|-(?!\w)")


# Short names people type that ISO 3166 spells differently (pycountry lacks them).
_COUNTRY_ALIASES = {
    "russia": "RU",
    "россия": "RU",
    "рф": "RU",
    "usa": "US",
    "сша": "US",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "великобритания": "GB",
    "iran": "IR",
    "иран": "IR",
    "south korea": "KR",
    "корея": "KR",
    "южная корея": "KR",
    "turkey": "TR",
    "турция": "TR",
    "vietnam": "VN",
    "вьетнам": "VN",
    "syria": "SY",
    "moldova": "MD",
    "молдова": "MD",
    "молдавия": "MD",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "czech republic": "CZ",
    "чехия": "CZ",
    "оаэ": "AE",
    "uae": "AE",
    "белоруссия": "BY",
    "киргизия": "KG",
    "кыргызстан": "KG",
    "туркмения": "TM",
    "китай": "CN",
}


@cache
def _country_names() -> dict[str, str]:
    """Every English and Russian spelling pycountry knows (name, official and common names) -> alpha-2."""
    try:
        russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"]).gettext
    except OSError:  # translations missing from this install: English names still work

        def russian(text: str) -> str:
            return text

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names.setdefault(header_key(value), country.alpha_2)
                names.setdefault(header_key(russian(value)), country.alpha_2)
    for alias, code in _COUNTRY_ALIASES.items():
        names.setdefault(header_key(alias), code)
    return names


def parse_country(text: str) -> str | None:
    """The alpha-2 code for an ISO alpha-2 or alpha-3 code or an English or Russian name; None if unknown."""
    text = str(text).strip()
    if not text:
        return None
    if len(text) == 2 and text.isascii() and pycountry.countries.get(alpha_2=text.upper()) is not None:
        return text.upper()
    if len(text) == 3 and text.isascii():
        found = pycountry.countries.get(alpha_3=text.upper())
        if found is not None:
            return str(found.alpha_2)
    return _country_names().get(header_key(text))


_ROLE_WORDS = {
    ParticipantRole.HEAD_OF_DELEGATION: (
        "head",
        "head of delegation",
        "leader",
        "глава",
        "глава делегации",
        "руководитель",
        "руководитель делегации",
    ),
    ParticipantRole.MEMBER: ("member", "delegate", "участник", "член", "член делегации", "делегат"),
    ParticipantRole.ORGANIZER: ("organizer", "organiser", "организатор"),
    ParticipantRole.INTERPRETER: ("interpreter", "translator", "переводчик"),
    ParticipantRole.OFFICIAL: ("official", "официальное лицо", "чиновник"),
    ParticipantRole.PRESS: ("press", "journalist", "media", "пресса", "журналист", "сми"),
    ParticipantRole.OTHER: ("other", "другое", "прочее"),
}


def parse_role(text: str) -> ParticipantRole | None:
    """A delegation role from its code, English label or a usual English or Russian word; None if unknown."""
    key = header_key(text)
    for role, words in _ROLE_WORDS.items():
        if key in {
            header_key(role.value),
            header_key(role.english_label),
            header_key(role.label),
            *(header_key(w) for w in words),
        }:
            return role
    return None


_KIND_WORDS = {
    OrganizationKind.CHAMBER_OF_COMMERCE: (
        "chamber",
        "chamber of commerce",
        "тпп",
        "торгово-промышленная палата",
        "палата",
    ),
    OrganizationKind.BUSINESS_ASSOCIATION: ("association", "union", "ассоциация", "союз", "деловое объединение"),
    OrganizationKind.GOVERNMENT_AGENCY: ("agency", "government", "государственный орган", "агентство", "ведомство"),
    OrganizationKind.MINISTRY: ("ministry", "министерство"),
    OrganizationKind.ENTERPRISE: ("company", "enterprise", "business", "предприятие", "компания", "завод"),
    OrganizationKind.EMBASSY: ("embassy", "consulate", "посольство", "консульство"),
    OrganizationKind.UNIVERSITY: ("university", "institute", "университет", "институт", "вуз"),
    OrganizationKind.EXHIBITION_ORGANIZER: ("exhibition organizer", "exhibition", "организатор выставки", "выставка"),
    OrganizationKind.OTHER: ("other", "другое", "прочее"),
}


def parse_kind(text: str) -> OrganizationKind | None:
    key = header_key(text)
    for kind, words in _KIND_WORDS.items():
        if key in {
            header_key(kind.value),
            header_key(kind.english_label),
            header_key(kind.label),
            *(header_key(w) for w in words),
        }:
            return kind
    return None


def split_sectors(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.strip() for s in re.split(r"[;,/|\n]", text) if s.strip()))


@dataclass(frozen=True)
class RowProblem:
    """A problem in one row of the file: its row number as the spreadsheet shows it (header = 1)."""

    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return translate("PeopleImport", "Row {row}: {field}: {message}").format(
            row=self.row, field=self.field, message=self.message
        )


@dataclass(frozen=True)
class PersonRow:
    """A person as read from one row, checked and cleaned, before matching."""

    row: int
    name: str
    position: str = ""
    organization: str = ""
    email: str = ""
    phone: str = ""
    country: str | None = None
    city: str = ""
    role: ParticipantRole | None = None
    notes: str = ""


@dataclass(frozen=True)
class OrganizationRow:
    """An organization as read from one row, checked and cleaned, before matching."""

    row: int
    name: str
    name_local: str = ""
    kind: OrganizationKind = OrganizationKind.OTHER
    country: str | None = None
    city: str = ""
    address: str = ""
    sectors: tuple[str, ...] = ()
    website: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass
class ParsedRows:
    rows: list[PersonRow | OrganizationRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    bad_rows: set[int] = field(default_factory=set)


def _columns(kind: ImportKind, mapping: dict[str, int | None]) -> list[tuple[str, int | None]]:
    """Each field of `kind` with the column it is read from (None: no column)."""
    return [(f.name, mapping.get(f.name)) for f in fields_for(kind)]


def _cells(values: Sequence[str], columns: list[tuple[str, int | None]]) -> dict[str, str]:
    """Field name -> its cell of the row, with spacing collapsed ("" without a column or past the row's end)."""
    count = len(values)
    return {
        name: " ".join(str(values[index]).split()) if index is not None and index < count else ""
        for name, index in columns
    }


def _label(kind: ImportKind, name: str) -> str:
    return next((f.label for f in fields_for(kind) if f.name == name), name)


def parse_row(
    kind: ImportKind | str, row: int, values: Sequence[str], mapping: dict[str, int | None]
) -> tuple[PersonRow | OrganizationRow | None, list[RowProblem]]:
    """One row checked and cleaned; every problem carries the row number and the column's label."""
    kind = ImportKind(kind)
    return _parse_cells(kind, row, _cells(values, _columns(kind, mapping)))


def _parse_cells(
    kind: ImportKind, row: int, get: dict[str, str]
) -> tuple[PersonRow | OrganizationRow | None, list[RowProblem]]:
    """`parse_row` on the row's cells, by field name."""
    problems: list[Problem] = []
    country: str | None = None
    if get["country"]:
        country = parse_country(get["country"])
        if country is None:
            message = translate("PeopleImport", "'{value}' is not a known country; use a name or a code such as TM.")
            problems.append(Problem("country", message.format(value=quotable(get["country"]))))
    record: PersonRow | OrganizationRow
    if kind == ImportKind.PEOPLE:
        role = None
        if get["role"]:
            role = parse_role(get["role"])
            if role is None:
                choices = ", ".join(r.label.lower() for r in ParticipantRole)
                message = translate("PeopleImport", "'{value}' is not a delegation role; use one of: {choices}.")
                problems.append(Problem("role", message.format(value=quotable(get["role"]), choices=choices)))
        record = PersonRow(
            row,
            get["name"],
            get["position"],
            get["organization"],
            get["email"],
            get["phone"],
            country,
            get["city"],
            role,
            get["notes"],
        )
        problems += contact_problems(Contact("", record.name, None, record.position, record.email, record.phone))
    else:
        org_kind = OrganizationKind.OTHER
        if get["kind"]:
            found = parse_kind(get["kind"])
            if found is None:
                choices = ", ".join(k.label.lower() for k in OrganizationKind)
                message = translate("PeopleImport", "'{value}' is not a kind of organization; use one of: {choices}.")
                problems.append(Problem("kind", message.format(value=quotable(get["kind"]), choices=choices)))
            else:
                org_kind = found
        record = OrganizationRow(
            row,
            get["name"],
            get["name_local"],
            org_kind,
            country,
            get["city"],
            get["address"],
            split_sectors(get["sectors"]),
            get["website"],
            get["phone"],
            get["email"],
            get["notes"],
        )
        problems += organization_problems(
            Organization(
                id="",
                name=record.name,
                name_local=record.name_local,
                kind=record.kind,
                city=record.city,
                address=record.address,
                sectors=record.sectors,
                website=record.website,
                phone=record.phone,
                email=record.email,
                notes=record.notes,
            )
        )
    found_problems = [RowProblem(row, _label(kind, p.field), p.message) for p in problems]
    return (None if found_problems else record), found_problems


def parse_rows(
    kind: ImportKind | str, rows: Sequence[tuple[int, Sequence[str]]], mapping: dict[str, int | None]
) -> ParsedRows:
    """Every row checked; blank rows are left out silently."""
    parsed = ParsedRows()
    # The kind and the columns worked out once, not for each of (say) 10,000 rows.
    kind = ImportKind(kind)
    columns = _columns(kind, mapping)
    for number, values in rows:
        if not any(str(v).strip() for v in values):
            continue
        record, problems = _parse_cells(kind, number, _cells(values, columns))
        if record is not None:
            parsed.rows.append(record)
        else:
            parsed.problems += problems
            parsed.bad_rows.add(number)
    return parsed


def header_problems(kind: ImportKind | str, mapping: dict[str, int | None]) -> list[str]:
    """What is wrong with a mapping guessed from the headers, where no one can choose a column (the command line).

    For each required field without a column: the header names recognised for it, so the file's header
    can be renamed to one of them.
    """
    message = translate(
        "PeopleImport",
        "No column is recognised as the {field} column; rename the header of the column that holds it to one "
        "of these (capitals, spaces and punctuation do not matter): {headers}.",
    )
    problems = []
    for import_field in fields_for(kind):
        if import_field.required and mapping.get(import_field.name) is None:
            # One spelling of each: "ФИО" and "Ф.И.О." are the same header to guess_mapping.
            aliases: dict[str, str] = {}
            for alias in import_field.aliases:
                aliases.setdefault(header_key(alias), alias)
            headers = ", ".join(f"'{alias}'" for alias in aliases.values())
            problems.append(message.format(field=import_field.label, headers=headers))
    return problems


def mapping_problems(kind: ImportKind | str, mapping: dict[str, int | None]) -> list[str]:
    """What is wrong with a column mapping (a required field without a column, a column used twice)."""
    problems = [f.missing_message for f in fields_for(kind) if f.required and mapping.get(f.name) is None]
    used = [i for i in mapping.values() if i is not None]
    if len(used) != len(set(used)):
        problems.append(translate("PeopleImport", "A column is mapped to two fields; map each column to one field."))
    return problems
