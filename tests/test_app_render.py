"""The app's HTML: escaped text, safe links, inline highlights with cards, tables, drafts and the
typed views of each coach's report (no browser, no Gradio)."""

from __future__ import annotations

import re

from assistant.analyzers.bias import BiasFlag, BiasReport
from assistant.analyzers.feedback import FeedbackFinding, FeedbackReport, FeedbackStructure, StructurePart
from assistant.analyzers.goal import Criterion, GoalCriteria, GoalReport
from assistant.knowledge.index import DocumentInfo, FileResult, IngestReport
from assistant.qa import PolicyAnswer
from assistant.schemas import Citation
from assistant.ui import render, views
from assistant.ui.render import Editor, Mark


def test_text_html_escapes_and_never_makes_script_links_clickable() -> None:
    text = (
        'PIPs are cancelled <img src=x onerror=alert(1)> <script>x()</script> see [the PIP portal](http://evil.example/p?a=1&b=2) '
        "or [click](javascript:alert(1)) or data:text/html;base64,PHNjcmlwdD4= or https://intranet.example/hr."
    )
    assert render.text_html(text) == (
        "PIPs are cancelled &lt;img src=x onerror=alert(1)&gt; &lt;script&gt;x()&lt;/script&gt; see the PIP portal "
        '(<a href="http://evil.example/p?a=1&amp;b=2" rel="noopener noreferrer nofollow" target="_blank" '
        'class="doc-link">http://evil.example/p?a=1&amp;b=2</a>) or click (<span class="inert-link">'
        'javascript:alert(1)</span>) or <span class="inert-link">data:text/html;base64,PHNjcmlwdD4=</span> or '
        '<a href="https://intranet.example/hr" rel="noopener noreferrer nofollow" target="_blank" class="doc-link">'
        "https://intranet.example/hr</a>."
    )


def test_sentence_makes_messages_full_sentences() -> None:
    assert render.sentence("goal is empty") == "Goal is empty."
    assert render.sentence("  Already one.  ") == "Already one."
    assert render.sentence("Why?") == "Why?"


def test_replacements_come_only_from_leading_quoted_choices() -> None:
    assert render.replacements_from('Consider "chair" or "chairperson", and describe the role.') == (
        "chair",
        "chairperson",
    )
    assert render.replacements_from('Consider "everyone", "team", "folks" or "all" when addressing a group.') == (
        "everyone",
        "team",
        "folks",
        "all",
    )
    assert render.replacements_from('Consider describing the work, e.g. "closed 40 tickets".') == ()
    assert render.replacements_from('Consider singular "they/their", plural nouns') == ()


def test_annotate_keeps_text_inline_groups_overlaps_and_offers_replacements() -> None:
    text = "The chairman is so <b>abrasive</b>."
    start = text.index("abrasive")
    marks = [
        Mark(4, 12, "gendered_language", "A gendered title.", 'Consider "chair" or "chairperson".',
             note="APA guidelines", replacements=("chair", "chairperson"), severity="medium"),
        Mark(start, start + 8, "trait", "A label.", "Describe the behaviour."),
        Mark(start, start + 8, "gender_coded", "Coded for women.", "Describe it.", note="Snyder (2014)"),
        Mark(40, 99, "trait", "out of range", ""),
    ]
    html = render.annotate(text, marks, prefix="t", editor=Editor("feedback-input", "feedback-submit"))
    # the text survives intact, escaped, in order
    assert re.sub(r'<span class="hl-(tags|card)".*?</span></mark>', "</mark>", html).count("&lt;b&gt;") == 1
    plain = re.sub(r"<span class=\"hl-(?:tags|card)\"[^>]*>.*?</span>(?=</mark>)", "", html)
    assert re.sub(r"<[^>]+>", "", plain) == "The chairman is so &lt;b&gt;abrasive&lt;/b&gt;."
    marks_found = re.findall(r'<mark class="hl (k-\w+)" tabindex="0" data-kinds="([\w ]+)" aria-describedby="(t-card-\d)">', html)
    assert marks_found == [
        ("k-gendered_language", "gendered_language", "t-card-1"),
        ("k-trait", "trait gender_coded", "t-card-2"),
    ]
    # each kind is named in text on the highlight, and its card explains it
    assert re.findall(r'<span class="hl-tag [\w-]+">([^<]+)</span>', html) == [
        "gendered wording",
        "label, not behaviour",
        "gender-coded",
    ]
    assert '<span class="card-note"><strong>Research:</strong> Snyder (2014)</span>' in html
    assert re.findall(r'data-start="(\d+)" data-end="(\d+)" data-from="([^"]+)" data-to="([^"]+)">Use “([^”]+)”', html) == [
        ("4", "12", "chairman", "chair", "chair"),
        ("4", "12", "chairman", "chairperson", "chairperson"),
    ]
    assert "break-all" not in html


