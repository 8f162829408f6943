"""An asked word covered by its first-sense synonym (probe: scripts/qa_round28h_probe.py).

A question writes "react" where the policy writes "respond", "time away" where it writes "time off": the two words
share their first (most frequent) WordNet 3.0 sense (assistant/data/first_sense_synonyms.txt, built by
scripts/build_first_sense_synonyms.py), so the policy's word covers the asked one in the focus and asked-thing
checks. A word that is a synonym only by a rarer sense ("quit" and "leave") covers nothing, and an asked thing the
documents do not name stays refused. A word mostly used in another part of speech ("state") and a
capitalised word (it may be a name) stand for no synonym; nouns that name departments, teams and roles (acts,
fields, groups, persons: "technology", "manager") are not read through synonyms at all (round 34:
tests/test_qa_round34_noun_synonyms.py).
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.focus import _synonym_table, first_sense_synonyms, matched
from assistant.settings import get_settings
from assistant.text import stem
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def test_the_table_is_built_from_shared_first_senses() -> None:
    table = _synonym_table()
    assert 24000 < len(table) < 26000
    assert "respond" in first_sense_synonyms(stem("react"))
    assert "reacted" in first_sense_synonyms(stem("respond"))
    assert "off" in first_sense_synonyms(stem("away"))
    # a synonym only by a rarer sense is not listed: "leave" is not what "quit" first means
    assert "leave" not in first_sense_synonyms(stem("quit"))
    # a word used mostly in another part of speech is not listed: "state" is mostly a noun, not the verb "tell"
    assert "state" not in first_sense_synonyms(stem("tell"))
    assert first_sense_synonyms("<max>") == frozenset()
    # a noun naming an act or field stays exact: "engineering" (often a department) does not stand for "technology"
    assert first_sense_synonyms(stem("technology")) == frozenset()


@pytest.mark.parametrize(("focus", "text", "expected"), [
    ({"react"}, "Staff are expected to respond within two hours.", {"react"}),
    ({"away", "time"}, "New parents receive paid time off.", {"away", "time"}),
    ({"quit"}, "Employees who leave keep their pension.", set()),
    ({"react"}, "Staff receive a stipend each quarter.", set()),
    ({"tell"}, "Leave may also count under state sick leave statutes.", set()),
    ({"tell"}, "Staff in the United States Say so in writing.", set()),
    ({"tell"}, "Staff in the United States say so in writing.", {"tell"}),
])
def test_matched_reads_a_first_sense_synonym(focus, text, expected) -> None:
    assert matched({stem(w) if not w.startswith("<") else w for w in focus}, text) == {stem(w) for w in expected}


ON_CALL = ("On-call support\n\nWhen no incident plan sets a target, the engineer on call is expected to respond to a "
           "page within 30 minutes. Each on-call week earns a stipend of $200.")
PARENTS = ("Parental leave\n\nAfter the birth or adoption of a child, a parent may take 16 weeks of paid time off in "
           "one block or in several.")


def test_a_paraphrased_verb_is_answered(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("on-call.md", ON_CALL, 0.55, "On-call support", 1)]
    out = answer("I'm on the night rotation this week. How fast do I have to react when I get paged?",
                 get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (
        True, "- \u201cWhen no incident plan sets a target, the engineer on call is expected to respond to a page "
              "within 30 minutes.\u201d [1]")


def test_time_away_is_answered_by_time_off(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("parental.md", PARENTS, 0.6, "Parental leave", 1)]
    out = answer("We are adopting a baby. How much paid time away from work can I take?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (
        True, "- \u201cAfter the birth or adoption of a child, a parent may take 16 weeks of paid time off in one "
              "block or in several.\u201d [1]")


def test_an_asked_thing_the_page_does_not_name_stays_refused(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("on-call.md", ON_CALL, 0.5, "On-call support", 1)]
    out = answer("I answered three pages last weekend. What overtime rate is paid for on-call hours?", get_settings())
    assert out.answered is False
