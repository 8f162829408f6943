"""Guidance (coaching questions, examples, tips) extracted from job aids at ingest time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.knowledge.guidance import (
    Guidance,
    GuidanceItem,
    classify_item,
    documents_from_store,
    extract_guidance,
    load_guidance,
    read_sidecar,
    sidecar_path,
    topic_for_heading,
)
from assistant.knowledge.loaders import load_document
from assistant.schemas import Citation
from assistant.settings import PROJECT_ROOT
from tests.fixtures.index import KNOWLEDGE_DIR, SEEDS_DIR, make_settings

SMART_AID = KNOWLEDGE_DIR / "smart-goals-job-aid.md"

MINI_AID = """---
title: Mini Goal Aid
guidance: smart
---
# Mini Goal Aid

## Overview

- Not a topic, so this tip is ignored.

## Specific: say what changes

- Who benefits?
- "Reduce wait times at the front desk"
- Example: Launch the volunteer portal
- Use a concrete verb.

### Deeper notes

- Still specific: a tip under a sub-heading.

## Achievable goals

- Do you have the budget?

## Time-bound

- By when will it be done,
  and who checks?
- Put a milestone in the goal.

## Timeline of the programme

- Not a topic: 'Timeline' does not start with a topic name.
"""


@pytest.mark.parametrize(
    ("name", "heading", "topic"),
    [
        ("smart", "Specific: name the action and the scope", "specific"),
        ("smart", "Measurable", "measurable"),
        ("smart", "Achievable goals", "attainable"),
        ("smart", "Attainable (or Achievable)", "attainable"),
        ("smart", "Time-bound: set the deadline", "time_bound"),
        ("smart", "Time bound", "time_bound"),
        ("smart", "2. Relevant", "relevant"),
        ("smart", "Specifically for managers", None),
        ("smart", "Timeline", None),
        ("smart", "Situation", None),  # a feedback topic, not a SMART one
        ("feedback", "Situation: anchor the feedback in a moment", "situation"),
        ("feedback", "Behaviour: describe what you saw", "behavior"),
        ("feedback", "Behavior", "behavior"),
        ("feedback", "Impact", "impact"),
        ("feedback", "Next steps: agree what happens", "next_step"),
        ("feedback", "Impactful feedback", None),
    ],
)
def test_topic_for_heading(name: str, heading: str, topic: str | None) -> None:
    assert topic_for_heading(name, heading) == topic


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("What will be different?", ("question", "What will be different?")),
        ('"In this morning\'s meeting, ..."', ("example", '"In this morning\'s meeting, ..."')),
        ("“Curly quotes too”", ("example", "“Curly quotes too”")),
        ("Example: Digitize 2,000 records", ("example", "Digitize 2,000 records")),
        ("Use a concrete verb.", ("tip", "Use a concrete verb.")),
    ],
)
def test_classify_item(item: str, expected: tuple[str, str]) -> None:
    assert classify_item(item) == expected


def test_extract_guidance_whole_result(tmp_path: Path) -> None:
    path = tmp_path / "mini.md"
    path.write_text(MINI_AID, encoding="utf-8")
    doc = load_document(path)
    items = extract_guidance("smart", [(b.headings, b.text) for b in doc.blocks], "mini.md", str(path))

    def cite(section: str, excerpt: str) -> Citation:
        return Citation(source="mini.md", section=section, excerpt=excerpt, path=str(path))

    spec = "Specific: say what changes"
    assert [(i.topic, i.kind, i.text, i.citation) for i in items] == [
        ("specific", "question", "Who benefits?", cite(spec, "Who benefits?")),
        (
            "specific",
            "example",
            '"Reduce wait times at the front desk"',
            cite(spec, '"Reduce wait times at the front desk"'),
        ),
        (
            "specific",
            "example",
            "Launch the volunteer portal",
            cite(spec, "Example: Launch the volunteer portal"),
        ),
        ("specific", "tip", "Use a concrete verb.", cite(spec, "Use a concrete verb.")),
        (
            "specific",
            "tip",
            "Still specific: a tip under a sub-heading.",
            cite(f"{spec} > Deeper notes", "Still specific: a tip under a sub-heading."),
        ),
        (
            "attainable",
            "question",
            "Do you have the budget?",
            cite("Achievable goals", "Do you have the budget?"),
        ),
        (
            "time_bound",
            "question",
            "By when will it be done, and who checks?",
            cite("Time-bound", "By when will it be done, and who checks?"),
        ),
        (
            "time_bound",
            "tip",
            "Put a milestone in the goal.",
            cite("Time-bound", "Put a milestone in the goal."),
        ),
    ]
    guidance = Guidance(name="smart", items=items)
    assert [i.text for i in guidance.for_topic("Time-bound", kind="question")] == [
        "By when will it be done, and who checks?"
    ]
    assert guidance.for_topic("measurable") == []
    assert guidance.topics == ["specific", "attainable", "time_bound"]


def test_smart_job_aid_has_questions_for_every_criterion() -> None:
    doc = load_document(SMART_AID)
    assert doc.metadata["guidance"] == "smart"
    items = extract_guidance("smart", [(b.headings, b.text) for b in doc.blocks], SMART_AID.name)
    guidance = Guidance(name="smart", items=items)
    for topic in ("specific", "measurable", "attainable", "relevant", "time_bound"):
        questions = guidance.for_topic(topic, "question")
        assert len(questions) >= 2, topic
        assert all(q.text.endswith("?") and q.citation.source == SMART_AID.name for q in questions)
        assert all(q.citation.excerpt == q.text for q in questions)
    # Sections cite the heading that introduced the topic.
    assert all(i.citation.section.casefold().startswith(i.topic.split("_")[0]) for i in items)


def test_ingest_writes_sidecar_equal_to_store_extraction(fake_index) -> None:
    documents = read_sidecar(fake_index)
    assert documents is not None
    names = {Path(path).name: entry["name"] for path, entry in documents.items()}
    assert names == {"smart-goals-job-aid.md": "smart", "feedback-guide.md": "feedback"}
    # The server-mode path (rebuilt from stored chunks) yields exactly the same guidance.
    assert documents_from_store(fake_index) == documents


def test_load_guidance_from_index(fake_index) -> None:
    smart = load_guidance(fake_index, "smart")
    feedback = load_guidance(fake_index, "feedback")
    assert smart is not None and feedback is not None
    assert smart.topics == ["specific", "measurable", "attainable", "relevant", "time_bound"]
    assert set(feedback.topics) == {"situation", "behavior", "impact", "next_step"}
    assert feedback.for_topic("behaviour", "example")
    assert load_guidance(fake_index, "unknown") is None


def test_load_guidance_needs_neither_torch_nor_chroma(fake_index) -> None:
    code = (
        "import sys, json\n"
        "from assistant.knowledge.guidance import load_guidance\n"
        "from assistant.settings import Settings\n"
        f"g = load_guidance(Settings(_env_file=None, index_dir={str(fake_index.index_dir)!r}), 'smart')\n"
        "print(json.dumps([len(g.items), 'torch' in sys.modules, 'chromadb' in sys.modules,"
        " 'sentence_transformers' in sys.modules]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=120,
        check=True,
    )
    count, torch_loaded, chroma_loaded, st_loaded = json.loads(out.stdout)
    assert count == len(load_guidance(fake_index, "smart").items)
    assert (torch_loaded, chroma_loaded, st_loaded) == (False, False, False)


def test_load_guidance_on_empty_index_builds_nothing(tmp_path: Path) -> None:
    """Reading never writes: no index means no guidance (the analyzers use built-in questions)."""
    from assistant.knowledge.index import ingest

    knowledge = tmp_path / "kb"
    knowledge.mkdir()
    (knowledge / "aid.md").write_text(MINI_AID, encoding="utf-8")
    settings = make_settings(index_dir=tmp_path / "index", knowledge_dir=knowledge, embeddings="fake")
    messages: list[str] = []
    assert load_guidance(settings, "smart", notify=messages.append) is None
    assert messages == [] and not (tmp_path / "index").exists()

    ingest([knowledge], settings)
    guidance = load_guidance(settings, "smart", notify=messages.append)
    assert guidance is not None and guidance.topics == ["specific", "attainable", "time_bound"]
    assert sidecar_path(settings).exists() and messages == []


def test_sidecar_rebuilt_when_missing(index_copy) -> None:
    before = load_guidance(index_copy, "feedback")
    sidecar_path(index_copy).unlink()
    assert load_guidance(index_copy, "feedback") == before
    assert sidecar_path(index_copy).exists()


def test_ingest_repairs_a_sidecar_that_lags_behind_the_index(tmp_path: Path) -> None:
    from assistant.knowledge.guidance import write_sidecar
    from assistant.knowledge.index import ingest

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "aid.md").write_text(MINI_AID, encoding="utf-8")
    settings = make_settings(index_dir=tmp_path / "index", knowledge_dir=docs, embeddings="fake")
    ingest([docs], settings)
    complete = read_sidecar(settings)
    assert list(complete) == [str(docs / "aid.md")]
    write_sidecar(settings, {}, 6)  # as if a run died after writing chunks, before the sidecar
    report = ingest([docs], settings)
    assert [i.source for i in report.unchanged] == ["aid.md"]
    assert read_sidecar(settings) == complete
    # Removing the document removes its guidance too.
    (docs / "aid.md").unlink()
    ingest([docs], settings)
    assert read_sidecar(settings) is None  # the index is empty now
    messages: list[str] = []
    assert load_guidance(settings, "smart", notify=messages.append) is None
    assert messages == []


def test_concurrent_sidecar_writes_in_one_process_do_not_collide(tmp_path):
    """Several threads (the app's concurrent ingests) rewriting the sidecar at once."""
    from concurrent.futures import ThreadPoolExecutor

    from assistant.knowledge.guidance import read_sidecar, sidecar_path, write_sidecar
    from assistant.settings import Settings

    settings = Settings(index_dir=tmp_path / "index")
    documents = {f"doc{i}.md": {"name": "smart", "items": []} for i in range(3)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda n: write_sidecar(settings, documents, chunks=n + 1), range(200)))
    assert read_sidecar(settings) == documents
    assert [p.name for p in sidecar_path(settings).parent.iterdir()] == [sidecar_path(settings).name]