def test_annotate_without_marks_is_the_escaped_text() -> None:
    assert render.annotate("a < b", [], prefix="p") == '<div class="annotated" id="p">a &lt; b</div>'


def test_legend_one_entry_per_kind_with_counts() -> None:
    assert render.legend({"trait": 2, "absolute": 1}, {"trait": 2, "absolute": 1}) == (
        '<div class="legend"><span class="legend-title">Key:</span><ul>'
        '<li><span class="swatch k-trait" aria-hidden="true"></span>label, not behaviour <span class="count">×2</span></li>'
        '<li><span class="swatch k-absolute" aria-hidden="true"></span>absolute</li></ul></div>'
    )
    assert render.legend([]) == ""


def test_table_labels_every_cell_with_its_column() -> None:
    html = render.table(["A", "B"], [["1", render.Cell("<b>2</b>", "x")]], caption="Cap")
    assert html == (
        '<div class="table-wrap"><table class="stack "><caption>Cap</caption><thead><tr><th scope="col">A</th>'
        '<th scope="col">B</th></tr></thead><tbody><tr><td data-label="A">1</td><td data-label="B" class="x">'
        "<b>2</b></td></tr></tbody></table></div>"
    )


def test_draft_marks_placeholders_inline_and_has_copy_and_download() -> None:
    html = render.draft_html(
        render.Draft("d1", "A better draft", "Cut time by [target] by [deadline] & <more>.", ("[target]",), "x.txt")
    )
    assert 'contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="d1-title"' in html
    body = re.search(r'<div id="d1" class="draft-text"[^>]*>(.*?)</div>', html).group(1)
    assert body == 'Cut time by <mark class="ph">[target]</mark> by <mark class="ph">[deadline]</mark> &amp; &lt;more&gt;.'
    assert 'data-action="copy" data-target="d1"' in html
    assert 'data-action="download" data-target="d1" data-filename="x.txt"' in html


def _criterion(met: bool, evidence: str | None = None, question: str = "q?") -> Criterion:
    return Criterion(met=met, evidence=evidence, advice="advice", question=question)


def _goal(score: int, met: list[bool], placeholders: list[str], rewrite: str) -> GoalReport:
    names = ["specific", "measurable", "attainable", "relevant", "time_bound"]
    return GoalReport(
        score=score,
        criteria=GoalCriteria(**{n: _criterion(m, "ev" if m else None, f"Q {n} <?>") for n, m in zip(names, met, strict=True)}),
        rewrite=rewrite,
        placeholders=placeholders,
        questions=["Which objective?"],
        warnings=[],
        sources=[Citation(source="smart-goals-job-aid.md", section="Relevant", excerpt="Tie it to <goals>.")],
    )


def test_goal_view_scorecard_rewrite_and_questions() -> None:
    report = _goal(2, [True, True, False, False, False], ["[deadline]"], "Reduce time by [deadline].")
    html = views.goal_view(report, "Reduce time.")
    assert re.findall(r'<li class="smart-letter (lit|unlit)" data-criterion="(\w+)"', html) == [
        ("lit", "specific"), ("lit", "measurable"), ("unlit", "attainable"), ("unlit", "relevant"), ("unlit", "time_bound"),
    ]
    assert "<strong>2 of 5</strong> SMART criteria met" in html
    assert "Q relevant &lt;?&gt;" in html
    assert '<mark class="ph">[deadline]</mark>' in html and "Suggested rewrite" in html
    assert "<li>Which objective? <span class=\"muted\">(smart-goals-job-aid.md)</span></li>" in html
    assert "Tie it to &lt;goals&gt;." in html


def test_goal_view_says_a_five_of_five_goal_is_complete() -> None:
    report = _goal(5, [True] * 5, [], "Reduce time from 36 to 24 hours by Q3.")
    html = views.goal_view(report, report.rewrite)
    assert views.FIVE_OF_FIVE in html
    assert "contenteditable" not in html and "Suggested rewrite" not in html


def _bias_flag(text: str, word: str, category: str, suggestion: str = 'Consider "chair".') -> BiasFlag:
    start = text.index(word)
    return BiasFlag(start=start, end=start + len(word), text=word, category=category, severity="medium",
                    rule="gendered_language.chairman", explanation="Why <it> matters.", suggestion=suggestion)


