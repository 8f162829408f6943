"""The app's pure presentation helpers: highlight segments, scorecard, citations, checklists."""

from __future__ import annotations

import re

from assistant.ui import render


def test_segments_cover_the_text_and_join_overlapping_labels() -> None:
    text = "She is so abrasive and always late."
    spans = [(10, 18, "gender coded"), (10, 18, "trait"), (23, 29, "absolute")]
    assert render.segments(text, spans) == [
        ("She is so ", None),
        ("abrasive", "gender coded + trait"),
        (" and ", None),
        ("always", "absolute"),
        (" late.", None),
    ]


def test_segments_split_partial_overlaps_and_clip_out_of_range_spans() -> None:
    text = "abcdefgh"
    assert render.segments(text, [(1, 5, "x"), (3, 7, "y"), (6, 99, "z"), (4, 4, "empty")]) == [
        ("a", None),
        ("bc", "x"),
        ("de", "x + y"),
        ("f", "y"),
        ("g", "y + z"),
        ("h", "z"),
    ]
    assert "".join(piece for piece, _ in render.segments(text, [(1, 5, "x"), (3, 7, "y")])) == text


def test_segments_without_spans_and_empty_text() -> None:
    assert render.segments("plain", []) == [("plain", None)]
    assert render.segments("", [(0, 3, "x")]) == []


def test_placeholder_segments_mark_every_listed_placeholder() -> None:
    rewrite = "Cut wait time by [target: number or %] by [deadline], then review by [deadline]."
    segs = render.placeholder_segments(rewrite, ["[target: number or %]", "[deadline]"])
    marked = [piece for piece, label in segs if label == render.PLACEHOLDER_LABEL]
    assert marked == ["[target: number or %]", "[deadline]", "[deadline]"]
    assert "".join(piece for piece, _ in segs) == rewrite


def test_placeholder_segments_fall_back_to_brackets_when_none_listed() -> None:
    segs = render.placeholder_segments("Do X by [deadline].", [])
    assert segs == [("Do X by ", None), ("[deadline]", render.PLACEHOLDER_LABEL), (".", None)]


def _criterion(met: bool, evidence: str | None = None, question: str = "q?") -> dict:
    return {
        "met": met,
        "evidence": evidence,
        "start": None,
        "end": None,
        "advice": "advice",
        "question": question,
    }


def test_scorecard_lights_met_letters_and_shows_evidence_or_question() -> None:
    report = {
        "score": 2,
        "criteria": {
            "specific": _criterion(True, "Reduce ticket time"),
            "measurable": _criterion(True, "from 36 to 24 hours"),
            "attainable": _criterion(False, question="Is this realistic <now>?"),
            "relevant": _criterion(False, question="Which objective?"),
            "time_bound": _criterion(False, question="By when?"),
        },
    }
    html = render.scorecard_html(report)
    states = {
        key: state
        for state, key in re.findall(r'class="smart-letter (lit|unlit)" data-criterion="(\w+)"', html)
    }
    assert states == {
        "specific": "lit",
        "measurable": "lit",
        "attainable": "unlit",
        "relevant": "unlit",
        "time_bound": "unlit",
    }
    assert "“from 36 to 24 hours”" in html
    assert "Is this realistic &lt;now&gt;?" in html  # escaped
    assert "<strong>2 of 5</strong>" in html


def test_answer_html_distinguishes_answers_from_not_covered() -> None:
    citation = {
        "source": "check-ins.md",
        "section": "Cadence",
        "excerpt": "Monthly <b>check-ins</b>.",
        "score": 0.7,
    }
    answered = render.answer_html(
        {
            "answered": True,
            "answer": "From the documents:\n- “Monthly.” [1]\n- “Weekly.” [1]",
            "citations": [citation],
        }
    )
    assert answered.startswith(
        '<div class="answer"><p>From the documents:</p><ul><li>“Monthly.” [1]</li><li>“Weekly.” [1]</li></ul></div>'
    )
    assert '<details class="citation" data-source="check-ins.md">' in answered
    assert "Monthly &lt;b&gt;check-ins&lt;/b&gt;." in answered
    not_covered = render.answer_html(
        {"answered": False, "answer": "Not in the documents.", "citations": [citation]}
    )
    assert '<div class="not-covered">' in not_covered and '<div class="answer">' not in not_covered
    assert "Nearest documents" in not_covered
    assert "Not covered by the indexed documents." in not_covered


