"""Bias precision on clean text that mentions a circumstance, round 34 (outside staff profiles, retirement and
recognition notes, accommodation guidance; the first probe files were lost with their folder; measured on the tune
halves, where dev21-bias-025 and dev23-bias-038..044 and -046 were cleared).

The classes: the writer holds the characteristic (a fronted 'as' phrase whose main clause has 'I' as its subject,
the subject-attachment rule; a noun phrase that 'my'/'our' opens over premodifiers and a kin noun heads; 'I' as
the subject of a condition mention); a served person's relative ("the man and his wife"); a child noun predicated
of its holder (a childhood); a clock time's colon read as no clause break in a stated schedule ("leaves at 12:30
on Fridays"); work kit ("her hard hat") and an agreed arrangement ("the pattern agreed in her request") read as no
judgement; the person's own request or preference coordinated after the characteristic, or a wish the person is
reported to have stated ("is 66 and has told us she wants to keep working"); a child noun coordinated with a served
person ("whenever a child or a guest with adaptive equipment needed more time"); an accommodation told in a
non-restrictive 'which' clause with a subject of its own ("..., which our hygiene audit approved"); an approval
or agreement of an arrangement is no word of valence ("was approved", "agreed in her request"), so the writer's doubt
joined on by a semicolon ("; I doubt she will come back as sharp") is read as the judgement. Their biased
look-alikes stay flagged. Each case asserts the whole list of flags; the texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own: a fronted 'as' phrase attached to 'I', and to the person reviewed
        ("As a single dad of a child with special needs, I needed a sitter who could stay until six.", []),
        ("Encouraged by my own journey as a new mother, I went back to college, knowing I would return one day as a "
         "librarian.", []),
        ("As a father of two, he has been less available for the late shifts.",
         [("family_status.children_count", "father of two, he has been less available for the late shifts")]),
        # 'my' over premodifiers before a kin noun; the person's own family stays to the rule
        ("I left the depot early because my youngest son was being honoured at his school as pupil of the year.", []),
        ("Since her eldest daughter was born, she has been less focused on the rota.",
         [("family_status.parenthood_mention", "daughter was born, she has been less focused")]),
        # 'I' as the holder of a condition
        ("It never crossed my mind that they would let me go because I had got cancer.", []),
        ("Since his cancer diagnosis, he has been slower, and I doubt he can lead the team.",
         [("disability.condition_mention", "cancer diagnosis, he has been slower")]),
        # a served person's relative, and the person's own
        ("The patient was not on Joan's list, but the nurses asked for her help because the man and his wife spoke only "
         "Cantonese, and they could not find an interpreter.", []),
        ("Tom and his wife just had a baby, so I doubt he can travel in March.",
         [("family_status.parenthood_mention", "baby, so I doubt he can travel in March")]),
        # a childhood, and a child the person has
        ("As a child growing up in Dundee, if I wasn't at the swimming baths, then I was usually reading, and I later "
         "worked as a bookseller while I raised my family.", []),
        ("She has a child at home, so she cannot do the late shifts.",
         [("family_status.parenthood_mention", "child at home, so she cannot do the late shifts")]),
        # a schedule with a clock time and its days, and a habit held against the person
        ("Idris leaves at 12:30 on Fridays for prayers and makes the time up on Thursday evening.", []),
        ("He often leaves at 12:30 for prayers, which the rest of the team has to cover.",
         [("religion.faith_mention", "He often leaves at 12:30 for prayers")]),
        # work kit and an agreed arrangement, and a judgement of them
        ("Samira wears a hijab under her hard hat, and we ordered a liner that fits it.", []),
        ("He wears a turban under his hard hat, which looks unprofessional on site.",
         [("religion.observance", "turban")]),
        ("Mei is a single parent and works the 8-to-2 pattern agreed in her flexible-working request.", []),
        ("Mei is a single parent and is badly disorganised.",
         [("family_status.parent_labels", "single parent and is badly disorganised")]),
        # the person's own request or preference, and a judgement drawn from it
        ("Kenji has a stammer and prefers written questions in the weekly call, which the team sends a day ahead.", []),
        ("Lena is pregnant and has asked not to handle the solvents, so she is running the intake desk until May.", []),
        ("Lena is pregnant and has asked not to handle the solvents, so I doubt she can lead the lab this year.",
         [("family_status.pregnancy", "pregnant and has asked not to handle the solvents")]),
        # a wish the person stated, and a judgement drawn after it or the writer's own wish
        ("Ingrid is 66 and has told us she wants to keep working the summer season, and her licence medical was "
         "renewed in April as it is for every operator.", []),
        ("She is 66 and has told us she wants to keep working, but I doubt she can manage the ramp much longer.",
         [("age.stated_age", "66 and has told us she wants to keep working, but I doubt she can manage the ramp much "
                             "longer")]),
        ("She is 66 and I want her to retire.", [("age.stated_age", "66 and I want her")]),
        # a preference put beside an age is left to the age rules; a faith's request is the person's own
        ("He is from a different generation and prefers phone calls.",
         [("age.old_school", "from a different generation")]),
        ("Ravi is 63 and prefers the early shift.", [("age.stated_age", "63 and prefers the early shift")]),
        ("Omar is Muslim and asked to take his break at sunset during Ramadan.", []),
        # an approved leave, and the writer's doubt joined on by a semicolon (the approval itself judges no one)
        ("Nadia's maternity leave was approved for nine months; I covered her accounts.", []),
        ("Nadia's maternity leave was approved for nine months; I doubt she will come back as sharp.",
         [("family_status.leave", "maternity leave")]),
        # a child among the people served, and a child the person has
        ("He slowed or stopped the lift whenever a child or a guest with adaptive equipment needed more time to load.",
         []),
        ("He helps passengers and children through the gate every morning.", []),
        ("She has a child and a patient load of forty, so she cannot do nights.",
         [("family_status.parenthood_mention", "child and a patient load of forty, so she cannot do nights")]),
        ("With her kids and the guests to handle, she cannot travel.",
         [("family_status.parenthood_mention", "her kids and the guests to handle, she cannot travel")]),
        # an accommodation told in a 'which' clause, and a judgement told the same way
        ("He is Sikh and wears his turban under the safety hairnet, which our hygiene audit approved.", []),
        ("He wears a turban, which the customers do not like.",
         [("religion.observance", "turban, which the customers do not like")]),
        ("He wears a turban under his hairnet, which the audit approved, so I doubt he can lead the line.",
         [("religion.observance", "turban under his hairnet, which the audit approved, so I doubt he can lead the "
                                  "line")]),
        ("She wears a hijab, which I find distracting.", [("religion.observance", "hijab, which I find distracting")]),
    ],
)
def test_round34_circumstances(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected
