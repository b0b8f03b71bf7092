#!/usr/bin/env bash
# Fault drills on the production-like server (bench/serve.sh; the drills are in bench/faults.py):
#   1. OpenSearch killed (SIGKILL) during search load, an expert published meanwhile, restarted;
#   2. SMTP refusing during a burst of 200 contact requests, then back;
#   3. PostgreSQL restarted (pg_ctl restart -m fast) under light load.
# Prints the counts of each and exits non-zero when one fails.
#
#   bench/faults.sh [--short] [--only search,smtp,postgres]     (--short: the CI form)
#
# It kills and restarts the services of scripts/services.sh it is given through the environment
# (PG_PORT, SEARCH_PORT, SERVICES_RUN_DIR): never run it against services others are using.
# Its server: BENCH_PORT (8102), BENCH_DB (mediacenter_bench_faults), BENCH_DIR (var/bench-faults);
# the SMTP sink listens on FAULTS_SMTP_PORT (8125). The server is restarted with the settings the
# drills need and stopped at the end; the services stay up, OpenSearch on its data.
source "$(dirname "$0")/../scripts/lib.sh"
ensure_venv
cd "$ROOT"

export BENCH_PORT="${BENCH_PORT:-8102}"
export BENCH_DB="${BENCH_DB:-mediacenter_bench_faults}"
export BENCH_DIR="${BENCH_DIR:-$ROOT/var/bench-faults}"
mkdir -p "$BENCH_DIR"

# The server's settings for the drills, through the environment as production sets them.
unset EMAIL_URL  # it would win over EMAIL_HOST/EMAIL_PORT
export EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend
export EMAIL_HOST=127.0.0.1 EMAIL_PORT="${FAULTS_SMTP_PORT:-8125}" EMAIL_USE_TLS=false EMAIL_TIMEOUT=5
export MEDIA_OFFICER_EMAILS=media@biocluster.bg
# 200 requests from one address in a minute: the per-IP limit off, the fill time short.
export CONTACT_RATE_PER_IP=100000 CONTACT_FORM_MIN_SECONDS=1
# Outbox back-off in seconds instead of minutes (2, 4, 8 … s), never giving up during the drill.
export OUTBOX_RETRY_BASE_SECONDS=2 OUTBOX_MAX_ATTEMPTS=16
# After a failure the engine is left alone this long before it is tried again.
export SEARCH_ENGINE_RETRY_SECONDS="${SEARCH_ENGINE_RETRY_SECONDS:-5}"
# Persistent database connections, as production should run: the restart drill shows that the
# health check (DATABASE_CONN_HEALTH_CHECKS, on by default) replaces the dead ones.
export DATABASE_CONN_MAX_AGE="${DATABASE_CONN_MAX_AGE:-60}"
# The site's warnings (engine failures, refused mail) into $BENCH_DIR/gunicorn.log.
export LOG_LEVEL=WARNING GUNICORN_CMD_ARGS="${GUNICORN_CMD_ARGS:-} --capture-output"

cleanup() {
  local pid_file="$BENCH_DIR/db_worker.pid"
  if [ -f "$pid_file" ]; then kill "$(cat "$pid_file")" 2>/dev/null || true; rm -f "$pid_file"; fi
  bash "$ROOT/bench/serve.sh" stop || true
  # A drill stopped half-way may have left the engine down: start it again on its data.
  if [ -n "${ELASTICSEARCH_URL:-}" ] && ! curl -fsS -o /dev/null "$ELASTICSEARCH_URL/_cluster/health"; then
    bash "$ROOT/scripts/services.sh" start-search >/dev/null || true
  fi
}

# A server already running may have other settings: start it again with these.
bash "$ROOT/bench/serve.sh" stop
trap cleanup EXIT
eval "$(bash "$ROOT/bench/serve.sh" start)"
python "$ROOT/bench/faults.py" "$@"
