"""Fault drills against the production-like server (bench/serve.sh): what a journalist meets when
the search engine dies, the mail server refuses and the database restarts. Run by bench/faults.sh,
which starts the server with the settings these drills need and gives this script its env.

1. search: threads search the site (search page, expert directory with facets, the search,
   experts and suggest APIs) while OpenSearch is killed (SIGKILL) and started again on its data;
   meanwhile an expert profile is changed and published, so the engine misses it. Zero 5xx; the
   database backend answers during the outage (the pages and APIs say so) with the expected
   experts, and already has the change; after the restart the engine's backlog is caught up on
   its own (else by `manage.py catch_up_search_index`), checked on the engine directly.
2. smtp: the mail server refuses connections while 200 journalists send the contact form
   (distinct addresses, the real form with its CSRF token and signed time stamp). All 200 are
   stored and every one gets the confirmation page; when the SMTP sink is back, the outbox (the
   django-tasks database worker, retrying with back-off) delivers every mail exactly once.
3. postgres: light load on pages and APIs while PostgreSQL is restarted (`pg_ctl restart -m
   fast`): the site answers again within RECOVERY_TARGET seconds on its own, with no error after.

Prints a summary per drill and exits non-zero when one fails. `--short` is the CI form.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ROOT / "scripts" / "services.sh"
RECOVERY_TARGET = 10.0  # seconds after a database restart by which the site must answer again
CONTACT_REQUESTS = 200
CONTACT_THREADS = 12  # journalists at once (each waits the form's least fill time)
DRILL_TOKEN = re.compile(r",?\s*faultdrill[0-9a-z]+")


def log(message: str) -> None:
    print(f"[faults {time.strftime('%H:%M:%S')}] {message}", flush=True)


# HTTP ------------------------------------------------------------------------------------------


@dataclass
class Reply:
    status: int | None  # None: no HTTP answer (refused, reset, timed out)
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    error: str = ""
    started: float = 0.0
    ended: float = 0.0

    @property
    def failed(self) -> bool:
        """What a visitor sees as broken: a server error or no answer at all."""
        return self.status is None or self.status >= 500

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None


def fetch(
    base: str,
    path: str,
    *,
    method: str = "GET",
    form: dict[str, str] | None = None,
    cookies: dict[str, str] | None = None,
    timeout: float = 20.0,
) -> Reply:
    """One request on a new connection (gunicorn's sync workers close each one anyway)."""
    url = urllib.parse.urlsplit(base)
    headers = {"Accept-Language": "bg", "User-Agent": "mediacenter-faults/1"}
    body = None
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    if form is not None:
        body = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    started = time.monotonic()
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        received = {}
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            received[name.strip()] = rest.split(";", 1)[0]
        return Reply(
            status=response.status,
            body=data.decode("utf-8", "replace"),
            headers={key.lower(): value for key, value in response.getheaders()},
            cookies=received,
            started=started,
            ended=time.monotonic(),
        )
    except (OSError, http.client.HTTPException) as error:
        return Reply(
            status=None,
            error=f"{type(error).__name__}: {error}",
            started=started,
            ended=time.monotonic(),
        )
    finally:
        connection.close()


def json_text(reply: Reply) -> str:
    """A JSON body with its non-ASCII characters as such (the API escapes them)."""
    data = reply.json()
    return reply.body if data is None else json.dumps(data, ensure_ascii=False)


# Load ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One URL of the load; `expect` must be in every answer; `kind` says how the page tells that
    the database backend answered for the engine: "html" (the notice), "json" (`fallback`),
    "" (it does not say). A session cookie keeps a page out of the page cache (mediacenter.cache):
    it is rendered, and the session read from the database."""

    name: str
    path: str
    expect: str = ""
    kind: str = ""
    session: bool = False


SESSION = {"sessionid": "faultsdrillnosuchsession"}


@dataclass
class Record:
    target: Target
    reply: Reply
    says_fallback: bool | None  # what the answer says: the database answered for the engine
    found: bool
    cached: bool  # from the page cache (X-Cache: HIT): rendered earlier

    @property
    def fallback(self) -> bool | None:
        """Who answered this request: the database backend (True), the engine (False); None when
        the answer does not say or came from the page cache."""
        return None if self.cached else self.says_fallback


def judge(target: Target, reply: Reply) -> Record:
    says: bool | None = None
    text = reply.body
    if reply.status == 200:
        if reply.headers.get("content-type", "").startswith("application/json"):
            text = json_text(reply)
            data = reply.json()
            if target.kind == "json" and isinstance(data, dict):
                says = bool(data.get("fallback"))
        elif target.kind == "html":
            says = 'data-testid="search-fallback"' in reply.body
    found = reply.status == 200 and (not target.expect or target.expect in text)
    cached = reply.headers.get("x-cache", "").upper() == "HIT"
    return Record(target, reply, says, found, cached)


class Load:
    """Threads requesting the targets in turn until stopped; every answer is recorded."""

    def __init__(self, base: str, targets: list[Target], threads: int, pause: float = 0.0) -> None:
        self.base = base
        self.targets = targets
        self.threads = threads
        self.pause = pause
        self.records: list[Record] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._workers: list[threading.Thread] = []

    def start(self) -> Load:
        for index in range(self.threads):
            worker = threading.Thread(target=self._run, args=(index,), daemon=True)
            worker.start()
            self._workers.append(worker)
        return self

    def stop(self) -> list[Record]:
        self._stop.set()
        for worker in self._workers:
            worker.join(timeout=60)
        return sorted(self.records, key=lambda record: record.reply.started)

    def _run(self, index: int) -> None:
        turn = index
        while not self._stop.is_set():
            target = self.targets[turn % len(self.targets)]
            turn += 1
            cookies = SESSION if target.session else None
            record = judge(target, fetch(self.base, target.path, cookies=cookies))
            with self._lock:
                self.records.append(record)
            if self.pause:
                self._stop.wait(self.pause)


def status_counts(records: Iterable[Record]) -> str:
    counts = Counter(
        str(record.reply.status) if record.reply.status else "no answer" for record in records
    )
    return ", ".join(f"{status}: {n}" for status, n in sorted(counts.items()))


def first_failures(records: Iterable[Record], limit: int = 5) -> list[str]:
    lines = []
    for record in records:
        if record.reply.failed or not record.found:
            what = record.reply.error or f"HTTP {record.reply.status}"
            if not record.reply.failed:
                what += f", “{record.target.expect}” missing"
            lines.append(f"{record.target.name} {record.target.path}: {what}")
            if len(lines) >= limit:
                break
    return lines


# Services, the task worker, Django -------------------------------------------------------------


def services(command: str) -> None:
    subprocess.run(["bash", str(SERVICES), command], check=True, stdout=subprocess.DEVNULL)


def port_open(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=1):
            return True
    except OSError:
        return False


class TaskWorker:
    """`manage.py db_worker` beside gunicorn (outbox mail, index updates, catch-up), started again
    when it exits, as production's supervisor (systemd Restart=always) would."""

    def __init__(self, log_path: Path, pid_path: Path) -> None:
        self.log_path = log_path
        self.pid_path = pid_path
        self.restarts = 0
        self.exits: list[int] = []
        self._process: subprocess.Popen | None = None
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._supervise, daemon=True)

    def start(self) -> TaskWorker:
        self._thread.start()
        return self

    def _supervise(self) -> None:
        command = [sys.executable, "manage.py", "db_worker", "--queue-name", "*"]
        command += ["--interval", "0.5", "--no-startup-delay"]
        with self.log_path.open("a") as output:
            while not self._stopping.is_set():
                self._process = subprocess.Popen(
                    command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT
                )
                self.pid_path.write_text(str(self._process.pid))
                code = self._process.wait()
                if self._stopping.is_set():
                    break
                self.exits.append(code)
                self.restarts += 1
                self._stopping.wait(1)

    def stop(self) -> None:
        self._stopping.set()
        process = self._process
        if process and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        self._thread.join(timeout=20)
        self.pid_path.unlink(missing_ok=True)


def setup_django() -> None:
    """Django in this process, for the checks in the database and the editor's publish; its own
    log is quiet (the drills print their findings), the worker's and the server's are not."""
    sys.path.insert(0, str(ROOT))
    level = os.environ.get("LOG_LEVEL")
    os.environ["LOG_LEVEL"] = "CRITICAL"
    import django

    django.setup()
    if level is None:
        del os.environ["LOG_LEVEL"]
    else:
        os.environ["LOG_LEVEL"] = level


def fresh_db() -> None:
    """A new connection for the next query: the previous one may have died with the server."""
    from django.db import connection

    connection.close()


# 1. The search engine killed during load ---------------------------------------------------------


SEARCH_TARGETS = [
    Target("site search page (bg)", "/bg/search/?q=Ганчева", "Ганчева", "html"),
    Target("site search page (en)", "/en/search/?q=epigenetics", "Gancheva", "html"),
    Target(
        "site search API",
        "/api/v1/search/?lang=bg&type=experts&q=регулаторна+наука",
        "Енчев",
        "json",
    ),
    Target(
        "directory, facets (bg)",
        "/bg/experts/?q=епигенетика&topic=epigenetics&city=Пловдив",
        "Илиева",
        "html",
    ),
    Target(
        "directory, facets (en)", "/en/experts/?q=methylation&topic=epigenetics", "Ilieva", "html"
    ),
    Target(
        "expert API, facets", "/api/v1/experts/?lang=bg&q=Gancheva&topic=epigenetics", "Ганчева"
    ),
    Target("suggest (bg)", "/api/v1/suggest/?lang=bg&q=ганч", "Ганчева", "json"),
    Target("suggest (en)", "/api/v1/suggest/?lang=en&q=ilie", "Ilieva", "json"),
]
CHANGED_EXPERT = "Енчев"  # last name of the Bulgarian profile changed during the outage


def quote_path(path: str) -> str:
    """The path with its query's non-ASCII characters percent-encoded."""
    return urllib.parse.quote(path, safe="/?&=+%")


def publish_keywords(keywords: Callable[[str], str]) -> tuple[int, str, str]:
    """Change the expert's keywords and publish, as an editor would: (page id, translation key,
    the keywords before)."""
    from experts.models import ExpertPage

    fresh_db()
    page = (
        ExpertPage.objects.live()
        .filter(last_name=CHANGED_EXPERT, locale__language_code="bg")
        .first()
    )
    if page is None:
        raise SystemExit(f"No live Bulgarian profile of {CHANGED_EXPERT}: load the demo content.")
    page = page.get_latest_revision_as_object()
    before = page.keywords
    page.keywords = keywords(before)
    page.save_revision().publish()
    fresh_db()
    return page.pk, str(page.translation_key), before


def pending_changes() -> int:
    from search.models import PendingIndexChange

    fresh_db()
    count = PendingIndexChange.objects.count()
    fresh_db()
    return count


def engine_request(path: str, body: dict) -> dict | None:
    url = urllib.parse.urlsplit(os.environ["ELASTICSEARCH_URL"])
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
    try:
        connection.request(
            "POST", path, body=json.dumps(body), headers={"Content-Type": "application/json"}
        )
        response = connection.getresponse()
        data = response.read()
        return json.loads(data) if response.status == 200 else None
    except (OSError, http.client.HTTPException, ValueError):
        return None
    finally:
        connection.close()


def engine_has(token: str, page_id: int, key: str) -> tuple[bool, bool]:
    """Whether the engine's own documents carry the change: (Wagtail's page index, the expert
    directory's index), asked of OpenSearch directly."""
    prefix = os.environ.get("SEARCH_INDEX_PREFIX", "mediacenter_")
    page = engine_request(
        f"/{prefix}wagtailcore_page/_search", {"query": {"ids": {"values": [str(page_id)]}}}
    )
    directory = engine_request(
        f"/{prefix}directory_experts/_search", {"query": {"term": {"key": key}}}
    )

    def carries(answer: dict | None) -> bool:
        return bool(answer) and token in json.dumps(answer["hits"]["hits"], ensure_ascii=False)

    return carries(page), carries(directory)


def token_search(base: str, token: str) -> tuple[int, bool | None]:
    """(experts found, fallback) for the drill's keyword through the site search API."""
    reply = fetch(base, f"/api/v1/search/?lang=bg&type=experts&q={token}")
    data = reply.json() if reply.status == 200 else None
    if not isinstance(data, dict):
        return 0, None
    return int(data.get("count", 0)), bool(data.get("fallback"))


