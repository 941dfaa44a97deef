"""What the window's start does without: sqlite-utils (about a tenth of a second to import) is
for writing, and a start only reads. The real command, in a fresh interpreter, as a start is."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
from werkdrukdesk.cli.main import main
status = main([sys.argv[1], "--exit-when-ready"])
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlite_utils", "click", "dateutil")))
sys.exit(status)
"""


def test_the_window_shows_a_file_without_importing_sqlite_utils(large_copy):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(large_copy)], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
