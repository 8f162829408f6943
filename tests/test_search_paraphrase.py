"""Round 32 (QX, probe scripts/qa_round32x_probe.py): retrieval of questions worded in an employee's words.

* An organisation named after the closed-class word that opens the question ("At Leaf, can I ...?", "The Clef
  founders ...") is a name of the question, as one after an opening auxiliary is ("Does Sourcegraph ...?"): the
  capitalised run that starts with that word is not a name of its own, and the word does not start the name.
* The lexical leg's ranks count in the fusion by the share of the query's term information (BM25 idf) that the
  index's vocabulary holds: a question whose telling words no page uses is ranked lexically on its commonest
  words only, and its dense ranks count for more.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from assistant.knowledge.index import ingest
from assistant.knowledge.lexical import bm25_idf
from assistant.knowledge.records import ChunkHit, StoredChunk
from assistant.knowledge.search import fuse, lexical_weight
from assistant.knowledge.store import open_store
from assistant.text import names, question_names


def test_a_name_after_the_closed_class_word_that_opens_a_question_is_a_name() -> None:
    questions = ["At Leaf, can I roll unused holiday over into next year?", "At Osio Labs, how long is parental leave?",
                 "The Clef founders pay themselves what?", "In Denmark, how many public holidays are there?",
                 "Does Sourcegraph pay for a desk?", "May I take leave in my first month?", "On Mondays, is it open?",
                 "Leaf paid me too much by mistake. What happens now?", "At which point do I get a review?"]
    assert [question_names(q) for q in questions] == [
        ["Leaf"], ["Osio Labs"], ["Clef"], ["Denmark"], ["Sourcegraph"], [], [], [], []]
    assert [names(q) for q in questions[:3]] == [[], [], []]  # names() itself is unchanged


def test_bm25_idf_is_lucenes_and_positive() -> None:
    assert [round(bm25_idf(n, 10), 4) for n in (0, 1, 5, 10)] == [
        round(math.log(1 + 10.5 / 0.5), 4), round(math.log(1 + 9.5 / 1.5), 4), round(math.log(2.0), 4),
        round(math.log(1 + 0.5 / 10.5), 4)]


PAGES = {
    "leave.md": "# Parental leave\n\nYou can take the twelve weeks of parental leave intermittently within a year.\n",
    "pay.md": "# Pay\n\nSalaries are paid on the last working day of the month. Overpayments are deducted.\n",
    "jury.md": "# Jury service\n\nJury service is paid leave and does not count against your vacation.\n",
}


def _store(tmp_path: Path, settings):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    assert not ingest([docs], settings).errors
    return open_store(settings)


def test_the_vocabulary_share_is_the_idf_share_of_the_query_terms_the_index_holds(tmp_path: Path,
                                                                                    fake_settings) -> None:
    store = _store(tmp_path, fake_settings)
    assert store.vocabulary_share("parental leave within a year") == 1.0
    assert store.vocabulary_share("what do I get?") == 1.0  # no terms: the leg counts in full
    share = store.vocabulary_share("baby bonding leave")  # two words no page uses, one that every leave page does
    assert 0.0 < share < 0.5
    assert store.vocabulary_share("zebra giraffe") == 0.0
    assert lexical_weight("baby bonding leave", store) == share
    assert lexical_weight("anything", object()) == 1.0  # a store without a lexical vocabulary: full weight


def _hit(chunk_id: str, rank: int) -> ChunkHit:
    chunk = StoredChunk.from_metadata(chunk_id, chunk_id, {"source": f"{chunk_id}.md", "path": f"/{chunk_id}.md"})
    return ChunkHit(chunk, 1.0 / rank, rank)


@pytest.mark.parametrize(("weight", "order"), [(1.0, ["both", "dense", "other"]), (0.3, ["dense", "both", "other"])])
def test_a_light_lexical_leg_lets_the_first_dense_hit_lead(weight: float, order: list[str]) -> None:
    """The dense leg's first hit against a chunk both legs rank 20th: 1/61 against (1 + weight)/80."""
    dense = [_hit("dense", 1), _hit("both", 20)]
    lexical = [_hit("other", 1), _hit("both", 20)]
    assert [r.id for r in fuse(dense, lexical, k=3, lexical_weight=weight)] == order
