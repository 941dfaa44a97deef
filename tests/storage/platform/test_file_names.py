"""One safe file name from any text: valid on Windows, macOS and Linux, readable where it can."""

import string
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkdrukdesk.storage.platform.names import RESERVED, is_safe_file_name, safe_file_name

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


def valid_everywhere(name: str) -> bool:
    """The three systems' rules, written out here apart from the code under test."""
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    return (
        name not in {"", ".", ".."}
        and not WINDOWS_FORBIDDEN & set(name)  # Windows (and "/" and NUL: Linux, macOS)
        and not name.endswith((".", " "))  # Windows drops them, so two names would meet
        and stem not in RESERVED  # CON, NUL, COM1, LPT9 ... with any ending
        and len(name.encode("utf-8")) <= 255  # ext4, APFS
        and len(name) <= 255  # NTFS counts UTF-16 units; fewer than 255 characters suffice
        and len(name.encode("utf-16-le")) // 2 <= 255
        and unicodedata.is_normalized("NFC", name)
    )


@pytest.mark.parametrize(("text", "expected"), [
    ("R&D <Noord>: vestiging 2", "R&D _Noord__ vestiging 2.werkdruk"),
    ("Ayşe Yılmaz", "Ayşe Yılmaz.werkdruk"),
    ("Bakkerij De Korenschoof B.V.", "Bakkerij De Korenschoof B.V.werkdruk"),
    ("CON", "_CON.werkdruk"),
    ("nul.txt", "_nul.txt.werkdruk"),
    ("com7", "_com7.werkdruk"),
    ("COM10", "COM10.werkdruk"),
    ("  vestiging. . ", "vestiging.werkdruk"),
    ("", "bestand.werkdruk"),
    ("...", "bestand.werkdruk"),
    ("***", "bestand.werkdruk"),
    ("regel\nna regel\tmet tab", "regel na regel met tab.werkdruk"),
    ("e\u0301cole", "école.werkdruk"),  # decomposed é, as macOS may hand it, is composed
    ("zero\u200bwidth", "zerowidth.werkdruk"),
])
def test_examples(text, expected):
    assert safe_file_name(text, ".werkdruk") == expected


def test_long_names_are_cut_in_bytes_and_characters():
    assert len(safe_file_name("a" * 1000, ".pdf")) <= 120
    accented = safe_file_name("ş" * 1000, ".pdf")
    assert accented.endswith(".pdf") and len(accented.encode("utf-8")) <= 200
    assert safe_file_name("€" * 300).encode("utf-8").decode("utf-8")  # no half a letter


def test_the_fallback_is_chosen_by_the_caller():
    assert safe_file_name("???", ".pdf", fallback="rapport") == "rapport.pdf"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
       st.sampled_from(["", ".werkdruk", ".pdf"]))
def test_any_text_gives_a_name_valid_on_every_system(text, ending):
    name = safe_file_name(text, ending)
    assert valid_everywhere(name), repr(name)
    assert is_safe_file_name(name)
    assert name.endswith(ending)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + " -_'&()", min_size=1,
               max_size=60).filter(lambda t: any(c.isalnum() for c in t)
                                  and t.split()[0].upper() not in RESERVED))
def test_plain_names_keep_their_words(text):
    assert safe_file_name(text).split() == text.split()
