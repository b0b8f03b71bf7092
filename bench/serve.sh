#!/usr/bin/env bash
# The site as production runs it, on this machine: production settings under gunicorn on
# 127.0.0.1, with PostgreSQL and OpenSearch (scripts/services.sh), the demo content in a
# database of its own and hashed, compressed static files; uploaded media too (bench/wsgi.py: the
# part nginx plays in production). Used by the load, Lighthouse and fault runs.
#
#   bench/serve.sh start     prepare (once per fresh database) and start; prints the env to eval
#   bench/serve.sh stop      stop gunicorn (the services stay up)
#   bench/serve.sh env       print the env (BENCH_URL, DATABASE_URL, ...) to eval
#
# BENCH_PORT (8100), BENCH_WORKERS (2: one process per core), BENCH_THREADS (4: gthread workers
# with keep-alive; 1: sync workers), BENCH_FRESH=1 rebuilds the database and the index.
source "$(dirname "$0")/../scripts/lib.sh"

BENCH_PORT="${BENCH_PORT:-8100}"
BENCH_WORKERS="${BENCH_WORKERS:-2}"
BENCH_THREADS="${BENCH_THREADS:-4}"
BENCH_DIR="${BENCH_DIR:-$ROOT/var/bench}"
BENCH_DB="${BENCH_DB:-mediacenter_bench}"
PID_FILE="$BENCH_DIR/gunicorn.pid"
mkdir -p "$BENCH_DIR"

bench_env() {
  local pg_url
  pg_url="$(bash "$ROOT/scripts/services.sh" env | sed -n 's/^export DATABASE_URL=//p')"
  echo "export DJANGO_SETTINGS_MODULE=mediacenter.settings.production"
  echo "export DATABASE_URL=${pg_url%/*}/$BENCH_DB"
  bash "$ROOT/scripts/services.sh" env | grep -v DATABASE_URL
  echo "export SEARCH_INDEX_PREFIX=${BENCH_DB}_"
  # A fixed key: the bench server is local and throwaway; sessions survive its restarts.
  echo "export SECRET_KEY=bench-only-not-secret-7c1f0e4b9a2d48f6b3e5a1c9d0f2e8b7"
  echo "export ALLOWED_HOSTS=127.0.0.1,localhost"
  # Plain HTTP on loopback: no redirect to HTTPS (HSTS and secure cookies stay on).
  echo "export SECURE_SSL_REDIRECT=false"
  echo "export STATIC_ROOT=$BENCH_DIR/static"
  echo "export MEDIA_ROOT=$BENCH_DIR/media"
  # A cache of its own (pages, rate limits, the engine's state): two bench servers of one
  # checkout never see each other's pages or outages (mediacenter.cache).
  echo "export CACHE_URL=file://$BENCH_DIR/cache-$BENCH_DB"
  echo "export BENCH_URL=http://127.0.0.1:$BENCH_PORT"
  echo "export BENCH_WORKERS=$BENCH_WORKERS BENCH_THREADS=$BENCH_THREADS"
  echo "export BENCH_PID_FILE=$PID_FILE"
}

running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

prepare() {
  local pg_admin
  pg_admin="$(bash "$ROOT/scripts/services.sh" env | sed -n 's/^export DATABASE_URL=//p')"
  # The database remembers which BENCH_DIR prepared it (its media files are there): another
  # directory's bench on the same BENCH_DB prepares it again.
  local prepared_by
  prepared_by="$(psql "$pg_admin" -tAc "SELECT shobj_description(oid, 'pg_database')
    FROM pg_database WHERE datname = '$BENCH_DB'")"
  if [ "${BENCH_FRESH:-0}" = 1 ] || [ ! -f "$BENCH_DIR/.prepared-$BENCH_DB" ] ||
    [ "$prepared_by" != "bench: $BENCH_DIR" ]; then
    log "Preparing $BENCH_DB: migrations, demo content, search index, static files"
    psql "$pg_admin" -qc "DROP DATABASE IF EXISTS $BENCH_DB" >/dev/null
    psql "$pg_admin" -qc "CREATE DATABASE $BENCH_DB" >/dev/null
    rm -f "$BENCH_DIR/.prepared-"*
    python manage.py migrate --noinput -v 0
    python manage.py load_demo_content >/dev/null
    python manage.py update_index >/dev/null
    # Wagtail's renditions cache is keyed by image id, which a new database reuses for other files.
    python manage.py clear_caches -v 0
    psql "$pg_admin" -qc "COMMENT ON DATABASE $BENCH_DB IS 'bench: $BENCH_DIR'" >/dev/null
    touch "$BENCH_DIR/.prepared-$BENCH_DB"
  elif [ -z "$(curl -fsS "$ELASTICSEARCH_URL/_cat/indices/${BENCH_DB}_*?h=index" 2>/dev/null)" ]; then
    # scripts/services.sh starts a fresh, empty engine: index the bench database again.
    log "Indexing $BENCH_DB again (the search engine started empty)"
    python manage.py update_index >/dev/null
  fi
  python manage.py compilemessages -v 0 --ignore "*/site-packages/*"
  python manage.py collectstatic --noinput -v 0
}

start() {
  running && return 0
  prepare
  log "Starting gunicorn ($BENCH_WORKERS workers × $BENCH_THREADS threads) on 127.0.0.1:$BENCH_PORT"
  # A deep listen backlog: a spike of connections waits in the queue instead of being refused.
  gunicorn bench.wsgi --bind "127.0.0.1:$BENCH_PORT" --workers "$BENCH_WORKERS" \
    --threads "$BENCH_THREADS" --keep-alive 5 --backlog 2048 \
    --pid "$PID_FILE" --daemon --error-logfile "$BENCH_DIR/gunicorn.log" --log-level warning
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$BENCH_PORT/bg/" 2>/dev/null && return 0
    sleep 0.5
  done
  tail -n 40 "$BENCH_DIR/gunicorn.log" >&2
  echo "gunicorn did not answer on 127.0.0.1:$BENCH_PORT" >&2
  exit 1
}

stop() {
  running || return 0
  local pid; pid="$(cat "$PID_FILE")"
  kill "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  rm -f "$PID_FILE"
}

ensure_venv
cd "$ROOT"
case "${1:-}" in
  start)
    eval "$(bash "$ROOT/scripts/services.sh" start)"
    eval "$(bench_env)"
    start >&2
    bench_env
    ;;
  stop) stop ;;
  env) bench_env ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
