"""Definition probe for the feedback coach's IMPACT and NEXT STEP parts, on sentences written for the purpose.

Each probe sentence follows a lead sentence (an act of the person, with no effect and no step of its
own) in several frames: speaking to the person ("you") and about them ("she", a name), after praise
and after criticism. An IMPACT sentence (an effect on people, customers, money, time, quality, risk
or results, in ordinary words) must make the draft's impact present; a NON-IMPACT sentence (the
setting, the act itself, a purpose, a plan, the writer's view) must not. A STEP sentence (a request or
plan for the person's next act, in any wording) must make the next step present after criticism; a
NON-STEP sentence (a bare desired result, the past, someone else's plan, an offer of thanks) must
not. Wording follows the labelling guides' definitions (evals/dev*/README.md), not any eval item.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_step_probe.py          # rates per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_step_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

IMPACT = [
    "We are at risk of losing a $200k account.",
    "14 people were underpaid.",
    "The invoice run failed.",
    "As a result, the client renewed for another two years.",
    "That saved the team about six hours a week.",
    "It cost us the Henderson contract.",
    "This allowed the support team to close the backlog a week early.",
    "It helped two new hires get up to speed in days rather than weeks.",
    "Because of that, the release slipped by three days.",
    "The customer escalated to our VP and asked for a refund.",
    "Three engineers had to redo a week of work.",
    "Our error rate dropped from 4% to under 1%.",
    "The launch went out on time for the first time this year.",
    "Two of the night-shift nurses now use the checklist.",
    "The board approved the budget on the first reading.",
    "Sales closed $1.2 million in new business off the back of that demo.",
    "The warehouse shipped 300 orders late that week.",
    "Several customers cancelled their subscriptions.",
    "Payroll was delayed for the whole Leeds office.",
    "Nobody on the team knew the plan had changed, so they built the wrong feature.",
    "That meant the auditors signed off without a single finding.",
    "The client said it was the clearest proposal they had seen.",
    "Morale on the team has visibly dropped.",
    "Patients waited an average of 40 minutes longer.",
    "We lost two days of testing time.",
    "The fix kept the site up through Black Friday.",
    "The report went to the regulator with wrong figures, which exposed us to a fine.",
    "This put the whole migration two weeks behind.",
    "The new hires felt welcome from day one.",
    "Response times fell by half.",
    "It has damaged our credibility with the finance team.",
    "The data loss affected about 2,000 user records.",
    "Thanks to that, we passed the safety inspection.",
    "Churn went down three points this quarter.",
    "The vendor now sends us corrected invoices within a day.",
    "Our biggest client is now asking to move the work to another supplier.",
    "I had to spend my weekend rebuilding the schedule.",
    "That decision protected about forty jobs.",
    "The team hit its quarterly target two weeks early.",
    "Customer satisfaction on those calls rose to 94%.",
    "Her calm manner reassured the whole family.",
    "The way the call was handled frustrated the client.",
    "It gave the whole team a lot more confidence before the audit.",
    "That took a lot of pressure off the support desk.",
    "It created extra work for the night shift.",
    "It helped the new analysts understand the model in a single session.",
    "This built a great deal of trust with the regional buyers.",
    "I left the meeting feeling confident about the plan.",
    "Honestly, I felt a lot calmer once the plan was in place.",
    "Without that quick call, we would have lost the account.",
    "The students are now more engaged during group work.",
    "The client now trusts us with their European accounts.",
    "Our NPS went from 31 to 48.",
    "The site was down for four hours.",
    "Two customers were double-charged.",
    "We missed the filing deadline.",
    "It undermined the team's confidence in the plan.",
    "The detailed notes impressed the auditors.",
    "That one change earned us a second meeting with the buyer.",
    "The mix-up cost the warehouse a full day of picking.",
]
NON_IMPACT = [
    "The meeting started at ten.",
    "I wanted to share some thoughts on last week.",
    ("You have been with the team for three years.",
     "She has been with the team for three years."),
    "The project had 14 milestones.",
    "The report is due on Friday.",
    ("You usually work from the Leeds office.",
     "She usually works from the Leeds office."),
    "We talked about this in March.",
    "Our team has 14 people.",
    "The invoice run happens every month.",
    "This is the second time we have discussed it.",
    "The deck had 40 slides.",
    "I have attached the notes from our conversation.",
    "The migration is scheduled for June.",
    "The goal was to reduce errors in the monthly close.",
    ("I know you care about the team.",
     "I know she cares about the team."),
    "The account is one of our largest.",
    "It was the first week of the quarter.",
    ("You used the template from the shared drive.",
     "She used the template from the shared drive."),
    "The client had asked for the figures in May.",
    "I am writing this after our one-on-one.",
    "The new template made the report longer.",
    "I reassured the client that the invoice was correct.",
    "We shared the plan with the directors in June.",
    "The board meets every quarter.",
    "The goal is to reassure our customers.",
    "The deck included a slide on pricing.",
    "I would be happy to talk more about this.",
    "Without a doubt it was a busy month.",
    "The client had complained about the old process before.",
    "The workshop ended at four.",
]
STEP = [
    ("I need you to call the client this week.",
     "I need her to call the client this week."),
    ("I'd like you to take more ownership of the budget next year.",
     "I'd like her to take more ownership of the budget next year."),
    "Going forward, please send the agenda a day ahead.",
    "Next quarter, focus on the onboarding backlog.",
    "Let's set up a weekly check-in on the rollout.",
    ("My ask is that you share drafts with me before they go out.",
     "My ask is that she shares drafts with me before they go out."),
    "Please loop Sam in on any pricing change.",
    "From now on, run the tests before merging.",
    ("I want you to lead the retro next sprint.",
     "I want her to lead the retro next sprint."),
    ("Could you walk the new starters through the checklist on Monday?",
     "Could she walk the new starters through the checklist on Monday?"),
    "Over the next month, try pairing with Dana on the support queue.",
    "I'd suggest blocking an hour each Friday for the reconciliations.",
    "Before the next release, write up the rollback steps.",
    "I expect the revised forecast by Thursday.",
    ("It would help if you flagged delays as soon as you see them.",
     "It would help if she flagged delays as soon as she sees them."),
    "In future, check the figures with finance before sending them.",
    "My suggestion is to book a short call with the client before each delivery.",
    "Next time, ask the team for input before setting the deadline.",
    ("We agreed that you will present the findings at the May all-hands.",
     "We agreed that she will present the findings at the May all-hands."),
    "The next step is to draft a training plan for the new hires.",
    ("I'd encourage you to mentor one of the juniors next year.",
     "I'd encourage her to mentor one of the juniors next year."),
    "Let's review the escalation log together on Friday.",
    "Please make sure every ticket has an owner by the end of the day.",
    ("I'm asking you to copy me on client emails until the account settles.",
     "I'm asking her to copy me on client emails until the account settles."),
    ("What I'd like to see next quarter is you running the stand-up.",
     "What I'd like to see next quarter is her running the stand-up."),
    "Start sharing the screen when walking through the numbers.",
    "This week, pick two tickets from the backlog and own them end to end.",
    "For the next review, bring the data on churn.",
    ("Can you send me a short plan for the handover by Wednesday?",
     "Can she send me a short plan for the handover by Wednesday?"),
    "We should sit down next week and agree on priorities.",
    ("The plan is for you to take over the vendor calls in January.",
     "The plan is for her to take over the vendor calls in January."),
    "Try to give the team at least a day's notice of schedule changes.",
    "Going forward, I'd like updates at least twice a week.",
    ("Next month you will shadow Dana on two client visits.",
     "Next month she will shadow Dana on two client visits."),
    "Set aside thirty minutes before each review to check the numbers.",
    "Let's agree on a checklist for the next audit.",
    "Over the coming weeks, practise summarising the client's question before answering.",
    ("My request is that you copy finance on every quote.", "My request is that she copies finance on every quote."),
    ("I'd love for you to run the next planning session.", "I'd love for her to run the next planning session."),
    ("Your homework before our next one-on-one is to map the approval steps.",
     "Her homework before our next one-on-one is to map the approval steps."),
    "Pair with Dana on the next two releases.",
    "Why not set up a short daily sync with the vendor?",
    ("How could you prepare differently for the next board meeting?",
     "How could she prepare differently for the next board meeting?"),
    "Please start logging each call in the tracker.",
    ("In the next sprint, I'd like you to own the release notes.", "In the next sprint, I'd like her to own the release notes."),
    "Between now and March, keep a log of every escalation.",
    "It would be great to send the summary the same day.",
    "Consider booking a training session on the new system.",
    ("The expectation is that you confirm every order in writing.",
     "The expectation is that she confirms every order in writing."),
    ("One idea is for you to rehearse the demo with Sam first.", "One idea is for her to rehearse the demo with Sam first."),
    ('You might try sending a short recap after each call.',
     'She might try sending a short recap after each call.'),
    'A good habit would be to confirm the scope in writing.',
    ("Going forward, you'll own the weekly report.",
     "Going forward, she'll own the weekly report."),
    ("I'm counting on you to lead the handover next month.",
     "I'm counting on her to lead the handover next month."),
    ("I'd appreciate it if you could send the figures by Thursday.",
     "I'd appreciate it if she could send the figures by Thursday."),
    "It's worth booking a session with the trainer.",
    'Make a habit of checking the queue before lunch.',
    'Ask Dana for the template before starting.',
    'Reach out to the client before the renewal call.',
    ('Would you be open to shadowing Priya for a week?',
     'Would she be open to shadowing Priya for a week?'),
    ("You'll need to book the room by Friday.",
     "She'll need to book the room by Friday."),
    ("I'd appreciate it if you took the lead on the vendor review.",
     "I'd appreciate it if she took the lead on the vendor review."),
    ('The best way forward is for you to meet the client in person.',
     'The best way forward is for her to meet the client in person.'),
    ('Could you put together a short checklist for the handover?',
     'Could she put together a short checklist for the handover?'),
    ('I recommend that you block your calendar for focused work.',
     'I recommend that she blocks her calendar for focused work.'),
    'Before Friday, send me the revised estimate.',
    ('What will you do differently on the next audit?',
     'What will she do differently on the next audit?'),
    'Keep a log of every change to the prices.',
    ('Your first task is to update the runbook.',
     'Her first task is to update the runbook.'),
    ('What would it take for you to hand over the reports on time?',
     'What would it take for her to hand over the reports on time?'),
    ('You would benefit from a time-management course.',
     'She would benefit from a time-management course.'),
    ('You need to attend the communication workshop in March.',
     'She needs to attend the communication workshop in March.'),
    ('You are encouraged to join the mentoring programme.',
     'She is encouraged to join the mentoring programme.'),
    ('You have agreed to send a weekly status note.',
     'She has agreed to send a weekly status note.'),
    'Action: Priya to circulate the agenda 24 hours ahead.',
    'Priya to book a session with HR by Friday.',
    ('Next year, you will take on the vendor negotiations.',
     'Next year, she will take on the vendor negotiations.'),
]
NON_STEP = [
    ("You did a great job on the launch last year.",
     "She did a great job on the launch last year."),
    "Next quarter the team grows to twelve people.",
    ("I would like to thank you for the work on the audit.",
     "I would like to thank her for the work on the audit."),
    "The plan was to launch in May.",
    ("You tried to call the client twice.",
     "She tried to call the client twice."),
    ("I hope you had a good break.",
     "I hope she had a good break."),
    "I need to think about this more.",
    ("You always send the agenda a day ahead.",
     "She always sends the agenda a day ahead."),
    "Next year is going to be busy.",
    ("I was asked to give you this feedback.",
     "I was asked to give her this feedback."),
    "This needs to improve.",
    "Be better prepared next time.",
    ("You need to be more careful.",
     "She needs to be more careful."),
    "Improvement is needed across the board.",
    "The client wants the figures by Friday.",
    ("What do you think went wrong?",
     "What does she think went wrong?"),
    "The team will move to the new office in June.",
    ("Last month I asked you to send the agenda earlier.",
     "Last month I asked her to send the agenda earlier."),
    ("I expected more from you.",
     "I expected more from her."),
    "I'd like to see a real change.",
    "The plan is to be better prepared.",
    "The goal is to improve quality.",
    "Try harder.",
    "We will see how things go.",
    "Start times vary by site.",
    "Our focus was the launch.",
    "The next step was the hardest.",
    "I need to see more effort.",
    "Next quarter's targets are already set.",
    "The idea was good.",
    ('You worked on the support rota last sprint.',
     'She worked on the support rota last sprint.'),
    'The checklist was put together by Dana.',
    "It's worth noting that the quarter was hard.",
    ('I appreciated that you stayed late.',
     'I appreciated that she stayed late.'),
    ('Your first task was the runbook.',
     'Her first task was the runbook.'),
    'Let me say how grateful I am.',
    'The best way forward is not yet clear.',
    ('I recommend you for the promotion.',
     'I recommend her for the promotion.'),
    ('You need to be more careful in March.',
     'She needs to be more careful in March.'),
    ('You are expected to know the rules.',
     'She is expected to know the rules.'),
    ('You have agreed to be more careful.',
     'She has agreed to be more careful.'),
    ('You need to reduce your call time by March.',
     'She needs to reduce her call time by March.'),
    'Priya to the rescue again!',
    ('You were asked to leave the meeting.',
     'She was asked to leave the meeting.'),
    ('You would benefit from more experience.',
     'She would benefit from more experience.'),
    ('You have agreed to the new rota.',
     'She has agreed to the new rota.'),
]
LEADS_PLAIN = [  # an act of the person, no effect, no step
    ("you", "On Tuesday you sent the client the pricing sheet without checking it with finance."),
    ("you", "Last week you rebuilt the month-end checklist and walked the team through it."),
    ("she", "In March, Priya rewrote the onboarding guide for the support desk."),
    ("she", "During Monday's stand-up she interrupted Sam three times."),
    ("you", "Great job on the Henderson proposal last week!"),  # the act named by praise of the work
]
LEADS_CRITICAL = [  # criticism with its effect, no step
    ("you", "On Tuesday you sent the client the pricing sheet without checking it with finance, and they were "
            "quoted the wrong price."),
    ("she", "During Monday's stand-up Priya interrupted Sam three times, and he stopped contributing."),
]
Sentence = str | tuple[str, str]  # one wording, or (speaking to the person, speaking about her)


def fill(sentence: Sentence, person: str) -> str:
    if isinstance(sentence, str):
        return sentence
    return sentence[0] if person == "you" else sentence[1]


def present(text: str, part: str, rules, learned: bool) -> bool:
    report = review_feedback(text, rules=rules, learned=learned)
    if learned:
        kind = "missing_impact" if part == "impact" else "missing_action"
        return kind not in {f.kind for f in report.findings}
    return getattr(report.structure, part).present


def run(learned: bool) -> dict[str, list[tuple[str, bool]]]:
    rules = load_feedback_rules()
    out: dict[str, list[tuple[str, bool]]] = {}
    for name, items, leads, part in (("impact", IMPACT, LEADS_PLAIN, "impact"),
                                     ("non_impact", NON_IMPACT, LEADS_PLAIN, "impact"),
                                     ("step", STEP, LEADS_CRITICAL, "next_step"),
                                     ("non_step", NON_STEP, LEADS_CRITICAL, "next_step")):
        rows = []
        for person, lead in leads:
            for sentence in items:
                text = f"{lead} {fill(sentence, person)}"
                rows.append((text, present(text, part, rules, learned)))
        out[name] = rows
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    parser.add_argument("--learned", action="store_true", help="judge the final findings (learned layer on)")
    args = parser.parse_args()
    rules = load_feedback_rules()
    for _person, lead in LEADS_PLAIN:
        assert not present(lead, "impact", rules, False), f"lead has an impact: {lead}"
    for _person, lead in LEADS_CRITICAL:
        assert not present(lead, "next_step", rules, False), f"lead has a step: {lead}"
    results = run(args.learned)
    for name, rows in results.items():
        want = not name.startswith("non_")
        right = sum(1 for _, got in rows if got == want)
        print(f"{name:11s} {right}/{len(rows)} read right")
        if args.list:
            for text, got in rows:
                if got != want:
                    print("   ", text)


if __name__ == "__main__":
    main()
