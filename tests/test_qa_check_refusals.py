"""Over-refusal classes of the Q&A's checks: each check refuses only what it is meant to."""

from __future__ import annotations

from assistant.qa.answer import is_bare_question


def test_a_unit_opening_with_a_statement_and_ending_with_prompt_questions_is_no_bare_question():
    texts = [
        "**Q: How long do I have?**",
        "Q: How long can I stay? Is it paid?",
        "A: Ten days.",
        'Time-Bound Set a realistic end date for prioritization and accountability.\t<ul style="x"> '
        "• What is the deadline? • When will we start?",
        "Relevant: goals align with the organization. Why are the above efforts worthwhile?",
    ]
    assert [is_bare_question(t) for t in texts] == [True, True, False, False, False]


def test_the_verb_a_who_is_the_object_of_only_asks_for_a_person():
    from assistant.qa.check import addressee_verb
    from assistant.qa.focus import analyse

    questions = ["Who should an employee talk to about a disability accommodation?",
                 "Whom can we reach out to about payroll?",
                 "At CivicActions, who should I go to if a coworker keeps making offensive comments?",
                 "Who approves a PIP?",
                 "Who do I report harassment to?",
                 "Who should I contact about a payroll error?",
                 "Who do I notify if I am sick?",
                 "Who should I talk to?"]
    assert [(addressee_verb(q), sorted(analyse(q).focus)) for q in questions] == [
        ("talk", ["accommodation", "disability"]),
        ("reach", ["payroll"]),
        ("go", ["comment", "offensiv"]),
        (None, ["approv"]),
        (None, ["harassment", "report"]),
        ("contact", ["error", "payroll"]),
        ("notify", ["sick"]),
        ("talk", ["talk"]),  # the asking is all there is: the focus is not emptied
    ]


def test_words_of_the_asking_leave_the_focus():
    from assistant.qa.check import asking_words
    from assistant.qa.focus import analyse

    questions = ["How big is the annual learning budget?",
                 "What's the deadline for finishing mid-year conversations?",
                 "Will GitLab always put me on a performance improvement plan before letting me go?",
                 "If my manager wants me to move my vacation dates, how quickly do they have to tell me?"]
    assert [(asking_words(c.text, c.kind), sorted(c.focus)) for q in questions for c in analyse(q).clauses] == [
        (["big"], ["annual", "budget", "learn"]),
        (["deadline"], ["conversation", "finish", "mid-year"]),
        ([], ["improvement", "performanc", "plan"]),
        (["quickly"], ["dat", "mov", "vacation"]),
    ]


def test_a_unit_stating_only_other_rates_than_the_asked_one_speaks_of_other_cases():
    from assistant.qa.check import other_rate, rates

    leaders = ("While team leaders who check in once a week see a 13 percent increase in engagement, those who "
               "check in only once a month see a 5 percent decrease.")
    assert (rates(leaders), rates("twice a month, every two weeks, biweekly, $1,200 per fiscal year")) == (
        {(1, "1 week"), (1, "1 month")}, {(2, "1 month"), (1, "2 week"), (1, "1 year")})
    assert [other_rate(q, t) for q, t in [
        ("What increase do team leaders see when they check in every day?", leaders),
        ("By how much does engagement rise when team leaders check in once a week?", leaders),
        ("What is the yearly cap on spot awards?", "Spot awards total at most $1,000 in a calendar year."),
        ("What is the yearly cap on spot awards?", "Spot awards are capped at $100 per month."),
        ("How often do leaders check in?", leaders),
    ]] == [True, False, False, True, False]