def test_feedback_view_annotates_lists_and_offers_a_better_draft() -> None:
    text = "You're lazy and the chairman agreed."
    lazy = text.index("lazy")
    report = FeedbackReport(
        polarity="constructive",
        structure=FeedbackStructure(
            situation=StructurePart(present=False),
            behavior=StructurePart(present=True, evidence="You're lazy"),
            impact=StructurePart(present=False),
            next_step=StructurePart(present=False),
        ),
        findings=[
            FeedbackFinding(kind="trait", start=lazy, end=lazy + 4, text="lazy", message="A label.", suggestion="Describe it."),
            FeedbackFinding(kind="missing_impact", message="No impact.", suggestion="Add the impact."),
        ],
        bias=[_bias_flag(text, "chairman", "gendered_language")],
        rewrite="Situation: [when]\nBehaviour: You're [what you saw].",
        placeholders=["[when]", "[what you saw]"],
        sources=[],
    )
    html = views.feedback_view(report, text)
    assert re.findall(r'data-kinds="([\w ]+)"', html) == ["trait", "gendered_language"]
    assert re.findall(r'<li class="(present|absent)" data-part="(\w+)"', html) == [
        ("absent", "situation"), ("present", "behavior"), ("absent", "impact"), ("absent", "next_step"),
    ]
    rows = re.findall(r'<tr><td data-label="Kind">.*?<span class="badge badge-kind">([^<]+)</span></td>'
                      r'<td data-label="Words">(.*?)</td>', html)
    assert rows == [
        ("label, not behaviour", "“lazy”"),
        ("missing impact", '<span class="muted">the whole draft</span>'),
        ("biased language: gendered wording", "“chairman”"),
    ]
    assert "Why &lt;it&gt; matters." in html
    assert 'data-to="chair"' in html and 'data-input="feedback-input" data-submit="feedback-submit"' in html
    draft = re.search(r'<div id="feedback-rewrite-text"[^>]*>(.*?)</div>', html, re.S).group(1)
    assert draft == 'Situation: <mark class="ph">[when]</mark>\nBehaviour: You&#x27;re <mark class="ph">[what you saw]</mark>.'


def test_bias_view_research_note_from_the_rule() -> None:
    text = "The chairman agreed."
    html = views.bias_view(BiasReport(flags=[_bias_flag(text, "chairman", "gendered_language")]), text)
    assert '<p class="summary"><strong>1 flag</strong>: gendered wording.</p>' in html
    assert '<span class="card-note"><strong>Research:</strong>' in html  # the built-in rule's source
    assert views.bias_view(BiasReport(flags=[]), "Fine.").startswith(
        '<div class="report bias-report"><p class="all-clear"><span aria-hidden="true">✓</span> No biased language found.</p>'
    )


def test_answer_view_sources_in_citation_order_without_scores() -> None:
    citations = [
        Citation(source="b.md", section="Two", excerpt="Second <b>x</b>.", score=0.9),
        Citation(source="a.md", section="One", excerpt="First.", score=0.2),
    ]
    answered = views.answer_view(PolicyAnswer(answered=True, answer="Monthly [1].\n- a\n- b", citations=citations))
    assert answered.startswith('<div class="answer-block"><div class="answer"><p>Monthly [1].</p><ul><li>a</li><li>b</li></ul></div>')
    assert re.findall(r'data-source="([^"]+)"', answered) == ["b.md", "a.md"]
    assert "0.9" not in answered and "0.2" not in answered
    assert "Second &lt;b&gt;x&lt;/b&gt;." in answered
    abstained = views.answer_view(PolicyAnswer(answered=False, answer="The documents do not say.", citations=citations))
    assert "Not covered by the indexed documents." in abstained and '<div class="answer">' not in abstained
    assert "What the documents do cover" in abstained


def test_conversation_view_keeps_turns_in_order() -> None:
    turns = [
        {"question": "Q1 <x>", "answer": {"answered": True, "answer": "A1", "citations": []}},
        {"question": "Q2", "answer": {"answered": False, "answer": "A2", "citations": []}},
    ]
    html = views.conversation_view(turns)
    assert re.findall(r'<li class="turn" data-turn="(\d)"><p class="question-bubble"><span class="sr-only">You asked: </span>([^<]+)</p>', html) == [
        ("1", "Q1 &lt;x&gt;"), ("2", "Q2"),
    ]
    assert "Ask a question below" in views.conversation_view([])


