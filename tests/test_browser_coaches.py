"""The goal, feedback and bias tabs in a real Chromium: inline coaching that reads like a document,
cards on hover and keyboard focus, one-click replacements, drafts to edit, copy and download,
calm inline errors, the keyboard, and drafts that survive a reload."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import service
from assistant.coaches import BIAS, FEEDBACK, GOAL
from assistant.ui.render import kind_label
from assistant.ui.views import FIVE_OF_FIVE
from tests.fixtures.app import DESKTOP, browser_only, expect, open_tab

pytestmark = browser_only

FEEDBACK_DRAFT = "You're lazy and you never take initiative. The chairman agreed with me."
SMART_GOAL = (
    "Reduce average ticket resolution time from 36 to 24 hours by the end of Q3 "
    "to support the department's retention objective."
)

MARKS_JS = """(root) => Array.from(document.querySelectorAll(root + ' mark.hl')).map(m => [
    m.childNodes[0].textContent, m.dataset.kinds])"""
PLAIN_TEXT_JS = """(root) => { const c = document.querySelector(root + ' .annotated').cloneNode(true);
    c.querySelectorAll('.hl-tags, .hl-card').forEach(e => e.remove()); return c.textContent; }"""


def expected_marks(text: str, spans: list[tuple[int, int, str]]) -> list[list[str]]:
    """Highlights the page should show: overlapping spans grouped, kinds in order of appearance."""
    groups: list[list] = []
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        if groups and start < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], end)
            if kind not in groups[-1][2]:
                groups[-1][2].append(kind)
        else:
            groups.append([start, end, [kind]])
    return [[text[s:e], " ".join(kinds)] for s, e, kinds in groups]


def run_coach(page, coach, text: str) -> None:
    open_tab(page, coach.title)
    page.fill(f"#{coach.name}-input textarea", text)
    page.click(f"#{coach.name}-submit")
    page.wait_for_selector(f"#{coach.name}-result .report")


def test_feedback_reads_like_a_document_with_cards_on_hover_and_focus(open_app, running_app, artifacts_dir) -> None:
    report = service.feedback(FEEDBACK_DRAFT, running_app.settings)
    page = open_app(DESKTOP)
    open_tab(page, FEEDBACK.title)
    page.fill("#feedback-input textarea", FEEDBACK_DRAFT)
    page.press("#feedback-input textarea", "Control+Enter")  # the shortcut the hint names
    page.wait_for_selector("#feedback-result mark.hl")

    spans = [(f.start, f.end, f.kind) for f in report.findings if f.start is not None]
    spans += [(b.start, b.end, b.category) for b in report.bias]
    assert page.evaluate(MARKS_JS, "#feedback-result") == expected_marks(FEEDBACK_DRAFT, spans)
    assert page.evaluate(PLAIN_TEXT_JS, "#feedback-result") == FEEDBACK_DRAFT
    kinds = list(dict.fromkeys(kind for _, _, kind in spans))
    legend = page.locator("#feedback-result .legend li").all_inner_texts()
    assert [re.sub(r" ×\d+$", "", item) for item in legend] == [kind_label(k) for k in kinds]

    # readable flow: no break-all, the first highlight sits on the first line of the text
    annotated = page.locator("#feedback-result .annotated")
    assert annotated.evaluate("e => getComputedStyle(e).wordBreak") == "normal"
    assert annotated.evaluate("e => getComputedStyle(e).display") == "block"
    lazy = page.locator("#feedback-result mark.hl").first
    assert lazy.evaluate("m => m.getClientRects().length") == 1
    line_top = annotated.evaluate(
        "e => { const r = document.createRange(); r.setStart(e.firstChild, 0); r.setEnd(e.firstChild, 3);"
        " return r.getBoundingClientRect().top; }"
    )
    assert abs(lazy.bounding_box()["y"] - line_top) < 6

    # hover: the card explains and suggests
    trait = next(f for f in report.findings if f.kind == "trait")
    card = lazy.locator(".hl-card")
    assert not card.is_visible()
    lazy.hover()
    assert card.is_visible()
    text = card.inner_text()
    assert trait.message in text and trait.suggestion in text and kind_label("trait") in text
    page.screenshot(path=str(artifacts_dir / "feedback-card-hover.png"))

    # keyboard: Tab from the heading reaches the first highlight and opens its card; Escape closes it
    page.mouse.move(0, 0)
    page.click("#feedback-annotated-title")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('mark.hl')")
    assert page.evaluate("document.activeElement.childNodes[0].textContent") == "lazy"
    assert card.is_visible()
    page.keyboard.press("Escape")
    assert not card.is_visible()
    page.screenshot(path=str(artifacts_dir / "feedback-coach.png"), full_page=True)


def test_bias_card_has_research_note_and_one_click_replacement(open_app, running_app) -> None:
    text = "The chairman approved the budget."
    report = service.bias(text, running_app.settings)
    assert [f.text for f in report.flags] == ["chairman"]
    page = open_app(DESKTOP)
    run_coach(page, BIAS, text)
    mark = page.locator("#bias-result mark.hl")
    mark.focus()
    card = mark.locator(".hl-card")
    assert card.is_visible()
    assert "Research:" in card.inner_text()
    buttons = card.locator("button.replace")
    assert buttons.all_inner_texts() == ["Use “chair”", "Use “chairperson”"]
    buttons.first.click()
    assert page.input_value("#bias-input textarea") == "The chair approved the budget."
    after = service.bias("The chair approved the budget.", running_app.settings)
    page.wait_for_function(
        "() => !document.querySelector('#bias-result mark.hl') && document.querySelector('#bias-result .report')"
    )
    assert after.flags == []
    assert page.locator("#bias-result .all-clear").inner_text() == "✓ No biased language found."


def test_better_draft_can_be_edited_copied_and_downloaded(open_app, running_app) -> None:
    report = service.feedback(FEEDBACK_DRAFT, running_app.settings)
    page = open_app(DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    run_coach(page, FEEDBACK, FEEDBACK_DRAFT)
    draft = page.locator("#feedback-rewrite-text")
    assert draft.inner_text() == report.rewrite
    # a selection copies the text as written: no line breaks around placeholders
    selected = draft.evaluate(
        "e => { const r = document.createRange(); r.selectNodeContents(e); const s = getSelection();"
        " s.removeAllRanges(); s.addRange(r); return s.toString(); }"
    )
    assert selected == report.rewrite

    page.click("#feedback-result button[data-action=copy]")
    expect(page.locator("#feedback-result .draft .tool-status")).to_have_text("Copied to the clipboard.")
    assert page.evaluate("navigator.clipboard.readText()") == report.rewrite
    with page.expect_download() as info:
        page.click("#feedback-result button[data-action=download]")
    download = info.value
    assert download.suggested_filename == "feedback.txt"
    assert Path(download.path()).read_text(encoding="utf-8") == report.rewrite + "\n"

    # edited in place, then copied
    draft.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Thanks!")
    page.evaluate("navigator.clipboard.writeText('')")
    page.click("#feedback-result button[data-action=copy]")
    page.wait_for_function("async () => (await navigator.clipboard.readText()).length > 0")
    assert page.evaluate("navigator.clipboard.readText()") == report.rewrite + " Thanks!"


def test_goal_rewrite_and_a_goal_with_nothing_missing(open_app, running_app, artifacts_dir) -> None:
    vague = service.goal("Improve customer service.", running_app.settings)
    smart = service.goal(SMART_GOAL, running_app.settings)
    assert smart.score == 5 and smart.placeholders == []
    page = open_app(DESKTOP)
    run_coach(page, GOAL, "Improve customer service.")
    letters = page.locator("#goal-result .smart-letter")
    assert {
        letters.nth(i).get_attribute("data-criterion"): letters.nth(i).get_attribute("data-met")
        for i in range(letters.count())
    } == {key: str(c["met"]).lower() for key, c in vague.criteria.model_dump().items()}
    assert page.locator("#goal-result .score-line").inner_text() == f"{vague.score} of 5 SMART criteria met"
    assert page.locator("#goal-rewrite-text").inner_text() == vague.rewrite
    assert page.locator("#goal-rewrite-text mark.ph").all_inner_texts() == [
        p for p in re.findall(r"\[[^\]]+\]", vague.rewrite)
    ]
    page.screenshot(path=str(artifacts_dir / "goal-coach.png"), full_page=True)

    page.fill("#goal-input textarea", SMART_GOAL)
    page.click("#goal-submit")
    page.wait_for_selector("#goal-result .complete-note")
    note = getattr(smart, "summary", None) or FIVE_OF_FIVE
    assert page.locator("#goal-result .complete-note").inner_text() == f"✓ {note}"
    assert page.locator("#goal-rewrite-text").count() == 0


def test_empty_and_oversized_input_get_one_calm_sentence(open_app, running_app, capfd) -> None:
    page = open_app(DESKTOP)
    limit = running_app.settings.max_input_chars
    page.click("#goal-submit")
    message = page.locator("#goal-message .inline-message")
    message.wait_for()
    assert message.inner_text() == "⚠ The goal is empty: type or paste a goal first."
    assert message.get_attribute("role") == "alert"
    long_text = "Improve service. " * (limit // 17 + 1)
    page.fill("#goal-input textarea", long_text)
    page.click("#goal-submit")
    page.wait_for_function(
        "() => document.querySelector('#goal-message .inline-message').innerText.includes('characters long')"
    )
    assert message.inner_text() == (
        f"⚠ The goal is {len(long_text):,} characters long; the limit is {limit:,}. Shorten it and try again."
    )
    assert page.input_value("#goal-input textarea") == long_text  # nothing lost
    # no overlay, toast or error pill over the outputs
    assert page.locator(".toast-body, .toast-wrap .toast").count() == 0
    assert page.get_by_text("Error", exact=True).count() == 0
    assert page.locator("#goal-result").inner_text() == ""
    page.fill("#goal-input textarea", "Improve customer service.")
    page.click("#goal-submit")
    page.wait_for_selector("#goal-result .report")
    assert page.locator("#goal-message").inner_text() == ""
    # user errors never write a traceback to the server log
    assert "Traceback" not in capfd.readouterr().err


def test_keyboard_hints_tabs_and_focus_rings(open_app) -> None:
    page = open_app(DESKTOP)
    assert page.locator("#goal-input").get_by_text("Press Ctrl+Enter (⌘+Enter on a Mac) to run.").is_visible()
    goal_tab = page.get_by_role("tab", name=GOAL.title)
    goal_tab.focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.textContent.trim()") == FEEDBACK.title
    assert page.get_by_role("tab", name=FEEDBACK.title).get_attribute("aria-selected") == "true"
    page.keyboard.press("End")
    assert page.get_by_role("tab", name="Status").get_attribute("aria-selected") == "true"
    page.keyboard.press("Home")
    assert page.get_by_role("tab", name=GOAL.title).get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowLeft")
    assert page.get_by_role("tab", name="Status").get_attribute("aria-selected") == "true"
    open_tab(page, GOAL.title)

    box = page.locator("#goal-input textarea")
    box.focus()
    assert box.evaluate("e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth]") == ["solid", "3px"]
    page.keyboard.type("Improve customer service.")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id")
    assert focused == "goal-submit"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    # Enter in the multi-line box adds a line; Ctrl+Enter runs it
    box.focus()
    page.keyboard.press("Enter")
    assert page.input_value("#goal-input textarea") == "Improve customer service.\n"
    assert page.locator("#goal-result").inner_text() == ""
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#goal-result .report")


def test_drafts_survive_a_reload(open_app) -> None:
    page = open_app(DESKTOP)
    open_tab(page, FEEDBACK.title)
    page.fill("#feedback-input textarea", FEEDBACK_DRAFT)
    page.wait_for_timeout(300)
    page.reload()
    page.wait_for_selector("#goal-submit")
    open_tab(page, FEEDBACK.title)
    page.wait_for_function("() => document.querySelector('#feedback-input textarea').value.length > 0")
    assert page.input_value("#feedback-input textarea") == FEEDBACK_DRAFT
    page.click("#feedback-clear")
    page.wait_for_timeout(300)
    page.reload()
    page.wait_for_selector("#goal-submit")
    open_tab(page, FEEDBACK.title)
    page.wait_for_timeout(500)
    assert page.input_value("#feedback-input textarea") == ""


@pytest.mark.parametrize("coach", [GOAL, FEEDBACK, BIAS], ids=lambda c: c.name)
def test_examples_come_from_the_registry_and_run_on_click(open_app, coach) -> None:
    page = open_app(DESKTOP)
    open_tab(page, coach.title)
    examples = page.locator("button.gallery-item:visible")
    assert examples.count() == len(coach.examples)
    examples.last.click()
    page.wait_for_selector(f"#{coach.name}-result .report")
    assert page.input_value(f"#{coach.name}-input textarea") == coach.examples[-1]
