#!/usr/bin/env bash
# Lighthouse, mobile preset (its default form factor and throttling), with Debian's Chromium, on
# home, press index, a press release, find-an-expert with results, an expert profile, the contact
# form, a topic hub and an explainer, in Bulgarian and English, against the production-like server
# of bench/serve.sh (gunicorn, production settings, the demo content).
#
#   bench/lighthouse.sh            full run: 16 pages × 3 runs, medians (about 15 minutes)
#   bench/lighthouse.sh --short    CI form: 5 pages × 1 run (about 2 minutes)
#   extra options go to bench/lighthouse.py: --runs N, --min-score 95, --out DIR
#
# Prints a table page × (performance, accessibility, best practices, SEO) and exits non-zero
# when any score is under 95. Reports (JSON and HTML) go to var/test-output/lighthouse/.
# The server is stopped at the end if this script started it.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"

ensure_venv
ensure_node_tools
apt_install chromium fonts-dejavu-core
cd "$ROOT"

eval "$(bash bench/serve.sh env)"
started_here=0
if ! curl -fsS -o /dev/null "$BENCH_URL/bg/" 2>/dev/null; then
  started_here=1
fi
eval "$(bash bench/serve.sh start)"
if [ "$started_here" = 1 ]; then
  trap 'bash "$ROOT/bench/serve.sh" stop' EXIT
fi

out="$ROOT/var/test-output/lighthouse"
rm -rf "$out" && mkdir -p "$out"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
python bench/lighthouse.py --out "$out" "$@"
