"""The CI workflows in .github/workflows: valid in form, and every step a script of the project.

GitHub's workflow schema cannot be fetched here (no network) and PyYAML is not among the test
tools, so the workflows are read by a small reader of the YAML they use (block mappings and
lists, plain and quoted words, `|` blocks, comments; anything else fails loudly) and checked
against the parts of the schema that matter: the top keys, triggers, jobs with `runs-on` and
`steps`, and each step with either `run` or `uses`. Where PyYAML happens to be installed, it
reads each file too and must agree.
"""

import json
import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
TOP_KEYS = {"name", "on", "jobs", "env", "permissions", "concurrency", "defaults", "run-name"}
TRIGGERS = {"push", "pull_request", "workflow_dispatch", "schedule", "release", "workflow_call"}
JOB_KEYS = {"name", "runs-on", "steps", "timeout-minutes", "defaults", "env", "needs", "if",
            "strategy", "permissions", "continue-on-error", "outputs", "environment"}
STEP_KEYS = {"name", "id", "if", "run", "uses", "with", "env", "shell", "working-directory",
             "continue-on-error", "timeout-minutes"}
RUNNERS = re.compile(r"(ubuntu|windows|macos)-(latest|\d+(\.\d+)?)")
SHELLS = {"bash", "pwsh", "python", "sh", "cmd", "powershell"}
ACTION = re.compile(r"[\w.-]+/[\w.-]+(/[\w./-]+)?@v\d+")


def _scalar(text: str):
    text = text.strip()
    if text.startswith('"'):
        return json.loads(text)
    if text.startswith("'"):
        assert text.endswith("'"), text
        return text[1:-1].replace("''", "'")
    if text.startswith("[") and text.endswith("]"):
        return [_scalar(part) for part in text[1:-1].split(",") if part.strip()]
    assert not text.startswith(("{", "&", "*", "!", ">")), f"not read here: {text}"
    return text


def _lines(text: str) -> list[tuple[int, str]]:
    found = []
    for raw in text.splitlines():
        if raw.strip() and not raw.lstrip().startswith("#"):
            assert "\t" not in raw[: len(raw) - len(raw.lstrip())], "tabs indent"
            found.append((len(raw) - len(raw.lstrip(" ")), raw.strip()))
        elif found and found[-1][1].endswith("|"):
            found.append((10**6, ""))  # an empty line inside a | block
    return found


def read_yaml(text: str):
    """The subset of YAML the workflows are written in (see the module's words)."""
    lines = _lines(text)
    position = 0

    def block(indent: int):
        nonlocal position
        if lines[position][1].startswith("- "):
            return sequence(indent)
        return mapping(indent)

    def literal(indent: int) -> str:
        nonlocal position
        body = []
        while position < len(lines) and lines[position][0] > indent:
            body.append(lines[position][1])  # the workflows' blocks have no inner indents
            position += 1
        return "\n".join(body) + "\n"

    def value_after(rest: str, indent: int):
        nonlocal position
        if rest == "|":
            return literal(indent)
        if rest:
            return _scalar(rest)
        if position < len(lines) and lines[position][0] > indent:
            return block(lines[position][0])
        if position < len(lines) and lines[position][0] == indent and \
                lines[position][1].startswith("- "):
            return sequence(indent)
        return None

    def mapping(indent: int) -> dict:
        nonlocal position
        result = {}
        while position < len(lines) and lines[position][0] == indent and \
                not lines[position][1].startswith("- "):
            content = lines[position][1]
            key, sep, rest = content.partition(":")
            assert sep and (not rest or rest.startswith(" ")), f"not a key: {content}"
            assert key not in result, f"{key} twice"
            position += 1
            result[key.strip()] = value_after(_uncomment(rest.strip()), indent)
        return result

    def sequence(indent: int) -> list:
        nonlocal position
        result = []
        while position < len(lines) and lines[position][0] == indent and \
                lines[position][1].startswith("- "):
            content = lines[position][1][2:]
            inner = indent + 2
            if re.match(r"^[\w-]+:( |$)", content):
                lines[position] = (inner, content)  # "- key: v" opens a mapping
                result.append(mapping(inner))
            else:
                position += 1
                result.append(_scalar(_uncomment(content)))
        return result

    document = block(lines[0][0])
    assert position == len(lines), f"not read: {lines[position]}"
    return document


