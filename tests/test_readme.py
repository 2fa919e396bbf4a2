"""The README's two set-up commands are real: CI runs the test one, the run one opens the app."""

from __future__ import annotations

import re
import subprocess

from tests.conftest import ROOT


def command_after(marker: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(rf"<!-- {marker} -->\s*```sh\n(.*?)\n```", text, re.S)
    assert m, marker
    return m.group(1).strip()


def test_ci_runs_the_readme_test_command():
    out = subprocess.run(
        ["awk", "/<!-- test-command -->/{f=1; next} f && /^```sh/{g=1; next} g && /^```/{exit} g{print}", "README.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out == command_after("test-command")
    assert "pytest" in out and "pip install -e '.[test]'" in out
    assert 'bash -c "$cmd"' in (ROOT / ".ci" / "run").read_text()


def test_run_command_installs_and_opens_the_app():
    cmd = command_after("run-command")
    assert cmd.startswith("python3 -m venv .venv && .venv/bin/pip install -e .")
    assert cmd.endswith(".venv/bin/actorlens")
