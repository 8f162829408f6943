"""Personality labels, contempt and absolutes said bluntly of the person.

Trait: noun labels predicated of the person ("a liability", "a dummy", "a bloviating buffoon"), adjectives through
"strikes me as", "has zero <virtue>", a character noun likened to a thing ("has the personality of a dishrag") or
said to be in excess ("your personality is too strong"); a personality quality demanded of the person ("should be
more of a team player", "need to be less sensitive"), a change demanded of a character noun ("your attitude has to
change", "your whole personality needs work"), a disposition ascribed ("acts like he knows it all", "clearly
doesn't care"), a virtue denied with "never" ("is never open to new ideas"), a negative-outlook label ("a Negative
Nellie", "a glass-half-empty outlook") and idiomatic person labels ("a bit of a lone wolf", "a cold fish").

Harsh: ridicule and sarcasm without a harsh word (sarcastic thanks for a minimal duty, a demeaning comparator, "what
we pay you for", a hollow head, told to look for another job); contempt without a harsh word ("you're not paid to
think", "be grateful you still have a job", "so why can't you?", "you should be fired", "you don't have a future in
this company", "this job just isn't for you"); a harsh word that judges what the person met or fixed, not them or
their work, is no harsh finding.

Absolute: after a discourse marker ("Let's be honest, you're always late"), after the person's verb ("complains
constantly"), a habit adjective on the person's problem ("her nonstop complaining"), a universal over the person's
work ("Every report you send has mistakes in it"); a bad act denied ("you never neglect ...") is no absolute.

Texts from scripts/feedback_round23b_probe.py and scripts/feedback_round24b_probe.py."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.feedback import reading
from tests.fixtures.scripts import load_script

LABEL_PROBE = load_script("scripts/feedback_round23b_probe.py")


LABEL_ROWS = {row["id"]: row for row in LABEL_PROBE.rows()}


LABELS = ["missing_action", "missing_impact", "trait", "vague"]


LABEL_HARSH = ["harsh", "missing_action", "missing_impact", "vague"]


BOTH = ["harsh", "missing_action", "missing_impact", "trait", "vague"]


LABEL_WHOLE = {
    # personality labels
    "tn04": ("constructive", LABELS),
    "tn07": ("constructive", LABELS),
    "tn09": ("constructive", ["missing_action", "trait", "vague"]),
    "tf03": ("constructive", LABELS),
    "tf04": ("mixed", LABELS),
    "tf05": ("constructive", LABELS),
    "ct02": ("constructive", LABELS),
    "ct05": ("constructive", LABELS),
    # harsh forms, and insult nouns that are both
    "hp01": ("constructive", LABEL_HARSH),
    "hp02": ("constructive", LABEL_HARSH),
    "hp05": ("constructive", LABEL_HARSH),
    "hp06": ("constructive", LABEL_HARSH),
    "hp09": ("constructive", LABEL_HARSH),
    "s01": ("constructive", LABEL_HARSH),
    "s06": ("constructive", LABEL_HARSH),
    "hp07": ("constructive", BOTH),
    "hp08": ("constructive", BOTH),
    # look-alikes: a harsh word about what the person met or fixed, frames about things, sincere thanks
    "la07": ("positive", []),
    "la13": ("positive", []),
    "la17": ("positive", ["missing_impact"]),
    "la18": ("positive", ["missing_impact"]),
}


@pytest.mark.parametrize("row_id", sorted(LABEL_WHOLE))
def test_label_probe_rows_read_whole(row_id: str) -> None:
    assert reading(LABEL_ROWS[row_id]["text"]) == LABEL_WHOLE[row_id]


@pytest.mark.parametrize("row_id", ["la08", "cl01", "cl02", "cl03", "cl04", "cl05", "cl06", "cl07", "cl08", "sl01", "sl02",
                                    "sl05", "sl09", "sl10"])
def test_check_look_alikes_draw_no_trait_or_harsh(row_id: str) -> None:
    _, kinds = reading(LABEL_ROWS[row_id]["text"])
    assert not {"trait", "harsh"} & set(kinds)


def test_label_probe_figures() -> None:
    scores = LABEL_PROBE.run()
    # TN 8/9 -> 9/9 with fbtrait40b (tn06 "Priya is a perfectionist who can't let a deck go": a WordNet trait noun)
    assert scores == {"TN": (9, 9), "TF": (10, 10), "HW": (6, 6), "HP": (9, 9), "L": (23, 24),
                      "CT": (7, 7), "CH": (5, 5), "CL": (8, 8), "S": (15, 16), "SL": (10, 10),
                      "V": (0, 4), "VL": (3, 3)}


def test_harsh_spans_name_the_words() -> None:
    spans = {(f.kind, f.text) for f in review_feedback("He is a bloviating buffoon in every client meeting.").findings}
    assert ("trait", "buffoon") in spans and ("harsh", "buffoon") in spans
    spans = {(f.kind, f.text) for f in review_feedback("I don't know what we pay you for.").findings}
    assert spans >= {("harsh", "what we pay you for")}


@pytest.mark.parametrize("text", ["You keep losing the client files and it's pathetic.",
                                  "You skipped the safety briefing again, and that's pathetic."])
def test_contracted_pronoun_for_the_work_stays_harsh(text: str) -> None:
    """'it's' / 'that's' stand for the person's own act, so the harsh word judges their work."""
    assert ("harsh", "pathetic") in {(f.kind, f.text) for f in review_feedback(text).findings}


