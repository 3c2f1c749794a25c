#!/usr/bin/env bash
# Set up a virtual environment with the test extras, lint, and run the whole test suite.
# Usage: bash scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Pressmark needs Python 3.11 or newer")'
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
bash scripts/qt-system-libs.sh
.venv/bin/ruff check .
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
