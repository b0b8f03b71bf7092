#!/usr/bin/env bash
# Provision and start (or stop) the real services the tests run against, on 127.0.0.1:
#   PostgreSQL from Debian's package, and OpenSearch (with its analysis modules) from Maven Central.
# Usage: scripts/services.sh start|stop|env
#   Fault drills (bench/faults.sh): kill-search (SIGKILL, a crash), start-search (OpenSearch alone,
#   keeping its data as a production node's disk would), restart-postgres (pg_ctl restart -m fast).
# Idempotent: packages and the OpenSearch classpath are cached in $CACHE_DIR and reused.
source "$(dirname "$0")/lib.sh"

PG_PORT="${PG_PORT:-54329}"
# The runner serves HTTP on this port + 1; it refuses bases far from its 9200-9300 default.
SEARCH_PORT="${SEARCH_PORT:-9270}"
SEARCH_HTTP_PORT=$((SEARCH_PORT + 1))
# Outside $HOME: the postgres user must be able to reach its data directory.
RUN_DIR="${SERVICES_RUN_DIR:-/var/tmp/mediacenter-services}"
PG_DATA="$RUN_DIR/pgdata"
SEARCH_DATA="$RUN_DIR/opensearch"
mkdir -p "$RUN_DIR"

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }

# PostgreSQL refuses to run as root, so the cluster belongs to the postgres user.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  apt_install postgresql gettext
  local bin; bin="$(pg_bin)"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "Creating a PostgreSQL cluster in $PG_DATA"
    mkdir -p "$PG_DATA"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$RUN_DIR" "$PG_DATA"
    as_postgres "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$RUN_DIR"
  if ! as_postgres "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    log "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_postgres "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
      -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  fi
  as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_roles WHERE rolname='mediacenter'" | grep -q 1 ||
    as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc \
      "CREATE ROLE mediacenter LOGIN CREATEDB PASSWORD 'mediacenter'"
  as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='mediacenter'" | grep -q 1 ||
    as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc \
      "CREATE DATABASE mediacenter OWNER mediacenter"
}

stop_postgres() {
  [ -f "$PG_DATA/PG_VERSION" ] || return 0
  as_postgres "$(pg_bin)/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
}

# OpenSearch 3 needs Java 21 or newer: take the newest JDK under /usr/lib/jvm.
find_java() {
  local java
  for java in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V -r) "$(command -v java || true)"; do
    [ -x "$java" ] || continue
    local major
    major=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${major%%.*}" -ge 21 ] 2>/dev/null; then echo "$java"; return 0; fi
  done
  return 1
}

search_classpath() {
  local pom="$ROOT/scripts/search-engine/pom.xml"
  local hash; hash=$(sha256sum "$pom" | cut -c1-12)
  local cp="$CACHE_DIR/opensearch-classpath-$hash.txt"
  if [ ! -s "$cp" ]; then
    apt_install maven
    log "Resolving OpenSearch from Maven Central (once)"
    mvn -q -B -f "$pom" dependency:build-classpath -Dmdep.outputFile="$cp.tmp" >&2
    mv "$cp.tmp" "$cp"
  fi
  echo "$cp"
}

search_up() { curl -fsS "http://127.0.0.1:$SEARCH_HTTP_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

# keep: restart on the data the engine had (after a crash); without it, a fresh empty engine.
start_search() {
  local keep="${1:-}"
  search_up && return 0
  local java cp
  java="$(find_java)" || { echo "No JDK 21+ under /usr/lib/jvm: OpenSearch 3 needs one." >&2; exit 1; }
  cp="$(search_classpath)"
  log "Starting OpenSearch on 127.0.0.1:$SEARCH_HTTP_PORT"
  [ "$keep" = keep ] || rm -rf "$SEARCH_DATA"
  mkdir -p "$SEARCH_DATA"
  nohup "$java" -Xms256m -Xmx768m -XX:+UseSerialGC \
    -cp "$(cat "$cp")" org.codelibs.opensearch.runner.OpenSearchRunner \
    -basePath "$SEARCH_DATA" -numOfNode 1 -baseHttpPort "$SEARCH_PORT" \
    >"$RUN_DIR/opensearch.log" 2>&1 &
  echo $! >"$RUN_DIR/opensearch.pid"
  for _ in $(seq 1 120); do
    search_up && return 0
    kill -0 "$(cat "$RUN_DIR/opensearch.pid")" 2>/dev/null || break
    sleep 1
  done
  tail -n 40 "$RUN_DIR/opensearch.log" >&2
  echo "OpenSearch did not start." >&2
  exit 1
}

stop_search() {
  [ -f "$RUN_DIR/opensearch.pid" ] || return 0
  local pid; pid=$(cat "$RUN_DIR/opensearch.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$RUN_DIR/opensearch.pid"
}

# A crash: SIGKILL, no shutdown; the data directory stays as the process left it.
kill_search() {
  [ -f "$RUN_DIR/opensearch.pid" ] || return 0
  local pid; pid=$(cat "$RUN_DIR/opensearch.pid")
  kill -9 "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
}

# Sessions are cut (-m fast); pg_ctl starts it again with the options it ran with (postmaster.opts).
restart_postgres() {
  as_postgres "$(pg_bin)/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -m fast -w -t 60 restart >/dev/null
}

print_env() {
  echo "export DATABASE_URL=postgres://mediacenter:mediacenter@127.0.0.1:$PG_PORT/mediacenter"
  echo "export ELASTICSEARCH_URL=http://127.0.0.1:$SEARCH_HTTP_PORT"
  # The outage tests stop and resume the engine's process (SIGSTOP/SIGCONT).
  echo "export SEARCH_ENGINE_PID_FILE=$RUN_DIR/opensearch.pid"
}

case "${1:-}" in
  start) start_postgres; start_search; print_env ;;
  stop) stop_search; stop_postgres ;;
  env) print_env ;;
  kill-search) kill_search ;;
  start-search) start_search keep; print_env ;;
  restart-postgres) restart_postgres ;;
  *) echo "usage: $0 start|stop|env|kill-search|start-search|restart-postgres" >&2; exit 2 ;;
esac
