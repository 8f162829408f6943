"""Round 38 (qaover38): a name the question writes in another form than the page's (assistant/qa/name_forms.py).

The named-thing check refused answerable questions whose name the page writes otherwise: "the Research Engineering
Group" / "REG", "my Turing Zoom account" / "Zoom" on the Turing's page, "the Loomio Points I earned" read as the name
"Loomio Points I". Names that stand on no page in any form stay missing.
"""

from __future__ import annotations

from assistant.qa.check import missing_names
from assistant.qa.focus import analyse
from assistant.qa.models import Passage
from assistant.qa.name_forms import initialism_written, owner_before_name, without_subject_pronoun


def _passage(text: str, source: str = "turing-remote-working.md", title: str = "Remote working",
             organisation: str | None = None) -> Passage:
    return Passage(text[:12], source, f"/{source}", title, None, text, [text], 0, 0.5, organisation=organisation)


def test_the_pronoun_after_a_name_opening_a_verb_group_is_the_asker():
    assert analyse("What discount is applied to Loomio Points I earned while I was being paid wages?").names == [
        "Loomio Points"]
    assert analyse("How much is the Travel Allowance I get for a full day away?").names == ["Travel Allowance"]
    assert analyse("When is the Employee Referral Bonus I earn paid out?").names == ["Employee Referral Bonus"]
    assert analyse("How much can I spend on the Terminal Glasses I need for screen work?").names == [
        "Terminal Glasses"]
    assert analyse("Does GitLab pay for a conference I attend?").names == ["GitLab"]
    assert analyse("Can I use the Zoom Pro account I was given?").names == ["Zoom Pro"]
    assert analyse("As an SDR at Sourcegraph I'll be on leave for four months. Is that covered?").names == [
        "SDR", "Sourcegraph"]


def test_a_roman_numeral_of_a_name_stays():
    assert without_subject_pronoun("Title I", "Are Title I funds used for training?") == "Title I"
    assert without_subject_pronoun("Phase I", "When does Phase I end?") == "Phase I"
    assert without_subject_pronoun("Phase I", "Is Phase I over?") == "Phase I"
    assert without_subject_pronoun("Loomio Points", "the Loomio Points I earned") == "Loomio Points"


def test_an_initialism_written_for_a_name_of_three_words_or_more():
    assert initialism_written("Research Engineering Group", "does not require a probation review in REG.")
    assert initialism_written("General Data Protection Regulation", "according to law, including the GDPR.")
    assert initialism_written("Non-Disclosure Agreement", "Would my part-time work violate Stakater's NDA?")
    assert initialism_written("Value Added Tax", "SEK 12 000 (including VAT).")
    assert initialism_written("Foundation for Public Code", "All FPC staff")
    # lower case is a word, not the acronym; a two-word name has no initialism; other initials are no match
    assert not initialism_written("Research Engineering Group", "we reg the forms")
    assert not initialism_written("Human Resources", "contact HR")
    assert not initialism_written("Employee Stock Option Plan", "the ESPP and the ESO plan")
    assert not initialism_written("Occupational Health Service", "OHSA rules")


def test_the_owners_name_before_a_things_own_name():
    from assistant.qa.check import _mentions

    scope = "Remote working ; turing-remote-working.md"
    assert owner_before_name("Turing Zoom", scope, 'you will have a "Basic" Zoom account.', _mentions)
    assert not owner_before_name("Turing Zoom", scope, "Use Teams for meetings.", _mentions)
    assert not owner_before_name("Deeson Zoom", scope, 'a "Basic" Zoom account.', _mentions)
    assert not owner_before_name("Turing Research Zoom", scope, "Zoom", _mentions)
    assert not owner_before_name("Turing I", scope, "If you are ill, inform your manager.", _mentions)


def test_missing_names_whole_results():
    zoom = _passage('Unless requested from IT, you will have a "Basic" Zoom account.')
    assert missing_names(["Turing Zoom", "Pro"], zoom) == ["Pro"]
    reg = _passage("Staff do not require a probation review when appointed to a role in REG.",
                   source="turing-probation.md", title="Probation")
    assert missing_names(["Research Engineering Group", "Turing"], reg) == []
    # look-alikes: a name on no page in any form stays missing
    assert missing_names(["Turing Slack"], zoom) == ["Turing Slack"]
    assert missing_names(["Employee Stock Option Plan"], reg) == ["Employee Stock Option Plan"]
    assert missing_names(["Stakater Gym Card"], _passage("The company pays health and training grants.",
                                                         source="stakater-handbook.md")) == ["Stakater Gym Card"]
    assert missing_names(["Professional Development Time"], reg) == ["Professional Development Time"]
