# Two commands on a fresh machine with Python 3.11 and git:  make run  /  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: install run test test-ray compiled test-compiled lint typecheck check release clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv with the pinned dependencies

run: install  ## run the whole pipeline on data/raw/sample with DVC
	$(BIN)/dvc repro
	$(BIN)/dvc metrics show

# The suite runs over every core (pytest-xdist, `-n auto`); TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= auto

test: install  ## run the test suite (corpus tests skip without ../shared)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadgroup

RAY_STAMP := $(VENV)/.ray-stamp

$(RAY_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,ray]"
	touch $(RAY_STAMP)

test-ray: $(RAY_STAMP)  ## the Ray engine against the local one (installs the ray extra)
	$(BIN)/python -m pytest -q -m ray

# Optional: the parser compiled by mypyc (needs a C compiler; see setup.py), installed (not
# editable) into its own virtualenv so that an edited .py file is never shadowed by a stale .so.
COMPILED := .venv-compiled
COMPILED_STAMP := $(COMPILED)/.installed-stamp

# An existing .venv-compiled keeps the interpreter it was made with (a rebuild after an edit
# uses it whatever PYTHON says): `rm -rf .venv-compiled && make compiled PYTHON=...` builds
# on another one (docs/BENCHMARKS.md: the interpreter's build moves parse speed).
$(COMPILED_STAMP): pyproject.toml constraints.txt setup.py $(shell git ls-files pipeline schemas)
	test -x $(COMPILED)/bin/python || $(PYTHON) -m venv $(COMPILED)
	$(COMPILED)/bin/python -m pip install --quiet --upgrade "pip>=24"
	$(COMPILED)/bin/python -m pip install --quiet -c constraints.txt setuptools mypy
	COPYDESK_MYPYC=1 $(COMPILED)/bin/python -m pip install --quiet --no-build-isolation \
		-c constraints.txt ".[dev]"
	touch $(COMPILED_STAMP)

compiled: $(COMPILED_STAMP)  ## .venv-compiled: copydesk with the parser compiled (~1.3x fewer instructions)

# pytest's `pythonpath = .` would put the sources first: a folder holding only `tests` stands in
test-compiled: $(COMPILED_STAMP)  ## the test suite against the compiled parser
	mkdir -p build/compiled-tests && ln -sfn ../../tests build/compiled-tests/tests
	COPYDESK_EXPECT_COMPILED=1 $(COMPILED)/bin/pytest -q -m "not ray" -n $(TEST_WORKERS) --dist loadgroup \
		-o pythonpath=build/compiled-tests

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

check: lint typecheck test

release: install  ## push the data to the DVC remote and tag v<dataset.version> (see README)
	@version=$$($(BIN)/python -c "from pathlib import Path; from pipeline.config import load_params; print(load_params(Path('params.yaml')).dataset.version)"); \
	if ! git diff --quiet HEAD; then echo "commit your changes first"; exit 1; fi; \
	if ! $(BIN)/dvc status --quiet; then echo "dvc.lock is stale: make run, then commit"; exit 1; fi; \
	if git rev-parse -q --verify "refs/tags/v$$version" >/dev/null; then echo "v$$version exists: bump dataset.version"; exit 1; fi; \
	$(BIN)/dvc push && git tag -a "v$$version" -m "dataset $$version" && echo "tagged v$$version: git push --tags"

clean:
	rm -rf $(VENV) $(COMPILED) data/interim data/processed .pytest_cache .mypy_cache .ruff_cache
