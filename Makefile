# Two commands matter: `make run` and `make test`. Everything else is a building block.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
SEARCH_ENGINE_PORT ?= 9200

.PHONY: run test install install-dev migrate messages demo search-engine lint makemessages clean eval-search bench-search publish-scheduled

$(BIN)/python:
	scripts/system-deps.sh base
	@# var/ first, with the usual mode: Django's file cache would create it 700, out of nginx's reach.
	mkdir -p var
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
	$(MANAGE) setup_roles -v0
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_local_admin

run: demo
	scripts/run.sh $(HOST) $(PORT)

test: install-dev
	scripts/test.sh

# PNGs of the key pages, both languages, 375 and 1280 px wide, into var/screenshots/ for review.
.PHONY: screenshots
screenshots: install-dev messages
	scripts/system-deps.sh base test
	$(BIN)/python scripts/screenshots.py

# What cron runs every minute on the server (docs/alur-kerja-redaksi.md): scheduled go-live and expiry.
publish-scheduled: install
	$(MANAGE) publish_scheduled

search-engine:
	scripts/search-engine.sh run $(SEARCH_ENGINE_PORT) var/search-engine

# Search relevance (nDCG@10, Recall@10) and speed per backend, each on a throwaway SQLite
# file under var/ and its own temporary engine (SEARCH_URL=database: database backend only).
eval-search: install
	scripts/search-bench.sh eval_search

bench-search: install
	scripts/search-bench.sh bench_search

makemessages: install
	$(MANAGE) makemessages -l id -l en --ignore=$(VENV) --ignore=var --no-obsolete

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf var db.sqlite3 test-artifacts

.PHONY: bench-import
# Generates a 5,000-post WordPress export under var/bench/ and times its import (see docs/pindah-dari-wordpress.md).
bench-import: install
	$(BIN)/python scripts/bench_import.py

.PHONY: serve bench chaos backup restore
# The production stack on 127.0.0.1: PostgreSQL + gunicorn + nginx with the page cache, demo content.
serve: install
	scripts/serve.sh

# Load benchmark (docs/deploy.md): 5,000 then 50,000 posts (BENCH_SIZES), wrk with the page cache on and off,
# 200 distinct searches on the engine and on the database backend, CPU ms and SQL queries per page, targets.
bench: install
	$(BIN)/python -m bench

# Where one page's render time goes (docs/deploy.md, "Profiling a page"): CPU ms, SQL queries and the
# costliest functions, on the local database (make run loads the demo), e.g. make profile URL=/berita/
# ARGS="--cold --sql".
.PHONY: profile
profile: migrate
	@test -n "$(URL)" || { echo "usage: make profile URL=/berita/ [ARGS='--cold --sql --repeat 50']"; exit 2; }
	$(MANAGE) profile_page "$(URL)" $(ARGS)

# Faults under load (docs/deploy.md): ~60 s at 64 connections while a gunicorn worker, PostgreSQL,
# the search node and the cache directory fail in turn; exits non-zero when a promise breaks.
chaos: install
	scripts/search-engine.sh ensure
	$(BIN)/python -m bench.chaos

# PostgreSQL dump + media and documents tarballs into BACKUP_DIR (default var/backups); reads DATABASE_URL,
# MEDIA_ROOT and PRIVATE_MEDIA_ROOT from the environment, or from ENV_FILE=/etc/dinsos/env on the server.
backup: install
	scripts/backup.sh $(BACKUP_DIR)

# Restore BACKUP=<a directory made by make backup> into an empty database and media directory.
restore: install
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=var/backups/dinsos-YYYYmmdd-HHMMSS"; exit 2; }
	scripts/restore.sh $(BACKUP)
