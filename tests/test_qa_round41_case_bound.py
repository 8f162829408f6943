"""Round 41 (hb13t41): a length asked of a thing ("How many days of sick leave do I get?") is not given by a length
that only sets a case of it ("Sick leave of more than 2 days requires a medical certificate"); a negated threshold
(a cap) and a threshold on the asked act itself still give it (assistant/qa/case_bound.py). Texts: probe half A
(evals/probes/round41/hb13t41.jsonl) and handbooks13's tuning pages."""

from assistant.qa.case_bound import asks_length_of, without_case_bounds
from assistant.qa.check import holds
from assistant.qa.select import bound_durations_only, bounds_case
from assistant.text import numbers


def _fresh(text: str) -> list[tuple[int, int, bool]]:
    return [(m.start, m.end, False) for m in numbers(text)]


def test_asks_length_of_reads_a_measure_phrase_with_of():
    questions = {
        "How many days of sick leave do I get?": True,
        "How many weeks of paid parental leave does Status give?": True,
        "How many working days of notice do I need to give?": True,
        # no measure phrase of a thing: the length is asked of an act or a limit
        "How long do I have to appeal?": False,
        "How many hours a week on a paid side project does PostHog consider too much?": False,
        "How many vacation days are written into a Status employment contract in Switzerland?": False,
        "After how long off sick must the Foundation for Public Code notify the UWV?": False,
    }
    assert {q: asks_length_of(q) for q in questions} == questions


def test_a_length_that_only_sets_a_case_does_not_hold_the_length_of_the_thing():
    texts = {  # probe half A: class rows (False) and look-alikes (True)
        ("How many days of sick leave do I get?",
         "A medical certificate is required for sick leave of more than 2 consecutive days."): False,
        ("How many days of sick leave am I entitled to?",
         "Sick leave of more than 2 days requires a medical certificate."): False,
        ("How many days of vacation leave do I get?",
         "None required for vacation leave of less than 30 days within the Philippines."): False,
        ("How many days of sick leave am I entitled to?",
         "If you're sick for more than five days in a row, we need a sick certificate from your doctor."): False,
        ("How many weeks of paid parental leave does Status give?",
         "For parental leave periods of less than three months, you will still receive your quarterly SNT "
         "distributions as normal, even if the next distribution date falls during the period of time that you're "
         "AFK."): False,
        ("How many days of annual leave do I get?",
         "Under the Employment Act 1955, employees with less than 2 years of service are entitled to a minimum of 8 "
         "days annual leave."): True,
        ("How many weeks of paid parental leave do I get?",
         "Employees are eligible for up to 12 weeks of paid parental leave after 1 year of employment."): True,
        ("How many days of leave can I take?",
         "You exceed the leave limit,You cannot take leave of more than ten days"): True,
        ("How many days of paid leave do I get on probation?",
         "Employees on probation are entitled to 12 days of paid leave."): True,
    }
    assert {pair: holds("quantity", pair[1], pair[0]) for pair in texts} == texts


def test_other_duration_questions_keep_a_threshold_as_their_answer():
    texts = {  # a time limit or a threshold asked for itself: no measure phrase "of" a thing
        ("How long do I have to appeal?", "Appeals must be submitted within 2 weeks of receiving the outcome."): True,
        ("After how long off sick must the Foundation for Public Code notify the UWV?",
         "If the employee has been sick for more than three quarters of a year, it must be reported to the UWV."): True,
        ("How long is the trial period at Status?",
         "Trials of more than three months are rare."): True,
    }
    assert {pair: holds("quantity", pair[1], pair[0]) for pair in texts} == texts


def test_without_case_bounds_keeps_caps_and_the_asked_acts_own_limit():
    capped = "You cannot take leave of more than ten days"
    assert without_case_bounds(capped, _fresh(capped), "How many days of leave can I take?") == _fresh(capped)
    own = "You approve recommended leave of less than 5 days."
    assert without_case_bounds(own, _fresh(own), "How many days of leave can I approve as dean?") == _fresh(own)
    bound = "For sick leave of more than 3 days, you may need to submit a medical certificate."
    assert without_case_bounds(bound, _fresh(bound), "How many days of sick leave can I take?") == []
    assert without_case_bounds(bound, _fresh(bound), "How long do I have to hand in the certificate?") == _fresh(bound)


def test_bounds_case_is_the_span_test_of_bound_durations_only():
    text = "Sick leave of more than 2 days requires a medical certificate within 48 hours."
    spans = [(m.start, m.end) for m in numbers(text)]
    assert [bounds_case(text, s, e) for s, e in spans] == [True, True]
    assert bound_durations_only(text) is True
    assert bound_durations_only("Maternity leave is granted for 26 weeks as per applicable laws.") is False
