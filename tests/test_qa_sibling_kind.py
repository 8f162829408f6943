"""A compound of the question whose kind word is the point, over pages on a sibling kind (probe:
scripts/qa_round26_probe.py, sibling_modifier / sibling_modifier_shape and the look-alikes).

"Who pays for the pet insurance?" over a page on health insurance, "Who is eligible for the referral bonus?" over a
page on spot bonuses: the question names the thing by a kind word ("pet", "referral") before a noun; the quote names
the same noun after another kind word ("Health Insurance", "spot bonus") and the answering document never writes
the asked kind word, so the documents cover a sibling, not the thing asked. A kind word is a word whose WordNet 3.0
uses are not mostly verb, adjective or adverb uses (assistant/data/non_kind_words.txt, built by
scripts/build_non_kind_words.py): "unused holiday" or "paid leave" name no kind, "provides insurance" no sibling.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import Sibling, _non_kind_words, kind_word, sibling_compound
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

INSURANCE = ("Health Insurance\nOsio Labs' health insurance benefits are intended to protect you and your family from "
             "financial loss resulting from hospital, surgical, or other health-related expenses.")


@pytest.mark.parametrize(("word", "expected"), [
    ("pet", True), ("referral", True), ("wedding", True), ("gym", True), ("drug", True), ("dental", True),
    ("parental", True), ("study", True), ("on-call", True),
    ("unused", False), ("paid", False), ("provides", False), ("covers", False), ("new", False), ("additional", False),
    ("weeks", False), ("staff", False), ("fully", False), ("accrued", False), ("the", False),
    ("versus", False), ("vs", False),
])
def test_kind_word_reads_the_words_wordnet_uses(word, expected) -> None:
    assert kind_word(word) is expected


def test_non_kind_words_are_a_sourced_wordnet_list() -> None:
    words = _non_kind_words()
    assert 20000 < len(words) < 30000
    assert {"unused", "paid", "cover", "covers", "provide", "provides", "take", "new", "extra"} <= words
    assert not {"pet", "referral", "wedding", "drug", "insurance", "dental", "medical", "bonus", "home"} & words


@pytest.mark.parametrize(("clause", "quote", "document", "names", "expected"), [
    ("Who pays for the Osio Labs pet insurance?", "Health Insurance\nUnder COBRA, the employee pays the full cost.",
     "We offer medical, dental and vision insurance.", ["Osio Labs"], Sibling("pet insurance", ("health insurance",))),
    ("Who is eligible for the referral bonus?", "Impact reviews\nYou are eligible for a spot bonus if in sales.",
     "Impact review cycles", [], Sibling("referral bonus", ("spot bonus",))),
    ("Is the gym stipend taxable?", "Tech Stipend\nOtherwise, PEX funds would be considered a taxable wage.",
     "The monthly tech stipend", [], Sibling("gym stipend", ("tech stipend",))),
    ("Can I take wedding leave?", "Leave\nParental leave is six weeks.", "Bereavement leave; sick leave", [],
     Sibling("wedding leave", ("parental leave",))),
])
def test_a_sibling_kind_in_the_quote_and_no_asked_kind_in_the_document(clause, quote, document, names,
                                                                       expected) -> None:
    assert sibling_compound(clause, quote, document, names) == expected


@pytest.mark.parametrize(("clause", "quote", "document"), [
    # the asked kind word stands in the document
    ("Does the company pay for dental insurance?", "Health Insurance\nWe pay 100% of premiums.",
     "medical, dental and vision insurance"),
    # the quote names the noun alone, or after the asked kind word
    ("What does the pet insurance cover?", "Benefits\nThe insurance covers you from day one.", "benefits"),
    ("How much is the pet insurance premium?", "Pet insurance\nThe premium is $20.", "pet insurance"),
    # a word naming no kind: a quality of the thing, a verb before the noun in the quote
    ("Can I carry over unused holiday?", "Holidays\nPublic holidays are paid.", "holidays"),
    # a noun naming a value (a time, a quantity): other words before it name no sibling kind
    ("How many vacation days do I get?", "Annual leave\nYou get 25 working days of annual leave.", "annual leave"),
    ("Who pays for the pet insurance?", "Benefits\nThe company provides insurance to all staff.", "benefits"),
    # a preposition between two nouns is no kind word ("goals versus competencies")
    ("How much do goals count versus competencies in the final rating?",
     "Ratings\nThe Northwind competency rating counts for half.", "ratings"),
])
def test_no_sibling(clause, quote, document) -> None:
    assert sibling_compound(clause, quote, document) is None


def test_siblings_in_the_organisations_pages_when_the_quote_names_the_noun_alone() -> None:
    quote = "Tech Stipend\nAll we ask is that you have insurance on your laptop."
    pool = "Insurance\nWe offer medical, dental and vision insurance, and life insurance."
    assert sibling_compound("What does the pet insurance cover?", quote, "tech stipend", (), None, pool) == Sibling(
        "pet insurance", ("vision insurance", "life insurance"))
    assert sibling_compound("What does the pet insurance cover?", quote, "tech stipend", (), None,
                            pool + "\nPet insurance is not offered.") is None


def test_two_compounds_read_as_one_thing_are_no_siblings() -> None:
    def similarity(phrase, others):
        return [0.9 for _ in others]

    assert sibling_compound("How many weeks of paternity leave?", "Parental leave\n16 weeks of paid parental leave.",
                            "parental leave", (), similarity) is None


def test_the_abstention_names_the_kinds_the_documents_cover(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("insurance.md", INSURANCE, 0.6, "Health Insurance", 1)]
    out = answer("Who pays for the Osio Labs pet insurance?", get_settings())
    assert (out.answered, out.answer) == (
        False, "The documents cover health insurance, not pet insurance. The indexed documents don't cover this "
               "question.")
