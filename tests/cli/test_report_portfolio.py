"""`werkdrukdesk report portfolio DIR... -o OVERVIEW.pdf`: every client file on paper, the most
urgent first, files that cannot be read listed with the reason, and no client file changed."""

import hashlib

from tests.pinned import PINNED_DAY
from tests.reports.conftest import read_pdf, squash
from werkdrukdesk.cli.main import main
from werkdrukdesk.core import model as m
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import create_file
from werkdrukdesk.storage.file import write_new_file


def _sums(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_most_urgent_first_and_nothing_changed(tmp_path, capsys):
    clients = tmp_path / "klanten"
    clients.mkdir()
    create_file(clients / "a-nieuw.werkdruk", m.Profile(name="R&D <Noord>"), PINNED_DAY).close()
    write_new_file(clients / "b-bakkerij.werkdruk", build_demo("small", today=PINNED_DAY)).close()
    (clients / "c-kapot.werkdruk").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = _sums(clients)
    out = tmp_path / "overzicht.pdf"
    assert main(["report", "portfolio", str(clients), "-o", str(out)]) == 0
    assert "3 bestanden" in capsys.readouterr().out
    text = read_pdf(out.read_bytes()).squashed
    demo = build_demo("small", today=PINNED_DAY).profile.name
    # The sample has measures past their term: it comes before the empty new file.
    assert squash(demo) in text and squash("R&D <Noord>") in text
    assert text.index(squash(demo)) < text.index(squash("R&D <Noord>"))
    assert text.index(squash("R&D <Noord>")) < text.index("Nietgelezen")
    assert "c-kapot.werkdruk" in text and "beschadigd" in text
    assert _sums(clients) == before


def test_one_file_is_for_report_portfolio_only(tmp_path, capsys):
    one = tmp_path / "a.werkdruk"
    create_file(one, m.Profile(name="A"), PINNED_DAY).close()
    assert main(["report", "plan", str(one), str(one), "-o", str(tmp_path / "p.pdf")]) == 2
    assert "portfolio" in capsys.readouterr().err


def test_a_missing_folder_is_refused(tmp_path, capsys):
    assert main(["report", "portfolio", str(tmp_path / "weg"), "-o",
                 str(tmp_path / "o.pdf")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