def test_documents_view_lists_new_documents_first_and_marked() -> None:
    docs = [
        DocumentInfo(source="a.md", path="/x/a.md", title="A", chunks=3, ingested_at="2026-01-02T03:04:05Z"),
        DocumentInfo(source="z-new.md", path="/x/z.md", title="Z", chunks=1, ingested_at="2026-02-02T03:04:05Z"),
    ]
    html = views.documents_view(docs, new=["z-new.md"])
    assert re.findall(r'<td data-label="Document" class="doc-name">([^<]+?) ?(<span class="badge badge-new">new</span>)?</td>', html) == [
        ("z-new.md", '<span class="badge badge-new">new</span>'), ("a.md", ""),
    ]
    assert "2026-01-02 03:04" in html and "/x/" not in html


def test_ingest_view_styles_failures_as_failures() -> None:
    report = IngestReport(
        added=[FileResult(source="a.md", path="/x/a.md", chunks=3)],
        errors=[FileResult(source="bad.pdf", path="/x/bad.pdf", reason="not a valid PDF")],
        documents=9,
        chunks=120,
    )
    html = views.ingest_view(report)
    assert html == (
        '<div class="result-box failure" role="alert"><p><strong>1 file could not be added.</strong> Nothing else '
        "was changed for it.</p><ul><li><strong>bad.pdf</strong>: Not a valid PDF.</li></ul></div>"
        '<div class="result-box success" role="status"><ul><li>Added: <strong>a.md</strong></li></ul>'
        "<p>The index now holds 9 documents (120 passages).</p></div>"
    )


def test_status_view_never_shows_secrets(tmp_path) -> None:
    from pydantic import SecretStr

    from assistant.settings import Settings

    settings = Settings(_env_file=None, index_dir=tmp_path, llm="openai", openai_api_key=SecretStr("sk-secret-123"),
                        openai_base_url="http://user:hunter2@models.example/v1", auth=SecretStr("hr:pa55word"))
    html = views.status_view(settings, {"embedding_model": "m", "documents": 2, "chunks": 5}, "boom")
    for secret in ("sk-secret-123", "hunter2", "pa55word", "models.example"):
        assert secret not in html


def test_public_payload_drops_server_paths_everywhere() -> None:
    payload = {
        "answered": True,
        "citations": [{"source": "a.md", "path": "/srv/kb/a.md", "excerpt": "x"}],
        "nested": {"path": "/p", "keep": [1, {"path": "/q", "v": None}]},
    }
    assert render.public_payload(payload) == {
        "answered": True,
        "citations": [{"source": "a.md", "excerpt": "x"}],
        "nested": {"keep": [1, {"v": None}]},
    }


def test_scrub_removes_secrets_from_messages(tmp_path) -> None:
    from pydantic import SecretStr

    from assistant.settings import Settings
    from assistant.ui.handlers import scrub

    settings = Settings(_env_file=None, index_dir=tmp_path, openai_api_key=SecretStr("sk-abcdef"),
                        openai_base_url="https://bob:s3cr3t@llm.example/v1", auth=SecretStr("hr:pa55word"))
    message = "failed: key sk-abcdef, url https://bob:s3cr3t@llm.example/v1, pw pa55word"
    assert scrub(message, settings) == "failed: key ***, url https://***@llm.example/v1, pw ***"


def test_upload_names_never_leave_the_upload_folder() -> None:
    import pytest

    from assistant.ui.handlers import UserError, safe_upload_name

    assert safe_upload_name("../../etc/passwd.md") == "passwd.md"
    assert safe_upload_name("/abs/path/policy.md") == "policy.md"
    assert safe_upload_name("..\\..\\win.md") == "win.md"
    assert safe_upload_name("a\nb.md") == "ab.md"
    assert safe_upload_name("...hidden.md") == "hidden.md"
    for bad in ("..", "../", "/", ""):
        with pytest.raises(UserError):
            safe_upload_name(bad)


def test_answer_view_shows_the_standalone_reading_and_a_conflict_when_the_report_has_them() -> None:
    class Answer(PolicyAnswer):  # the fields the Q&A adds for follow-ups and disagreeing documents
        question: str | None = None
        conflict: str | None = None

    answer = Answer(answered=True, answer="Monthly [1].", question="How often are check-ins for new hires?",
                    conflict="check-ins.md says monthly; <b>old.md</b> says weekly.")
    html = views.answer_view(answer, "And for new hires?")
    assert html.startswith(
        '<div class="answer-block"><p class="read-as">Answering: “How often are check-ins for new hires?”</p>'
        '<div class="conflict" role="note"><strong>The documents disagree.</strong> check-ins.md says monthly; '
        "&lt;b&gt;old.md&lt;/b&gt; says weekly.</div>"
    )
    same = views.answer_view(answer.model_copy(update={"conflict": None}), "how often are check-ins for new hires?")
    assert "read-as" not in same and "conflict" not in same
