# make run: set up and run the main job on seeds/.  make test: set up and run every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

setup: $(STAMP)

system-deps:
	bash scripts/system-deps.sh

run: $(STAMP)
	mkdir -p build
	$(BIN)/quizgen extract seeds -o build/facts.jsonl
	$(BIN)/python -m quizgen.summary build/facts.jsonl
	$(BIN)/quizgen ingest seeds
	$(BIN)/quizgen serve --host 127.0.0.1 --port 5000

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/extract_throughput.py

clean:
	rm -rf $(VENV) build .pytest_cache
