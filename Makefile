# Developer entry points. `make run` and `make test` each set up everything they need
# on a fresh Debian/Ubuntu machine (system Qt libraries, a .venv, the package) first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LINTED := pdr_desktop tests benchmarks packaging docs resources/icons resources/fonts

.PHONY: run test test-another-day lint format setup system-deps screenshots export-samples icons bench bundle clean translations

run: setup
	$(BIN)/pdr-desktop

# One worker per core; each test file stays on one worker (--dist loadfile), so a file's
# shared set-up (the screen-reader session, a built bundle) is made once.
PYTEST := $(BIN)/python -m pytest -n auto --dist loadfile

test: lint
	QT_QPA_PLATFORM=offscreen $(PYTEST) --cov --cov-report=term-missing:skip-covered

# The whole suite once more with the system clock in another review round (CI runs this):
# the app reads time only through its clock, so nothing may depend on the day it runs.
ANOTHER_DAY ?= 2027-03-20 08:30:00
test-another-day: setup
	QT_QPA_PLATFORM=offscreen faketime '$(ANOTHER_DAY)' $(PYTEST) -q -p no:cacheprovider

# The same checks as .pre-commit-config.yaml; `make test` runs them first.
# lint-imports: the layers and the Qt-only-in-ui contracts in pyproject.toml ([tool.importlinter]).
lint: setup
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

format: setup
	$(BIN)/ruff format $(LINTED)

setup: system-deps $(STAMP)

system-deps:
	@bash packaging/system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py
	$(BIN)/python docs/make_zoom_screenshots.py

export-samples: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_export_samples.py

icons: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python resources/icons/make_icons.py

# Refresh translations/*.ts from the UI's tr() words (commit them), then compile the .qm files the
# app loads (git-ignored build artefacts). How to add a language: docs/translating.md.
translations: setup
	$(BIN)/python packaging/translations.py update
	$(BIN)/python packaging/translations.py compile

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest benchmarks -p no:cacheprovider --benchmark-only -q -o python_files='bench_*.py' -o testpaths=benchmarks

bundle: setup
	bash packaging/linux/build.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
