"""`--lang nl|en` on the command line: before or after the subcommand, it sets the language of
every message, of `check` and of the reports; Dutch when it is not given.

The English expected here is looked up in the English catalogue (resources/i18n), so these tests
check that the command line speaks it, not one wording of it.
"""

import io
import json
import re

import pypdf
import pytest

from werkdrukdesk.cli import main as cli
from werkdrukdesk.core import i18n
from werkdrukdesk.storage import open_file

EXIT_GAPS, EXIT_BAD = 1, 2

# Words that mark a sentence as Dutch and never occur in the English of the program.
DUTCH = re.compile(
    r"\b(de|het|een|en|van|voor|niet|bij|uw|wordt|worden|nog|dat|die|zijn|naar|geen|ook|te|als"
    r"|wat|hoe|welke|stap|actie|cyclus|maatregelen|medewerkers|leidinggevenden|voorlichting)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The small demo, written once for the module through the real command line (in Dutch)."""
    import subprocess
    import sys

    path = tmp_path_factory.mktemp("language") / "demo.werkdruk"
    done = subprocess.run([sys.executable, "-m", "werkdrukdesk", "demo", str(path)],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def demo_org(demo):
    with open_file(demo, read_only=True) as file:
        return file.load()


@pytest.fixture
def dutch_afterwards():
    """For tests that run the command line in this process: the next test starts in Dutch."""
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def english(context: str, text: str, **values: object) -> str:
    """`text` as the English catalogue has it, filled in; fails when there is no English."""
    with i18n.language("en"):
        found = i18n.translate(context, text)
    assert found != text, f"no English in the catalogue for ({context!r}, {text!r})"
    return found.format(**values) if values else found


def without_user_data(text: str, org) -> str:
    """`text` without what the user typed (names of the organisation, teams, sources and
    measures): that stays as it was written, in whatever language."""
    typed = {org.profile.name}
    typed |= {s.name for s in org.sources}
    for cycle in org.cycles:
        typed |= {t.name for t in cycle.teams} | {x.title for x in cycle.measures}
    for value in sorted(filter(None, typed), key=len, reverse=True):
        text = text.replace(value, "")
    return text


def assert_no_dutch(text: str, org) -> None:
    found = DUTCH.findall(without_user_data(text, org))
    assert not found, f"Dutch words {found} in: {text}"


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and lines[0].startswith("werkdrukdesk: "), err
    return lines[0].removeprefix("werkdrukdesk: ")


# -- check ----------------------------------------------------------------------------------


@pytest.mark.parametrize("before", [True, False], ids=["lang-first", "lang-last"])
def test_check_json_gives_english_titles_and_action_points(run_cli, demo, demo_org, before):
    args = ["check", demo, "--json"]
    args = ["--lang", "en", *args] if before else [*args, "--lang", "en"]
    code, out, err = run_cli(*args)
    assert (code, err) == (EXIT_GAPS, "")
    found = json.loads(out)
    code, out, _ = run_cli("check", demo, "--json")
    dutch = json.loads(out)
    # The same checks with the same outcome and codes; only the words change.
    strip = [{k: c[k] for k in ("key", "ok", "step")} for c in found["checks"]]
    assert strip == [{k: c[k] for k in ("key", "ok", "step")} for c in dutch["checks"]]
    assert found["ready"] is dutch["ready"] is False
    gaps = [c for c in found["checks"] if not c["ok"]]
    assert gaps and all(c["action"] for c in gaps)
    for check, dutch_check in zip(found["checks"], dutch["checks"], strict=True):
        assert check["title"] != dutch_check["title"]
        assert_no_dutch(check["title"], demo_org)
        if not check["ok"]:
            assert check["action"] != dutch_check["action"]
            assert_no_dutch(check["action"], demo_org)


def test_check_as_text_is_english_throughout(run_cli, demo, demo_org):
    code, out, err = run_cli("check", demo, "--lang", "en")
    assert (code, err) == (EXIT_GAPS, "")
    lines = out.splitlines()
    cycle = max(c.number for c in demo_org.cycles)
    assert lines[0] == english("Cli", "Klaar voor de inspectie? {organisation} — cyclus {cycle}",
                               organisation=demo_org.profile.name, cycle=cycle)
    _, json_out, _ = run_cli("check", demo, "--json", "--lang", "en")
    checks = json.loads(json_out)["checks"]
    gaps = sum(not c["ok"] for c in checks)
    assert lines[1] == english("Cli", "Nog niet: {gaps} van de {total} punten vragen actie.",
                               gaps=gaps, total=len(checks))
    marks = [line for line in lines if line[:2] in ("✓ ", "✗ ")]
    assert [line[2:] for line in marks] == [c["title"] for c in checks]
    action = english("Cli", "Actie: {action} (stap: {step})", action="\0", step="\0")
    lead = "    " + action.split("\0")[0]
    assert sum(line.startswith(lead) for line in lines) == gaps
    assert_no_dutch(out, demo_org)


# -- errors ---------------------------------------------------------------------------------


@pytest.fixture
def not_ours(tmp_path):
    path = tmp_path / "rommel.werkdruk"
    path.write_bytes(b"dit is geen database\n" * 20)
    return path


def test_a_missing_file_is_told_in_english_with_lang_en_and_in_dutch_without(tmp_path,
                                                                             run_cli):
    missing = tmp_path / "weg.werkdruk"
    code, _, err = run_cli("check", missing, "--lang", "en")
    assert code == EXIT_BAD
    assert _one_error_line(err) == english("Storage", "Het bestand {file} bestaat niet.",
                                           file=missing)
    code, _, err = run_cli("check", missing)
    assert code == EXIT_BAD
    assert _one_error_line(err) == f"Het bestand {missing} bestaat niet."


def test_a_file_that_is_not_ours_is_told_in_english_with_lang_en_and_in_dutch_without(
        run_cli, not_ours):
    code, _, err = run_cli("--lang", "en", "check", not_ours, "--json")
    assert code == EXIT_BAD
    expected = english(
        "Storage",
        "{file} is geen WerkdrukDesk-bestand (of het is leeg of beschadigd). "
        "Het bestand is niet gewijzigd.",
        file=not_ours.name,
    )
    assert _one_error_line(err) == expected
    code, _, err = run_cli("check", not_ours, "--json")
    assert code == EXIT_BAD
    assert "geen WerkdrukDesk-bestand" in _one_error_line(err)


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "en", "report", "plan", "{missing}", "-o", "{tmp}/x.pdf"],
        ["report", "plan", "{missing}", "-o", "{tmp}/x.pdf", "--lang", "en"],
        ["survey", "results", "{missing}", "--lang", "en"],
        ["plan", "export", "{missing}", "-o", "{tmp}/x.csv", "--lang", "en"],
        ["--lang=en", "export", "{missing}", "-o", "{tmp}/x.json"],
    ],
    ids=["report-lang-first", "report-lang-last", "survey-results", "plan-export", "export"],
)
def test_every_command_takes_the_language(tmp_path, run_cli, args):
    missing = tmp_path / "weg.werkdruk"
    args = [a.format(missing=missing, tmp=tmp_path) for a in args]
    code, _, err = run_cli(*args)
    assert code == EXIT_BAD
    assert _one_error_line(err) == english("Storage", "Het bestand {file} bestaat niet.",
                                           file=missing)
    assert not list(tmp_path.glob("x.*"))  # nothing written


