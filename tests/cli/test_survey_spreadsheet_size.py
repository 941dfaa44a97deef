"""A spreadsheet is read whole, whatever its own `<dimension>` says, and never without bound."""

import io
import re
import zipfile

import pytest
from openpyxl import Workbook

from tests import survey_answer_files as files
from tests.pinned import PINNED_DAY
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.file import write_new_file

ANSWERS = 1260


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "van-dijk.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    return path


def _sheet(rows: int) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["Team", *files.KEYS])
    for n in range(rows):
        sheet.append(["Bakkerij", *[1 + (n + k) % 5 for k in range(len(files.KEYS))]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rewritten(data: bytes, change, extra: tuple[str, int] | None = None) -> bytes:
    """The same workbook with its sheet's XML changed (and perhaps one more member)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = change(content)
            target.writestr(info, content)
        if extra:
            with target.open(extra[0], "w") as member:
                for _ in range(extra[1] // (1 << 20)):
                    member.write(b" " * (1 << 20))
    return out.getvalue()


def _understated(xml: bytes) -> bytes:
    """What some tools write: a dimension of 20 answers and two columns."""
    changed, count = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B21"', xml)
    assert count == 1
    return changed


def test_a_sheet_that_understates_its_size_is_read_whole(tmp_path, demo, run_cli):
    sheet = tmp_path / "antwoorden.xlsx"
    sheet.write_bytes(_rewritten(_sheet(ANSWERS), _understated))
    before = files.count_responses(demo)
    code, out, err = run_cli("survey", "import", demo, sheet, "--measurement", "Groot")
    assert (code, err) == (0, ""), out
    assert f"geeft zelf 21 rijen op, maar bevat er {ANSWERS + 1}" in out
    assert f"{ANSWERS} rijen gelezen: {ANSWERS} worden opgeslagen, 0 afgewezen." in out
    assert f"{ANSWERS} ingevulde vragenlijsten ingelezen" in out
    after = files.count_responses(demo)
    assert after[0] - before[0] == ANSWERS
    assert after[1] - before[1] == ANSWERS * len(files.KEYS)  # every column, not two


def test_a_sheet_that_unpacks_beyond_any_questionnaire_is_refused(tmp_path, demo, run_cli):
    sheet = tmp_path / "bom.xlsx"
    sheet.write_bytes(_rewritten(_sheet(3), lambda xml: xml, ("xl/opvulling.bin", 300 << 20)))
    assert sheet.stat().st_size < 5 << 20  # small on disk: it is what it unpacks to
    before = demo.read_bytes()
    code, _, err = run_cli("survey", "import", demo, sheet, "--measurement", "Bom")
    assert code == 2 and "te groot" in err and err.count("\n") == 1
    assert demo.read_bytes() == before
