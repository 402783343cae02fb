# Two commands do all set-up on a fresh machine with Python 3.11+:
#   make run   - open the app on the bundled sample article
#   make test  - run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsx-tui seeds/

test: lint
	$(BIN)/python -m pytest -q

# ruff over everything, mypy over store/ (both configured in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check store tui tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info
