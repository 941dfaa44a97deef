"""One safe file name from any text: an organisation's name, a report's title.

Windows' rules apply on every system, so a file made on Linux or macOS also opens on Windows
(and survives a synced folder or a USB stick): none of `<>:"/\\|?*` or control characters, no
trailing dot or space, none of the reserved device names (CON, NUL, COM1, ... with or without
an ending), and a length every file system takes. Letters stay readable: "Ayşe Yılmaz" keeps its
ş and ı. The name is composed (NFC), as Windows and Linux store it and as macOS shows it.
"""

from __future__ import annotations

import re
import unicodedata

FORBIDDEN = set('<>:"/\\|?*')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
            *(f"LPT{n}" for n in range(1, 10)),
            # Windows also reads the superscript digits as device numbers.
            *(f"{device}{digit}" for device in ("COM", "LPT") for digit in "¹²³")}
MOST_BYTES = 200  # of the 255 bytes a name may have: room for " (kopie)", a partial file's mark
MOST_CHARS = 120  # Windows' whole path may be 260 characters; the folder needs its share
FALLBACK = "bestand"


def _allowed(char: str) -> bool:
    if char in FORBIDDEN or ord(char) < 32 or ord(char) == 127:
        return False
    # Other control, format (zero-width, direction marks), unassigned and surrogate characters
    # are invisible or unstorable; a line or paragraph separator becomes a space below.
    return unicodedata.category(char) not in {"Cc", "Cf", "Cn", "Cs", "Co"}


def _shortened(stem: str, most_bytes: int, most_chars: int) -> str:
    stem = stem[:most_chars]
    while len(stem.encode("utf-8")) > most_bytes:
        stem = stem[:-1]
    return stem


def _tidy(stem: str) -> str:
    return stem.strip(" .")


def safe_file_name(text: str, ending: str = "", fallback: str = FALLBACK,
                   most_bytes: int = MOST_BYTES, most_chars: int = MOST_CHARS) -> str:
    """A file name valid on Windows, macOS and Linux made from `text`, followed by `ending`
    (".pdf", ".werkdruk"; it must itself be safe). Never empty: `fallback` stands in for a text
    that leaves nothing."""
    text = unicodedata.normalize("NFC", text)
    cleaned = "".join(
        "_" if char in FORBIDDEN else (" " if char.isspace() else char)
        for char in text if _allowed(char) or char in FORBIDDEN or char.isspace()
    )
    stem = _tidy(re.sub(r" {2,}", " ", cleaned))
    room_bytes = most_bytes - len(ending.encode("utf-8"))
    stem = _tidy(_shortened(stem, room_bytes, most_chars - len(ending)))
    if not stem or set(stem) <= {"_"} and not any(c.isalnum() for c in text):
        stem = fallback
    if stem.split(".", 1)[0].rstrip(" ").upper() in RESERVED:
        stem = "_" + stem  # "CON.txt" and "con" name a device on Windows, "_CON" a file
    return stem + ending


def is_safe_file_name(name: str) -> bool:
    """Whether `name` obeys the rules above (for tests and for names typed in a dialog)."""
    return (bool(name) and name not in {".", ".."}
            and all(_allowed(char) for char in name)
            and not name.endswith((" ", "."))
            and name.split(".", 1)[0].rstrip(" ").upper() not in RESERVED
            and len(name.encode("utf-8")) <= 255)
