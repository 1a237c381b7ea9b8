# Shared by scripts/run and scripts/test: a project virtualenv with the package installed.
# Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ATTENDANCE_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"

ensure_venv() {
    local extras="$1"
    if [ ! -x "$VENV/bin/python" ]; then
        echo "Creating a virtual environment in $VENV ..." >&2
        "$PY" -m venv "$VENV"
    fi
    local stamp="$VENV/.installed-${extras:-base}" target="$ROOT"
    [ -n "$extras" ] && target="$ROOT[$extras]"
    if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
        echo "Installing Attendance Desktop (${extras:-app}) ..." >&2
        "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
        "$VENV/bin/python" -m pip install --quiet -e "$target" >&2
        touch "$stamp"
    fi
}

# The translations (.qm) are built, not committed: every start from a checkout builds them.
build_translations() {
    ATTENDANCE_VENV="$VENV" "$ROOT/scripts/build-translations"
}
