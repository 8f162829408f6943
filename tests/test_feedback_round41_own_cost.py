"""Round 41 (fbharm41): a cost the person's act put on others, told by the adjunct "at our own cost".

dev30-fb-006 (tune) tells the act and the harm with no mishap word: "..., so we rebuilt eight metres of it at our own
cost". A clause after the person's act whose subject is someone else and which holds "at our/my/the X's (own)
cost/expense" (acts._AT_OWN_COST) is a cost the act put on them, so criticism. Not the idiom "a joke at our own
expense", a term ("snacks were at our own expense") or the writer's own act with no act of the person before it
(probe fbharm41 half A lookalikes)."""

import pytest

from assistant.analyzers.feedback import review_feedback


def reading(text: str) -> tuple[str, list[str], list[list[str]]]:
    report = review_feedback(text)
    return (str(report.polarity), sorted({f.kind for f in report.findings}),
            [list(s.functions) for s in report.sentences])


def test_dev30_fb_006_cost_borne_by_the_writer() -> None:
    text = ("On the lane wall in October you filled the hearting with loose rubble thrown in behind the faces, and the "
            "north side had bellied out within a month, so we rebuilt eight metres of it at our own cost.")
    assert reading(text) == ("constructive", ["missing_action"],
                             [["situation", "behavior", "impact", "criticism"]])


def test_own_cost_without_own() -> None:
    # feedback_round32c_probe.tsv c27 (class AS, constructive): was read mixed
    text = ("Chidi, yesterday you printed the wedding order on the matt stock instead of the gloss the couple chose, and "
            "we reprinted all 120 invitations at our cost. Before every run, hold the job sheet against the paper label.")
    assert reading(text) == ("constructive", [], [["situation", "behavior", "criticism"], ["next_step"]])


@pytest.mark.parametrize("text, functions", [
    ("Their content rule: every number is real, and the jokes are at our own expense.", [[]]),
    ("Snacks and lunch were at our own expense along the way.", [[]]),
    ("Previously, in order to speed up the update speed for ordinary users, I added a full reverse-proxy for the "
     "download process at my own expense.", [["behavior"]]),
])
def test_lookalikes_no_criticism(text: str, functions: list[list[str]]) -> None:
    polarity, _, read = reading(text)
    assert (polarity, read) == ("positive", functions)
