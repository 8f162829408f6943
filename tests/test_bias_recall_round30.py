"""Bias recall, round 30b (scripts/bias_round30b_probe.py).

Recall by form from published lists: an idiom in an inflected form ('manned up', 'grew a pair'); a trait put down
to a group as what one would expect of a member ('as you'd expect from an Indian', '... from a woman'); the person
measured against mothers or fathers ('unlike the other mums on the team'); 'geriatric' graded and said of the person
or their ways; 'urban' as a code word for a person's style; a decision drawn from a characteristic in a fronted
reason clause ('Because of his age, we took Frank off the field team') or after a stated age ('He is 63, so we took
Frank off the field team'), a move set against the person's present work ('rather than the field team'); the
person's own medical event ('since his stroke'), also beside a term of another category in one paragraph; a stated
age opening a later clause ('..., but at 24 he is too green'); 'a bit Rain Man'; a same-sex partner kept away by the
writer ('I would rather she didn't bring her girlfriend'); inflected 'gypping', 'losing his marbles', 'powwowed'.
Innocent senses stay clean. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('When the outage hit on Saturday, Marco manned up and took the on-call shift nobody wanted.',
         [('gendered_language.gendered_idioms', 'manned up')]),
        ('Before the renewal call Dan finally grew a pair and told the client the price was going up.',
         [('gendered_language.grow_a_pair', 'grew a pair')]),
        ("Sunil is very quick with the numbers, as you'd expect from an Indian.",
         [('race_ethnicity.expected_of_group', "as you'd expect from an Indian")]),
        ('Wei keeps a tight grip on the budget, as you would expect from a Chinese manager.',
         [('race_ethnicity.expected_of_group', 'as you would expect from a Chinese')]),
        ("Maria keeps the team room tidy, as you'd expect from a woman.",
         [('gendered_language.expected_of_group', "as you'd expect from a woman")]),
        ('Unlike the other mums on the team, Kerry never leaves early for pick-ups.',
         [('family_status.group_generalisation', 'Unlike the other mums on the team, Kerry never leaves early for pick-ups')]),
        ('His workflow is a bit geriatric, so I would not let Len run the new line.',
         [('age.geriatric_verdict', 'a bit geriatric')]),
        ('Jo has an urban style that our older clients may not relate to.',
         [('race_ethnicity.urban_code_word', 'urban style')]),
        ('Because of his age, we took Frank off the field team in March.',
         [('age.age_mention', 'Because of his age')]),
        ('Due to her age, I moved Gloria off the night rota and onto days.',
         [('age.age_mention', 'her age')]),
        ('He is 63, so we took Frank off the field team.',
         [('age.stated_age', '63')]),
        ("Because he's 63, we moved Frank to the help desk rather than the field team.",
         [('age.stated_age', '63, we moved Frank to the help desk rather than the field team')]),
        ('Wei is quiet, like most Asians, and since his stroke he has been slow on the phones.',
         [('race_ethnicity.group_generalisation', 'like most Asians'), ('disability.health_mention', 'his stroke')]),
        ('Jamal handles the walk-ins well, but at 24 he is too green to run the branch on Saturdays.',
         [('age.explicit_age_clause', 'at 24 he is too green')]),
        ('Kiran is a bit Rain Man with the spreadsheets, which makes him hard to talk to in handovers.',
         [('disability.rain_man_label', 'a bit Rain Man')]),
        ("Her personal life is her business, but I would rather she didn't bring her girlfriend to the client dinner.",
         [('sexual_orientation.same_sex_partner', 'her girlfriend')]),
        ("I've asked Marco not to bring his husband to the site open day, given who the guests are.",
         [('sexual_orientation.same_sex_partner', 'his husband')]),
        ('Carla thinks the courier is gypping us on the fuel surcharge and has stopped approving its invoices.',
         [('race_ethnicity.slur_idioms', 'gypping')]),
        ('Honestly, Pete is losing his marbles over the new shift pattern and snaps at the pickers.',
         [('disability.ableist_metaphors', 'losing his marbles')]),
        ('The leads powwowed in the car park and came back with a plan nobody else had seen.',
         [('race_ethnicity.colonial_idioms', 'powwowed')]),
    ],
)
def test_round30b_forms_are_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Marco stepped up and took the on-call shift nobody wanted.",
        "He grows a pair of chillies on his desk.",
        "As you'd expect from an Indian restaurant, the catering for the offsite had plenty of vegetarian options.",
        "As you'd expect from a senior engineer, Ravi's design notes were thorough and dated.",
        "Like the other parents on the school committee, Kerry gave up a Saturday for the fun run.",
        "The geriatric team is very short-staffed this winter, and Len covered four extra shifts.",
        "Our patients are very geriatric, so Len ran falls-prevention training for the ward.",
        "The new office has an urban look with exposed brick, and Jo ran the move on budget.",
        "Jo leads our urban design practice and won the Leith masterplan this year.",
        "Because of the budget freeze, we moved Frank to the help desk rather than the field team.",
        "Because he is 63 tickets behind, we took Frank off the night queue for a week.",
        "Because she's 30 minutes from the depot, we took Nadia off the early rota.",
        "The question of his age came up at the tribunal.",
        "Her stroke rate in the charity regatta was the best on the team, and she organised the whole day.",
        "We took an aggressive approach to the job backlog this quarter, and Lee's team retired 14 legacy jobs without an"
        " incident.",
        'Rosa opened the store at 6 and at 18 she handed over to the late shift with the float counted.',
        'The audit trail was clean, and at 58 percent utilisation the line has room for the new product.',
        'At the team film night we watched Rain Man, and Kiran ran the quiz afterwards.',
        'The rain, man, was relentless at the festival, and Kiran kept the stalls dry.',
        'Ana would rather not bring her wife to work events, so we booked her a single place at the dinner.',
        'Marco asked whether he could bring his husband to the site open day, and we added him to the list.',
        "I would rather she didn't bring her laptop to the client dinner, as the restaurant is small.",
        'Pete is losing patience with the new shift pattern, so he drafted a proposal for a four-on rota.',
        "Jo keeps a jar of marbles on her desk for the team's guess-the-count charity game.",
    ],
)
def test_round30b_look_alikes_stay_clean(text: str) -> None:
    assert flags(text) == []


def test_round30b_probe_figures() -> None:
    probe = load_script("scripts/bias_round30b_probe.py")
    assert probe.figures() == {
        "IF": (8, 8, 0), "CP": (7, 8, 0), "GC": (7, 7, 0), "DC": (6, 6, 0), "TW": (6, 6, 0), "IX": (8, 8, 0),
        "CX": (8, 8, 0), "GX": (7, 7, 0), "DX": (6, 6, 0), "TX": (3, 3, 0), "IF2": (3, 3, 0), "GC2": (4, 4, 1),
        "CP2": (2, 2, 1), "DC2": (4, 4, 0), "IX2": (3, 3, 0), "GX2": (4, 4, 0), "CX2": (4, 4, 0), "DX2": (5, 5, 0),
        "TW2": (10, 10, 2), "TX2": (4, 5, 1), "AG": (4, 4, 0), "RM": (3, 3, 0), "SP": (3, 3, 0), "AGX": (4, 4, 0),
        "RMX": (3, 3, 0), "SPX": (4, 4, 0), "IF3": (4, 4, 0), "IX3": (4, 4, 0),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the flag is the age phrase and its judgement predicate, not the opener or the complement after it
        ('Rosa knows every supplier, and at 61 she may struggle with the new ordering app.',
         [('age.explicit_age_clause', 'at 61 she may struggle')]),
        ('Jamal moved, and at 40 he is slowing down a lot on the floor.',
         [('age.explicit_age_clause', 'at 40 he is slowing down')]),
        # a narrower flag inside the clause is kept, and the clause adds nothing
        ('Sam joined us last spring, and at 25 she is still too young for a team-lead role.',
         [('age.too_old', 'too young')]),
        ("Bill is solid, but at 67 he's probably past it for the night shifts.",
         [('age.past_it', 'past it')]),
        ('Gloria is a real mother hen to the juniors, and at 58 she is probably too set in her ways for the rollout.',
         [('gender_coded.personality_labels', 'mother hen'), ('age.age_phrases', 'set in her ways')]),
        # an earlier stated age does not run on into the clause a later age opens
        ('Sam was 24 when she joined, and at 25 she is still too young for a team-lead role.',
         [('age.too_old', 'too young')]),
        ("Bill was 60 when he joined, and at 67 he's probably past it for the night shifts.",
         [('age.past_it', 'past it')]),
        ('Ann was 22 when she started, but at 24 she is too green to run the branch.',
         [('age.explicit_age_clause', 'at 24 she is too green')]),
        # with no later age, the stated age and its judgement stay one remark
        ('He is 24, so he is too young for the practice manager track.',
         [('age.stated_age', '24, so he is too young for the practice manager track')]),
    ],
)
def test_round30b_age_clause_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected
