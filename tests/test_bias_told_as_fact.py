"""Characteristic mentions told as plain facts (scripts/bias_fact_round27_probe.py).

A family, health, faith or age mention is bias only when it is tied to an evaluation, an assumption or a
prediction about the person. The cues that tie it (analyzers/bias: _Checker._tied, _takes_part, _scheduled) do not
count where they state a schedule or name a thing (_Checker._inert_cues): a time word before the head of a
shift or an item of kit ("the early shift", "his hard hat"), a clock time or a word of schedule in a clause that
names its days ("leaves at 3:15 on Tuesdays", "leaves early on Fridays"; not "often leaves at 3:15", "always
leaves early"), a negation of a schedule ("does not work Friday evenings"), a modal of purpose ("so that he can
take his son to school"), a capitalised month ("in May"). 'since' with a time or a noun phrase after it only
dates what follows (_Checker._since_of_time); a 'since' clause gives grounds as before, unless it follows a
perfect (_Checker._perfect_before: "has been on the late rota since his daughter was born"); a state of the
person dated from either is put down to it (_Checker._state_since). A relative whose own subject made the item
describes the item ("a headscarf that the hospital had made"). The school run is a family mention
(family_status.parenthood_mention, judgement linked), no longer a caregiving phrase flagged wherever it stands;
a fronted 'between' of demands gives grounds like 'with'. A characteristic hyphened into a modifier of a thing
("a parental-leave cover plan") names the thing's kind (_Checker._mention). Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    "text",
    [
        # a schedule: a time word naming the shift, a clock time with its days, a purpose clause
        "Since August Tomasz has worked the early shift so that he can take his son to school at nine.",
        "Kerry leaves at 3:15 on Tuesdays and Thursdays, the days she collects her twins from the childminder.",
        "Grant has been on the late rota since his daughter was born in May, and the overnight queue is clear "
        "every morning.",
        # a negated schedule: the days not worked
        "Ayesha keeps the fast during Ramadan, so she does not work Friday evenings that month; Ned covers them.",
        # 'since' dating an activity: a noun phrase after it, or a clause after a perfect
        "Since her return from maternity leave in May, Joanne has run the payroll close.",
        "Omar has led the night crew since his paternity leave ended in March.",
        # a schedule word with its days, a school run told as the reason of a schedule
        "Levi leaves early on Fridays in winter for Shabbat, and he works Sunday mornings to make up the hours.",
        "Ravi does the school run on Thursdays and starts at 9:30 on those days.",
        # a leave hyphened into a modifier of a plan
        "Dita's parental-leave cover plan was clear and thorough, and the team followed it to the letter.",
        # an item of kit named, an item made by someone else
        "Daniel wears a yarmulke under his hard hat on the scaffold. He passed the harness refresher in June.",
        "Sunita wears a headscarf that the hospital had made in theatre green.",
    ],
)
def test_a_mention_told_as_a_fact_is_no_flag(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit with no days named, a cost drawn: the schedule is held against the person
        ("Kerry often leaves at 3:15 because of her twins, and the late calls land on everyone else.",
         [("family_status.parenthood_mention", "twins, and the late calls land")]),
        # a state of the person dated from the event
        ("Since she had the baby, Joanne has been a bit of a passenger on the payroll close.",
         [("family_status.since_return", "Since she had the baby")]),
        ("Since his paternity leave, Omar seems less committed to the night crew.",
         [("family_status.leave", "paternity leave, Omar seems less committed")]),
        ("Since his divorce, Ben has been less reliable with the client work.",
         [("family_status.marital", "his divorce, Ben has been less reliable")]),
        # a clock time with no days named
        ("Lydia has three small children, which explains why she leaves at four.",
         [("family_status.care_mention", "has three small children, which explains why she leaves")]),
        # a schedule word with no days named; the school run as the grounds of a judgement
        ("Carmen always leaves early for her son's swimming lessons, which the rest of the team resents.",
         [("family_status.parenthood_mention", "son")]),
        ("Between the school runs and the nursery calls, Tess is never fully focused.",
         [("family_status.parenthood_mention", "school runs and the nursery calls, Tess is never fully focused")]),
        # a causative on the person, a result clause with a negated modal
        ("Daniel wears a yarmulke, which makes him look out of place with the clients.",
         [("religion.observance", "yarmulke")]),
        ("Tomasz has two sons, so he can't do the early shift and isn't the right choice for the lead role.",
         [("family_status.parenthood_mention", "sons, so he can't do the early shift")]),
    ],
)
def test_the_same_mention_tied_to_a_judgement_is_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_round27_probe_figures() -> None:
    probe = load_script("scripts/bias_fact_round27_probe.py")
    assert probe.figures() == {
        "FA": (19, 20, 1), "BM": (18, 20, 1), "FB": (15, 16, 1), "BB": (13, 14, 1),
        "FR": (6, 6, 0), "BR": (4, 6, 0), "CF": (4, 7, 3), "CB": (4, 5, 0), "FD": (7, 8, 1), "BD": (4, 5, 1),
        "CX": (6, 8, 0), "FE": (5, 6, 1), "BE": (2, 4, 0),
        "FG": (2, 2, 0), "BG": (1, 1, 0),
    }