def _uncomment(text: str) -> str:
    if text.startswith(("'", '"')):
        return text
    return re.sub(r"\s+#.*$", "", text)


def test_the_reader_reads_what_it_claims():
    text = "a: 1\nb:\n  - x\n  - k: 'y'\n    l: [p, q]\nc: |\n  one\n  two\nd: \"t\"  \n"
    assert read_yaml(text) == {"a": "1", "b": ["x", {"k": "y", "l": ["p", "q"]}],
                               "c": "one\ntwo\n", "d": "t"}
    with pytest.raises(AssertionError):
        read_yaml("a: {b: c}\n")


def test_there_is_a_workflow_per_system():
    assert {path.stem for path in WORKFLOWS} >= {"windows", "macos", "linux"}


def scripts_called(command: str) -> list[str]:
    """The project scripts a step's `run` calls; a step that calls none is refused."""
    called = []
    for line in command.strip().splitlines():
        words = shlex.split(line.replace("$(", " ").replace(")", " "))
        called += [word for word in words if word.startswith(("installer/", ".ci/"))]
    return called


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_a_workflow_has_the_shape_github_requires(path):
    workflow = read_yaml(path.read_text(encoding="utf-8"))
    assert set(workflow) <= TOP_KEYS and {"on", "jobs"} <= set(workflow)
    triggers = workflow["on"]
    assert isinstance(triggers, dict) and set(triggers) <= TRIGGERS
    assert isinstance(workflow["jobs"], dict) and workflow["jobs"]
    for job_id, job in workflow["jobs"].items():
        assert re.fullmatch(r"[A-Za-z_][\w-]*", job_id)
        assert set(job) <= JOB_KEYS and {"runs-on", "steps"} <= set(job), job_id
        assert RUNNERS.fullmatch(job["runs-on"]), job["runs-on"]
        shell = job.get("defaults", {}).get("run", {}).get("shell", "bash")
        assert shell in SHELLS
        assert isinstance(job["steps"], list) and job["steps"]
        for step in job["steps"]:
            assert isinstance(step, dict) and set(step) <= STEP_KEYS, step
            assert ("run" in step) != ("uses" in step), step  # exactly one of them
            if "uses" in step:
                assert ACTION.fullmatch(step["uses"]), step["uses"]
                assert isinstance(step.get("with", {}), dict)
            else:
                assert scripts_called(step["run"]), f"{path.name}: {step['run']} calls no script"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_script_a_workflow_calls_is_there_and_runs_here(path):
    workflow = read_yaml(path.read_text(encoding="utf-8"))
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            for script in scripts_called(step.get("run", "")):
                file = ROOT / script
                assert file.is_file(), script
                first = file.read_text(encoding="utf-8").splitlines()[0]
                assert first == "#!/usr/bin/env bash", script
                assert "set -euo pipefail" in file.read_text(encoding="utf-8"), script


def test_pyyaml_agrees_where_it_is_installed():
    yaml = pytest.importorskip("yaml")
    for path in WORKFLOWS:
        theirs = yaml.safe_load(path.read_text(encoding="utf-8"))
        theirs["on"] = theirs.pop(True)  # YAML 1.1 reads the word on as true
        assert json.loads(json.dumps(theirs, default=str)) == \
            json.loads(json.dumps(_plain(read_yaml(path.read_text(encoding="utf-8")))))


def _plain(value):
    """The reader keeps every word a string; PyYAML makes numbers of some."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str) and re.fullmatch(r"\d+", value):
        return int(value)
    return value
