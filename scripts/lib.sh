# Shared by the scripts: where the cached tools live, and the virtualenv.
# Everything downloaded is cached outside the checkout, so a second run downloads nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="${MEDIACENTER_CACHE:-$HOME/.cache/mediacenter}"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
mkdir -p "$CACHE_DIR"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The virtualenv is keyed by the hash of requirements.txt: a change of pins makes a new one.
venv_dir() {
  local hash
  hash=$(sha256sum "$ROOT/requirements.txt" | cut -c1-12)
  echo "$CACHE_DIR/venv-$hash"
}

ensure_venv() {
  VENV="$(venv_dir)"
  if [ ! -x "$VENV/bin/python" ] || [ ! -f "$VENV/.complete" ]; then
    log "Creating virtualenv $VENV"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade pip
    "$VENV/bin/pip" install --quiet -r "$ROOT/requirements.txt"
    touch "$VENV/.complete"
  fi
  export VIRTUAL_ENV="$VENV"
  export PATH="$VENV/bin:$PATH"
}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# compilemessages needs msgfmt.
ensure_gettext() { command -v msgfmt >/dev/null 2>&1 || apt_install gettext; }

# axe-core and Lighthouse from the npm registry (tools/package-lock.json), installed outside the
# checkout and keyed by the lock file's hash. Exports NODE_TOOLS (its node_modules folder).
ensure_node_tools() {
  local hash dir
  hash=$(sha256sum "$ROOT/tools/package-lock.json" | cut -c1-12)
  dir="$CACHE_DIR/node-tools-$hash"
  if [ ! -f "$dir/.complete" ]; then
    log "Installing axe-core and Lighthouse into $dir"
    rm -rf "$dir" && mkdir -p "$dir"
    cp "$ROOT/tools/package.json" "$ROOT/tools/package-lock.json" "$dir/"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || return 1
    touch "$dir/.complete"
  fi
  export NODE_TOOLS="$dir/node_modules"
}
