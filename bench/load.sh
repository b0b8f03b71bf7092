#!/usr/bin/env bash
# Speed under load (docs/performance.md): wrk drives the production-like server (bench/serve.sh:
# production settings, gunicorn, PostgreSQL, OpenSearch) on six endpoints, one after another, and
# prints requests per second, p50/p95/p99 and errors for each.
#
#   bench/load.sh            30 s per endpoint at 50 connections; exits non-zero on any error or
#                            a missed target (p95 <= 100 ms everywhere, suggest p95 <= 30 ms)
#   bench/load.sh --short    a few seconds per endpoint (CI): exits non-zero on any error only
#
# Before each endpoint is measured its URLs are requested once uncached (the "first" column: the
# page cache is left behind first) and once more to warm the cache: the figures are those of a
# news spike, when most visitors ask for what others asked a moment before.
# Env: LOAD_SECONDS, LOAD_CONNECTIONS, LOAD_THREADS (wrk), LOAD_P95_MS, LOAD_SUGGEST_P95_MS;
# BENCH_PORT, BENCH_DB, BENCH_WORKERS, BENCH_THREADS as for bench/serve.sh. A server this script
# starts is stopped at the end; one already running is left running.
source "$(dirname "$0")/../scripts/lib.sh"

FULL=1
SECONDS_EACH="${LOAD_SECONDS:-30}"
if [ "${1:-}" = "--short" ]; then
  FULL=0
  SECONDS_EACH="${LOAD_SECONDS:-4}"
elif [ -n "${1:-}" ]; then
  echo "usage: $0 [--short]" >&2
  exit 2
fi
CONNECTIONS="${LOAD_CONNECTIONS:-50}"
THREADS="${LOAD_THREADS:-2}"
P95_MS="${LOAD_P95_MS:-100}"
SUGGEST_P95_MS="${LOAD_SUGGEST_P95_MS:-30}"

apt_install wrk curl
ensure_venv
cd "$ROOT"

# Persistent database connections, as production runs (checked before reuse).
export DATABASE_CONN_MAX_AGE="${DATABASE_CONN_MAX_AGE:-60}"
WORK="$(mktemp -d)"
STARTED=0
cleanup() {
  rm -rf "$WORK"
  if [ "$STARTED" = 1 ]; then bash "$ROOT/bench/serve.sh" stop; fi
}
trap cleanup EXIT
eval "$(bash "$ROOT/bench/serve.sh" env)"
if [ -f "$BENCH_PID_FILE" ] && kill -0 "$(cat "$BENCH_PID_FILE")" 2>/dev/null; then
  log "Using the server already running at $BENCH_URL"
else
  STARTED=1
  eval "$(bash "$ROOT/bench/serve.sh" start)"
fi

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

# --- the endpoints: name, target p95 (ms), paths (one per line) -------------------------------
release="$(curl -fsS "$BENCH_URL/bg/press/" | grep -o 'href="/bg/press/[a-z0-9-]*/"' | head -n 1 | cut -d'"' -f2)"
[ -n "$release" ] || { echo "No press release linked from /bg/press/" >&2; exit 1; }

printf '%s\n' /bg/ >"$WORK/home"
printf '%s\n' /bg/press/ >"$WORK/press-index"
printf '%s\n' "$release" >"$WORK/press-release"
{
  echo "/bg/experts/?q=$(urlencode 'клинични изпитвания')&topic=clinical-trials&city=$(urlencode 'София')"
  echo "/bg/experts/?q=$(urlencode 'епигенетика')&topic=epigenetics"
  echo "/en/experts/?q=$(urlencode 'gene therapy')&topic=atmp&language=en"
  echo "/bg/experts/?q=$(urlencode 'изкуствен интелект')&topic=ai-in-health&city=$(urlencode 'Пловдив')"
} >"$WORK/expert-search"
{
  for q in ес еск еске eske кли klin ген gene; do
    for lang in bg en; do echo "/api/v1/suggest/?q=$(urlencode "$q")&lang=$lang"; done
  done
} >"$WORK/suggest"
printf '%s\n' /bg/feeds/press/rss/ /en/feeds/press/atom/ >"$WORK/feed"

