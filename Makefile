# Two set-up commands for a fresh machine: `make run` and `make test`.
# Each creates the virtual environment and installs what it needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench bundle lint format clean

# the folders ruff checks, in `make lint` as in `make test` (mypy's: pyproject.toml)
LINTED := planner tests benchmarks

# PYTHONWARNINGS: setuptools' notes about editable installs are for packagers, not for
# someone setting up; real errors still stop the install.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/planner $(ARGS)

test: lint
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m benchmarks.run $(ARGS)

bundle: $(STAMP)
	$(PY) -m pip install --quiet "pyinstaller>=6.10,<7"
	bash packaging/install-fonts.sh
	rm -rf build/fonts
	$(PY) packaging/collect_fonts.py
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/mandate-planner.spec
	$(PY) -m pytest -m bundle tests/test_bundle.py tests/team/test_team_bundle.py

lint: $(STAMP)
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# rewrites files to the house format (`make lint` checks it)
format: $(STAMP)
	$(VENV)/bin/ruff format $(LINTED)
	$(VENV)/bin/ruff check --fix $(LINTED)

clean:
	rm -rf $(VENV) build dist .bench *.egg-info
