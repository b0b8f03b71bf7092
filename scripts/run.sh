#!/usr/bin/env bash
# Start the site on SQLite and the database search backend, with bilingual demo content.
source "$(dirname "$0")/lib.sh"
ensure_venv
ensure_gettext
cd "$ROOT"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-mediacenter.settings.dev}"
python manage.py migrate --noinput
python manage.py compilemessages -v 0
python manage.py load_demo_content
# RUNSERVER_ARGS=--noreload lets a script stop the server with one signal.
exec python manage.py runserver ${RUNSERVER_ARGS:-} "${HOST:-127.0.0.1}:${PORT:-8000}"
