"""A quiet install: every folder of files the app ships is declared, so setuptools
installs it without a page of warnings (`make run` on a fresh machine)."""

from __future__ import annotations

import fnmatch
import tomllib

from paths import REPO


def setuptools_config() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_resource_folder_is_a_declared_package_with_its_files():
    config = setuptools_config()
    packages, data = set(config["packages"]), config["package-data"]
    for folder in (REPO / "resources").iterdir():
        if not folder.is_dir() or folder.name.startswith(("__", ".")):
            continue
        name = f"planner.resources.{folder.name}"
        assert name in packages, f"add {name} to [tool.setuptools] packages"
        patterns = data.get(name, [])
        for f in folder.iterdir():
            assert any(fnmatch.fnmatch(f.name, p) for p in patterns), (name, f.name)


def test_no_package_data_names_a_folder():
    """ "i18n/*" in a parent's package data is what made setuptools warn."""
    for patterns in setuptools_config()["package-data"].values():
        assert not any("/" in p for p in patterns), patterns


def test_the_install_step_is_quiet():
    makefile = (REPO / "Makefile").read_text()
    setup = makefile.split("$(STAMP): pyproject.toml", 1)[1].split("touch $(STAMP)", 1)[0]
    install = [line for line in setup.splitlines() if "pip install" in line]
    assert install and all(
        "--quiet" in line and "PYTHONWARNINGS=ignore" in line for line in install
    )