def test_structure_and_findings_rows() -> None:
    report = {
        "polarity": "constructive",
        "structure": {
            "situation": {"present": True, "evidence": "In Tuesday's call"},
            "behavior": {"present": False, "evidence": None},
            "impact": {"present": False, "evidence": None},
            "next_step": {"present": True, "evidence": "next time"},
        },
        "findings": [
            {"kind": "trait", "start": 7, "end": 11, "text": "lazy", "message": "m", "suggestion": "s"}
        ],
        "bias": [
            {
                "start": 0,
                "end": 3,
                "text": "She",
                "category": "gender_coded",
                "severity": "low",
                "rule": "r",
                "explanation": "e",
                "suggestion": "t",
            }
        ],
    }
    html = render.structure_html(report)
    assert re.findall(r'<li class="(present|absent)" data-part="(\w+)"', html) == [
        ("present", "situation"),
        ("absent", "behavior"),
        ("absent", "impact"),
        ("present", "next_step"),
    ]
    assert render.findings_rows(report) == [
        ["trait", "lazy", "m", "s"],
        ["bias: gender coded", "She", "e", "t"],
    ]


def test_color_map_lists_only_labels_present() -> None:
    segs = [("a", None), ("b", "trait"), ("c", "gender coded + trait")]
    assert render.color_map(segs) == {
        "trait": render.FINDING_COLORS["trait"],
        "gender coded + trait": "#e59ae0",
    }


def test_ingest_markdown_and_hr_rows() -> None:
    report = {
        "added": [{"source": "a.md", "path": "/x/a.md", "chunks": 3, "reason": None}],
        "skipped": [{"source": "b.exe", "path": "/x/b.exe", "chunks": 0, "reason": "unsupported type"}],
        "chunks_written": 3,
        "chunks_removed": 0,
        "documents": 9,
        "chunks": 120,
    }
    assert render.ingest_markdown(report) == (
        "- **Added** (1): a.md\n- **Skipped** (1): b.exe (unsupported type)\n- 3 chunks written, 0 removed\n"
        "- The index now holds 9 documents (120 chunks)."
    )
    doc = {"source": "a.md", "chunks": 3, "title": "A", "ingested_at": "2026-01-02T03:04:05Z"}
    assert render.document_rows([doc]) == [["a.md", 3, "A", "2026-01-02 03:04"]]
    rows = [
        {"passed": True, "question": "q1", "expect": "answer", "reason": ""},
        {"passed": False, "question": "q2", "expect": "abstain", "reason": "it answered"},
    ]
    assert render.hr_rows(rows) == [
        ["✓ PASS", "q1", "answer", ""],
        ["✗ FAIL", "q2", "abstain", "it answered"],
    ]
    assert render.hr_summary(rows) == "✗ **1 of 2 passed**, 1 failed"


def test_public_payload_drops_server_paths_everywhere() -> None:
    payload = {
        "answered": True,
        "citations": [{"source": "a.md", "path": "/srv/kb/a.md", "excerpt": "x"}],
        "added": [{"source": "b.md", "path": "/srv/up/b.md", "chunks": 2}],
        "nested": {"path": "/p", "keep": [1, {"path": "/q", "v": None}]},
    }
    assert render.public_payload(payload) == {
        "answered": True,
        "citations": [{"source": "a.md", "excerpt": "x"}],
        "added": [{"source": "b.md", "chunks": 2}],
        "nested": {"keep": [1, {"v": None}]},
    }