def test_a_wrong_name_and_an_unknown_measurement_in_english(tmp_path, run_cli, demo, demo_org):
    code, _, err = run_cli("new", tmp_path / "x.txt", "--name", "X", "--lang", "en")
    assert code == EXIT_BAD
    assert _one_error_line(err) == english(
        "Cli", "Een WerkdrukDesk-bestand eindigt op .werkdruk, niet '{file}'.", file="x.txt")
    code, _, err = run_cli("survey", "results", demo, "--measurement", "Herfst", "--lang", "en")
    assert code == EXIT_BAD
    names = ", ".join(m.name for c in demo_org.cycles for m in c.measurements)
    assert _one_error_line(err) == english(
        "Cli", "Er is geen meting '{name}'. Metingen: {names}.", name="Herfst", names=names)


def test_a_language_we_do_not_speak_is_refused_in_one_line(tmp_path, run_cli, demo):
    code, out, err = run_cli("check", demo, "--lang", "fr")
    assert (code, out) == (EXIT_BAD, "")
    line = _one_error_line(err)
    assert "--lang" in line and "'fr'" in line and "'en'" in line


def test_the_help_is_in_the_language_asked_for(run_cli):
    code, out, _ = run_cli("--lang", "en", "check", "--help")
    assert code == 0
    assert english("Cli", "als JSON") in out and english("Cli", "cyclusnummer (standaard de "
                                                         "nieuwste)") in out
    code, out, _ = run_cli("check", "--help")
    assert code == 0 and "cyclusnummer (standaard de nieuwste)" in out


