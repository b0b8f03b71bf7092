"""Reads one pip-audit JSON report for scripts/audit.sh and decides the exit code.

    python scripts/audit_report.py REPORT SERVICE DOC REQUIREMENTS

0: no finding, or each one accepted (its ID, or an alias, in docs/security.md's
   "Accepted audit findings" section); 1: a finding not accepted; 3: the service could not
   audit (no report: unreachable; or a pinned package it could not look up).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

EXIT_CLEAN, EXIT_FINDING, EXIT_NOT_AUDITED = 0, 1, 3
ACCEPTED_HEADING = "## Accepted audit findings"
VULN_ID = re.compile(r"\b(?:PYSEC|GHSA|CVE|OSV)-[\w-]+")


def accepted_ids(doc: str) -> set[str]:
    """IDs listed in the doc's accepted-findings section (up to the next heading)."""
    section = re.search(rf"^{ACCEPTED_HEADING}\n(.*?)(?=^## |\Z)", doc, re.M | re.S)
    return set(VULN_ID.findall(section.group(1))) if section else set()


def pinned_packages(requirements: str) -> list[str]:
    return [
        line.split("==")[0].strip().lower()
        for line in requirements.splitlines()
        if "==" in line and not line.lstrip().startswith("#")
    ]


def evaluate(report: Path, service: str, doc: str, requirements: str) -> int:
    if not report.exists() or not report.read_text().strip():
        print(f"{service}: the vulnerability service could not be reached (see the .log beside it)")
        return EXIT_NOT_AUDITED
    dependencies = json.loads(report.read_text())["dependencies"]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    pinned = pinned_packages(requirements)
    print(
        f"{service}: {len(dependencies) - len(skipped)} of {len(pinned)} pinned packages "
        f"audited, {len(skipped)} skipped"
    )
    if skipped:
        for dependency in skipped[:5]:
            print(f"  skipped: {dependency['skip_reason']}")
        if len(skipped) > 5:
            print(f"  ... and {len(skipped) - 5} more")
        return EXIT_NOT_AUDITED

    accepted = accepted_ids(doc)
    findings = unaccepted = 0
    for dependency in dependencies:
        for vuln in dependency.get("vulns", []):
            findings += 1
            ok = bool({vuln["id"], *vuln.get("aliases", [])} & accepted)
            unaccepted += not ok
            fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed version"
            print(
                f"  {'accepted' if ok else 'NOT ACCEPTED'}: {dependency['name']} "
                f"{dependency['version']} {vuln['id']} (fixed in {fixed})"
            )
    print(f"{service}: {findings} finding(s), {unaccepted} not accepted in docs/security.md")
    return EXIT_FINDING if unaccepted else EXIT_CLEAN


def main(argv: list[str]) -> int:
    report, service, doc_path, requirements_path = argv
    doc = Path(doc_path).read_text() if Path(doc_path).exists() else ""
    return evaluate(Path(report), service, doc, Path(requirements_path).read_text())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
