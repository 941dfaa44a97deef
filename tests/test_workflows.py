"""The CI workflows in .github/workflows: valid in form, and every step a script of the project.

GitHub's workflow schema cannot be fetched here (no network), so the workflows are read with
PyYAML (a test tool) and checked against the parts of the schema that matter, written out
below: the top keys, triggers, jobs with `runs-on` and `steps`, and each step with either `run`
or `uses`.
"""

import re
import shlex
from pathlib import Path

import pytest
import yaml

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


def read_workflow(path: Path) -> dict:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True)  # YAML 1.1 reads the bare word `on` as true
    return workflow


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
    workflow = read_workflow(path)
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
    workflow = read_workflow(path)
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            for script in scripts_called(step.get("run", "")):
                file = ROOT / script
                assert file.is_file(), script
                first = file.read_text(encoding="utf-8").splitlines()[0]
                assert first == "#!/usr/bin/env bash", script
                assert "set -euo pipefail" in file.read_text(encoding="utf-8"), script
