"""Classes of outside feedback drafts: decline over time, bare demands versus steps, recommendations and
offers, effects on others, reinforcement, problem habits in review language, generic praise."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback


def _summary(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted(f.kind for f in report.findings)


@pytest.mark.parametrize(("draft", "polarity", "kinds"), [
    # decline over time, stated as a comparison, is criticism: the draft needs a next step
    ("When she started on the help desk in 2024, Priya closed twenty tickets a day. This quarter she closes about "
     "eight, and the queue has grown to three days.", "constructive", ["missing_action"]),
    ("Was reaching half of the target at the last review, now only a fifth.",
     "constructive", ["missing_action", "missing_impact", "vague"]),
    ("Jane was very good at planning as a team member. Since becoming a supervisor she has lost much of that.",
     "mixed", ["missing_action"]),
    # fewer problems than before is no decline
    ("At the last review he logged twelve errors a month; now he logs three.", "positive", ["missing_impact"]),
])
def test_decline_over_time_is_criticism(draft, polarity, kinds):
    assert _summary(draft) == (polarity, kinds)


@pytest.mark.parametrize(("draft", "kinds"), [
    ("Mark was late on six days in March and missed two shift handovers. Mark must improve his attendance or "
     "disciplinary action will follow.", ["missing_action", "missing_impact"]),
    ("His reports were late three times this quarter, so the finance team closed the books a week late. We need to "
     "see improvements in his performance.", ["missing_action"]),
    ("Mark was late on six days in March, so two handovers were missed. Mark must phone the supervisor before "
     "7 am when he is unwell, or disciplinary action will follow.", []),
])
def test_a_bare_demand_is_no_next_step_and_a_named_action_is(draft, kinds):
    assert _summary(draft) == ("constructive", kinds)


@pytest.mark.parametrize("sentence", [
    "She should ask for help more often when the workload is heavy.",
    "I think we should do some role-play practice before her next calls.",
    "Her presentations should be more structured, with an agenda slide at the start.",
    "I would be glad to share some tips so we can make her handover notes complete.",
    "If it helps, I can sit in on her next two team meetings.",
    "Going to a time management workshop would help her a lot.",
    "My suggestion: write down the three key points before each call.",
    "She could use a checklist for the handover.",
    "Her goal for next month is to send the handover notes before she leaves.",
])
def test_recommendations_and_offers_are_next_steps(sentence):
    draft = ("She missed the deadline for the grant report twice this year, and the funder asked for an "
             "explanation. " + sentence)
    assert _summary(draft) == ("constructive", [])


@pytest.mark.parametrize("sentence", [
    "This creates an environment that discourages others from speaking up.",
    "People avoid working with her now.",
    "As a result he is not recommended for promotion this cycle.",
    "It is affecting the morale of the whole ward.",
    "It puts extra pressure on the rest of the shift.",
    "His colleagues now have to check his figures before they go out.",
])
def test_effects_on_others_and_standing_are_impacts(sentence):
    draft = "On Monday he corrected two colleagues in front of a client. " + sentence
    assert "missing_impact" not in _summary(draft)[1]


@pytest.mark.parametrize("draft", [
    "Answers all questions promptly and accurately. Uses good judgment when handling customer complaints.",
    "During Tuesday's outage you kept the status page updated every thirty minutes, so customers knew what was "
    "happening. Keep doing that.",
    "She is always willing to stay late when the team is short-staffed.",
    "Jo stepped in when the team was struggling with the backlog and cleared it in a week.",
])
def test_praise_drafts_stay_positive_and_need_no_step(draft):
    polarity, kinds = _summary(draft)
    assert (polarity, "missing_action" in kinds, "absolute" in kinds) == ("positive", False, False)


@pytest.mark.parametrize("draft", [
    "Her reports tend to be long and hard to follow.",
    "Deadlines slip regularly.",
    "Tends to wait until the last minute to start assignments.",
    "Has trouble prioritizing tasks.",
    "Talks over colleagues in meetings.",
    "His emails to clients are sometimes curt and contain typos.",
    "She takes credit for the work of others.",
    "Spends too much time on personal calls.",
])
def test_problem_habits_in_review_language_are_criticism(draft):
    polarity, kinds = _summary(draft)
    assert (polarity, "missing_action" in kinds) == ("constructive", True)


@pytest.mark.parametrize(("draft", "vague"), [
    ("You're the best! Your passion is exemplary and you are a great asset to the team.", True),
    ("Maria has consistently exceeded expectations this year. She is a great asset to the team.", True),
    ("He consistently delivered high-quality work.", True),
    ("You went the extra mile for every client.", True),
    ("You've led complex projects, mentored team members, and collaborated across teams effectively.", True),
    ("Your passion is exemplary: you rewrote the onboarding guide over the weekend before the new hires arrived.",
     False),
    ("She closed the Baker account in March.", False),
    ("You answered forty tickets during the outage.", False),
])
def test_generic_praise_is_vague_and_an_observed_action_is_not(draft, vague):
    assert ("vague" in _summary(draft)[1]) is vague


def test_a_bare_review_form_label_is_a_trait_and_a_cost_is_an_impact():
    assert _summary("Lazy. Always on the phone. You are a cost.") == ("constructive", ["missing_action", "trait", "vague"])


def test_an_unreported_problem_is_criticism():
    polarity, _ = _summary("He missed four project deadlines this year and did not report the delays.")
    assert polarity == "constructive"


@pytest.mark.parametrize(("draft", "polarity"), [
    ("Two of the orders shipped to the old address last week. Could you double-check the address field before you "
     "confirm an order? That would be great.", "constructive"),
    ("Your report was thorough and well organised. Can we get it a day earlier next month so finance can review it?",
     "mixed"),
    ("The March invoices went out without the VAT line. Can we add a short final check before invoices are sent?",
     "constructive"),
])
def test_a_request_as_a_question_and_its_polite_close_are_not_praise(draft, polarity):
    report = review_feedback(draft)
    assert (report.polarity, "missing_action" in {f.kind for f in report.findings}) == (polarity, False)


@pytest.mark.parametrize("sentence", [
    "The patients on the ward waited over an hour for their medication.",
    "The client has since moved their business to a competitor.",
    "I got a call from the director about it.",
    "Her region had the highest retention in the company.",
    "It sets a bad example for the junior staff.",
    "Morale has dropped since the change.",
])
def test_what_others_then_did_and_ranked_results_are_impacts(sentence):
    assert "missing_impact" not in _summary("On Monday she sent the weekly report to the client. " + sentence)[1]


@pytest.mark.parametrize("draft", [
    "Maria joined our team in March 2024 and quickly became the person everyone turned to with questions about the "
    "new CRM. She wrote the user guide that all 40 sales reps now use, and support tickets about the CRM dropped by "
    "half.",
    "Over the past year, Tom organised the monthly safety walk-throughs for the plant. His checklists found 14 "
    "hazards before anyone was hurt, and the plant passed its annual inspection with no findings.",
    "Jessica has been with the company for five years. Last quarter she took over the Henderson account after it "
    "had two missed deliveries, set up weekly calls with the client and renegotiated the schedule. Henderson has "
    "since renewed for two more years.",
    "Kevin trained six new cashiers this spring, using a shadowing plan he designed himself. All six passed their "
    "till audits in the first month, and the store manager has asked him to train the next group too.",
    "She answers the phones promptly and greets every visitor by name. Last month she noticed a double-booked "
    "conference room and rebooked the client meeting before anyone arrived, so the meeting started on time.",
    "Thank you for covering the front desk on Saturday when Mia called in sick. You checked in 40 guests without a "
    "single complaint, and the weekend manager could stay on the floor.",
])
def test_well_formed_reference_letter_praise_is_left_clean(draft):
    assert _summary(draft) == ("positive", [])


def test_the_writer_noticing_a_problem_does_not_remedy_it():
    draft = "I noticed that you have difficulty completing tasks independently. Can we set up a meeting so I can help you?"
    assert _summary(draft)[0] == "constructive"


@pytest.mark.parametrize(("draft", "vague"), [
    ("Completed the Smith audit two weeks early.", False),
    ("Has missed 6 of the last 10 team meetings.", False),
    ("Wrote the new returns policy and trained the store staff on it.", False),
    ("You've been arriving 15 minutes late most mornings this month.", False),
    ("You were on your phone during the whole presentation.", False),
    ("Delivered high-quality work on every project.", True),
    ("Handled all customer complaints well.", True),
    ("You've been doing great work this month.", True),
])
def test_review_form_accomplishments_and_ongoing_patterns_are_behaviour(draft, vague):
    assert ("vague" in _summary(draft)[1]) is vague


@pytest.mark.parametrize("draft", [
    "Sam writes clean code. He should ask for reviews earlier, though.",
    "Lisa is a reliable and hard-working nurse. One area for development is delegation: she often takes on tasks "
    "that could go to the aides.",
    "You clearly know the product well. Where you could grow is in listening to the customer before proposing a "
    "solution.",
    "You've made real progress on your presentation skills. I'd still like to see you slow down when you present "
    "numbers.",
])
def test_praise_with_a_development_area_is_mixed(draft):
    assert review_feedback(draft).polarity == "mixed"


@pytest.mark.parametrize("draft", [
    "She handled the toughest customers on the floor and turned angry callers into loyal ones.",
    "His patience with struggling students is remarkable; several of them have told me he is the reason they "
    "stayed in the program.",
    "She is never late, never misses a deadline and never complains.",
    "He didn't just meet his targets; he beat them by 20%.",
])
def test_others_troubles_lists_of_nevers_and_not_just_are_praise(draft):
    polarity, kinds = _summary(draft)
    assert (polarity, "missing_action" in kinds) == ("positive", False)


@pytest.mark.parametrize(("draft", "absolute"), [
    ("He was consistently late in March, arriving after 9:15 on 12 of 20 working days.", False),
    ("She has been consistently late four times this month.", False),
    ("Consistently late to work.", True),
    ("You are constantly late.", True),
])
def test_a_counted_pattern_is_no_overgeneralisation(draft, absolute):
    assert ("absolute" in _summary(draft)[1]) is absolute


@pytest.mark.parametrize(("sentence", "step"), [
    ("Going forward, I expect better results.", False),
    ("Please improve your attendance.", False),
    ("Please do better next time.", False),
    ("Next time, be more careful.", False),
    ("He needs to take his job more seriously.", False),
    ("Next time, call the client if you are going to miss a call.", True),
    ("Please set a reminder 15 minutes before each client call.", True),
    ("From now on, put every client call in the shared calendar.", True),
])
def test_a_sentence_asking_only_for_a_better_result_is_no_step(sentence, step):
    draft = "Tom missed three client calls last week, and the Baker account complained to the director. " + sentence
    assert ("missing_action" in _summary(draft)[1]) is not step


@pytest.mark.parametrize(("draft", "polarity"), [
    ("Would benefit from being more organised.", "constructive"),
    ("Has room to grow in public speaking.", "constructive"),
    ("Has yet to complete the compliance training.", "constructive"),
    ("Does not always follow the escalation procedure.", "constructive"),
    ("Tends to avoid difficult conversations with underperforming staff.", "constructive"),
    ("His attention to detail is lacking.", "constructive"),
    ("Requires frequent reminders to submit timesheets.", "constructive"),
    ("Shows potential but lacks experience with large accounts.", "mixed"),
    ("The new hires would benefit from her mentoring.", "positive"),
    ("It was not easy, but she finished the audit on Friday.", "positive"),
])
def test_development_needs_in_review_form_phrasing(draft, polarity):
    assert review_feedback(draft).polarity == polarity


@pytest.mark.parametrize(("sentence", "part"), [
    ("Customers now ask for someone else when he answers.", "impact"),
    ("It has made our meetings much shorter.", "impact"),
    ("He has become the go-to person for payroll questions.", "impact"),
    ("We could role-play a few difficult calls next week.", "next_step"),
])
def test_more_impacts_and_steps_in_ordinary_words(sentence, part):
    report = review_feedback("On Monday he presented the budget to the board. " + sentence)
    assert part in report.sentences[1].functions


@pytest.mark.parametrize("draft", [
    "The agenda went out ten minutes before the meeting, so nobody had time to prepare.",
    "You sent the proposal to the client before legal had signed off.",
    "In yesterday's meeting you rolled your eyes when Dana presented.",
    "You left the customer on hold for fifteen minutes on Tuesday.",
    "You answered the question before Lee could finish it.",
])
def test_plain_descriptions_of_a_fault_are_criticism(draft):
    assert review_feedback(draft).polarity == "constructive"


def test_a_problem_measure_that_shrank_is_praise():
    draft = ("Since the spring you have run the Thursday training sessions for new agents, and their first-month "
             "error rate has halved.")
    assert review_feedback(draft).polarity == "positive"


@pytest.mark.parametrize("line", [
    "Never late.", "Rarely needs supervision.", "Is never absent without notice.", "Makes few errors.",
    "Handles difficult customers with tact.", "Meets tight deadlines without complaint.",
])
def test_telegraphic_praise_lines_are_positive_without_absolutes(line):
    polarity, kinds = _summary(line)
    assert (polarity, "absolute" in kinds, "missing_action" in kinds) == ("positive", False, False)


@pytest.mark.parametrize("line", ["Always needs reminders to submit timesheets.", "Never interrupt a colleague again."])
def test_needing_reminders_and_prohibitions_stay_criticism(line):
    assert review_feedback(line).polarity == "constructive"
