"""Checks on the code itself: layering (store below the UI), types (mypy) and formatting (ruff format)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function (relative imports resolved)."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.add(".".join([*base, *([node.module] if node.module else [])]))
            elif node.module:
                found.add(node.module)
    return found


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for module in sorted(imported_modules(path)):
            if module.split(".")[0] in forbidden:
                bad.append(f"{path.relative_to(ROOT)} imports {module}")
    return bad


def test_store_never_imports_the_ui_textual_or_rich():
    assert offenders("store", ("tui", "textual", "rich")) == []


def test_the_ui_never_touches_tinydb_itself():
    assert offenders("tui", ("tinydb",)) == []


def test_the_import_check_sees_function_level_and_relative_imports(tmp_path, monkeypatch):
    sample = ROOT / "store" / "corpus" / "search.py"
    assert "store.model" in imported_modules(sample)
    relative = ROOT / "tui" / "widgets" / "reader.py"
    assert {"tui.render", "tui.messages"} <= imported_modules(relative)


def test_mypy_finds_no_errors_in_store_and_tui():
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--hide-error-context"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.format_check
def test_the_tree_is_ruff_formatted():
    """Expected to fail on a branch until the lead runs ``ruff format`` over the merged tree once
    (five branches were being merged: nobody reformats files they did not write before that)."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    result = subprocess.run([ruff, "format", "--check", "."], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-4000:]
