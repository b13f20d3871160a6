# Everything runs inside .venv, created on first use from python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Subprocess tests start the CLI over and over: let Python keep compiled modules
# (__pycache__, ignored by git) instead of compiling every module at every start.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: demo test check lint typecheck model bench fuzz clean locale golden score

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## demo: set up, then list the bundled notice's tasks for 州安全监管局
demo: $(STAMP)
	$(BIN)/policy-cli tasks --dept 州安全监管局

## test: set up, then run the test suite on two workers (about 90 s on two cores; the long runs are in `make fuzz`)
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist worksteal

## check: tests, ruff and mypy
check: test lint typecheck

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

## model: regenerate data/tasks.yaml and the copy bundled in the package (review the diff)
model: $(STAMP)
	$(BIN)/policy-cli parse data/raw_notice.txt -o data/tasks.yaml
	cp data/tasks.yaml src/policy_cli/bundled/tasks.yaml

## golden: rewrite tests/golden/ from the current output (review the diff before committing)
golden: $(STAMP)
	POLICY_CLI_GOLDEN=update $(BIN)/python -m pytest -q tests/test_golden.py

## locale: compile the Chinese messages (.po -> .mo, both committed; needs GNU gettext's msgfmt)
LOCALE := src/policy_cli/locale/zh_CN/LC_MESSAGES
locale:
	msgfmt --check -o $(LOCALE)/policy_cli.mo $(LOCALE)/policy_cli.po

## score: how the parser reads the hand-checked notices (tests/fixtures/handchecked/), one line a notice
score: $(STAMP)
	$(BIN)/python -m tests.handchecked

## bench: timing and memory figures (see README, Performance)
bench: $(STAMP)
	$(BIN)/python bench/run.py

## fuzz: the long runs, before releases: property tests with many more examples, every line of every notice deleted
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -n 2 tests/test_properties.py tests/test_no_line_lost.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
