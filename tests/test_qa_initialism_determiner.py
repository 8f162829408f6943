"""An initialism the page writes, asked with a determiner inside the phrase it abbreviates (round 39, qaover39b).

``focus.acronyms`` also gives the initials of a run without a central determiner (article, possessive, demonstrative;
Quirk et al. 1985, 5.10-5.14) that follows a preposition inside the run: "away from my keyboard" -> AFK. A determiner
after a verb ("plan the meeting") or in a partitive ("one of the others") still counts.
"""

from __future__ import annotations

from assistant.qa.focus import acronyms, expand_acronyms


def _table(question: str, initials: str) -> dict[str, str]:
    return {k: v for k, v in acronyms(question).items() if k == initials}


def test_determiner_after_a_preposition_drops_out_of_the_initials():
    assert _table("I'll be away from my keyboard for three hours; how much notice?", "AFK") == {
        "AFK": "away from my keyboard"}
    assert _table("How much notice do I give before working from my home?", "WFH") == {"WFH": "working from my home"}
    assert expand_acronyms("Request WFH days with your manager.", acronyms("Can I work from my home on Fridays?")) \
        == "Request WFH (work from my home) days with your manager."


def test_the_run_keeps_its_own_initials_first():
    assert _table("Can I work from home on Fridays?", "WFH") == {"WFH": "work from home"}
    assert _table("How do I request time off in lieu?", "TOIL") == {"TOIL": "time off in lieu"}
    assert _table("Where is the performance improvement plan template?", "PIP") == {
        "PIP": "performance improvement plan"}


def test_look_alikes_stay_unlinked():
    # a determiner after a verb is not inside a prepositional phrase
    assert _table("Who should plan the meeting for weekly status updates?", "PM") == {}
    assert _table("Where should I discuss the matter privately?", "DM") == {}
    # a partitive: a pronoun or quantifier before "of"
    assert _table("Can one of the others approve my time away?", "OOO") == {}
    assert expand_acronyms("Approve OOO time first.", acronyms("Can one of the others approve my time away?")) \
        == "Approve OOO time first."
