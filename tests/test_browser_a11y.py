"""Accessibility and the phone layout in a real Chromium: axe-core finds no serious or critical
WCAG 2.1 A/AA violation on any tab (with results on screen) at desktop and phone sizes; every
tab is reachable on a phone without an overflow menu; tables stack as cards; the scorecard stacks."""

from __future__ import annotations

import re

import pytest

from assistant.coaches import ASK, BIAS, FEEDBACK, GOAL
from tests.fixtures.app import AXE_JS, DESKTOP, PHONE, TABS, axe_violations, browser_only, expect, open_tab

pytestmark = [
    *browser_only,
    pytest.mark.skipif(not AXE_JS.exists(), reason="axe-core is not installed (run `npm ci` at the project root)"),
]


def show_results(page, tab: str) -> None:
    """Put the tab's results on screen, so they are checked too."""
    if tab in (GOAL.title, FEEDBACK.title, BIAS.title):
        name = {GOAL.title: GOAL, FEEDBACK.title: FEEDBACK, BIAS.title: BIAS}[tab].name
        page.locator("button.gallery-item:visible").first.click()
        page.wait_for_selector(f"#{name}-result .report")
        marks = page.locator(f"#{name}-result mark.hl")
        if marks.count():
            marks.first.focus()  # an open card is checked as well
    elif tab == ASK.title:
        page.locator("button.gallery-item:visible").first.click()
        page.wait_for_selector("#ask-conversation .turn")
    elif tab == "Knowledge":
        page.locator("button.gallery-item:visible").first.click()
        page.wait_for_selector("#knowledge-hits details.citation")
    elif tab == "HR tests":
        page.click("#hr-run")
        page.wait_for_selector("#hr-results table")
    elif tab == "Status":
        page.wait_for_selector("#status-text li")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_violations_on_any_tab(open_app, viewport, artifacts_dir) -> None:
    page = open_app(viewport)
    found = {}
    for tab in TABS:
        open_tab(page, tab)
        show_results(page, tab)
        found[tab] = axe_violations(page)
        size = "desktop" if viewport == DESKTOP else "phone"
        page.screenshot(path=str(artifacts_dir / f"{size}-{tab.lower().replace(' ', '-').replace('&', 'and')}.png"),
                        full_page=True)
    assert found == dict.fromkeys(TABS, [])


def test_every_input_is_labelled(open_app) -> None:
    page = open_app(DESKTOP)
    labels = {
        GOAL.title: [GOAL.input_label],
        FEEDBACK.title: [FEEDBACK.input_label],
        BIAS.title: [BIAS.input_label],
        ASK.title: [ASK.input_label],
        "Knowledge": ["Search the documents", "Document to remove"],
        "Status": ["Question to check"],
    }
    for tab, names in labels.items():
        open_tab(page, tab)
        for name in names:
            accessible = re.compile("^" + re.escape(name))  # the key hint may follow the label
            field = page.get_by_role("textbox", name=accessible).or_(page.get_by_role("combobox", name=accessible))
            expect(field).to_be_visible()
            assert field.evaluate("e => ['TEXTAREA', 'INPUT'].includes(e.tagName)")


def test_phone_shows_every_tab_stacks_tables_and_the_scorecard(open_app, artifacts_dir) -> None:
    page = open_app(PHONE)
    tabs = page.get_by_role("tab")
    assert [t.inner_text().strip() for t in tabs.all()] == TABS
    for tab in tabs.all():
        box = tab.bounding_box()
        assert tab.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert page.locator(".overflow-menu:visible, .overflow-dropdown:visible").count() == 0

    page.fill("#goal-input textarea", "Improve customer service.")
    page.click("#goal-submit")
    page.wait_for_selector("#goal-result .scorecard")
    assert page.locator("#goal-result .criteria").evaluate("e => getComputedStyle(e).display") == "block"
    letters = page.locator("#goal-result .smart-letter").all()
    assert all(b.bounding_box()["x"] >= 0 and b.bounding_box()["x"] + b.bounding_box()["width"] <= PHONE["width"]
               for b in letters)
    page.screenshot(path=str(artifacts_dir / "phone-goal-coach.png"), full_page=True)

    open_tab(page, FEEDBACK.title)
    page.fill("#feedback-input textarea", "You're lazy and you never take initiative.")
    page.click("#feedback-submit")
    page.wait_for_selector("#feedback-result table.stack")
    table = page.locator("#feedback-result table.stack")
    assert table.locator("thead").evaluate("e => e.getBoundingClientRect().height") <= 1
    row = table.locator("tbody tr").first
    assert row.evaluate("e => getComputedStyle(e).display") == "block"
    cell = row.locator("td").nth(2)
    assert cell.evaluate("e => getComputedStyle(e, '::before').content") == '"Why it matters"'
    assert cell.bounding_box()["width"] > 250  # a readable column, not one letter wide
    # the card opens as a sheet inside the screen
    mark = page.locator("#feedback-result mark.hl").first
    mark.focus()
    card = mark.locator(".hl-card").bounding_box()
    assert card["x"] >= 0 and card["x"] + card["width"] <= PHONE["width"]
    assert card["y"] + card["height"] <= PHONE["height"]
    page.screenshot(path=str(artifacts_dir / "phone-feedback-card.png"))