def test_output_of_a_command_in_english(tmp_path, run_cli, demo, demo_org):
    out = tmp_path / "plan.csv"
    code, stdout, err = run_cli("plan", "export", demo, "-o", out, "--lang", "en")
    assert (code, err) == (0, "")
    cycle = max(demo_org.cycles, key=lambda c: c.number)
    assert stdout.strip() == english(
        "Cli", "Plan van aanpak (cyclus {cycle}, {count} maatregelen) geschreven naar {file}",
        cycle=cycle.number, count=len(cycle.measures), file=out)


def test_the_language_does_not_stick_to_the_next_run(tmp_path, capsys, dutch_afterwards):
    """In one process (a script calling `main`), a run without --lang is Dutch again."""
    missing = tmp_path / "weg.werkdruk"
    assert cli.main(["--lang", "en", "check", str(missing)]) == EXIT_BAD
    assert capsys.readouterr().err.strip() == "werkdrukdesk: " + english(
        "Storage", "Het bestand {file} bestaat niet.", file=missing)
    assert cli.main(["check", str(missing)]) == EXIT_BAD
    assert capsys.readouterr().err.strip() == f"werkdrukdesk: Het bestand {missing} bestaat niet."
    assert i18n.current() == "nl"


# -- reports --------------------------------------------------------------------------------


@pytest.mark.parametrize("before", [True, False], ids=["lang-first", "lang-last"])
def test_the_plan_report_in_english(tmp_path, run_cli, demo, demo_org, before):
    out = tmp_path / "action plan.pdf"
    args = ["report", "plan", demo, "-o", out]
    args = ["--lang", "en", *args] if before else [*args, "--lang", "en"]
    code, stdout, err = run_cli(*args)
    assert (code, err) == (0, "")
    assert stdout.strip() == english("Cli", "Rapport geschreven naar {file}", file=out)
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    title = reader.metadata["/Title"]
    report_title = title.split(" — ")[0]
    assert title.endswith(demo_org.profile.name)
    assert report_title and "Plan van aanpak" not in report_title
    assert "action plan" in report_title.lower()  # the glossary's word for plan van aanpak
    assert_no_dutch(report_title, demo_org)
    assert "Plan van aanpak" not in reader.pages[0].extract_text()


# -- starting the program -------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, language",
    [
        (["--lang", "en", "{file}"], "en"),
        (["{file}", "--lang", "nl"], "nl"),
        (["{file}"], None),  # the windows choose: the user's setting, else the system's
        ([], None),
    ],
)
def test_starting_the_program_hands_the_language_to_the_windows(
        monkeypatch, tmp_path, dutch_afterwards, argv, language):
    import werkdrukdesk.ui.app

    started = {}

    def run(path=None, exit_when_ready=False, language=None):
        started.update(path=path, language=language)
        return 0

    monkeypatch.setattr(werkdrukdesk.ui.app, "run", run)
    path = tmp_path / "a.werkdruk"
    assert cli.main([a.format(file=path) for a in argv]) == 0
    assert started == {"path": path if argv else None, "language": language}
