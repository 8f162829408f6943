"""Bias recall, round 32r (scripts/bias_round32r_probe.py): the published guides' terms in the forms outside
review paragraphs use (assistant/rules/bias_recall.yaml), and policy vocabulary that names a thing of the work
(analyzers/bias: _GenericChecks._names_a_work_thing). Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('With two little ones at home she may not want the overnight storm callouts, so I have left her off the standby rota.',
         [('family_status.child_informal', 'little ones')]),
        ('She has a couple of kiddies at home, so I doubt the extra audit nights suit her.',
         [('family_status.child_informal', 'kiddies at home, so I doubt the extra audit nights suit her')]),
        ("The little ones' story corner was repainted in May.",
         []),
        ('She has two little ones and coaches their football team at weekends.',
         []),
    ],
)
def test_informal_child_nouns_as_grounds(text, expected):
    """Informal child nouns (Collins: little one, kiddie, nipper, sprog, bairn) under family_status.child_informal."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Coming from Nigeria, she is naturally relaxed about time, which shows in the late finishes.',
         [('race_ethnicity.origin_grounds', 'Coming from Nigeria')]),
        ('He is originally from Eastern Europe, which is why he never complains about the cold.',
         [('race_ethnicity.origin_grounds', 'He is originally from Eastern Europe')]),
        # round 38: the fronted supplementive clause (race_ethnicity.origin_supplementive) claims it first
        ('Being Polish, he is naturally thorough with the claims.',
         [('race_ethnicity.origin_supplementive', 'Being Polish')]),
        ('Coming from the Lagos office, she brought the booking system with her.',
         []),
        ("She came from Nigeria in 2015 and has run the salon's bookings since.",
         []),
        ('Being Polish, he speaks to the Gdansk drivers in their language.',
         []),
    ],
)
def test_country_of_origin_as_grounds(text, expected):
    """A country of origin or nationality as the grounds of a trait: race_ethnicity.origin_grounds; an office or a plain fact is no flag."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She drinks with the crew after every show, and that is why I picked her over Tom for the tour.',
         [('affinity.shared_leisure', 'drinks with')]),
        ('She played squash with the partners all year, so I rated her above the other trainees.',
         [('affinity.shared_leisure', 'played squash with the partners all year, so I rated her')]),
        ('He goes to the pub quiz with the pickers every Friday, and he still finished the stock count on time.',
         []),
        ('He plays football with the residents on Fridays, so I put him forward for the activities lead.',
         []),
        ('He went fishing with his son in August.',
         []),
        ('He served the fish with the new sauce, so the guests rated the menu highly.',
         []),
        ('She served the drinks with a smile, so I picked her for the VIP bar.',
         []),
    ],
)
def test_shared_leisure_as_grounds_of_a_pick(text, expected):
    """Leisure shared with the people who decide, made the grounds of trust, a rating or a pick: affinity.shared_leisure."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Her English is flawless; you would never guess she was not born here.',
         [('race_ethnicity.never_guess_origin', 'would never guess she was not born here')]),
        ('You would never guess she marked all the parts in one weekend.',
         []),
        ("You'd never guess he is gay.",
         [('sexual_orientation.never_guess', 'd never guess he is'), ('sexual_orientation.identity', 'gay')]),
    ],
)
def test_never_guess_born_elsewhere(text, expected):
    """'Never guess she was not born here' is origin praise (race_ethnicity), not the orientation frame."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Since his breakdown last spring he has not been the same on the big takedowns, so I keep him on hedges.',
         [('disability.mental_health_crisis', 'his breakdown')]),
        ('After her nervous breakdown I doubt she can handle the front desk.',
         [('disability.mental_health_crisis', 'nervous breakdown')]),
        ('His breakdown of the budget was clear and the board approved it.',
         []),
        ("Since the breakdown of the lift she has brought the residents' meals up by hand.",
         []),
    ],
)
def test_breakdown_of_the_person(text, expected):
    """A breakdown of the person (a mental-health crisis) brought into a judgement; of figures or a lift it is no flag."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She can be a bit of a headcase when the orders back up on a Friday.',
         [('disability.head_case', 'a bit of a headcase')]),
        ('He is a complete head-case behind the wheel when the ferry is late.',
         [('disability.head_case', 'a complete head-case')]),
        ('He packs the spare head case and the fuses before every crossing.',
         []),
    ],
)
def test_head_case_label(text, expected):
    """'Head case' as a predicate label; a case for a drill head is a thing."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He is a bit camp for the contractors who come to film the collection, so I send Dave to meet them.',
         [('sexual_orientation.camp_descriptor', 'a bit camp')]),
        ("He is far too camp to send to the rugby club's charity day.",
         [('sexual_orientation.camp_descriptor', 'far too camp')]),
        ("He ran the summer camp for the rugby club's under-12s.",
         []),
    ],
)
def test_camp_said_of_a_man(text, expected):
    """'Camp' said of a man with a degree word; a summer camp is no flag."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('With his Muslim background, he is very careful with the bookings, so I gave him the group reservations.',
         [('religion.faith_background_grounds', 'With his Muslim background, he is very careful with the bookings, so I gave him the group reservations')]),
        ('With his engineering background he is careful with the bookings.',
         []),
    ],
)
def test_faith_background_as_grounds(text, expected):
    """A faith background as the grounds of a trait or a decision."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She is pregnant again, so I doubt she will keep up with the insurance claims this year.',
         [('family_status.pregnancy', 'pregnant again, so I doubt she will keep up with the insurance claims this year')]),
        ('At 63 he is slow on the new payroll system, and I would rather give it to someone younger.',
         [('age.explicit_age_opening', 'At 63 he is slow on the new payroll system, and I would rather give it to someone younger')]),
        ("Since her husband's stroke she has fallen behind on the timesheet approvals, and I doubt she can lead the night team.",
         [('family_status.relative_health', 'stroke')]),
        ('He is autistic, so I have taken him off the insurance enquiries desk.',
         [('disability.status_mention', 'autistic')]),
        ('She is pregnant and has booked her antenatal appointments through the insurance portal, as the policy allows.',
         []),
        ('He handled the payroll queries for the over-60s pension scheme without a single error.',
         []),
        ('He uses a wheelchair, so we moved the procedure audits to the ground-floor office as his adjustment.',
         []),
        ('Parents can take 16 weeks of parental leave under the policy.',
         []),
        # a policy addresses its reader or a group: a noun compound there stays policy wording
        ('We ensure that all teammates are afforded at least 16 weeks of paid parental leave for the birth or '
         'adoption of a child, so coverage details vary by location.',
         []),
        ('You may take parental leave within 12 months, and the insurance claims team will contact you.',
         []),
    ],
)
def test_policy_word_naming_a_thing_of_the_work(text, expected):
    """A policy word before a noun head names a thing of the work ('the insurance claims'), so the judging sentence is no policy wording; the policy's own names and a policy sentence still are."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She is a bit on the heavy side for jumping on and off the cab all day.',
         [('appearance.body_and_grooming_forms', 'a bit on the heavy side')]),
        ('He would get further with the patients if he smartened himself up a bit.',
         [('appearance.body_and_grooming_forms', 'smartened himself up')]),
        ('She is a bit on the cautious side at the narrow junctions.',
         []),
        ('He smartened up the frame displays.',
         []),
        ('His name is hard for the patients to pronounce, so I have asked him to use Sunny at the desk.',
         [('race_ethnicity.name_hard_for_others', 'hard for the patients to pronounce')]),
        ('His handwriting is hard for the lab to read, so he types the job tickets.',
         []),
        ('She is not the marrying kind, if you catch my drift.',
         [('sexual_orientation.coded_euphemisms', 'not the marrying kind')]),
        ('She is not the complaining kind, and the trainees like her.',
         []),
        ('He played for the other team in the charity match.',
         []),
        ('He is a real alpha at the pass, and the porters jump when he speaks.',
         [('gender_coded.alpha_label', 'a real alpha')]),
        ('He ran the alpha test of the new till.',
         []),
        ('He has gone a bit doolally this year, so I double-check his prescriptions.',
         [('disability.doolally', 'doolally')]),
        ('She is not all there on Mondays.',
         [('disability.madness_slang', 'not all there')]),
        ('The depot is just round the bend from the station.',
         []),
        ('The parts are not all there yet.',
         []),
        ('She is very much our sort of person, so I backed her for the senior role.',
         [('affinity.our_kind', 'our sort of person, so I backed her')]),
        ('She is the kind of person who checks every frame twice.',
         []),
        ('We supported the same football club growing up, so I know he is reliable.',
         [('affinity.shared_club', 'We supported the same football club growing up, so I know he is reliable')]),
        ('We went to the same supplier for the frames.',
         []),
        ('He is always nipping off to pray, which disrupts the lunch service.',
         [('religion.prayer', 'to pray, which disrupts the lunch service')]),
        ('He is always nipping off to check the blast chiller, which disrupts the lunch service.',
         []),
    ],
)
def test_fourth_set_forms(text, expected):
    """Body-size and self-grooming forms, a name hard for others to say, orientation euphemisms, 'a real alpha',
    madness slang, 'our sort of person', a shared club, and a disruption drawn from a prayer break."""
    assert flags(text) == expected


def test_probe_figures():
    # round 39 (biasidiom39): B2 gains one flag outside its span, "she is a natural carer" (gender_coded.natural_carer)
    # beside the origin grounds it is labelled for
    probe = load_script("scripts/bias_round32r_probe.py")
    assert probe.figures() == {
        "FR": (8, 8, 1), "AP": (4, 4, 0), "RO": (5, 5, 0), "AF": (4, 4, 0), "CP": (3, 3, 0), "DI": (4, 4, 0),
        "GS": (3, 3, 0), "FRX": (7, 8, 1), "APX": (4, 4, 0), "ROX": (5, 5, 0), "AFX": (4, 4, 0), "CPX": (3, 3, 0),
        "DIX": (4, 4, 0), "GSX": (3, 3, 0), "B2": (14, 14, 1), "C2": (13, 14, 1), "B3": (8, 8, 0), "C3": (7, 8, 1),
        "B4": (18, 18, 0), "C4": (11, 12, 2),
    }
