# Two set-up commands for a fresh machine: `make run` and `make test`.
# Each creates the virtual environment and installs what it needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench bundle lint clean

# PYTHONWARNINGS: setuptools' notes about editable installs are for packagers, not for
# someone setting up; real errors still stop the install.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/planner $(ARGS)

test: $(STAMP)
	$(VENV)/bin/ruff check planner tests benchmarks
	$(VENV)/bin/lint-imports
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m benchmarks.run $(ARGS)

bundle: $(STAMP)
	$(PY) -m pip install --quiet "pyinstaller>=6.10,<7"
	bash packaging/install-fonts.sh
	rm -rf build/fonts
	$(PY) packaging/collect_fonts.py
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/mandate-planner.spec
	$(PY) -m pytest -m bundle tests/test_bundle.py

lint: $(STAMP)
	$(VENV)/bin/ruff check planner tests
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) build dist .bench *.egg-info