# --- job aids without front-matter (PDF, plain text): recognised by their layout -------------

PLAIN_JOB_AID = """Goal setting job aid

Specific Say exactly what will change. • Who is involved? • Which activities come first?
Measurable Decide on the evidence. • How will we know it is done?
Achievable Check resources. • Is there budget for this?
Relevant Tie it to the plan. • Which objective does it serve?
Time-bound Set the date. • What is the deadline?
"""


def test_plain_text_job_aid_is_detected_and_its_inline_questions_extracted(tmp_path):
    path = tmp_path / "job-aid.txt"
    path.write_text(PLAIN_JOB_AID, encoding="utf-8")
    doc = load_document(path)
    assert doc.metadata["guidance"] == "smart"
    items = extract_guidance("smart", [(b.headings, b.text) for b in doc.blocks], path.name, str(path))
    assert [(i.topic, i.kind, i.text) for i in items] == [
        ("specific", "question", "Who is involved?"),
        ("specific", "question", "Which activities come first?"),
        ("measurable", "question", "How will we know it is done?"),
        ("attainable", "question", "Is there budget for this?"),
        ("relevant", "question", "Which objective does it serve?"),
        ("time_bound", "question", "What is the deadline?"),
    ]
    assert items[0].citation.source == "job-aid.txt"


