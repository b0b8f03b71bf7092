"""scripts/audit.sh's verdict on a pip-audit report (scripts/audit_report.py), on reports written
here: a finding fails the audit unless docs/security.md accepts it with a reason; a service that
could not audit is a distinct exit code, never a pass."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = "Django==5.2.19\nwagtail==8.0.1\n"
DOC = """# Security

## Accepted audit findings

| ID | Package | Why it does not apply |
| --- | --- | --- |
| GHSA-aaaa-bbbb-cccc | wagtail 8.0.1 | Only with a feature this site leaves off. |

## Something else

GHSA-not-accepted-here is mentioned outside the section.
"""


def verdict(tmp_path: Path, report: dict | None) -> tuple[int, str]:
    report_path = tmp_path / "report.json"
    if report is not None:
        report_path.write_text(json.dumps(report))
    (tmp_path / "security.md").write_text(DOC)
    (tmp_path / "requirements.txt").write_text(REQUIREMENTS)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "audit_report.py"),
            str(report_path),
            "pypi",
            str(tmp_path / "security.md"),
            str(tmp_path / "requirements.txt"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode, result.stdout


def dependency(name: str, version: str, *vulns: dict) -> dict:
    return {"name": name, "version": version, "vulns": list(vulns)}


def vuln(identifier: str, *aliases: str) -> dict:
    return {"id": identifier, "aliases": list(aliases), "fix_versions": ["9.9.9"]}


def test_no_finding_passes(tmp_path):
    code, output = verdict(
        tmp_path, {"dependencies": [dependency("django", "5.2.19"), dependency("wagtail", "8.0.1")]}
    )
    assert code == 0
    assert "2 of 2 pinned packages audited" in output


def test_an_accepted_finding_passes_by_id_or_alias(tmp_path):
    for finding in (vuln("GHSA-aaaa-bbbb-cccc"), vuln("PYSEC-2099-1", "GHSA-aaaa-bbbb-cccc")):
        code, output = verdict(
            tmp_path,
            {
                "dependencies": [
                    dependency("django", "5.2.19"),
                    dependency("wagtail", "8.0.1", finding),
                ]
            },
        )
        assert code == 0, output
        assert "accepted: wagtail 8.0.1" in output


@pytest.mark.parametrize("identifier", ["PYSEC-2099-2", "GHSA-not-accepted-here"])
def test_a_finding_not_accepted_in_the_doc_fails(tmp_path, identifier):
    code, output = verdict(
        tmp_path,
        {
            "dependencies": [
                dependency("django", "5.2.19", vuln(identifier)),
                dependency("wagtail", "8.0.1"),
            ]
        },
    )
    assert code == 1
    assert f"NOT ACCEPTED: django 5.2.19 {identifier} (fixed in 9.9.9)" in output


def test_an_unreachable_service_is_its_own_exit_code(tmp_path):
    code, output = verdict(tmp_path, None)
    assert code == 3
    assert "could not be reached" in output


def test_packages_the_service_could_not_look_up_mean_no_audit(tmp_path):
    code, output = verdict(
        tmp_path,
        {
            "dependencies": [
                dependency("django", "5.2.19"),
                {"name": "wagtail", "skip_reason": "Dependency not found on PyPI: wagtail (8.0.1)"},
            ]
        },
    )
    assert code == 3
    assert "1 of 2 pinned packages audited, 1 skipped" in output
