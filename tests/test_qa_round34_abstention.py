"""Round 34: a must-abstain question answered because the sufficiency check read no asked thing or no asked type
(class: the asking phrase's shape hid what the question asks for).

Four shapes of English question left the asked thing or the answer type unread, so a passage on the topic passed
for the answer (handbooks6 tuning half: n13, n14, n17 and n19 now abstain; no tuning question newly fails):

* "how ADJ a(n) N" -- the degree phrase with an indefinite article ("How long a paid sabbatical do I get?", "How
  big a relocation package ...") names its thing after the article: ``_HEAD_SLOT`` now reads it, so a passage on
  annual leave no longer answers for a sabbatical;
* "what price" / "what is the ... price|cost" asks for an amount of money like "what amount": ``_QUANTITY_Q`` now
  types it as a quantity, so a passage with no amount does not answer ("Up to what price can I ...?");
* a yes/no question about a benefit followed by an occasion clause ("Does X pay a bonus *if I refer someone who gets
  hired*?"): the thing was read as the clause's last noun phrase ("hired"), which a hiring page carries. The
  occasion clause (when, if, once, after, ...) says when the benefit is given, so the benefit's object is read before
  it; and a benefit noun standing alone there ("a bonus", "a stipend") is the thing itself, not a kind of value.

* "how much/many of DET N" -- the partitive ("How much of my mobile phone bill ...") names its whole after "of":
  ``_HEAD_SLOT`` reads it, "bill" joining the kind words as an amount owed (like "cost", "fee", "price"), so a
  passage on an internet subscription no longer answers for a phone. The whole is the asker's own, so only its head
  must stand (``check.partitive``): "home" of "my home internet bill" may be left unsaid by a page on internet
  (handbooks6 d16 stays answered).

Look-alikes that still answer: the same shapes where the passage names the thing and holds the value; a plural
"what costs" still asks which expenses (no quantity); a kind word after the article ("how much a month") names no
thing.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import answer_types, asked_thing
from assistant.settings import get_settings
from assistant.text import names
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


@pytest.mark.parametrize(("clause", "thing"), [
    ("How long a paid sabbatical do I get after seven years at Acme", ["paid", "sabbatical"]),
    ("How long a notice period do I need", ["notice", "period"]),
    ("How big a relocation package does Acme offer", ["relocation", "package"]),
    # a kind word after the article or "of" names no thing
    ("How much a month do I get for internet", []),
    ("How much of my mobile phone bill does Acme reimburse each month", ["mobile", "phone"]),
    ("How much of my home internet bill will Acme pay", ["home", "internet"]),
    ("How much of the budget is left", []),
    # the shapes already read stay as they were
    ("How much notice must I give", ["notice"]),
    # a yes/no benefit question: the object before an occasion clause; a lone benefit noun is the thing
    ("Does Acme pay a bonus if I refer someone who gets hired", ["bonus"]),
    ("Will Acme pay for a coworking space if I live far from the office", ["coworking", "space"]),
    ("Does Acme offer a wellness allowance", ["wellness"]),
    ("How many vacation days do I get", ["vacation"]),
])
def test_the_thing_of_a_degree_or_partitive_phrase_is_read(clause, thing) -> None:
    assert asked_thing(clause, ["Acme"]) == thing


@pytest.mark.parametrize(("question", "kinds"), [
    ("Up to what price can I book a hotel without approval?", ["quantity"]),
    ("What is the price of a conference ticket I can book without approval?", ["quantity"]),
    ("What is the cost of the gym membership Acme covers?", ["quantity"]),
    # a plural "costs" asks which expenses, not an amount
    ("What costs does Acme cover?", [None]),
    ("What price comparison sites may I use?", ["quantity"]),
])
def test_a_price_question_asks_for_a_quantity(question, kinds) -> None:
    assert answer_types(question) == kinds


LEAVE = ("Time off\n\nEvery Acme employee should take at least 30 days of annual leave each year (pro-rated for "
         "part-time staff).")
SABBATICAL = ("Sabbatical\n\nAfter seven years of service an Acme employee may take a paid sabbatical of three "
              "months.")
INTERNET = "Home office\n\nAcme reimburses up to $60 a month for a high-speed internet subscription."
EVENTS = ("Events\n\nAcme reimburses registration for industry events that your manager agrees are relevant to "
          "your role.")
HIRING = ("Hiring\n\nAcme staff may refer candidates through the careers portal; the hiring manager reviews every "
          "referral.")
REFERRAL = "Referrals\n\nAcme pays a $1,000 bonus when someone you refer is hired and stays for three months."
EVENTS_PRICED = ("Events\n\nAt Acme you may register for an industry event costing up to $500 without approval; "
                 "above that, ask your manager.")


NOT_COVERED = " The indexed documents don't cover this question."


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("How long a paid sabbatical do I get after seven years at Acme?", LEAVE,
     "The documents cover \u201cTime off\u201d (policy (policy.md)), but the passages found do not mention "
     "\u201cpaid\u201d, \u201csabbatical\u201d." + NOT_COVERED),
    ("How much of my mobile phone bill does Acme reimburse each month?", INTERNET,
     "The documents cover \u201cHome office\u201d (policy (policy.md)), but the passages found do not mention "
     "\u201cmobile\u201d, \u201cphone\u201d." + NOT_COVERED),
    ("Up to what price can I register for an industry event at Acme without approval?", EVENTS,
     "The documents cover \u201cEvents\u201d (policy (policy.md)), but do not give an amount of money for this "
     "question." + NOT_COVERED),
    ("Does Acme pay a bonus if I refer someone who gets hired?", HIRING,
     "The documents cover \u201cHiring\u201d (policy (policy.md)), but the passages found do not mention "
     "\u201cbonus\u201d." + NOT_COVERED),
])
def test_a_passage_on_the_topic_without_the_thing_or_value_does_not_answer(fake_search, question, text,  # noqa: F811
                                                                           expected) -> None:
    fake_search["results"] = [result("policy.md", text, 0.55, text.split("\n")[0], 1)]
    out = answer(question, get_settings())
    assert (out.answered, out.answer) == (False, expected)


@pytest.mark.parametrize(("question", "text", "quote"), [
    ("How long a paid sabbatical do I get after seven years at Acme?", SABBATICAL,
     "After seven years of service an Acme employee may take a paid sabbatical of three months."),
    ("How much of my home internet bill does Acme reimburse each month?", INTERNET,
     "Acme reimburses up to $60 a month for a high-speed internet subscription."),
    ("Up to what price can I register for an industry event at Acme without approval?", EVENTS_PRICED,
     "At Acme you may register for an industry event costing up to $500 without approval; above that, ask your "
     "manager."),
    ("Does Acme pay a bonus if I refer someone who gets hired?", REFERRAL,
     "Acme pays a $1,000 bonus when someone you refer is hired and stays for three months."),
])
def test_the_passage_naming_the_thing_with_its_value_answers(fake_search, question, text,  # noqa: F811
                                                             quote) -> None:
    fake_search["results"] = [result("policy.md", text, 0.55, text.split("\n")[0], 1)]
    out = answer(question, get_settings())
    assert (out.answered, out.answer) == (True, f"From the indexed documents:\n- \u201c{quote}\u201d [1]")


def test_a_contact_relative_clause_after_the_benefits_noun_names_no_thing_of_its_own() -> None:
    # "the sick days *I haven't used*": a subject pronoun right after a noun opens a clause that says which of them
    # (Quirk et al. 1985, 17.12); the thing asked about is the noun before it, not the clause's words
    questions = [
        "Does Acme pay me for the sick days I haven't used when I leave?",
        "Does Acme pay for the courses you take?",
        "Does Acme pay for the training we attend abroad?",
        "Does Acme pay a bonus if I refer someone who gets hired?",
    ]
    assert [asked_thing(q, names(q)) for q in questions] == [["sick"], ["courses"], ["training"], ["bonus"]]
