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
.venv/bin/mypy
export QT_QPA_PLATFORM=offscreen
if [ "$#" -gt 0 ]; then
  exec .venv/bin/python -m pytest "$@"
fi
# The whole suite, in three processes: the Qt tests run as two groups of their own, so that
# what one group leaves in Qt's event queue cannot reach another. (A task runner destroyed
# with results still queued once crashed a later test; TaskRunner.shut_down now delivers
# them first. The split stays as a second line of defence.)
# A Qt test that hangs does so in a modal event loop, where pytest-timeout's signal never
# reaches Python: the GUI groups time out by thread (the stacks are printed and the group
# ends at once) rather than letting one hang use up CI's time.
gui_groups="tests/gui/panels tests/gui/models tests/gui/dialogs"
gui_timeout=(--timeout 300 -o timeout_method=thread)
.venv/bin/python -m pytest tests --ignore=tests/gui
.venv/bin/python -m pytest "${gui_timeout[@]}" $gui_groups
.venv/bin/python -m pytest "${gui_timeout[@]}" tests/gui $(for g in $gui_groups; do printf -- '--ignore=%s ' "$g"; done)