ENDPOINTS=(home press-index press-release expert-search suggest feed)
target_for() { if [ "$1" = suggest ]; then echo "$SUGGEST_P95_MS"; else echo "$P95_MS"; fi; }

# --- static files: hashed names, far-future caching, gzip --------------------------------------
check_static() {
  local css headers
  css="$(curl -fsS "$BENCH_URL/bg/" | grep -o 'rel="stylesheet" href="[^"]*"' | head -n 1 | cut -d'"' -f4)"
  headers="$(curl -fsS -o /dev/null -D - -H 'Accept-Encoding: gzip' "$BENCH_URL$css" | tr -d '\r')"
  local ok=1
  [[ "$css" =~ ^/static/css/site\.[0-9a-f]{12}\.css$ ]] || ok=0
  grep -qi '^content-encoding: gzip' <<<"$headers" || ok=0
  grep -qi '^cache-control:.*max-age=315360000.*immutable' <<<"$headers" || ok=0
  if [ "$ok" = 1 ]; then
    echo "static: $css served gzip-compressed with Cache-Control: max-age=315360000, immutable"
  else
    echo "static: FAILED: $css" >&2
    echo "$headers" >&2
    return 1
  fi
}

# --- run ---------------------------------------------------------------------------------------
log "Leaving the page cache behind (a new generation), so the first request of each is uncached"
python manage.py shell -c "from mediacenter.cache import invalidate; invalidate('bench/load.sh')"

failed=0
rows=()
for name in "${ENDPOINTS[@]}"; do
  first_ms=""
  while read -r path; do
    ms="$(curl -sS -o /dev/null -w '%{time_total}' "$BENCH_URL$path" | awk '{printf "%.0f", $1 * 1000}')"
    [ -z "$first_ms" ] && first_ms="$ms"
    curl -sS -o /dev/null "$BENCH_URL$path"  # and once more, from the cache
  done <"$WORK/$name"
  log "$name: ${SECONDS_EACH}s at $CONNECTIONS connections ($(wc -l <"$WORK/$name") URLs)"
  result="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 5s \
    -s "$ROOT/bench/load.lua" "$BENCH_URL" -- "$WORK/$name" | grep '^RESULT')"
  eval "${result#RESULT }"  # requests= duration_us= p50_us= p95_us= p99_us= *_errors=
  errors=$((status_errors + socket_errors))
  rps="$(awk -v r="$requests" -v d="$duration_us" 'BEGIN {printf "%.0f", r / (d / 1e6)}')"
  p50="$(awk -v v="$p50_us" 'BEGIN {printf "%.1f", v / 1000}')"
  p95="$(awk -v v="$p95_us" 'BEGIN {printf "%.1f", v / 1000}')"
  p99="$(awk -v v="$p99_us" 'BEGIN {printf "%.1f", v / 1000}')"
  target="$(target_for "$name")"
  verdict=ok
  if [ "$errors" -gt 0 ]; then
    verdict="ERRORS"
    failed=1
  elif awk -v p="$p95" -v t="$target" 'BEGIN {exit !(p > t)}'; then
    verdict="p95 > ${target} ms"
    [ "$FULL" = 1 ] && failed=1
  fi
  rows+=("$(printf '| %-14s | %8s | %7s | %7s | %7s | %6s | %9s | %-16s |' \
    "$name" "$rps" "$p50" "$p95" "$p99" "$errors" "$first_ms" "$verdict")")
done

static_line="$(check_static)" || failed=1

echo
echo "Load: ${SECONDS_EACH}s per endpoint, $CONNECTIONS connections, wrk $THREADS threads;" \
  "gunicorn ${BENCH_WORKERS:-3} workers × ${BENCH_THREADS:-1} threads; $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
printf '| %-14s | %8s | %7s | %7s | %7s | %6s | %9s | %-16s |\n' \
  endpoint "req/s" "p50 ms" "p95 ms" "p99 ms" errors "first ms" verdict
echo "|----------------|---------:|--------:|--------:|--------:|-------:|----------:|------------------|"
printf '%s\n' "${rows[@]}"
echo "$static_line"
echo "Targets: p95 <= $P95_MS ms (suggest <= $SUGGEST_P95_MS ms), no errors$([ "$FULL" = 0 ] && echo ' (short run: errors only fail it)')."
exit "$failed"
