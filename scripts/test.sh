#!/usr/bin/env bash
# The whole test suite: lint, Django checks, the suite on PostgreSQL + OpenSearch, and a smoke
# subset on SQLite with the database search backend. Starts what it needs and stops it after.
source "$(dirname "$0")/lib.sh"
ensure_venv
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
python -m pytest "$@"

log "Smoke subset on SQLite and the database search backend"
env -u DATABASE_URL -u ELASTICSEARCH_URL python -m pytest -m smoke -p no:cacheprovider -q "$@"
