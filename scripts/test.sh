#!/usr/bin/env bash
# The whole test suite: lint, Django checks, the suite on PostgreSQL + OpenSearch, and a smoke
# subset on SQLite with the database search backend. Starts what it needs and stops it after.
source "$(dirname "$0")/lib.sh"
ensure_venv
ensure_gettext
# Browser tests drive Debian's Chromium through Playwright (Playwright's own download fails here).
apt_install chromium fonts-dejavu-core
cd "$ROOT"

log "ruff"
ruff check .
ruff format --check .

export DJANGO_SETTINGS_MODULE=mediacenter.settings.test
python manage.py compilemessages -v 0 --ignore "*/site-packages/*"

STARTED_SERVICES=0
cleanup() { [ "$STARTED_SERVICES" = 1 ] && "$ROOT/scripts/services.sh" stop; }
trap cleanup EXIT
eval "$("$ROOT/scripts/services.sh" start)"
STARTED_SERVICES=1

log "Django checks on PostgreSQL"
python manage.py check --fail-level WARNING
python manage.py makemigrations --check --dry-run >/dev/null
DJANGO_SETTINGS_MODULE=mediacenter.settings.production SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
  ALLOWED_HOSTS=media.biocluster.bg python manage.py check --deploy --fail-level WARNING

log "Test suite on PostgreSQL + OpenSearch ($ELASTICSEARCH_URL)"
python -m pytest -n "${TEST_WORKERS:-2}" -m "not outage" "$@"

log "Search engine outage: the engine's process is stopped and resumed (alone: others would see it)"
python -m pytest -m outage -p no:cacheprovider -q "$@"

log "Smoke subset on SQLite and the database search backend"
env -u DATABASE_URL -u ELASTICSEARCH_URL python -m pytest -n "${TEST_WORKERS:-2}" -m smoke -p no:cacheprovider -q "$@"

log "The run command from scratch (fresh SQLite database, demo content, real HTTP)"
SMOKE_DIR="$(mktemp -d)"
SMOKE_PORT="${SMOKE_PORT:-8765}"
env -u ELASTICSEARCH_URL DJANGO_SETTINGS_MODULE=mediacenter.settings.dev \
  DATABASE_URL="sqlite:///$SMOKE_DIR/db.sqlite3" MEDIA_ROOT="$SMOKE_DIR/media" \
  PORT="$SMOKE_PORT" RUNSERVER_ARGS=--noreload bash "$ROOT/scripts/run.sh" >"$SMOKE_DIR/run.log" 2>&1 &
SMOKE_PID=$!
for _ in $(seq 1 180); do
  curl -fsS -o /dev/null "http://127.0.0.1:$SMOKE_PORT/bg/" 2>/dev/null && break
  kill -0 "$SMOKE_PID" 2>/dev/null || break
  sleep 1
done
smoke_ok=1
for lang in bg en; do
  # Read the whole page first: `curl | grep -q` can fail under pipefail when grep stops early.
  body="$(curl -fsS "http://127.0.0.1:$SMOKE_PORT/$lang/")" || smoke_ok=0
  [[ "$body" == *"<html lang=\"$lang\">"* ]] || smoke_ok=0
done
kill "$SMOKE_PID" 2>/dev/null || true
wait "$SMOKE_PID" 2>/dev/null || true
if [ "$smoke_ok" != 1 ]; then
  tail -n 40 "$SMOKE_DIR/run.log" >&2
  echo "The run command did not serve both home pages." >&2
  exit 1
fi
rm -rf "$SMOKE_DIR"
echo "run command: / serves /bg/ and /en/ with demo content"
