"""scripts/qa_fact_losses.py: each missed fact of an answerable question is put in the class of
where it was lost (refused, not retrieved, another passage quoted, the passage quoted without it)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from assistant.evaluation.calibrate import Example, prepare
from assistant.knowledge.embeddings import FakeEmbedder
from assistant.qa.answer import calibration
from assistant.qa.models import Passage
from tests.fixtures.scripts import load_script

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

QUESTION = "How many days of parental leave do employees get?"
LEAVE = ["Employees get 20 days of parental leave.", "Parental leave is paid in full."]
OTHER = ["Sick leave needs a doctor's note after 3 days."]


def example(facts: list[str], refusal: str | None = None) -> Example:
    embedder = FakeEmbedder()
    passages = [Passage("p1", "leave.md", "/leave.md", "Leave", "Parental leave", " ".join(LEAVE), LEAVE, 0, 0.6),
                Passage("p2", "sick.md", "/sick.md", "Leave", "Sick leave", " ".join(OTHER), OTHER, 1, 0.3)]
    vectors = {(p.id, i): np.asarray(embedder.embed_query(u), dtype=np.float32)
               for p in passages for i, u in enumerate(p.units)}
    return Example("t", "q1", QUESTION, "answer", facts, ["leave.md"], [], refusal=refusal, display=QUESTION,
                   passages=passages, vectors=vectors,
                   q_vector=np.asarray(embedder.embed_query(QUESTION), dtype=np.float32))


def test_each_missed_fact_gets_the_class_of_where_it_was_lost() -> None:
    losses = load_script("scripts/qa_fact_losses.py")
    open_gate = replace(calibration(), threshold=0.0, min_focus=0.0, max_quotes=1)
    refused = prepare([example(["20 days"], refusal="off_topic")])[0]
    assert losses.classify(refused, open_gate) == [{"id": "q1", "fact": "20 days", "class": "a_refused"}]
    answered = prepare([example(["20 days", "four weeks"])])[0]
    records = losses.classify(answered, open_gate)
    assert [(r["fact"], r["class"]) for r in records] == [("four weeks", "b_not_in_pool")]
    assert [q.split(" p=")[0] + q.split(":", 1)[1] for q in records[0]["quotes"]] == [
        "leave.md#0 Employees get 20 days of parental leave."]
    quoted_without = prepare([example(["paid in full"])])[0]
    assert [(r["fact"], r["class"], r["fact_unit"]) for r in losses.classify(quoted_without, open_gate)] == [
        ("paid in full", "d_not_quoted", "Parental leave is paid in full.")]
    elsewhere = prepare([example(["doctor's note"])])[0]
    assert [(r["fact"], r["class"], r["fact_sources"]) for r in losses.classify(elsewhere, open_gate)] == [
        ("doctor's note", "c_other_passage", ["sick.md"])]
