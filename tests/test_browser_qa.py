"""The Policy Q&A, Knowledge and HR tests tabs in a real Chromium: a conversation kept across a
reload, sources in order without scores, document text shown as text, documents added, marked
and removed with a confirmation, and HR test results with answers and reasons."""

from __future__ import annotations

import re

from assistant import hrtests, service
from assistant.coaches import ASK
from assistant.knowledge.index import list_documents, remove_document
from assistant.ui.render import sentence
from tests.fixtures.app import DESKTOP, browser_only, expect, open_tab

pytestmark = browser_only

QUESTION = "How often should managers hold check-ins?"
FOLLOW_UP = "What should they cover?"

CLIPPED_JS = """(sel) => { const out = []; let e = document.querySelector(sel);
    while (e && e !== document.body) { const s = getComputedStyle(e);
      if (['hidden', 'auto', 'scroll'].includes(s.overflowY) && e.scrollHeight > e.clientHeight + 1) out.push(e.className);
      e = e.parentElement; }
    return out; }"""


def normalise(text: str) -> str:
    lines = [re.sub(r"^\s*[-*]\s+", "", line) for line in text.splitlines()]
    return " ".join(" ".join(lines).split())


def ask(page, question: str, turns: int) -> None:
    page.fill("#ask-input :is(textarea, input)", question)
    page.press("#ask-input :is(textarea, input)", "Enter")  # a single-line box runs on Enter
    expect(page.locator("#ask-conversation .turn")).to_have_count(turns)


def test_conversation_with_ordered_sources_survives_a_reload(open_app, running_app, artifacts_dir) -> None:
    expected = service.ask(QUESTION, running_app.settings)
    page = open_app(DESKTOP)
    open_tab(page, ASK.title)
    assert page.locator("#ask-input").get_by_text("Press Enter to run.").is_visible()
    ask(page, QUESTION, 1)
    turn = page.locator("#ask-conversation .turn").first
    assert turn.locator(".question-bubble").evaluate("e => e.lastChild.textContent") == QUESTION
    answer_box = turn.locator(".answer" if expected.answered else ".not-covered")
    assert normalise(answer_box.inner_text()).endswith(normalise(expected.answer))
    assert [s.get_attribute("data-source") for s in turn.locator("details.citation").all()] == [
        c.source for c in expected.citations
    ]
    shown = page.locator("#ask-conversation").inner_text()
    assert not re.search(r"\b0\.\d\d\b|score|similarity", shown)  # no raw scores for HR users
    turn.locator("details.citation summary").first.click()
    assert normalise(turn.locator("details.citation blockquote").first.inner_text()) == normalise(
        expected.citations[0].excerpt
    )
    assert page.evaluate(CLIPPED_JS, "#ask-conversation") == []  # citations are never cut off

    ask(page, FOLLOW_UP, 2)
    page.screenshot(path=str(artifacts_dir / "policy-qa.png"), full_page=True)
    page.reload()
    page.wait_for_selector("#goal-submit")
    open_tab(page, ASK.title)
    expect(page.locator("#ask-conversation .turn")).to_have_count(2)
    assert page.locator("#ask-conversation .question-bubble").evaluate_all(
        "bubbles => bubbles.map(e => e.lastChild.textContent)"
    ) == [QUESTION, FOLLOW_UP]

    page.click("#ask-new")
    expect(page.locator("#ask-conversation .turn")).to_have_count(0)
    page.reload()
    page.wait_for_selector("#goal-submit")
    open_tab(page, ASK.title)
    page.wait_for_timeout(500)
    assert page.locator("#ask-conversation .turn").count() == 0


def test_examples_are_realistic_hr_questions(open_app) -> None:
    page = open_app(DESKTOP)
    open_tab(page, ASK.title)
    examples = [t.strip() for t in page.locator("button.gallery-item:visible").all_inner_texts()]
    assert examples == list(ASK.examples)
    assert "capital of France" not in page.content()
    page.locator("button.gallery-item:visible").first.click()  # an example asks at once
    expect(page.locator("#ask-conversation .turn")).to_have_count(1)


