# Two commands on a fresh machine with Python 3.11 and git:  make run  /  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: install run test lint typecheck check clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv with the pinned dependencies

run: install  ## run the whole pipeline on data/raw/sample with DVC
	$(BIN)/dvc repro
	$(BIN)/dvc metrics show

test: install  ## run the test suite (corpus tests skip without ../shared)
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

check: lint typecheck test

clean:
	rm -rf $(VENV) data/interim data/processed .pytest_cache .mypy_cache .ruff_cache
