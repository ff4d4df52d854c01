"""normalise_name's shortcuts (ASCII, no "&", no dash) give what the plain chain of steps gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from missionplanner.domain.people_import import _LEGAL_FORMS, normalise_name

_QUOTES = "«»\"“”„‟'‘’‚`"


def _plain(text: str) -> str:
    """Every step, always, in the order the rule is written."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = text.replace("&", " and ")
    text = re.sub(f"[{re.escape(_QUOTES)}]", " ", text)
    text = re.sub(r"[^\w\s-]+", " ", text)
    text = re.sub(r"(?<!\w)-|-(?!\w)", " ", text)
    return " ".join(w for w in text.split() if w not in _LEGAL_FORMS)


_PIECES = st.sampled_from(
    [
        *("ООО", "llc", "LLC", "Ёлка", "«", "»", '"', "'", "`", "&", "-", "—", " ", "  ", "\t", "a", "Б", "1"),
        *(".", "_", "ﬁ", "Ｆ", "ß", "İ", "Straße", "Co", "co.", "(", ")"),
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_names_normalise_as_the_plain_steps_do(text: str) -> None:
    assert normalise_name(text) == _plain(text)


@given(st.text(max_size=30))
def test_any_text_normalises_as_the_plain_steps_do(text: str) -> None:
    assert normalise_name(text) == _plain(text)