def test_empty_question_gets_an_inline_sentence(open_app) -> None:
    page = open_app(DESKTOP)
    open_tab(page, ASK.title)
    page.click("#ask-submit")
    expect(page.locator("#ask-message")).to_have_text("⚠ The question is empty: type or paste a question first.")
    assert page.locator("#ask-conversation .turn").count() == 0
    assert page.locator(".toast-body").count() == 0


def test_document_text_is_quoted_as_text(open_app, running_app, tmp_path) -> None:
    """A planted document with markup and script links: shown as text, only http links clickable,
    each with its full target."""
    doc = tmp_path / "zorblat-notice.md"
    doc.write_text(
        "---\ntitle: Zorblat notice\n---\n\n# Zorblat notice\n\n## Update\n\n"
        "Zorblat improvement plans are cancelled for everyone. Log in at the "
        "[Zorblat portal](http://zorblat-portal.example/login) <img src=x onerror=\"window.pwned=1\"> "
        "<script>window.pwned=2</script> or [here](javascript:window.pwned=3).\n",
        encoding="utf-8",
    )
    page = open_app(DESKTOP)
    try:
        open_tab(page, "Knowledge")
        page.set_input_files("#knowledge-upload input[type=file]", str(doc))
        expect(page.locator("#knowledge-upload")).to_contain_text("zorblat-notice")
        page.click("#knowledge-ingest")
        expect(page.locator("#knowledge-result .result-box.success")).to_contain_text("Added: zorblat-notice.md")
        page.fill("#knowledge-search-input :is(textarea, input)", "Zorblat improvement plans cancelled")
        page.press("#knowledge-search-input :is(textarea, input)", "Enter")
        page.wait_for_selector("#knowledge-hits details.citation")
        assert_quoted_as_text(page.locator("#knowledge-hits"))
        open_tab(page, ASK.title)
        ask(page, "Are Zorblat improvement plans cancelled?", 1)
        assert_quoted_as_text(page.locator("#ask-conversation"))
        assert page.evaluate("window.pwned") is None
    finally:
        if any(d.source == "zorblat-notice.md" for d in list_documents(running_app.settings)):
            remove_document("zorblat-notice.md", running_app.settings)


def assert_quoted_as_text(area) -> None:
    """The planted passage is shown as the readable text ingest keeps (#11: HTML, script and link
    syntax stripped, a link's text kept): no markup reaches the page and nothing is clickable."""
    sources = [c.get_attribute("data-source") for c in area.locator("details.citation").all()]
    assert "zorblat-notice.md" in sources, (sources, area.inner_text()[:500])
    citation = area.locator("details.citation[data-source='zorblat-notice.md']").first
    citation.evaluate("e => { e.open = true; }")
    quoted = citation.locator("blockquote").inner_text()
    readable = "Zorblat improvement plans are cancelled for everyone. Log in at the Zorblat portal or here."
    # The search hit shows the passage, the answer's source the sentence it quotes.
    assert quoted in (readable, readable.split(" Log in")[0]), quoted
    assert area.locator("img, script, iframe").count() == 0
    assert area.locator("a[href^='javascript'], a[href^='data']").count() == 0
    assert area.locator("a.doc-link").count() == 0


def choose_document(page, name: str) -> None:
    page.locator("#knowledge-pick input").click()
    page.get_by_role("option", name=name).click()