def wait_for(check: Callable[[], bool], timeout: float, every: float = 0.5) -> float | None:
    """Seconds until check() was true, or None after timeout."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if check():
            return time.monotonic() - started
        time.sleep(every)
    return None


def drill_search(base: str, short: bool) -> tuple[bool, list[str]]:
    warm, hold, after = (3, 0, 3) if short else (15, 45, 15)
    retry = float(os.environ.get("SEARCH_ENGINE_RETRY_SECONDS", "30"))
    targets = [Target(t.name, quote_path(t.path), t.expect, t.kind) for t in SEARCH_TARGETS]
    token = "faultdrill" + uuid.uuid4().hex[:8]
    problems: list[str] = []
    if not port_open(os.environ["ELASTICSEARCH_URL"]):
        return False, ["OpenSearch is not running before the drill."]
    if pending_changes():
        log(f"search: {pending_changes()} changes already waiting in the backlog before the drill")

    load = Load(base, targets, threads=4 if short else 8).start()
    log(f"search: load on {len(targets)} search URLs, {load.threads} threads")
    time.sleep(warm)

    services("kill-search")
    killed_at = time.monotonic()  # the process is gone
    log("search: OpenSearch killed (SIGKILL)")
    time.sleep(1)
    # A keyword nobody else has (one left by a run that stopped half-way is replaced).
    page_id, key, keywords = publish_keywords(
        lambda before: DRILL_TOKEN.sub("", before).strip(", ") + f", {token}"
    )
    log(f"search: expert profile {page_id} changed and published (keyword {token})")
    backlog = pending_changes()
    restart = None
    if not hold:  # the short form: the engine boots (half a minute) while the checks run
        restart = subprocess.Popen(
            ["bash", str(SERVICES), "start-search"], stdout=subprocess.DEVNULL
        )
        restart_at = time.monotonic()
    database_has_it = wait_for(lambda: token_search(base, token) == (1, True), timeout=30)
    if database_has_it is None:
        problems.append("During the outage, the database backend did not find the changed expert.")
    else:
        log(f"search: the database backend finds the change ({database_has_it:.1f} s)")
    backlog = max(backlog, pending_changes())
    if restart is None:
        time.sleep(hold)
        backlog = max(backlog, pending_changes())
        restart = subprocess.Popen(
            ["bash", str(SERVICES), "start-search"], stdout=subprocess.DEVNULL
        )
        restart_at = time.monotonic()
    if restart.wait() != 0:
        load.stop()
        return False, ["OpenSearch did not start again (scripts/services.sh start-search)."]
    up_at = time.monotonic()
    log(f"search: OpenSearch started again on its data ({up_at - restart_at:.1f} s)")

    def caught_up() -> bool:
        return engine_has(token, page_id, key) == (True, True) and not pending_changes()

    # The first engine answer after the outage schedules the catch-up (search.engine), once the
    # workers' retry time (SEARCH_ENGINE_RETRY_SECONDS) is over; the task worker runs it.
    automatic = wait_for(caught_up, timeout=retry + 45, every=1)
    manual = False
    if automatic is None:
        log("search: not caught up on its own; running manage.py catch_up_search_index")
        subprocess.run(
            [sys.executable, "manage.py", "catch_up_search_index"], cwd=ROOT, check=False
        )
        manual = True
        if wait_for(caught_up, timeout=10) is None:
            problems.append("The engine's index did not get the change even after catch-up.")
    engine_finds_it = wait_for(lambda: token_search(base, token) == (1, False), timeout=retry + 15)
    if engine_finds_it is None:
        problems.append("After the restart, the engine did not answer the search for the change.")
    time.sleep(after)
    records = load.stop()
    publish_keywords(lambda _now: DRILL_TOKEN.sub("", keywords).strip(", "))  # as it was

    after_kill = [r for r in records if r.reply.started > killed_at]
    # The outage as searchers met it: from the kill to the first answer from the engine again.
    back_at = min((r.reply.ended for r in after_kill if r.fallback is False), default=None)
    outage = [r for r in after_kill if back_at is None or r.reply.ended < back_at]
    first_back = next((r.target.name for r in after_kill if r.reply.ended == back_at), "")
    returned = [r for r in after_kill if back_at is not None and r.reply.ended >= back_at]
    server_errors = [r for r in records if r.reply.status and r.reply.status >= 500]
    no_answer = [r for r in records if r.reply.status is None]
    missing = [r for r in records if not r.reply.failed and not r.found]
    if server_errors or no_answer:
        problems.append(f"{len(server_errors)} server errors, {len(no_answer)} without an answer.")
    if missing:
        problems.append(f"{len(missing)} answers without the expected expert.")
    if not [r for r in outage if r.fallback]:
        problems.append("No search during the outage said the database backend answered.")
    kept = [r for r in after_kill if r.cached and r.says_fallback]
    if kept:
        problems.append(
            f"{len(kept)} answers the database gave for the engine came from the page cache: "
            "it must not keep them (they would outlive the outage)."
        )
    if back_at is None:
        problems.append("After the restart, no search was answered by the engine again.")
    if automatic is None:
        caught = "by manage.py catch_up_search_index" if manual else "never"
    else:
        caught = f"on their own, {automatic:.1f} s after the engine was up"
    lines = [
        f"requests {len(records)} ({status_counts(records)}); 5xx {len(server_errors)}; "
        f"no answer {len(no_answer)}; expected expert missing {len(missing)}",
        f"outage: engine killed, restarted after {restart_at - killed_at:.1f} s, up after "
        f"{up_at - killed_at:.1f} s"
        + (
            f", answering searches again after {back_at - killed_at:.1f} s ({first_back})"
            if back_at
            else ""
        ),
        f"during the outage {len(outage)} requests: {sum(1 for r in outage if r.fallback)} "
        f"answered by the database backend and saying so (fallback flag or notice), "
        f"{sum(1 for r in outage if r.cached)} from the page cache "
        f"({sum(1 for r in outage if r.cached and r.says_fallback)} of them a database answer), "
        f"{sum(1 for r in outage if r.fallback is None and not r.cached)} that do not say "
        "(expert API)",
        f"after it {len(returned)} requests: {sum(1 for r in returned if r.fallback is False)} "
        f"by the engine, {sum(1 for r in returned if r.fallback)} by the database backend "
        "(the engine refusing or slow while it recovered), "
        f"{sum(1 for r in returned if r.cached)} from the page cache "
        f"({sum(1 for r in returned if r.cached and r.says_fallback)} of them a database answer)",
        "the change: found by the database backend "
        + (f"{database_has_it:.1f} s after publishing" if database_has_it is not None else "never")
        + f"; changes the engine missed (backlog) {backlog}; caught up {caught}; backlog now "
        f"{pending_changes()}; found by the engine's search "
        + (f"{engine_finds_it:.1f} s after that" if engine_finds_it is not None else "never"),
    ]
    lines += [f"  e.g. {line}" for line in first_failures(records)]
    return not problems, lines + [f"FAIL: {p}" for p in problems]


# 2. SMTP refused during a burst of contact requests --------------------------------------------


class Sink:
    """A local SMTP server (aiosmtpd) that keeps every message it receives."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.messages: list[tuple[tuple[str, ...], str, str]] = []  # (recipients, subject, id)
        self._lock = threading.Lock()
        self._controller = None

    async def handle_DATA(self, server, session, envelope) -> str:  # the aiosmtpd hook name
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        recipients = tuple(sorted(address.lower() for address in envelope.rcpt_tos))
        with self._lock:
            self.messages.append(
                (
                    recipients,
                    " ".join(str(message["Subject"] or "").split()),  # unfolded
                    str(message["Message-ID"] or ""),
                )
            )
        return "250 Message accepted for delivery"

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


