.PHONY: run test services-start services-stop lint format messages
run:  ## start the site with bilingual demo content at http://127.0.0.1:8000/
	bash scripts/run.sh

test:  ## lint and the whole test suite against real PostgreSQL and OpenSearch
	bash scripts/test.sh

services-start:  ## start PostgreSQL and OpenSearch for manual work; prints the env to export
	bash scripts/services.sh start

services-stop:
	bash scripts/services.sh stop

format:
	bash -c 'source scripts/lib.sh && ensure_venv && ruff format . && ruff check --fix .'

messages:  ## refresh the gettext catalogues after changing visible strings
	bash -c 'source scripts/lib.sh && ensure_venv && python manage.py makemessages -l bg --ignore "var/*" --ignore "tests/*" --no-obsolete'
