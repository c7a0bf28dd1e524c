"""The layers point inward: domain has no Qt or SQLAlchemy, store has no Qt."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

BLOCKER = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def __init__(self, names): self.names = names
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in self.names:
            raise ImportError(f'{{name}} is blocked in this test')
sys.meta_path.insert(0, Block({blocked!r}))
import pkgutil, importlib, {package}
for m in pkgutil.walk_packages({package}.__path__, '{package}.'):
    if '.migrations' not in m.name:  # Alembic scripts run only inside Alembic
        importlib.import_module(m.name)
print('ok')
"""


@pytest.mark.parametrize(
    ("package", "blocked"),
    [
        ("planner.domain", {"PySide6", "sqlalchemy", "alembic"}),
        ("planner.store", {"PySide6"}),
    ],
)
def test_package_imports_with_forbidden_libraries_unavailable(package, blocked):
    code = BLOCKER.format(package=package, blocked=sorted(blocked))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_every_package_is_listed_for_installation():
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(REPO).parts)
        for p in (REPO / "planner").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    found.add("planner.resources")
    assert found <= listed, f"add to pyproject [tool.setuptools] packages: {sorted(found - listed)}"
