"""Bias classes taken from outside lexicons and guides (letter-praise words, retext-equality entries, coded
idioms, told events, cited words, generic people, names): each case asserts the whole list of flags
(text, category, rule) of one text written for the class."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.category, f.rule) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mei is a sweet and lovely colleague whom the whole office adored.",
            [("sweet", "gender_coded", "gender_coded.letter_praise"),
             ("lovely", "gender_coded", "gender_coded.letter_praise")],
        ),
        ("Tom is very motherly with the new hires.", [("motherly", "gender_coded", "gender_coded.letter_praise")]),
        # the adjective of a flagged noun is part of that flag's remark
        ("She is a sweet girl who answers every ticket.", [("girl", "gendered_language", "gendered_language.girl_for_adult")]),
        ("He has a sweet tooth and brings donuts on Fridays.", []),
        ("She gave a lovely presentation on the new API.", []),
        ("We negotiated a sweet deal with the vendor.", []),
        ("Maternal leave starts in May under the policy.", []),
    ],
)
def test_communal_letter_praise_describing_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You were a much better worker before your mom got cancer.",
         [("cancer", "family_status", "family_status.relative_health")]),
        ("With his father's dementia, he can't take the Denver account.",
         [("dementia, he can't take the Denver account", "family_status", "family_status.relative_health")]),
        # the person's own condition stays a health remark
        ("She has cancer, so she should not lead the launch.",
         [("cancer, so she should not lead the launch", "disability", "disability.condition_mention")]),
        ("The cancer charity run raised $4,000.", []),
    ],
)
def test_a_relatives_illness_is_a_family_status_remark(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya, who speaks remarkably good English, thrives in research.",
         [("who speaks remarkably good English", "race_ethnicity", "race_ethnicity.microaggressions")]),
        ("He writes surprisingly good English for a new arrival.",
         [("writes surprisingly good English", "race_ethnicity", "race_ethnicity.microaggressions")]),
        ("Our customers speak good English and Spanish.", []),
    ],
)
def test_praise_for_a_persons_english_is_origin_coded_whatever_the_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outsiders: other people's parents and children, a customer's condition
        ("Mrs. Kim is patient with pupils and calm with parents.", []),
        ("During the field trip she counted the children at every stop, which impressed the principal.", []),
        ("The customer was hard of hearing, so she wrote her answers down.", []),
        # the judged person's own family and condition are still flagged
        ("Since she cares for her parents, she can't travel.",
         [("parents", "family_status", "family_status.parenthood_mention")]),
        ("Since the baby arrived, her lesson plans are late and she misses school meetings.",
         [("baby arrived, her lesson plans are late", "family_status", "family_status.parenthood_mention")]),
        ("With the kids, she can't travel as much as the role needs.",
         [("the kids, she can't travel as much as the role needs", "family_status", "family_status.parenthood_mention")]),
        ("Ken is deaf, so we skip him for calls.", [("deaf, so we skip him", "disability", "disability.status_mention")]),
    ],
)
def test_a_characteristic_of_pupils_parents_or_customers_is_not_the_judged_persons(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She doesn't sound Black on the phone.",
         [("sound Black", "race_ethnicity", "race_ethnicity.stereotype_expectation")]),
        ("He's not like other Asians.", [("like other Asians", "race_ethnicity", "race_ethnicity.stereotype_expectation")]),
        ("He doesn't look Muslim, so clients won't mind.",
         [("look Muslim", "religion", "religion.stereotype_expectation")]),
        ("He doesn't act his age.", [("act his age", "age", "age.age_phrases")]),
        ("He's a good Christian man and very reliable.", [("Christian", "religion", "religion.faith_word_mention")]),
        ("She doesn't sound nervous on the phone.", []),
        ("It doesn't look black and white to me.", []),
        ("Christian was great with the client, and she thanked him.", []),
        ("The Jewish holidays calendar is posted.", []),
    ],
)
def test_not_matching_a_groups_stereotype_states_the_stereotype(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He's mentally ill, so keep him off the client work.",
         [("mentally ill", "disability", "disability.condition_labels")]),
        ("Stop being so spergy about the config.", [("spergy", "disability", "disability.slurs")]),
        ("She has special needs and needs extra supervision.",
         [("has special needs", "disability", "disability.outdated_terms")]),
        ("He is bucktoothed and mumbles.", [("bucktoothed", "appearance", "appearance.body_remarks")]),
        ("The clinic serves children with special needs.", []),
    ],
)
def test_remaining_retext_equality_entries_in_the_ten_categories(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He sold us down the river in the QBR.",
         [("sold us down the river", "race_ethnicity", "race_ethnicity.racist_origin_idioms")]),
        ("The audit was a cakewalk.", [("cakewalk", "race_ethnicity", "race_ethnicity.racist_origin_idioms")]),
        ("No can do on Friday.", [("No can do", "race_ethnicity", "race_ethnicity.racist_origin_idioms")]),
        ("You don't look disabled at all.", [("look disabled", "disability", "disability.stereotype_expectation")]),
        ("We drove down the river to the plant.", []),
        ("Our kabuki theatre outing was fun.", []),
        ("He doesn't look tired after the night shift.", []),
    ],
)
def test_idioms_with_racist_origins_and_doubting_a_disability(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each student in her class wrote a reflection.", []),
        ("Every customer who called him got a reply within a day.", []),
        ("Each member of the board thanked her for the report.", []),
        ("Every student she mentored passed the exam.", []),
        # bound pronouns stay generic: possessives, reflexives, a later clause
        ("Each candidate should bring her CV.", [("her", "gendered_language", "gendered_language.generic_pronoun")]),
        ("Each new hire should introduce himself.",
         [("himself", "gendered_language", "gendered_language.generic_pronoun")]),
        ("Every manager knows that the CEO trusts him.",
         [("him", "gendered_language", "gendered_language.generic_pronoun")]),
        ("Every student she mentored passed his exam.",
         [("his", "gendered_language", "gendered_language.generic_pronoun")]),
    ],
)
def test_a_pronoun_the_quantified_role_cannot_bind_names_someone_else(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She plans to make up the hours over the weekend, which is great.", []),
        ("She needs the mental energy to finish the audit, and she has it.", []),
        ("She ran webinars on student mental health, which were excellent.", []),
        ("His code generation work was excellent.", []),
        ("Her mental health has been poor, and her output dropped.",
         [("mental", "disability", "disability.mental_health_slang")]),
        ("Her make-up is too heavy for client meetings.", [("Her make-up", "appearance", "appearance.body_remarks")]),
    ],
)
def test_innocent_senses_of_make_up_mental_and_generation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Women tend to overthink these decisions.",
         [("Women tend to", "gendered_language", "gendered_language.group_generalisation")]),
        ("As a woman, she brings a softer touch to the team.",
         [("As a woman, she", "gendered_language", "gendered_language.group_generalisation")]),
        ("He's good at math, like most Asians.",
         [("like most Asians", "race_ethnicity", "race_ethnicity.group_generalisation")]),
        ("That's typical of his generation.", [("typical of his generation", "age", "age.group_generalisation")]),
        ("She slept her way to the top.", [("slept her way to the top", "gender_coded", "gender_coded.prove_it_again")]),
        ("He is very feminine in his manner.",
         [("very feminine", "gendered_language", "gendered_language.gender_expression")]),
        ("The women on the team shipped the release.", []),
        ("Like most managers, she reviews the numbers weekly.", []),
        ("The typical user logs in twice a day.", []),
        ("The logo is a bit feminine for our brand.", []),
    ],
)
def test_a_trait_put_on_a_person_through_their_group(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain statement of leave is a fact; leave in a judgement is flagged
        ("Dana took six weeks of parental leave after the launch.", []),
        ("She returned from maternity leave in January.", []),
        ("She is back from maternity leave and seems distracted.",
         [("maternity leave and seems distracted", "family_status", "family_status.leave")]),
        ("He took paternity leave during our most critical quarter.",
         [("paternity leave", "family_status", "family_status.leave")]),
        # a noun compound whose head is a thing
        ("Last spring she met an aggressive delivery target for our largest customer.", []),
        ("Kai is bipolar one day and calm the next.", [("bipolar", "disability", "disability.mental_health_slang")]),
        # one remark, one flag: prove-it-again praise joins its group qualifier
        ("She is surprisingly strong for a female engineer.",
         [("surprisingly strong for a female engineer", "gendered_language", "gendered_language.gender_marked_role")]),
        ("She is emotional like most women.",
         [("emotional", "gender_coded", "gender_coded.emotional"),
          ("like most women", "gendered_language", "gendered_language.group_generalisation")]),
        # not joined: the earlier flag is no prove-it-again praise
        ("He used sick leave and then parental leave, so he may not be ready to lead.",
         [("sick leave", "disability", "disability.health_remarks"),
          ("parental leave, so he may not be ready", "family_status", "family_status.leave")]),
    ],
)
def test_neutral_leave_thing_compounds_and_one_flag_per_remark(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is simply the right fit for us.", [("the right fit for us", "affinity", "affinity.fits_in")]),
        ("He grew up in the same town as half of the leadership team.",
         [("the same town as half", "affinity", "affinity.same_background")]),
        ("He is one of the fresh faces this department needed.", [("fresh faces", "age", "age.age_phrases")]),
        ("He is from the old guard.", [("the old guard", "age", "age.age_phrases")]),
        ("He dresses a little too flamboyantly for a math teacher.",
         [("dresses a little too flamboyantly", "sexual_orientation", "sexual_orientation.coded_remarks")]),
        ("The tattoos on his forearms are a distraction for some parents.",
         [("tattoos on his", "appearance", "appearance.body_remarks")]),
        ("She worked on the same team as Tom last year.", []),
        ("The new bracket is the right fit for the rack.", []),
    ],
)
def test_affinity_age_and_appearance_phrasings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a marriage or a relative's illness stated as a fact is clean; in a judgement it is flagged
        ("He recently got married and took a week off in June.", []),
        ("Since getting married he is less driven.",
         [("getting married", "family_status", "family_status.marital")]),
        ("Her divorce is affecting her work.", [("Her divorce", "family_status", "family_status.marital")]),
        # a told event: 'when a colleague became ill, she ...' is that colleague's story, not a generic
        ("When a colleague became ill, she covered his accounts for two months.", []),
        ("If a customer becomes angry, she should call a manager.",
         [("she", "gendered_language", "gendered_language.generic_pronoun")]),
    ],
)
def test_marriage_as_a_fact_and_irregular_pasts_in_told_events(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # health and children stated as facts are clean; in a judgement they are flagged
        ("She was out on sick leave for a week in May.", []),
        ("He was on stress leave in May, so he may not be ready to lead.",
         [("stress leave in May, so he may not be ready", "disability", "disability.health_remarks")]),
        ("He is a father of two and coaches his son's soccer team on weekends.", []),
        ("He's a father of three, so keep him off travel.",
         [("father of three", "family_status", "family_status.children_count")]),
        ("As a working mother she can't do late calls.",
         [("working mother", "family_status", "family_status.parent_labels")]),
    ],
)
def test_health_and_children_as_facts_are_clean(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will now need to work this evening and miss my son's school concert.", []),
        ("Since her son was born, she is less focused.",
         [("son was born, she is less focused", "family_status", "family_status.parenthood_mention")]),
    ],
)
def test_the_writers_own_family_is_not_the_judged_persons(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is charismatic and well-spoken with customers.", []),
        ("She is articulate and persuasive in negotiations.", []),
        ("He is well-spoken for a new hire.",
         [("well-spoken for a", "race_ethnicity", "race_ethnicity.articulate")]),
        ("She is so articulate and well-spoken, honestly not what I expected.",
         [("so articulate", "race_ethnicity", "race_ethnicity.articulate"),
          ("well-spoken", "race_ethnicity", "race_ethnicity.well_spoken")]),
    ],
)
def test_articulate_is_coded_praise_only_with_surprise_or_a_qualifier(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For religious observances, you can request an adjustment to your work schedule.", []),
        ("You can request up to 104 hours of advanced sick leave, and your accrued sick leave will transfer.", []),
        ("His prayer breaks slow the line.", [("prayer breaks", "religion", "religion.observance")]),
    ],
)
def test_policy_wording_makes_the_characteristic_the_topic(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a procedure addresses its reader: the addressee with a modal of permission or obligation
        ("You can also use annual and sick leave for parental leave reasons.", []),
        ("You must tell your manager on the first day of your sick leave.", []),
        ("Your sick leave will not be paid out.", []),
        # the addressee judged: a cue beyond the modal
        ("You have used a lot of sick leave and your output dropped.",
         [("sick leave and your output dropped", "disability", "disability.health_remarks")]),
        ("Since your parental leave you seem less committed.",
         [("parental leave", "family_status", "family_status.leave")]),
        ("With your new baby at home, you may not want the Denver account.",
         [("baby at home, you may not want the Denver account", "family_status", "family_status.parenthood_mention")]),
        ("You are pregnant, so you should not lead the launch.",
         [("pregnant, so you should not lead the launch", "family_status", "family_status.pregnancy")]),
        # a third person with a modal is still judged
        ("He was on stress leave in May, so he may not be ready to lead.",
         [("stress leave in May, so he may not be ready", "disability", "disability.health_remarks")]),
    ],
)
def test_a_modal_addressed_to_the_reader_is_a_procedure_not_a_judgement(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word cited as a word (use vs mention) is the topic of a style note
        ('Critical feedback to women used words such as "abrasive", "bossy" and "emotional".', []),
        ("Terms that assume a gender for a role: chairman, manpower, salesman.", []),
        ('Phrases such as "culture fit" reward similarity to the reviewer.', []),
        ("References to faith, religious dress or prayer times do not belong in a review.", []),
        ('Age remarks: "digital native", "set in her ways".', []),
        ("Avoid terms like chairman in the minutes.", []),
        # used, not cited
        ("He has a way with words, like a true salesman.",
         [("salesman", "gendered_language", "gendered_language.job_titles")]),
        ("She is abrasive and bossy with the team.",
         [("abrasive", "gender_coded", "gender_coded.abrasive"),
          ("bossy", "gender_coded", "gender_coded.bossy")]),
        ("Our chairman said he is not a culture fit.",
         [("chairman", "gendered_language", "gendered_language.chairman"),
          ("culture fit", "affinity", "affinity.culture_fit")]),
    ],
)
def test_a_word_cited_as_a_word_is_not_used(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-opening or title-case common word is no person's name (SCOWL word list, name gazetteer)
        ("Therefore, the team can request up to 104 advanced sick leave hours.", []),
        ("Combining paid parental leave with other leave is allowed.", []),
        # names and initials still are
        ("Yvonne was on sick leave in May, so she may not be ready to lead.",
         [("sick leave in May, so she may not be ready", "disability", "disability.health_remarks")]),
        ("As a recent college graduate, Ms. F may not yet have the maturity this class needs.",
         [("recent college graduate, Ms. F may not yet have the maturity this class needs", "age", "age.age_mention")]),
    ],
)
def test_a_capitalised_common_word_is_not_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sloppy appearance, with the same stained hoodie most days.",
         [("Sloppy appearance", "appearance", "appearance.dress")]),
        ("Her unkempt hair worries the clients.",
         [("unkempt hair", "appearance", "appearance.dress")]),
        ("Unprofessional attire is covered by the dress code policy.", []),
    ],
)
def test_an_evaluative_adjective_on_appearance_is_the_remark(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of the subject noun phrase is what a copula predicates of, not a person inside its
        # prepositional postmodifier
        ("The conversation with the client was emotional, and she kept it on track.", []),
        ("The meeting with Priya and the vendor was emotional.", []),
        # the person is still the subject when the phrase is hers or the head is a person
        ("Priti in the meeting with clients was emotional.",
         [("emotional", "gender_coded", "gender_coded.emotional")]),
        ("The client was emotional.", [("emotional", "gender_coded", "gender_coded.emotional")]),
        ("The mother of the student was emotional.", [("emotional", "gender_coded", "gender_coded.emotional")]),
    ],
)
def test_a_trait_describes_the_head_of_the_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person brought in by an indefinite article is someone new, not the reviewed person
        ("She covered for a colleague on sick leave and still hit every deadline.", []),
        ("He covered for a colleague who was on sick leave and still hit every deadline.", []),
        # predicated of the person, it is theirs
        ("She is a colleague on sick leave, so her rating should be lower.",
         [("sick leave, so her rating should be lower", "disability", "disability.health_remarks")]),
        ("As a manager with three kids at home, she may not want the travel.",
         [("kids at home", "family_status", "family_status.caregiving")]),
    ],
)
def test_an_indefinite_person_is_someone_else(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a native speaker predicated of a person is a language fact (dev2/dev6 guides: clean)
        ("She is a native Spanish speaker and is our best contact for the Madrid clients.", []),
        # as a requirement, a preference or a reason it screens on origin
        ("We need a native English speaker for the support desk.",
         [("native English speaker", "race_ethnicity", "race_ethnicity.native_speaker")]),
        ("As a native English speaker, she writes our best copy.",
         [("native English speaker, she writes our best copy", "race_ethnicity", "race_ethnicity.native_speaker")]),
        ("She is a non-native speaker, so her emails need checking.",
         [("non-native speaker, so her emails need checking", "race_ethnicity", "race_ethnicity.non_native_speaker")]),
    ],
)
def test_a_native_speaker_fact_is_clean(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'with'/'has' predicates the characteristic of the noun before it: here someone else
        ("She helped a customer with young children rebook the flight.", []),
        ("Maria, with three kids, may not want the role.",
         [("with three kids, may not want the role", "family_status", "family_status.care_mention")]),
        ("She has two young children, so she may not want to travel.",
         [("has two young children, so she may not want", "family_status", "family_status.care_mention")]),
    ],
)
def test_a_possessed_characteristic_belongs_to_its_possessor(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two coordinated words share the determiner before them: 'the Diwali and Eid lunches'
        ("She organised the Diwali and Eid lunches with the facilities team.", []),
        ("She takes long Diwali and Eid breaks, so her output dropped.",
         [("Eid breaks, so her output dropped", "religion", "religion.faith_mention")]),
    ],
)
def test_coordinated_words_share_their_determiner(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 'which' with a subject of its own reports; as its clause's subject it comments
        ("She is married to an engineer, which she disclosed at once.", []),
        ("She has two kids, which is why she may not travel.",
         [("has two kids, which is why she may not travel", "family_status", "family_status.care_mention")]),
        # an accent with an adjective between it and 'with'/'has'
        ("She speaks with a slight accent that clients find charming.",
         [("accent", "race_ethnicity", "race_ethnicity.accent")]),
        ("We picked the accent colour with care.", []),
    ],
)
def test_a_reporting_relative_is_no_judgement(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(text) == expected
