"""Attachments on the command line: `export --with-attachments` writes one archive that
`import` takes back whole, byte for byte; a damaged archive writes nothing; `report dossier
--with-attachments` prints the proof after the dossier."""

import hashlib
import io
import json
import zipfile

import pypdf
import pytest

from tests.pinned import PINNED_DAY
from tests.reports.test_dossier_attachments import rie_pdf, scanned_sheet
from werkdrukdesk.cli.main import main
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import attachments, open_file
from werkdrukdesk.storage.file import write_new_file


@pytest.fixture
def source(tmp_path):
    """A demo file with a 30-page RI&E and a scanned sheet attached."""
    path = tmp_path / "Van Dijk.werkdruk"
    with write_new_file(path, build_demo("small", today=PINNED_DAY)) as file:
        org = file.load()
        cycle = current_cycle(org)
        attachments.add(file, m.Proves.DOCUMENT, org.documents[0].id, "RI&E <Noord>.pdf",
                        rie_pdf(), PINNED_DAY)
        attachments.add(file, m.Proves.SESSION, cycle.sessions[0].id, "lijst Ayşe.png",
                        scanned_sheet(), PINNED_DAY)
    return path


def _contents(path):
    with open_file(path, read_only=True) as file:
        return [(a, attachments.read(file, a)) for a in attachments.listed(file)]


def test_archive_round_trip_byte_for_byte(tmp_path, source, capsys):
    out = tmp_path / "uit.zip"
    assert main(["export", str(source), "-o", str(out), "--with-attachments",
                 "--with-answers"]) == 0
    assert "2 bijlagen" in capsys.readouterr().out
    back = tmp_path / "terug.werkdruk"
    assert main(["import", str(out), "-o", str(back)]) == 0
    before, after = _contents(source), _contents(back)
    assert [(a, data) for a, data in after] == [(a, data) for a, data in before]
    assert all(hashlib.sha256(data).hexdigest() == a.sha256 for a, data in after)
    with open_file(source, read_only=True) as one, open_file(back, read_only=True) as two:
        assert one.load() == two.load()
    again = tmp_path / "nog eens.zip"
    assert main(["export", str(back), "-o", str(again), "--with-attachments",
                 "--with-answers"]) == 0
    with zipfile.ZipFile(out) as first, zipfile.ZipFile(again) as second:
        assert first.namelist() == second.namelist()
        assert all(first.read(name) == second.read(name) for name in first.namelist())


def test_plain_json_names_the_attachments_and_still_imports(tmp_path, source):
    out = tmp_path / "uit.json"
    assert main(["export", str(source), "-o", str(out)]) == 0
    document = json.loads(out.read_text("utf-8"))
    listed = document["attachments"]
    assert [a["file_name"] for a in listed] == ["RI&E _Noord_.pdf", "lijst Ayşe.png"]
    assert listed[0]["sha256"] == hashlib.sha256(rie_pdf()).hexdigest()
    assert "content" not in listed[0] and "archive_name" not in listed[0]
    back = tmp_path / "terug.werkdruk"
    assert main(["import", str(out), "-o", str(back)]) == 0
    assert _contents(back) == []  # the JSON holds no content: the file starts without them


def _rewritten(archive_path, change):
    """A copy of the archive with one entry's bytes changed by `change(name, data)`."""
    with zipfile.ZipFile(archive_path) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            archive.writestr(name, change(name, data))
    return buffer.getvalue()


@pytest.mark.parametrize("change", [
    lambda name, data: data[:-1] + b"\x00" if name.endswith(".png") else data,  # other bytes
    lambda name, data: data[:100] if name.endswith(".pdf") else data,  # cut short
])
def test_damaged_archive_refused_whole(tmp_path, source, capsys, change):
    out = tmp_path / "uit.zip"
    assert main(["export", str(source), "-o", str(out), "--with-attachments"]) == 0
    damaged = tmp_path / "kapot.zip"
    damaged.write_bytes(_rewritten(out, change))
    back = tmp_path / "terug.werkdruk"
    assert main(["import", str(damaged), "-o", str(back)]) == 2
    assert "beschadigd" in capsys.readouterr().err
    assert not back.exists() and list(tmp_path.glob(".terug*")) == []


def test_truncated_archive_refused(tmp_path, source, capsys):
    out = tmp_path / "uit.zip"
    assert main(["export", str(source), "-o", str(out), "--with-attachments"]) == 0
    out.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    back = tmp_path / "terug.werkdruk"
    assert main(["import", str(out), "-o", str(back)]) == 2
    assert "beschadigd" in capsys.readouterr().err and not back.exists()


def test_dossier_with_attachments(tmp_path, source):
    plain, whole = tmp_path / "dossier.pdf", tmp_path / "met bijlagen.pdf"
    assert main(["report", "dossier", str(source), "-o", str(plain)]) == 0
    assert main(["report", "dossier", str(source), "-o", str(whole), "--with-attachments"]) == 0
    pages = len(pypdf.PdfReader(plain).pages)
    assert len(pypdf.PdfReader(whole).pages) == pages + 1 + 2 + 30 + 1


def test_with_attachments_only_for_the_dossier(tmp_path, source, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["report", "plan", str(source), "-o", str(out), "--with-attachments"]) == 2
    assert "dossier" in capsys.readouterr().err and not out.exists()


def test_an_attachment_of_a_record_not_in_the_archive_is_refused(tmp_path, source, capsys):
    out = tmp_path / "uit.zip"
    assert main(["export", str(source), "-o", str(out), "--with-attachments"]) == 0

    def elsewhere(name, data):
        if name != "werkdrukdesk.json":
            return data
        document = json.loads(data)
        document["attachments"][1]["target_id"] = 9999  # a session that is not there
        return json.dumps(document).encode()

    wrong = tmp_path / "verkeerd.zip"
    wrong.write_bytes(_rewritten(out, elsewhere))
    back = tmp_path / "terug.werkdruk"
    assert main(["import", str(wrong), "-o", str(back)]) == 2
    assert "lijst Ayşe.png" in capsys.readouterr().err and not back.exists()
