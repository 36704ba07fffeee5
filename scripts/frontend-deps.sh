#!/usr/bin/env bash
# Test-only npm packages into node_modules/, exactly as package-lock.json pins them:
# axe-core (injected into chromium by cms/tests/test_accessibility.py) and the Nu HTML
# Checker jar (cms/tests/test_html_validity.py). Nothing here is served to visitors.
#
# Does nothing when node_modules/ already matches the lock file, so `make test` stays fast.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.installed-from-package-lock.json
if cmp -s package-lock.json "$stamp" 2>/dev/null; then
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "npm is missing: run scripts/system-deps.sh test" >&2; exit 1; }
echo "frontend-deps: npm ci (axe-core, vnu-jar)"
# --ignore-scripts: both packages ship ready-made files; no install script needs to run.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
