"""Round 39 (QO, qaover39): a contact value asked by the word for its form ("What's the *phone number* of the
charity?", "What *email address* ...", "What's the *website* of ...") is given by a unit that states a value of that
form ("Helpline: (020) 7404 6609", "finance@example.com", "https://www.gov.uk/...") without the form's word.

handbooks11's tuning half refused "What's the phone number of the independent whistleblowing charity listed in
DVELP's handbook?" (focus: "phone") though a table row gives "Helpline: (020) 7404 6609". The form's words (WordNet
3.0 noun synsets, ``assistant/qa/value_forms.py``) are carried by a value of that form only: a unit giving another
form (an e-mail address for a phone number asked) or none carries nothing, and every other word of the asked thing
must still stand.
"""

from __future__ import annotations

import importlib

import pytest

from assistant.qa.check import thing_parts
from assistant.qa.focus import analyse
from assistant.qa.models import Passage, Unit, Verdict
from assistant.qa.value_forms import form_words_carried, stated_forms

answer_module = importlib.import_module("assistant.qa.answer")
decide = answer_module.decide
Calibration = answer_module.Calibration

CAL = Calibration(model=None, threshold=0.05, clause_threshold=0.05, extra_ratio=0.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "forms"), [
    ("Contact: Public Concern at Work; Contact Details: Helpline: (020) 7404 6609 whistle@pcaw.co.uk www.pcaw.co.uk.",
     {"phone", "email", "web"}),
    ("Contacting help@hand email help-at- hand@squarehealth.com or call 0333 577 7805.", {"phone", "email"}),
    ("Call +44 20 7404 6609 or 555-123-4567.", {"phone"}),
    ("If you've got any queries on your salary or payslip, please send these to finance@madetech.com", {"email"}),
    ("You can find information on how to make a claim on gov.uk: https://www.gov.uk/employment-tribunals", {"web"}),
    # look-alikes: numbers that are no telephone number, a service name with "@", a file name
    ("From the 2023-24 appraisal year, all staff are eligible.", set()),
    ("We will contribute up to £1,000 per year, or SEK 12 000 for a phone.", set()),
    ("The first 10,000 miles are paid at 45p, employee ID 12345678.", set()),
    ("Access help via the help@hand mobile app.", set()),
    ("See paid_counselling.md for the details, on 31 May 2024.", set()),
    ("Person A <br> [e-mail removed]", set()),
])
def test_stated_forms(text: str, forms: set[str]) -> None:
    assert stated_forms(text) == forms


def carried(question: str, text: str) -> frozenset[str]:
    head, modifiers = thing_parts(question)
    thing = head | modifiers
    return form_words_carried(thing, thing, text)


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("What's the phone number of the charity?", "Helpline: (020) 7404 6609", {"phon"}),
    ("What email address do I send payslip queries to?", "Send these to finance@example.com", {"email", "address"}),
    ("What's the website of Protect?", "Website: https://protect-advice.org.uk", {"websit"}),
    ("What's the web address for the dispute guide?", "gov.uk: https://www.gov.uk/solve-workplace-dispute",
     {"web", "address"}),
    # look-alikes: another form given, no form asked, a word that also names other things, a postal address
    ("What's the phone number of the People team?", "The People team via people@example.com", set()),
    ("What email address do I use to contact Acas?", "You can also call Acas on 0300 123 1100.", set()),
    ("What's the fax number of the Finance team?", "Call Finance on 0300 123 1100.", set()),
    ("What is my employee number?", "Call Finance on 0300 123 1100.", set()),
    ("What's the postal address for my grievance letter?", "Write to people@example.com", set()),
])
def test_form_words_carried(question: str, text: str, expected: set[str]) -> None:
    assert carried(question, text) == expected


def unit(text: str, prob: float, position: int, section: str = "Contacts") -> Unit:
    passage = Passage(id=f"p{position}", source="acme-whistleblowing.md", path="acme-whistleblowing.md",
                      title="Whistleblowing Policy", section=section, text=text, units=[text], rank=position,
                      similarity=0.5, organisation="Acme")
    return Unit(passage=passage, position=0, text=text, held=[True], probs=[prob], prob=prob, focus_cover=[1.0],
                table_answer=[False])


ROW = ("Contact: Public Concern at Work (Independent whistleblowing charity); Contact Details: Helpline: "
       "(020) 7404 6609.")
EMAIL_ROW = "Contact: Public Concern at Work (Independent whistleblowing charity); Contact Details: whistle@pcaw.co.uk."


def test_a_phone_number_given_answers_the_phone_number_asked() -> None:
    quotes, verdict = decide(analyse("What's the phone number of the independent whistleblowing charity at Acme?"),
                             [unit(ROW, 0.4, 0)], CAL)
    assert verdict == Verdict(True)
    assert [q.text for q in quotes] == [ROW]


def test_an_email_address_does_not_answer_a_phone_number_asked() -> None:
    quotes, verdict = decide(analyse("What's the phone number of the independent whistleblowing charity at Acme?"),
                             [unit(EMAIL_ROW, 0.4, 0)], CAL)
    assert (quotes, verdict.ok, verdict.reason, verdict.missing_terms) == ([], False, "focus", ["phone"])


def test_a_fax_number_is_not_a_telephone_number() -> None:
    quotes, verdict = decide(analyse("What's the fax number of the independent whistleblowing charity at Acme?"),
                             [unit(ROW, 0.4, 0)], CAL)
    assert (quotes, verdict.ok, verdict.reason, verdict.missing_terms) == ([], False, "focus", ["fax"])


def test_a_web_address_given_is_not_a_referral() -> None:
    text = "More information on solving workplace disputes can be found on gov.uk: https://www.gov.uk/solve-dispute"
    quotes, verdict = decide(analyse("What's the web address for information on solving workplace disputes at Acme?"),
                             [unit(text, 0.4, 0, "Disputes")], CAL)
    assert verdict == Verdict(True)
    assert [q.text for q in quotes] == [text]
