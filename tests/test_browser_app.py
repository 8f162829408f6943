"""The app in a real browser: Debian's Chromium driven by Playwright (never a downloaded build).

Screenshots go to ``test-artifacts/`` (gitignored) for a human to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium"),
]

TIMEOUT_MS = 60_000


def expect(locator):  # imported lazily so collection works without playwright
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, running_app):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(running_app.url)
    page.wait_for_selector("#goal-submit")
    yield page
    context.close()


def test_goal_scorecard_lights_the_met_letters(page, artifacts_dir) -> None:
    goal = "Reduce average ticket resolution time from 36 to 24 hours."
    page.get_by_label("Your goal").fill(goal)
    page.click("#goal-submit")
    page.wait_for_selector("#goal-scorecard .smart-letter")
    letters = page.locator("#goal-scorecard .smart-letter")
    states = {
        letters.nth(i).get_attribute("data-criterion"): letters.nth(i).get_attribute("class").split()[-1]
        for i in range(letters.count())
    }
    assert states == {
        "specific": "lit",
        "measurable": "lit",
        "attainable": "lit",
        "relevant": "unlit",
        "time_bound": "unlit",
    }
    assert page.locator("#goal-scorecard").inner_text().count("✗ missing") == 2
    assert "3 of 5" in page.locator("#goal-scorecard .score-line").inner_text()
    # the rewrite marks the gaps as placeholders the user fills in
    rewrite = page.locator("#goal-rewrite")
    assert "[deadline]" in rewrite.inner_text()
    page.screenshot(path=str(artifacts_dir / "goal-coach.png"), full_page=True)


def test_uploaded_document_is_cited_in_policy_qa(page, artifacts_dir, tmp_path) -> None:
    doc = tmp_path / "quillfeather-sabbatical.md"
    doc.write_text(
        "---\ntitle: Quillfeather Sabbatical\n---\n\n# Quillfeather Sabbatical\n\n## Eligibility\n\n"
        "After seven years of service, employees may take the Quillfeather sabbatical of nine paid weeks.\n",
        encoding="utf-8",
    )
    page.get_by_role("tab", name="Knowledge").click()
    page.set_input_files("#knowledge-upload input[type=file]", str(doc))
    page.wait_for_selector("#knowledge-upload >> text=quillfeather-sabbatical.md")
    page.click("#knowledge-ingest")
    result = page.locator("#knowledge-result")
    result.get_by_text("quillfeather-sabbatical.md").wait_for()
    assert "Added" in result.inner_text()
    page.locator("#knowledge-docs").get_by_text("quillfeather-sabbatical.md").wait_for()
    page.screenshot(path=str(artifacts_dir / "knowledge-ingest.png"), full_page=True)

    page.get_by_role("tab", name="Policy Q&A").click()
    page.fill("#ask-question textarea", "How long is the Quillfeather sabbatical?")
    page.click("#ask-submit")
    # the chat sanitizes attributes, so find the citation by its visible file name
    citation = page.locator("#ask-chat details.citation").filter(has_text="quillfeather-sabbatical.md").first
    citation.wait_for()
    assert page.locator("#ask-chat .not-covered").count() == 0
    assert "nine paid weeks" in page.locator("#ask-chat .answer").last.inner_text()
    citation.locator("summary").click()  # citations are collapsible
    assert "seven years of service" in citation.inner_text()
    page.screenshot(path=str(artifacts_dir / "policy-qa.png"), full_page=True)


def test_policy_qa_shows_not_covered(page, artifacts_dir) -> None:
    page.get_by_role("tab", name="Policy Q&A").click()
    page.fill("#ask-question textarea", "What is the capital of France?")
    page.click("#ask-submit")
    page.wait_for_selector("#ask-chat .not-covered")
    assert "Not covered" in page.locator("#ask-chat .not-covered").inner_text()
    page.screenshot(path=str(artifacts_dir / "policy-qa-not-covered.png"), full_page=True)


def test_feedback_and_bias_tabs_highlight_by_kind(page, artifacts_dir) -> None:
    page.get_by_role("tab", name="Feedback coach").click()
    page.get_by_label("Your feedback draft").fill("You're lazy and you never take initiative.")
    page.click("#feedback-submit")
    page.locator("#feedback-marked").get_by_text("lazy").wait_for()
    marked = page.locator("#feedback-marked").inner_text()
    assert "trait" in marked and "absolute" in marked
    page.screenshot(path=str(artifacts_dir / "feedback-coach.png"), full_page=True)

    page.get_by_role("tab", name="Bias check").click()
    page.get_by_label("Text to check").fill("She can be abrasive with colleagues.")
    page.click("#bias-submit")
    page.locator("#bias-marked").get_by_text("gender coded").first.wait_for()
    page.screenshot(path=str(artifacts_dir / "bias-check.png"), full_page=True)


def test_every_tab_has_clickable_examples(page, artifacts_dir) -> None:
    for tab in [
        "Goal coach",
        "Feedback coach",
        "Bias check",
        "Policy Q&A",
        "Knowledge",
        "HR tests",
        "Status",
    ]:
        page.get_by_role("tab", name=tab).click()
        examples = page.locator("button.gallery-item:visible")
        examples.first.wait_for()
        assert examples.count() >= 1, tab
    page.get_by_role("tab", name="HR tests").click()
    page.click("#hr-run")
    # the table shows each case's verdict; whether Q&A passes them is the Q&A tests' business
    expect(page.locator("#hr-summary")).to_contain_text(re.compile(r"\d of 2 passed"), timeout=TIMEOUT_MS)
    results = page.locator("#hr-results")
    expect(results).to_contain_text("How often should managers hold check-ins?")
    expect(results).to_contain_text("What is the best pizza topping?")
    expect(results).to_contain_text(re.compile(r"PASS|FAIL"))
    page.screenshot(path=str(artifacts_dir / "hr-tests.png"), full_page=True)
    page.get_by_role("tab", name="Status").click()
    assert "all-MiniLM-L6-v2" in page.locator("#status-text").inner_text()
    page.screenshot(path=str(artifacts_dir / "status.png"), full_page=True)
