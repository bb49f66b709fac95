# make run: set up and run the main job on seeds/.  make test: set up and run every test.
# make check: the fast tier (no spaCy, browser, PostgreSQL or Anki).  make typecheck: mypy on quizgen/.
# make lock: refresh requirements.lock.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check typecheck lock setup system-deps bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Versions come from requirements.lock (the ones CI passed with); a dependency newer than the lock
# still installs, unpinned, until `make lock` records it.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[test]'
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

test: $(STAMP) system-deps typecheck
	$(BIN)/python -m pytest

# Settings in pyproject.toml [tool.mypy].
typecheck: $(STAMP)
	$(BIN)/python -m mypy quizgen

check: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 -m "not nlp and not browser and not postgres and not anki"

lock: | $(BIN)/python
	$(BIN)/python -m pip install -q pip-tools
	$(BIN)/pip-compile -q --strip-extras --no-emit-index-url --no-emit-find-links --extra test -o requirements.lock pyproject.toml

bench: $(STAMP)
	$(BIN)/python bench/extract_throughput.py

clean:
	rm -rf $(VENV) build .pytest_cache
