# Two commands matter: `make run` and `make test`. Everything else is a building block.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
SEARCH_ENGINE_PORT ?= 9200

.PHONY: run test install install-dev migrate messages demo serve-dev search-engine lint makemessages clean

$(BIN)/python:
	scripts/system-deps.sh base
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Stamp files make re-runs instant until the requirements change.
$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

messages: install
	$(MANAGE) compilemessages --ignore=$(VENV) -v0

migrate: install
	$(MANAGE) migrate --noinput -v0

demo: migrate messages
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_local_admin

run: demo
	scripts/run.sh $(HOST) $(PORT)

test: install-dev
	scripts/test.sh

search-engine:
	scripts/search-engine.sh run $(SEARCH_ENGINE_PORT) var/search-engine

makemessages: install
	$(MANAGE) makemessages -l id -l en --ignore=$(VENV) --ignore=var --no-obsolete

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf var db.sqlite3 test-artifacts
