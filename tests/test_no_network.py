"""The program works offline: nothing it does opens a network connection.

Each command runs in its own process with an audit hook that records every socket connect,
DNS lookup and URL opening; the list must stay empty.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WATCH = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request",
         "http.client.connect")

RUNNER = """
import sys
events = []
def hook(event, args):
    if event in {watch!r}:
        events.append(f"{{event}} {{args!r}}")
sys.addaudithook(hook)
from werkdrukdesk.cli.main import main
try:
    code = main({args!r})
except SystemExit as stop:
    code = stop.code
print("NETWORK:", events)
sys.exit(code)
"""


def run_offline(*args: str) -> str:
    code = RUNNER.format(watch=WATCH, args=[str(a) for a in args])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_no_command_touches_the_network(tmp_path):
    demo, pdf, json_file = tmp_path / "d.werkdruk", tmp_path / "p.pdf", tmp_path / "d.json"
    assert run_offline("demo", demo, "--size", "small") == "NETWORK: []"
    assert run_offline("export", demo, "-o", json_file) == "NETWORK: []"
    assert run_offline("report", "plan", demo, "-o", pdf) == "NETWORK: []"
    assert run_offline(demo, "--exit-when-ready") == "NETWORK: []"