def test_pdf_job_aid_is_detected(tmp_path):
    from tests.test_knowledge_loaders import make_pdf

    path = make_pdf(tmp_path / "job-aid.pdf", [PLAIN_JOB_AID.splitlines()])
    assert load_document(path).metadata["guidance"] == "smart"


def test_documents_that_merely_mention_a_topic_are_not_guidance(tmp_path):
    path = tmp_path / "policy.txt"
    path.write_text(
        "Impact of the policy: what does it change?\nSpecific rules apply to contractors. Who decides?\n"
        "Relevant dates are listed below.\n",
        encoding="utf-8",
    )
    assert "guidance" not in load_document(path).metadata


def test_real_job_aid_from_the_seed_corpus():
    """The university job aid in shared/seeds lists its SMART questions inline, as exported from a PDF."""
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    if not seeds:
        pytest.skip("shared/seeds is not beside the project")
    detected = {p.name: load_document(p).metadata.get("guidance") for p in seeds}
    assert sorted(v for v in detected.values() if v) == ["smart"]  # exactly one job aid among the five
    job_aid = next(p for p in seeds if detected[p.name])
    doc = load_document(job_aid)
    items = extract_guidance("smart", [(b.headings, b.text) for b in doc.blocks], job_aid.name)
    by_topic = {t: [i.text for i in items if i.topic == t] for t in dict.fromkeys(i.topic for i in items)}
    assert list(by_topic) == ["specific", "measurable", "attainable", "relevant", "time_bound"]
    assert by_topic["specific"][0] == "Who is involved?"
    assert by_topic["time_bound"][0] == "What is the deadline?"
    assert all(q.endswith("?") and "<" not in q for qs in by_topic.values() for q in qs)


def test_sidecar_is_parsed_once_per_version_and_refreshed_when_rewritten(tmp_path, monkeypatch):
    """A batch of goals reads the sidecar once; a re-ingest (a new sidecar file) is seen at once."""
    from assistant.knowledge import guidance as guidance_mod
    from assistant.settings import Settings

    settings = Settings(index_dir=tmp_path / "index")

    def entry(question: str) -> dict:
        item = GuidanceItem(topic="specific", kind="question", text=question,
                            citation=Citation(source="aid.md", excerpt=question))
        return guidance_mod.sidecar_entry("smart", "aid.md", [item])

    guidance_mod.write_sidecar(settings, {"/aid.md": entry("Who is involved?")}, chunks=3)
    reads = []
    real_read = guidance_mod.read_sidecar
    monkeypatch.setattr(guidance_mod, "read_sidecar", lambda s: reads.append(1) or real_read(s))
    texts = {load_guidance(settings, "smart").items[0].text for _ in range(100)}
    assert (texts, len(reads)) == ({"Who is involved?"}, 1)
    guidance_mod.write_sidecar(settings, {"/aid.md": entry("Who owns the result?")}, chunks=3)
    assert load_guidance(settings, "smart").items[0].text == "Who owns the result?"
    assert len(reads) == 2
    assert load_guidance(settings, "feedback") is None
