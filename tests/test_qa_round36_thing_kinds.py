"""Round 36 (qarefuse36): the asked thing named by the handbook's own word for it or for a kind of it (WordNet 3.0
first synset and its direct hyponyms, ``assistant/data/thing_kinds.txt``), read by
:func:`assistant.qa.check.kind_named` in the answer's thing check. Sentences from public pages of the probe
``evals/probes/round36/qarefuse36_thing_words.jsonl`` and the tuning refusal handbooks4 d13."""

from __future__ import annotations

from assistant.qa.check import _thing_kinds, kind_named


def test_table_rows_from_wordnet():
    table = _thing_kinds()
    assert table["trial_period"] == ("probation", "probationary", "test period")
    assert table["mark"] == ("grade", "grade point", "percentile", "score")
    assert table["sabbatical"] == ("sabbatical leave", "sabbatical year")


def test_compound_named_by_a_kind_and_its_adjective():
    text = "Probation\nAll new employees start on a one month probationary period as stated in the contract."
    assert kind_named(["trial", "period"], frozenset({"trial"}), text) == frozenset({"trial"})
    docstoc = ("When any employee first begins employment at [PROVIDE NAME OF COMPANY], they will begin a ninety (90) "
               "day probationary period.")
    assert kind_named(["trial", "period"], frozenset({"trial"}), docstoc) == frozenset({"trial"})


def test_plural_noun_named_by_a_synonym():
    text = "Courses with grades of “C” or higher will be reimbursed with a maximum yearly benefit of $2,500."
    assert kind_named(["marks"], frozenset({"mark"}), text) == frozenset({"mark"})


def test_broader_word_never_covers():
    text = "Upon the death of a family member, bereavement leave may be granted for up to five days."
    assert kind_named(["sabbatical", "leave"], frozenset({"sabbatical"}), text) == frozenset()
    assert kind_named(["paternity", "leave"], frozenset({"paternity"}), text) == frozenset()


def test_other_wording_without_relation_stays_absent():
    text = "On the first day you report to work, you will begin an Introductory Period to last 90 calendar days."
    assert kind_named(["trial", "period"], frozenset({"trial"}), text) == frozenset()
    phone = "Mobile Phone Stipend\n**Reimbursement:** Flat stipend of **$50.00 per month**."
    assert kind_named(["home", "internet", "connection"], frozenset({"hom", "internet", "connection"}),
                      phone) == frozenset()


def test_kind_must_stand_as_a_word_not_as_compound_parts():
    text = ("The Company will reimburse eligible employees for tuition expenses (not including fees, books or "
            "supplies) paid to accredited schools, colleges and universities.")
    assert kind_named(["textbooks"], frozenset({"textbook"}), text) == frozenset()


def test_only_absent_words_are_returned():
    text = "All new employees start on a one month probationary period."
    assert kind_named(["trial", "period"], frozenset(), text) == frozenset()


def test_kind_ending_a_compound_of_another_thing_does_not_cover():
    # "holiday" is a kind of vacation in WordNet, "public holidays" a day off by law (tests/test_qa_round34_noun_synonyms)
    public = "Each employee is entitled to 15 days of paid leave per year plus 10 public holidays."
    assert kind_named(["vacation"], frozenset({"vacation"}), public) == frozenset()
    own = "Each employee is entitled to 25 days of holiday a year, plus public holidays."
    assert kind_named(["vacation"], frozenset({"vacation"}), own) == frozenset({"vacation"})
