#!/usr/bin/env bash
# Serve the site for local use on HOST:PORT with the dev settings.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-8000}
echo "Serving http://$host:$port/  (admin: http://$host:$port/admin/)  — Ctrl+C stops it."
exec .venv/bin/python manage.py runserver "$host:$port"
