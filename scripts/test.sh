#!/usr/bin/env bash
# The whole test suite: lint, Django checks, the suite on PostgreSQL + OpenSearch (browser tests
# and axe-core in Debian's Chromium included), a smoke subset on SQLite with the database search
# backend, the run command, the dependency audit, and the short forms of the load, Lighthouse and
# fault runs against production settings under gunicorn. Starts what it needs and stops it after.
# FULL_BENCH=1 runs the long forms (30 s × 50 connections per endpoint, Lighthouse on 16 pages
# × 3 runs, longer outages) instead of the short ones.
source "$(dirname "$0")/lib.sh"
ensure_venv
ensure_gettext
# Browser tests drive Debian's Chromium through Playwright (Playwright's own download fails here).
apt_install chromium fonts-dejavu-core
# axe-core and Lighthouse from npm (tools/package-lock.json); exports NODE_TOOLS.
ensure_node_tools
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

log "Dependency audit: pip-audit over requirements.txt (accepted findings: docs/security.md)"
# Exit 3: no vulnerability service could answer for the pins (this machine's PyPI mirror serves no
# per-version vulnerability data): reported loudly, not a failure. A finding (exit 1) fails.
audit_status=0
bash "$ROOT/scripts/audit.sh" || audit_status=$?
if [ "$audit_status" = 3 ]; then
  echo "pip-audit: NOT AUDITED (no vulnerability service answered); see docs/security.md" >&2
elif [ "$audit_status" != 0 ]; then
  exit "$audit_status"
fi

BENCH_FORM=--short
[ "${FULL_BENCH:-0}" = 1 ] && BENCH_FORM=
log "Production settings under gunicorn: load ${BENCH_FORM:-(full)}"
bash "$ROOT/bench/load.sh" $BENCH_FORM
log "Lighthouse, mobile preset ${BENCH_FORM:-(full)}"
bash "$ROOT/bench/lighthouse.sh" $BENCH_FORM
bash "$ROOT/bench/serve.sh" stop

log "Faults ${BENCH_FORM:-(full)}: search engine killed, SMTP refused, PostgreSQL restarted"
# Last: it kills and restarts the services. It reuses the load run's prepared database.
BENCH_DB=mediacenter_bench BENCH_DIR="$ROOT/var/bench" bash "$ROOT/bench/faults.sh" $BENCH_FORM
