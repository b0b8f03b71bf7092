#!/usr/bin/env bash
# pip-audit over the pinned requirements (requirements.txt), against PyPI's vulnerability data and,
# if that cannot answer, OSV's. A finding is accepted only when docs/security.md lists its ID in
# "Accepted audit findings" with the reason.
#
#   scripts/audit.sh            audit; AUDIT_SERVICES="pypi osv" (the order tried)
#
# Exit codes: 0 no finding, or only accepted ones; 1 a finding not accepted in docs/security.md;
# 3 no vulnerability service could audit every pinned package (unreachable, or it does not know
# the pinned versions): nothing is known, the audit did not happen.
source "$(dirname "$0")/lib.sh"
ensure_venv
cd "$ROOT"

SERVICES="${AUDIT_SERVICES:-pypi osv}"
OUT_DIR="$ROOT/var/test-output/audit"
mkdir -p "$OUT_DIR"

status=3
for service in $SERVICES; do
  report="$OUT_DIR/pip-audit-$service.json"
  log "pip-audit -r requirements.txt against $service"
  rm -f "$report"
  # pip-audit exits 1 on findings and on failures alike: the JSON report tells them apart.
  pip-audit -r requirements.txt --no-deps --disable-pip --progress-spinner off \
    --vulnerability-service "$service" --timeout 30 -f json -o "$report" \
    >"$OUT_DIR/pip-audit-$service.log" 2>&1 || true
  set +e
  python "$ROOT/scripts/audit_report.py" "$report" "$service" "$ROOT/docs/security.md" \
    "$ROOT/requirements.txt"
  status=$?
  set -e
  [ "$status" = 3 ] || break
done

case "$status" in
  0) echo "pip-audit: clean (every finding, if any, is explained in docs/security.md)" ;;
  1) echo "pip-audit: a vulnerability is not accepted in docs/security.md: upgrade the pin or explain it there" >&2 ;;
  3) echo "pip-audit: NO VULNERABILITY SERVICE COULD AUDIT THE PINNED PACKAGES ($SERVICES): the audit did not run" >&2 ;;
esac
exit "$status"
