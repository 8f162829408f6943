"""Round 40 (fbpol40): harm told as a plain account, in a clause of result.

"A colleague consistently misses daily standup, causing the team to duplicate work." (probe fbpol40-c14, half A,
outside text) names no fault, but its result clause says what the act made others do: a causative (CAUSE, FORCE:
Stubbs 1995's negative semantic prosody; Quirk et al. 1985, 16.52) with a person or group as object and a
to-infinitive is a burden put on them, so criticism: ``constructive``. The same for a clause of result ("so", "as a
result", "which meant") whose event is a mishap (WordNet 3.0 adverse-event nouns / mishap nominals / mishap
participles that VADER also rates bad). Not a causative of a thing, a negated one, a mishap denied or lessened
("so not a single patient lost their slot", "so we lost almost no orders"), or a result that is the person's own
remedy ("so Nora set up permissions and the leaks stopped"). Probe: scripts/fbpol40_probe.py."""

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.burden import burden_caused, mishap_result
from assistant.analyzers.feedback.draft import _Draft


def reading(text: str) -> tuple[str, list[list[str]]]:
    report = review_feedback(text)
    return str(report.polarity), [list(s.functions) for s in report.sentences]


def fired(text: str) -> tuple[str | None, str | None]:
    draft = _Draft.of(text)
    burden = next((m for i in range(len(draft.sentences)) if (m := burden_caused(draft, i)) is not None), None)
    mishap = next((m for i in range(len(draft.sentences)) if (m := mishap_result(draft, i)) is not None), None)
    return (burden.group("party") if burden else None), (mishap.group() if mishap else None)


def test_a_causative_burden_on_a_party_is_criticism() -> None:
    # probe half A (fbpol40-c14): was read positive (vague only)
    polarity, functions = reading("A colleague consistently misses daily standup, causing the team to duplicate work.")
    assert (polarity, functions) == ("constructive", [["impact", "criticism"]])


@pytest.mark.parametrize("text, expected", [
    ("A colleague consistently misses daily standup, causing the team to duplicate work.", ("the team", None)),
    ("You sent the rota on Sunday night, which forced us to rebook two shifts.", ("us", None)),
    ("You quoted the panel at twenty hours and it took sixty, so the studio lost around four hundred pounds.",
     (None, "lost")),
    ("The lint step in CI rejects this style, so the build failed on this commit.", (None, "failed")),
    # look-alikes: a causative of a thing, negated causatives, a denied or lessened mishap, the person's remedy
    ("The old release had a bug causing intermittent login failures for 3 days.", (None, None)),
    ("You moved the delivery without causing anyone to wait.", (None, None)),
    ("You re-entered all 46 appointments once the system came back, so not a single patient lost their slot.",
     (None, None)),
    ("Marcus had checkout working again within forty minutes, so we lost almost no weekend orders.", (None, None)),
    ("The shared inbox was still open to everyone, so Nora set up permissions and the leaks stopped.", (None, None)),
    ("You caught the error, so the patient was safe.", (None, None)),
])
def test_the_readers_fire_only_on_a_harm(text: str, expected: tuple[str | None, str | None]) -> None:
    assert fired(text) == expected


@pytest.mark.parametrize("text, expected", [
    # older probes' positive drafts: a problem the person then met stays positive
    ("The shared inbox was still open to everyone, so Nora set up permissions and the leaks stopped.",
     ("positive", [["behavior", "impact"]])),
    ("The payment gateway went down at 2 a.m. on Saturday. Marcus was paged, found the expired certificate and had "
     "checkout working again within forty minutes, so we lost almost no weekend orders.", "positive"),
    # probe look-alikes (fbpol40-l08, l11): a good effect in a result clause
    ("Your creative solutions saved the team 10 hours per week.", "positive"),
    ("Your customer satisfaction scores reached 92% this quarter, which shows great dedication to service.", "positive"),
])
def test_look_alikes_stay_positive(text: str, expected: object) -> None:
    got = reading(text)
    assert (got if isinstance(expected, tuple) else got[0]) == expected