HIDDEN = re.compile(r'<input type="hidden" name="(csrfmiddlewaretoken|stamp)" value="([^"]*)"')
REFERENCE = re.compile(r'data-testid="reference">([^<]+)<')


def send_contact_request(base: str, index: int, address: str, expert_id: int | None) -> str:
    """One journalist through the real form: GET it (CSRF cookie, token and signed stamp), wait
    the least fill time, POST, follow to the confirmation. Returns the reference or raises."""
    path = "/bg/request-contact/" + (f"?expert={expert_id}" if expert_id else "")
    form_page = fetch(base, path)
    if form_page.status != 200:
        raise RuntimeError(f"form: HTTP {form_page.status} {form_page.error}")
    fields = dict(HIDDEN.findall(form_page.body))
    cookies = dict(form_page.cookies)
    time.sleep(float(os.environ.get("CONTACT_FORM_MIN_SECONDS", "3")) + 0.3)
    deadline = time.strftime("%Y-%m-%dT%H:%M", time.localtime(time.time() + 2 * 86400))
    form = {
        **fields,
        "journalist_name": f"Журналист Тестов {index}",
        "outlet": "Радио Пловдив",
        "email": address,
        "phone": "+359 32 123 456",
        "deadline": deadline,
        "media_format": "radio",
        "language": "bg",
        "questions": "Какво означава забавянето на клиничните изпитвания за пациентите в България?",
        "consent": "on",
        "website": "",
    }
    sent = fetch(base, path, method="POST", form=form, cookies=cookies)
    if sent.status != 302 or "/request-contact/sent/" not in sent.headers.get("location", ""):
        raise RuntimeError(f"post: HTTP {sent.status} {sent.error}".strip())
    cookies.update(sent.cookies)
    confirmation = fetch(base, sent.headers["location"], cookies=cookies)
    match = REFERENCE.search(confirmation.body)
    if confirmation.status != 200 or not match:
        raise RuntimeError(f"confirmation: HTTP {confirmation.status}, no reference")
    return match.group(1).strip()


