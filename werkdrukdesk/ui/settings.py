"""The program's own settings (recent files, languages, the last folder and the step each file
was closed on) as a small JSON file in the settings folder."""

from __future__ import annotations

import json
from pathlib import Path

from werkdrukdesk.core import i18n
from werkdrukdesk.paths import settings_dir
from werkdrukdesk.storage.platform.paths import path_key

MAX_RECENT = 8


def _settings_file() -> Path:
    return settings_dir() / "settings.json"


def load_settings() -> dict:
    try:
        data = json.loads(_settings_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}  # missing or damaged settings: start afresh, never fail


def save_settings(settings: dict) -> None:
    try:
        _settings_file().parent.mkdir(parents=True, exist_ok=True)
        _settings_file().write_text(json.dumps(settings, indent=2), encoding="utf-8")
    except OSError:
        pass  # settings are a convenience; losing them must not stop the work


def recent_files() -> list[Path]:
    return [Path(p) for p in load_settings().get("recent_files", []) if isinstance(p, str)]


def remember_file(path: Path) -> None:
    """Put `path` first among the recent files; another spelling of the same file (other letter
    case on Windows and macOS) takes the place of the old one."""
    settings = load_settings()
    path_text = str(Path(path).resolve())
    recent = [p for p in settings.get("recent_files", [])
              if isinstance(p, str) and path_key(p) != path_key(path_text)]
    settings["recent_files"] = [path_text, *recent][:MAX_RECENT]
    save_settings(settings)


def language_choice() -> str | None:
    """The language the user chose for the windows; None to follow the system."""
    choice = load_settings().get("language")
    return choice if isinstance(choice, str) else None


def set_language_choice(code: str | None) -> None:
    settings = load_settings()
    settings["language"] = code
    save_settings(settings)


def report_language() -> str:
    """The language the last document was printed in; Dutch, the inspectorate's, at first."""
    code = load_settings().get("report_language")
    return code if code in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE


def set_report_language(code: str) -> None:
    settings = load_settings()
    settings["report_language"] = code
    save_settings(settings)


def last_folder() -> Path | None:
    """The folder a file was last opened from or saved to with a file dialog."""
    folder = load_settings().get("last_folder")
    return Path(folder) if isinstance(folder, str) and folder else None


def set_last_folder(folder: Path) -> None:
    settings = load_settings()
    settings["last_folder"] = str(Path(folder).resolve())
    save_settings(settings)


MAX_REMEMBERED_STEPS = 50


def last_step(path: Path) -> str | None:
    """The step (a key of ui.steps) that was on screen when `path` was last closed."""
    steps = load_settings().get("last_steps", {})
    key = path_key(Path(path).resolve())
    found = [step for name, step in steps.items() if path_key(name) == key] \
        if isinstance(steps, dict) else []
    return found[-1] if found and isinstance(found[-1], str) else None


def remember_step(path: Path, step: str) -> None:
    settings = load_settings()
    steps = settings.get("last_steps")
    steps = dict(steps) if isinstance(steps, dict) else {}
    key = str(Path(path).resolve())
    for name in [name for name in steps if path_key(name) == path_key(key)]:
        del steps[name]
    steps[key] = step  # newest last; the oldest go when there are too many
    settings["last_steps"] = dict(list(steps.items())[-MAX_REMEMBERED_STEPS:])
    save_settings(settings)


def first_notice(kind: str, path: Path) -> bool:
    """True the first time notice `kind` is asked for file `path` (by this system's rule for
    names), and from then on False: such a notice is said once per file."""
    settings = load_settings()
    shown = settings.get("notices_shown")
    shown = dict(shown) if isinstance(shown, dict) else {}
    keys = [k for k in shown.get(kind, []) if isinstance(k, str)]
    key = path_key(Path(path).resolve())
    if key in keys:
        return False
    shown[kind] = [*keys, key][-MAX_REMEMBERED_STEPS:]
    settings["notices_shown"] = shown
    save_settings(settings)
    return True
