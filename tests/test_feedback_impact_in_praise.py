"""Impact in praise, told in ordinary words (round 28, brief FA; scripts/feedback_impact_round28e_probe.py).

An effect is a clause that tells what followed for someone or something other than the act: a verb of relief with
another party in its object (Levin 1993, 10.6: "eased my father's pain"), the causative "make" with someone and
"feel" ("made the new starters feel at home"), the person's work as a benefit noun to others ("Your calm manner was
a great comfort to both of us"), a verb of producing with a noun of change in amount (", driving a drop in ..."),
and a count that fell or rose when the subject carries a "to the ..." phrase or a participle after a preposition
(the clause parser now finds that subject). Look-alikes keep missing_impact: a purpose with "so that ... would", a
clause that only tells what the work covered or listed, and a second act of the person coordinated after "I
noticed you ...".

Thanking someone for an act ("Thanks for walking Mrs. Patel through it") speaks to the person even without "you",
so "she" after it is someone else; an ability realised after the act ("were able to"), a place reached ("were home
before five") and the person's work freeing others are effects; someone else's own history ("has worked here for
twelve years") and the person's own realised ability are not.

Drafts are written for these tests or for the probe (in the writer's own words)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.text import clauses
from tests.fixtures.scripts import load_script


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in review_feedback(text).findings)


def impact(text: str) -> str | None:
    return review_feedback(text).structure.impact.evidence


@pytest.mark.parametrize(("draft", "evidence"), [
    # a verb of relief with another party in its object
    ("You sat with the two residents through the storm on Sunday night and you relieved their daughters of a "
     "long drive in the dark.", "you relieved their daughters of a long drive in the dark"),
    ("On the night of the flood you eased the pressure on the reception team by taking every call yourself.",
     "On the night of the flood you eased the pressure on the reception team by taking every call yourself"),
    # the causative "make" with someone and "feel"
    ("You made the three agency cooks feel part of the kitchen from the first shift in March.",
     "You made the three agency cooks feel part of the kitchen from the first shift in March"),
    # the person's work as a benefit noun to others
    ("You rang the family every evening during the outbreak. Your steady updates were a real comfort to all of "
     "them.", "Your steady updates were a real comfort to all of them"),
])
def test_an_effect_on_another_party_is_the_impact(draft: str, evidence: str) -> None:
    report = review_feedback(draft)
    assert "missing_impact" not in {f.kind for f in report.findings}
    assert report.structure.impact.present and report.structure.impact.evidence == evidence
    assert report.polarity == "positive"


def test_a_change_noun_produced_by_the_act_is_the_impact() -> None:
    draft = "You rewrote the booking form in May, driving a steady drop in calls about lost confirmations."
    assert kinds(draft) == []
    assert impact(draft) is not None and "driving a steady drop" in impact(draft)


def test_a_count_with_a_to_phrase_in_its_subject_is_the_impact() -> None:
    draft = ("You rebuilt the parcel tracking page in the spring. Calls to the branch counters about missing parcels "
             "fell from about sixty a week to fifteen.")
    assert kinds(draft) == []
    assert impact(draft) == "Calls to the branch counters about missing parcels fell from about sixty a week to fifteen"


@pytest.mark.parametrize("draft", [
    # a purpose with "so that ... would"
    "You came in early on Saturday so that the hall would be ready before the volunteers arrived. Thank you.",
    # what the work covered or listed
    "You ran a session on manual handling for the new porters in May. It covered lifting, pushing and the hoists.",
    "Thanks for the new induction pack you wrote in June. It listed every form and every contact on the floor.",
    # the person's second act after "I noticed you ..."
    "I saw you rewired the stage lights on Friday and tested every channel. Lovely work.",
    # no effect at all
    "Thanks for staying behind on Wednesday to lock up after the quiz night. I really appreciate it.",
])
def test_look_alikes_keep_missing_impact(draft: str) -> None:
    assert "missing_impact" in kinds(draft)
    assert impact(draft) is None


@pytest.mark.parametrize("draft", [
    # thanking for an act speaks to the person even without "you": "she" is someone else
    "Thanks for showing Mr. Grant how to renew his parking permit online. He renewed it before the old one ran out.",
    # an ability realised after the act ("were able to")
    "You cleared the blocked drain at the care home on Saturday. The residents were able to use the garden again.",
    # a place reached, with the time it was reached by
    "Thanks for rerouting the school bus round the roadworks on Monday. The children were home before five.",
    # the person's work freeing someone, told with the work as subject
    "Your early call to the locksmith freed the night porter from a long wait at the back door.",
    # the person's work as a benefit to others, with no act told before it
    "Your clear handover notes were a great help to the two agency nurses on Saturday night.",
])
def test_effects_after_a_thanked_act_or_told_with_the_work_as_subject(draft: str) -> None:
    assert "missing_impact" not in kinds(draft)
    assert review_feedback(draft).structure.impact.present


def test_someone_elses_own_history_after_a_thanked_act_is_no_effect() -> None:
    draft = "Thanks for arranging the retirement lunch for Malcolm. He has driven for the firm for thirty years."
    assert "missing_impact" in kinds(draft)


def test_the_persons_own_realised_ability_is_no_effect_on_others() -> None:
    assert "missing_impact" in kinds("You were able to close the month two days early in March. Great effort.")


def test_cover_in_its_sense_of_making_up_a_lack_is_still_an_effect() -> None:
    draft = "You worked the two extra Sundays in July. It covered the gap in the rota while Ana was away."
    assert "missing_impact" not in kinds(draft)


@pytest.mark.parametrize(("sentence", "subject", "verbs"), [
    ("Calls to the service desk fell sharply.", ("calls", "to", "the", "service", "desk"), ("fell",)),
    ("Changes to the rota were made late.", ("changes", "to", "the", "rota"), ("were", "made")),
    ("Complaints about delayed orders dropped.", ("complaints", "about", "delayed", "orders"), ("dropped",)),
    ("Some stayed late to finish.", ("some",), ("stayed",)),
])
def test_the_subject_keeps_a_to_phrase_and_a_participle_after_a_preposition(sentence, subject, verbs) -> None:
    c = clauses(sentence)[0]
    assert (c.subject_words, c.verb_words) == (subject, verbs)


def test_an_infinitive_after_a_noun_is_still_no_subject() -> None:
    c = clauses("Designer to understand the user needs.")[0]
    assert c.subject_words == () and c.verb_words == ()


def test_round28e_probe_figures() -> None:
    probe = load_script("scripts/feedback_impact_round28e_probe.py")
    scores = probe.run()
    right = sum(a for a, _, _ in scores.values())
    rows = sum(n for _, _, n in scores.values())
    assert rows == len(probe.rows()) == 72
    assert right >= 70
    for look_alikes in ("NL", "NP", "NB", "TN", "CN"):  # every look-alike keeps missing_impact
        assert scores[look_alikes][0] == scores[look_alikes][2]
