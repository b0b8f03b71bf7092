"""axe-core in the real browser: inject the npm build (`$NODE_TOOLS/axe-core/axe.min.js`, from
`tools/package-lock.json`) into a Playwright page, run it, and describe what it finds.

NODE_TOOLS comes from `ensure_node_tools` in scripts/lib.sh (what `make test` runs first).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

# What the issue asks for: no violation a user would trip over. "minor" and "moderate" findings
# are printed but do not fail the test.
BLOCKING_IMPACTS = frozenset({"serious", "critical"})
# WCAG 2.1 A/AA plus axe's best-practice rules (landmarks, heading order, region...).
RUN_ONLY = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@cache
def axe_source() -> str:
    """The axe-core script, read once per test session."""
    tools = os.environ.get("NODE_TOOLS")
    if not tools:
        pytest.fail(
            "NODE_TOOLS is not set, so axe-core cannot be found: run the suite with `make test`, "
            "or `source scripts/lib.sh && ensure_node_tools` first."
        )
    path = Path(tools) / "axe-core" / "axe.min.js"
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `source scripts/lib.sh && ensure_node_tools`.")
    return path.read_text(encoding="utf-8")


def run_axe(page) -> list[dict]:
    """All violations axe-core reports for the page as it is now (after any interaction)."""
    # add_script_tag would insert an inline <script>, which a strict Content-Security-Policy
    # blocks; evaluate() runs in the page through the DevTools protocol, which CSP does not govern.
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    result = page.evaluate(
        """async (runOnly) => {
            const results = await axe.run(document, {
                runOnly: {type: "tag", values: runOnly},
                resultTypes: ["violations"],
            });
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({
                    target: n.target.join(" "), impact: n.impact, summary: n.failureSummary,
                })),
            }));
        }""",
        RUN_ONLY,
    )
    return result


def blocking(violations: list[dict]) -> list[dict]:
    """The violations of impact serious or critical."""
    return [v for v in violations if v["impact"] in BLOCKING_IMPACTS]


def describe(label: str, violations: list[dict]) -> str:
    """A readable report: each violation's id, impact and help, with the failing nodes' selectors."""
    lines = []
    for violation in violations:
        lines.append(
            f"{label}: {violation['id']} [{violation['impact']}] {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"][:10]:
            summary = " ".join((node.get("summary") or "").split())
            lines.append(f"    {node['target']}  — {summary[:300]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    … and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)