def outbox_state(prefix: str) -> tuple[Counter, list[tuple[tuple[str, ...], str]], int]:
    """This run's outbox: counts by status and kind, (recipients, subject) of each message, and
    the delivery attempts made so far."""
    from experts.models import OutboxMessage

    fresh_db()
    rows = list(
        OutboxMessage.objects.filter(contact_request__email__startswith=prefix).values_list(
            "status", "kind", "to", "subject", "attempts"
        )
    )
    fresh_db()
    counts: Counter = Counter()
    keys = []
    for status, kind, to, subject, _attempts in rows:
        counts[status] += 1
        counts[kind] += 1
        recipients = tuple(sorted(line.strip().lower() for line in to.splitlines() if line.strip()))
        keys.append((recipients, subject))
    return counts, keys, sum(row[4] for row in rows)


def forget_requests(prefix: str) -> None:
    """Leave the bench database as it was: this run's requests and their mails go."""
    from experts.models import ContactRequest, OutboxMessage

    fresh_db()
    OutboxMessage.objects.filter(contact_request__email__startswith=prefix).delete()
    ContactRequest.objects.filter(email__startswith=prefix).delete()
    fresh_db()


def drill_smtp(base: str, short: bool) -> tuple[bool, list[str]]:
    from experts.models import ContactRequest

    port = int(os.environ.get("EMAIL_PORT", "8125"))
    hold = 5 if short else 45
    problems: list[str] = []
    if port_open(f"smtp://127.0.0.1:{port}"):
        return False, [f"Something listens on the mail port {port} already."]
    run = uuid.uuid4().hex[:8]
    prefix = f"faults-{run}-"
    experts = fetch(base, "/api/v1/experts/?lang=bg").json() or {}
    expert_ids = [item["id"] for item in experts.get("results", [])][:10]
    jobs = [
        (
            i,
            f"{prefix}{i:03d}@example.com",
            expert_ids[i % len(expert_ids)] if i % 2 and expert_ids else None,
        )
        for i in range(CONTACT_REQUESTS)
    ]
    references: dict[int, str] = {}
    failures: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                if not jobs:
                    return
                index, address, expert_id = jobs.pop()
            try:
                reference = send_contact_request(base, index, address, expert_id)
            except (RuntimeError, KeyError) as error:
                with lock:
                    failures.append(f"{address}: {error}")
            else:
                with lock:
                    references[index] = reference

    log(
        f"smtp: mail port {port} refuses; {CONTACT_REQUESTS} contact requests, {CONTACT_THREADS} at a time"
    )
    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(CONTACT_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    burst = time.monotonic() - started
    fresh_db()
    stored = ContactRequest.objects.filter(email__startswith=prefix).count()
    stored_references = set(
        ContactRequest.objects.filter(email__startswith=prefix).values_list("reference", flat=True)
    )
    fresh_db()
    counts, expected, attempts_down = outbox_state(prefix)
    log(
        f"smtp: burst done in {burst:.1f} s; {stored} stored; {attempts_down} refused attempts so far"
    )
    time.sleep(hold)
    counts, expected, attempts_down = outbox_state(prefix)

    sink = Sink(port)
    sink.start()
    log("smtp: SMTP sink listening again; waiting for the outbox")
    try:
        delivered = wait_for(
            lambda: outbox_state(prefix)[0]["pending"] == 0, timeout=120 if short else 600, every=1
        )
        time.sleep(3)  # a message sent twice would arrive now
    finally:
        sink.stop()
    counts, expected, _attempts = outbox_state(prefix)

    wanted = Counter(expected)
    received = Counter(
        (recipients, subject)
        for recipients, subject, _id in sink.messages
        if (recipients, subject) in wanted
    )
    sent = sum(min(n, wanted[key]) for key, n in received.items())
    duplicates = sum(max(0, n - wanted[key]) for key, n in received.items())
    message_ids = Counter(message_id for _r, _s, message_id in sink.messages)
    id_duplicates = sum(n - 1 for n in message_ids.values() if n > 1)

    if failures or len(references) != CONTACT_REQUESTS:
        problems.append(f"{len(failures)} requests did not get the confirmation page.")
    if stored != CONTACT_REQUESTS or set(references.values()) != stored_references:
        problems.append(f"{stored} of {CONTACT_REQUESTS} requests stored (or references differ).")
    if len(expected) != 2 * CONTACT_REQUESTS:
        problems.append(f"{len(expected)} outbox messages, {2 * CONTACT_REQUESTS} expected.")
    if sent != len(expected) or counts["sent"] != len(expected):
        problems.append(f"{sent} of {len(expected)} mails arrived; {counts['sent']} marked sent.")
    if duplicates or id_duplicates:
        problems.append(f"{duplicates} mails arrived twice ({id_duplicates} repeated Message-IDs).")
    lines = [
        f"contact requests sent {CONTACT_REQUESTS} in {burst:.1f} s; confirmation pages "
        f"{len(references)}; stored {stored}",
        f"mails expected {len(expected)} (journalist confirmations "
        f"{counts['request_received']}, media officer notices {counts['new_request']}); "
        f"delivery attempts refused while down {attempts_down}",
        f"after the sink came back: sent {sent}, duplicates {duplicates}, outbox "
        f"{counts['sent']} sent / {counts['pending']} pending / {counts['failed']} failed"
        + (f", all delivered {delivered:.1f} s after it returned" if delivered is not None else ""),
    ]
    lines += [f"  e.g. {line}" for line in failures[:5]]
    forget_requests(prefix)
    return not problems, lines + [f"FAIL: {p}" for p in problems]


# 3. PostgreSQL restarted mid-run ----------------------------------------------------------------


DATABASE_TARGETS = [
    Target("home", "/bg/"),
    Target("home, session", "/bg/", session=True),
    Target("press index, session", "/en/press/", session=True),
    Target("expert API", "/api/v1/experts/?lang=bg&q=Ганчева", "Ганчева"),
    Target("site search page", "/en/search/?q=epigenetics", "Gancheva"),
    Target("site search API", "/api/v1/search/?lang=bg&q=Ганчева", "Ганчева"),
    Target("directory, session", "/bg/experts/?topic=atmp", "Енчев", session=True),
]


def drill_postgres(base: str, short: bool, worker: TaskWorker) -> tuple[bool, list[str]]:
    restarts, window = (1, 10) if short else (3, 25)
    targets = [Target(t.name, quote_path(t.path), t.expect, t.kind) for t in DATABASE_TARGETS]
    problems: list[str] = []
    worker_restarts = worker.restarts
    load = Load(base, targets, threads=3, pause=0.05).start()
    log(f"postgres: light load on {len(targets)} URLs, 3 threads")
    time.sleep(3)
    moments = []
    for number in range(restarts):
        began = time.monotonic()
        services("restart-postgres")
        moments.append((began, time.monotonic()))
        log(f"postgres: restart {number + 1} took {moments[-1][1] - began:.1f} s")
        time.sleep(window)
    records = load.stop()
    lines = [
        f"requests {len(records)} ({status_counts(records)}); from the page cache "
        f"{sum(1 for r in records if r.cached)}, rendered {sum(1 for r in records if not r.cached)}"
    ]
    before = [r for r in records if r.reply.ended < moments[0][0]]
    if [r for r in before if r.reply.failed or not r.found]:
        problems.append("Requests failed before any restart.")
    for number, (began, done) in enumerate(moments):
        until = moments[number + 1][0] if number + 1 < len(moments) else float("inf")
        # Answers that came after this restart began and before the next one did.
        mine = [r for r in records if began <= r.reply.ended < until]
        failed = [r for r in mine if r.reply.failed or not r.found]
        recovery = max((r.reply.ended - began for r in failed), default=0.0)
        late = [r for r in failed if r.reply.started > began + RECOVERY_TARGET]
        slowest = max((r.reply.ended - r.reply.started for r in mine), default=0.0)
        lines.append(
            f"restart {number + 1}: database down and up in {done - began:.1f} s; errors during "
            f"the window {len(failed)} ({status_counts(failed) or 'none'}); answering again "
            f"{recovery:.1f} s after the restart began; errors after {RECOVERY_TARGET:.0f} s "
            f"{len(late)}; slowest answer {slowest:.1f} s"
        )
        if recovery > RECOVERY_TARGET or late:
            problems.append(f"Restart {number + 1}: not recovered within {RECOVERY_TARGET:.0f} s.")
        if not [r for r in mine if r.reply.started > done and not r.reply.failed and r.found]:
            problems.append(f"Restart {number + 1}: no successful request after it.")
    lines += [f"  e.g. {line}" for line in first_failures(records)]
    restarted = worker.restarts - worker_restarts
    if restarted:
        codes = ", ".join(str(code) for code in worker.exits[-restarted:])
        lines.append(
            f"task worker (db_worker): exited {restarted} time(s) (exit status {codes}) when the "
            "database went away; started again by the supervisor"
        )
    else:
        lines.append("task worker (db_worker): kept running")
    return not problems, lines + [f"FAIL: {p}" for p in problems]


# Main ------------------------------------------------------------------------------------------


DRILLS = ("search", "smtp", "postgres")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="The CI form: a couple of minutes.")
    parser.add_argument(
        "--only", default=",".join(DRILLS), help="Comma-separated: " + ", ".join(DRILLS)
    )
    args = parser.parse_args()
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(only) - set(DRILLS)
    if unknown:
        parser.error(f"unknown drill(s): {', '.join(sorted(unknown))}")
    base = os.environ["BENCH_URL"]
    bench_dir = Path(os.environ.get("BENCH_DIR", ROOT / "var" / "bench-faults"))
    setup_django()
    worker = TaskWorker(bench_dir / "db_worker.log", bench_dir / "db_worker.pid").start()
    results: list[tuple[str, bool, list[str]]] = []
    try:
        for name in only:
            log(f"== {name} ==")
            if name == "search":
                ok, lines = drill_search(base, args.short)
            elif name == "smtp":
                ok, lines = drill_smtp(base, args.short)
            else:
                ok, lines = drill_postgres(base, args.short, worker)
            results.append((name, ok, lines))
    finally:
        worker.stop()
    titles = {
        "search": "1. Search engine killed during load",
        "smtp": "2. SMTP refused during a burst of contact requests",
        "postgres": "3. PostgreSQL restarted mid-run",
    }
    print()
    print(f"FAULTS ({'short' if args.short else 'full'} run, {base})")
    for name, ok, lines in results:
        print(f"{titles[name]}: {'PASS' if ok else 'FAIL'}")
        for line in lines:
            print(f"    {line}")
    return 0 if all(ok for _name, ok, _lines in results) else 1


if __name__ == "__main__":
    sys.exit(main())
