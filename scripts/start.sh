#!/usr/bin/env bash
# Set up a virtual environment and start Pressmark on the default catalogue.
# Usage: bash scripts/start.sh [--catalog PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Pressmark needs Python 3.11 or newer")'
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
bash scripts/qt-system-libs.sh
exec .venv/bin/python main.py "$@"