ONE_LINER_PROBE = load_script("scripts/feedback_round24b_probe.py")


ONE_LINER_ROWS = {row["id"]: row for row in ONE_LINER_PROBE.rows()}


TRAIT = ["missing_action", "missing_impact", "trait", "vague"]


ONE_LINER_HARSH = ["harsh", "missing_action", "missing_impact", "vague"]


ABSOLUTE = ["absolute", "missing_action", "missing_impact", "vague"]


ONE_LINER_WHOLE = {
    "t01": ("constructive", TRAIT),
    "t04": ("constructive", TRAIT),
    "t05": ("constructive", TRAIT),
    "t06": ("constructive", ["absolute", "missing_action", "missing_impact", "trait", "vague"]),
    "t07": ("constructive", TRAIT),
    "t08": ("constructive", TRAIT),
    "t11": ("constructive", TRAIT),
    "t12": ("constructive", TRAIT),
    "h01": ("constructive", ONE_LINER_HARSH),
    "h02": ("constructive", ONE_LINER_HARSH),
    "h03": ("constructive", ONE_LINER_HARSH),
    "h09": ("constructive", ONE_LINER_HARSH),
    "h10": ("constructive", ONE_LINER_HARSH),
    "h12": ("constructive", ONE_LINER_HARSH),
    "h13": ("constructive", ONE_LINER_HARSH),
    "a05": ("constructive", ["absolute", "missing_impact", "vague"]),
    "a08": ("constructive", ABSOLUTE),
    "a09": ("constructive", ABSOLUTE),
    "a12": ("constructive", ABSOLUTE),
    "c02": ("constructive", TRAIT),
    "c04": ("constructive", TRAIT),
    "c09": ("constructive", ONE_LINER_HARSH),
    "c19": ("constructive", ABSOLUTE),
    # idiomatic person labels from idiom dictionaries ('a bit of a lone wolf', 'cold fish')
    "i01": ("constructive", TRAIT),
    "i02": ("constructive", TRAIT),
    "i05": ("constructive", TRAIT),
    "i06": ("constructive", TRAIT),  # the idiom, not the harsh word inside it
    "i11": ("constructive", TRAIT),
    "m04": ("constructive", TRAIT),
    "j04": ("positive", []),
    "q04": ("positive", ["missing_impact", "vague"]),
    # look-alikes
    "l03": ("constructive", ["missing_action", "missing_impact", "vague"]),  # no absolute; the tone is left (see report)
    "l13": ("positive", ["missing_impact", "vague"]),
    "l14": ("positive", ["missing_impact", "vague"]),
    "n01": ("positive", ["missing_impact", "vague"]),
    "n05": ("positive", ["missing_impact", "vague"]),
    "n08": ("positive", ["missing_impact", "vague"]),
    "k02": ("positive", ["missing_impact", "vague"]),
    "k07": ("positive", ["vague"]),
}


@pytest.mark.parametrize("row_id", sorted(ONE_LINER_WHOLE))
def test_one_liner_probe_rows_read_whole(row_id: str) -> None:
    assert reading(ONE_LINER_ROWS[row_id]["text"]) == ONE_LINER_WHOLE[row_id]


@pytest.mark.parametrize("row_id", sorted(k for k, row in ONE_LINER_ROWS.items() if row["class"] in ("L", "N", "K", "J", "Q")))
def test_look_alikes_draw_no_trait_harsh_or_absolute(row_id: str) -> None:
    _, kinds = reading(ONE_LINER_ROWS[row_id]["text"])
    assert not {"trait", "harsh", "absolute"} & set(kinds)


def test_one_liner_probe_figures() -> None:
    assert ONE_LINER_PROBE.run() == {"T": (10, 11, 12), "H": (13, 14, 14), "A": (12, 12, 12), "L": (14, 13, 14), "N": (8, 8, 8),
                           "C": (15, 16, 20), "K": (12, 12, 12), "I": (14, 14, 14), "J": (8, 8, 8), "M": (6, 6, 6),
                           "Q": (4, 4, 4)}


@pytest.mark.parametrize("text", [
    "You need to be more careful with the totals.",  # a manner of working, not a personality (short set fb-068)
    "You should be more proactive.",  # short set fb-053
    "We need to be more patient with the new vendor.",  # the writer's side
    "The summary needs to be more positive about the pilot.",  # a thing
    "She doesn't care who gets the credit as long as the launch works.",  # praise
    "You won't be fired for raising a safety concern.",  # reassurance
    "The kiln should be fired at 900 degrees.",  # a thing
    "This course is not for you; it is for new starters.",  # not the person's job
    "Your constant support kept the pilot going.",  # no problem named
    "Every call you make is recorded for training.",  # no problem named
])
def test_frames_without_the_judgement_draw_nothing(text: str) -> None:
    _, kinds = reading(text)
    assert not {"trait", "harsh", "absolute"} & set(kinds)


def test_spans_name_the_words() -> None:
    spans = {(f.kind, f.text) for f in review_feedback("Marcus should be more of a team player.").findings}
    assert ("trait", "team player") in spans
    spans = {(f.kind, f.text) for f in review_feedback("Her nonstop complaining about the rota has to stop.").findings}
    assert ("absolute", "nonstop") in spans


def test_valence_words_stay_with_the_valence_rules() -> None:
    """A personality term of the demanded rule is judged in its frame only; elsewhere the word is the other rules'."""
    assert "trait" in reading("You are so defensive in every design review.")[1]
