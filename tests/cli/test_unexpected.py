"""A fault of the program itself: one line for the user, the whole traceback in the log."""

from werkdrukdesk.cli import main as cli
from werkdrukdesk.paths import logs_dir


def test_an_unexpected_error_is_one_line_and_logged_in_full(monkeypatch, capsys, tmp_path):
    def broken(args):
        raise ZeroDivisionError("deling door nul")

    monkeypatch.setitem(cli.COMMANDS, "check", (broken, cli.COMMANDS["check"][1]))
    assert cli.main(["check", str(tmp_path / "x.werkdruk")]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and str(logs_dir()) in err
    log = (logs_dir() / "werkdrukdesk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: deling door nul" in log