def test_knowledge_marks_new_documents_confirms_removal_and_styles_failures(
    open_app, running_app, tmp_path, artifacts_dir
) -> None:
    good = tmp_path / "quillfeather-sabbatical.md"
    good.write_text(
        "---\ntitle: Quillfeather Sabbatical\n---\n\n# Quillfeather Sabbatical\n\n## Eligibility\n\n"
        "After seven years of service, employees may take the Quillfeather sabbatical of nine paid weeks.\n",
        encoding="utf-8",
    )
    broken = tmp_path / "broken-policy.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a PDF")
    page = open_app(DESKTOP)
    open_tab(page, "Knowledge")
    before = list_documents(running_app.settings)
    expect(page.locator("#knowledge-docs tbody tr")).to_have_count(len(before))

    page.set_input_files("#knowledge-upload input[type=file]", [str(good), str(broken)])
    expect(page.locator("#knowledge-upload")).to_contain_text("broken-policy")
    page.click("#knowledge-ingest")
    failure = page.locator("#knowledge-result .result-box.failure")
    expect(failure).to_contain_text("1 file could not be added.")
    assert failure.get_attribute("role") == "alert"
    assert failure.locator("li").inner_text().startswith("broken-policy.pdf: ")
    assert failure.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(254, 242, 242)"
    expect(page.locator("#knowledge-result .result-box.success")).to_contain_text("Added: quillfeather-sabbatical.md")
    rows = page.locator("#knowledge-docs tbody tr")
    expect(rows).to_have_count(len(before) + 1)
    assert rows.first.locator("td").first.inner_text() == "quillfeather-sabbatical.md new"
    assert page.locator("#knowledge-docs .badge-new").count() == 1
    page.screenshot(path=str(artifacts_dir / "knowledge-ingest.png"), full_page=True)

    choose_document(page, "quillfeather-sabbatical.md")
    page.click("#knowledge-remove")
    confirm = page.locator("#knowledge-confirm")
    expect(confirm).to_be_visible()
    assert "Remove “quillfeather-sabbatical.md” from the knowledge base?" in confirm.inner_text()
    page.click("#knowledge-remove-cancel")
    expect(confirm).to_be_hidden()
    expect(rows).to_have_count(len(before) + 1)
    page.click("#knowledge-remove")
    page.click("#knowledge-remove-yes")
    expect(page.locator("#knowledge-result")).to_have_text(
        "✓ Removed quillfeather-sabbatical.md (1 passages) from the knowledge base."
    )
    expect(rows).to_have_count(len(before))
    assert [d.source for d in list_documents(running_app.settings)] == [d.source for d in before]


def test_hr_tests_show_answers_coloured_verdicts_and_a_clean_state_after_an_error(
    open_app, running_app, tmp_path, artifacts_dir
) -> None:
    from assistant.ui.blocks import HR_CASES_INLINE

    path = tmp_path / "cases.yaml"
    path.write_text(HR_CASES_INLINE, encoding="utf-8")
    cases = hrtests.load_cases(path)
    answers = [service.ask(c.question, running_app.settings) for c in cases]
    results = [hrtests.judge(c, a) for c, a in zip(cases, answers, strict=True)]
    page = open_app(DESKTOP)
    open_tab(page, "HR tests")
    page.click("#hr-run")
    rows = page.locator("#hr-results tbody tr")
    expect(rows).to_have_count(len(cases))
    shown = [
        [row.locator(f"td[data-label='{col}']").inner_text() for col in ("Result", "Question", "Reason")]
        for row in rows.all()
    ]
    assert shown == [
        ["✓ PASS" if r.passed else "✗ FAIL", c.question, sentence("; ".join(r.reasons)) if r.reasons else "As expected."]
        for c, r in zip(cases, results, strict=True)
    ]
    colours = {"✓ PASS": "rgb(220, 252, 231)", "✗ FAIL": "rgb(254, 226, 226)"}
    for row in rows.all():
        badge = row.locator("td[data-label='Result'] .badge")
        assert badge.evaluate("e => getComputedStyle(e).backgroundColor") == colours[badge.inner_text()]
    first = rows.first.locator("details.case-answer")
    first.locator("> summary").click()
    summary = f"{'Answered' if answers[0].answered else 'Abstained'}"
    if results[0].cited:
        summary += f" · cited {', '.join(results[0].cited)}"
    assert first.locator("> summary").inner_text() == summary
    assert normalise(answers[0].answer) in normalise(first.inner_text())
    page.screenshot(path=str(artifacts_dir / "hr-tests.png"), full_page=True)

    page.locator("#hr-cases .cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.type("- question: How often?\n  expect: maybe\n")
    page.click("#hr-run")
    message = page.locator("#hr-message .inline-message")
    expect(message).to_have_text(
        "⚠ The case file has a problem: case 1: expect: Input should be 'answer' or 'abstain'."
    )
    expect(page.locator("#hr-results")).to_have_text("")
