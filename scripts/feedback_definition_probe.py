"""Definition probe for the feedback coach's IMPACT and NEXT STEP decisions, one class per decision
the labelling guides state (evals/dev*/README.md), on whole drafts written for the purpose.

Each decision has drafts that must come out one way and drafts that must come out the other; a draft
is read by its final findings (``missing_impact`` / ``missing_action``), as the evals score it.
Decisions (guide round in brackets):

* reaction: the writer's own reaction, stated as the effect of the behaviour, is an impact (3);
  a bare opinion of the person or the work is not.
* cost: the writer's cost or difficulty with the work is an impact (4, 6).
* counterfactual: an averted outcome stated as a counterfactual is an impact (6); a wish about the
  past ("it would have been nice to ...") is not.
* standing: an effect on the person's standing is an impact (1, 2).
* purpose: a purpose or a benefit the writer wants is not an impact (1, 3, 5, 6).
* mixed: in a mixed draft the praise's effect satisfies the whole draft (4).
* praise_only: praise needs no next step (1: missing_action is for constructive and mixed drafts).
* step: a question about moving forward, an offer of concrete help, an agreed or joint plan, a
  request for an act (2, 3, 5, 6); a question about the past or the moment, a bare desired result or
  a demand with no act is not (1, 3, 4, 5, 6).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_definition_probe.py          # per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_definition_probe.py --list   # wrong readings
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_definition_probe.py --fresh  # the fresh set
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_definition_probe.py --fresh2 # the second fresh set
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

# Leads: an act of the person with no effect and no step of its own.
PRAISE_LEAD = "On Tuesday you walked the three new hires through the safety checklist line by line."
CRIT_LEAD = "In Monday's client call you interrupted Dana twice while she was presenting the figures."
CRIT_LEAD_EFFECT = (CRIT_LEAD + " She lost her place and the client asked to continue the meeting without her.")

# (class, flagged kind, want flagged?, draft)
Probe = tuple[str, str, bool, str]

IMPACT_REACTION = [
    "I felt reassured going into the audit knowing they had heard it from you.",
    "Honestly, it made my week.",
    "I was relieved, because I knew the floor would be safe while I was away.",
    "I felt proud watching them ask such good questions afterwards.",
    "I was really impressed, and it gave me confidence to leave them on the line alone.",
    "It put my mind at rest before the inspection.",
    "I felt much less stressed about their first night shift.",
    "It meant I could stop worrying about the Friday handover.",
    "I slept better that night knowing they were trained properly.",
    "I felt a lot more confident signing off their induction.",
]
IMPACT_REACTION_BE = [  # the writer's reaction with "be" (added while building the second step)
    "I was so proud of them afterwards.",
    "I was really grateful, because I had no time to do it myself.",
    "Honestly, I'm so relieved.",
    "I was amazed at how quickly they picked it up.",
    "I was thrilled to bits when they passed the quiz.",
    "I was honestly delighted with how it went.",
]
NON_IMPACT_REACTION_BE = [
    "I was pleased to see it.",
    "I was in the office that day.",
    "I was asked to write this note.",
    "I was going to mention it earlier.",
    "I was there for part of it.",
    "I felt proud of you.",
]
NON_IMPACT_REACTION = [
    "I think you are a great trainer.",
    "In my opinion that is how it should be done.",
    "I believe you have real potential as a supervisor.",
    "I hope you enjoyed doing it.",
    "I have always thought you were good with people.",
    "I wanted to mention it.",
    "I think that was the right call.",
    "I know you like training people.",
    "I am writing this note to say so.",
    "I noticed it from my desk.",
]
IMPACT_COST = [
    "I had to read the handover note three times to understand the intent.",
    "Now I have to spend my evening fixing the rota.",
    "It took me 20 minutes to understand the report.",
    "I found the spreadsheet hard to follow.",
    "I had to redo the slides myself before the meeting.",
    "I spent most of Friday chasing the missing invoices.",
    "I had to apologise to the client on your behalf.",
    "I struggled to follow the argument in the second half.",
    "It cost me an hour of rework on the budget.",
    "I had to cancel my own meeting to cover the desk.",
]
IMPACT_COUNTERFACTUAL = [
    "Without that, our order interface would have been down for at least 4 hours.",
    "Otherwise we would have missed the filing deadline.",
    "If you hadn't caught it, we would have paid the supplier twice.",
    "The audit would have failed without your log.",
    "Had you not stepped in, the client would have walked.",
    "Without your checklist, someone could easily have been hurt on the line.",
    "If it had gone out as drafted, we would have been fined.",
    "We would have lost the whole weekend's data otherwise.",
    "Without the spare parts you ordered, the line would have stopped for a day.",
    "But for your call, the shipment would have gone to the wrong warehouse.",
]
NON_IMPACT_COUNTERFACTUAL = [
    "It would have been nice to get a heads-up.",
    "I would have liked to be there.",
    "I would have done the same.",
    "You could have used the new template.",
    "It would have been good to see more of it.",
    "I would have preferred a shorter version.",
    "We would have liked to invite more people.",
    "I would have asked the same questions.",
    "That would have been my choice too.",
    "I would have written it differently.",
]
IMPACT_STANDING = [
    "It has earned you a lot of trust with the plant manager.",
    "You've become the person everyone goes to for safety questions.",
    "People now see you as a natural leader on the floor.",
    "The director mentioned your name at the quarterly review because of it.",
    "It has really raised your profile with the leadership team.",
    "The new hires now come to you first with their questions.",
    "It made you look unprepared in front of the director.",
    "People will not want to work with you if this goes on.",
    "It has cost you some credibility with the client.",
    "The team trusts you more because of it.",
]
CHANGED_STATE = [  # the state the act brought about, with "now" (added with the second check commit)
    "They are now fully independent on the night shift.",
    "The whole team is more confident on the line now.",
    "The backlog is now empty.",
    "The induction is now a lot smoother.",
    "Our incident log is now almost blank.",
    "Everyone on the floor is now much more careful with the guards.",
]
NON_CHANGED_STATE = [
    "The meeting is now at 3pm.",
    "Dana is now the lead.",
    "They are now in Leeds.",
    "It is now time to move on.",
    "The checklist is now on the wall.",
    "The audit is now scheduled for May.",
]
NON_IMPACT_PURPOSE = [
    "You did it to get the new hires more involved.",
    "You rewrote the steps so the checklist is reusable.",
    "Doing this will support your development.",
    "The aim was to reduce errors on the line.",
    "You wanted them to feel welcome.",
    "The idea was to help them learn faster.",
    "This was meant to make the induction smoother.",
    "You set it up so that they could practise.",
    "It was in order to meet the new safety standard.",
    "The goal was to cut the number of incidents.",
]
MIXED_PRAISE_EFFECT = [  # praise with its effect, then criticism with none, then a step
    "Your onboarding session was excellent and the new hires said it was the clearest they had had. "
    "Your slides, though, were twenty pages long. Please keep it to five next time.",
    "You handled the angry customer on Monday calmly, and she left the store smiling. "
    "However, you skipped the refund log afterwards. Could you fill it in after each refund?",
    "The way you ran the stand-up kept it to ten minutes, which gave everyone back half an hour. "
    "You did forget to note the blockers. Please add them to the board from tomorrow.",
    "Your code review on the payments module caught a rounding bug before release, which saved us "
    "a refund run. Your comments were terse, though. Try to explain the why next time.",
    "You closed the Henderson deal in two weeks, and the team hit its quarter because of it. "
    "The contract went out without legal's sign-off. Send every contract to legal first from now on.",
    "Your demo to the board was sharp, and they approved the budget on the spot. You ran ten minutes "
    "over the slot. Next time, rehearse with a timer.",
    "You fixed the VPN outage overnight, so the whole office could work on Monday. You didn't log "
    "the change. Please file a change ticket for every fix.",
    "I could tell how much your prospect trusts you. You did talk over him twice, though. Could you "
    "let him finish before you answer next time?",
    "Your rota was ready a week early, which let everyone plan their holidays. You left two night "
    "shifts uncovered. Please check the nights before you publish it.",
    "The training you gave on the new till cut queue times by half. You started ten minutes late. "
    "Please be set up by nine next time.",
]
PRAISE_ONLY = [  # praise with an effect and no step: no step is needed
    "You rebuilt the month-end checklist last week, and the close finished a day early. Thank you.",
    "Priya rewrote the onboarding guide in March, and new starters now need half the time to get going.",
    "You stayed late on Thursday to finish the audit pack, so we passed the inspection.",
    "Your call with the supplier got the parts here two days early, and the line never stopped.",
    "You answered every ticket in the queue on Friday, and our satisfaction score went up three points.",
    "Sam led the fire drill calmly, and everyone was out of the building in under four minutes.",
    "You caught the pricing error before the quote went out, which saved us an awkward call.",
    "Your summary of the board meeting meant nobody had to sit through the recording.",
    "You covered Dana's shifts while she was ill, so the ward was never short. Thank you.",
    "The dashboard you built lets the managers see the backlog each morning, and they now plan around it.",
]
STEP_FORMS = [  # after criticism with an effect
    "What could you try next time to let her finish?",
    "Do you have ideas on how we could move forward from here?",
    "If it helps, I can sit in on your next two client calls.",
    "I'd be glad to share the notes I use for these calls.",
    "We agreed that you will hold your questions until the end of each section.",
    "Can we work together on a plan to make sure this doesn't happen again?",
    "Going forward, I need you to let colleagues finish before you speak.",
    "Walk me through how you'll run the next call?",
    "It might have helped if you had written your questions down and asked them at the end.",
    "Next time, let her finish and then add your points.",
    "Could we sit down on Thursday and plan how you'll share the next presentation?",
    "How might you handle it differently in the next client meeting?",
    "Always let the presenter finish before you come in.",  # added with the second check commit
]
NON_STEP_FORMS = [  # after criticism with an effect
    "What's your perspective?",
    "How did you read that moment?",
    "What do you think went wrong?",
    "How come you didn't let her finish?",
    "I'm wondering what happened.",
    "Try to be more careful.",
    "I need to see a real change from you.",
    "Fix it.",
    "Improvement is needed across the board.",
    "You need to be better.",
    "It has to stop.",
    "Be better prepared next time.",
]

# FRESH set: written after the change, never tuned on.
FRESH_IMPACT = [  # whole drafts that state an impact
    "Last Thursday Omar rewrote the release notes for the support desk. I felt confident taking calls about the "
    "new version for the first time.",
    "You prepared the board pack over the weekend. I felt genuinely relieved walking into that meeting.",
    "Nadia caught the duplicate payment run on Friday. Without that, we would have sent the suppliers twice what "
    "we owed them.",
    "You double-checked the dosage chart before the round. Had you not, a patient would have received the wrong dose.",
    "You hosted the open day for the new volunteers. The volunteers clearly respect you for it.",
    "Over the winter you ran every vendor review yourself. You have earned the trust of the purchasing team.",
    "Your write-up of the outage was excellent, and the other teams adopted your checklist the same week.",
    "You sent me the budget file at midnight with no notes. I had to spend Monday morning working out which "
    "figures had changed.",
    "Ben reorganised the stock room in March. Since then nobody has ordered the same parts twice.",
    "You took the angry caller off my hands yesterday. Honestly, I felt so much calmer for the rest of the shift.",
]
FRESH_NON_IMPACT = [  # whole drafts with no impact
    "You ran the fire drill on Wednesday. I would have chosen a quieter day myself.",
    "Last week you rewrote the intake form. I think you have a real eye for detail.",
    "You led the quarterly planning session. I would have asked the same questions.",
    "Sara updated the rota on Monday. I feel that she is ready for more responsibility.",
    "You presented the new pricing to the sales team. I would have liked more time for questions.",
    "You mentored the two interns this summer. I know you enjoy that kind of work.",
    "Yesterday you reorganised the shared drive. The idea was to make files easier to find.",
    "You cleaned up the test data last sprint. I hope you found it worthwhile.",
]
FRESH_STEP = [  # criticism with an effect, then a step
    "You sent the contract without legal's review, and we had to reissue it. Could you route every contract "
    "through legal from now on?",
    "You missed the handover on Sunday, so the night nurse started without the notes. If it helps, I can "
    "walk you through the handover sheet on Tuesday.",
    "The figures in your report were a month old, and the client noticed. How could we catch that before the "
    "next report goes out?",
    "You arrived twenty minutes late to the client lunch and they waited alone. We agreed you'll leave the "
    "office earlier on client days.",
    "Your comments on Lee's code were curt, and he stopped asking for reviews. Next time, start with what "
    "works and suggest one change at a time.",
    "You skipped the safety briefing on Monday, and two new starters went onto the floor without it. Please "
    "book yourself onto Thursday's session.",
]
FRESH_NON_STEP = [  # criticism with an effect, no step
    "You sent the contract without legal's review, and we had to reissue it. What were you thinking?",
    "You missed the handover on Sunday, so the night nurse started without the notes. This cannot keep happening.",
    "The figures in your report were a month old, and the client noticed. Please be more careful.",
    "You arrived twenty minutes late to the client lunch and they waited alone. How did that feel?",
    "Your comments on Lee's code were curt, and he stopped asking for reviews. You need to do better.",
    "You skipped the safety briefing on Monday, and two new starters went onto the floor without it. "
    "I expected more from you.",
]

# FRESH set 2: written after the second check commit's changes, never tuned on.
FRESH2_IMPACT = [
    "You rebuilt the onboarding pack in August. New starters are now productive in their first week.",
    "Maya sat with the night team on Monday to go through the alarm codes. The night team is now much calmer "
    "when an alarm goes off.",
    "You cleared the overdue purchase orders last Friday. I was so relieved, because the supplier had threatened "
    "to stop deliveries.",
    "You took over the weekly report in June. The directors clearly rely on you for the numbers.",
    "You fixed the broken login page overnight. I felt incredibly grateful walking in to a quiet inbox.",
    "You organised the stock count in a single weekend. Our records are now accurate to the unit.",
    "Over the spring you mentored Leo through his first audits. He has earned the respect of the senior "
    "auditors, and you have too.",
    "Your summary of the survey was clear, and the board approved the new rota at the next meeting.",
]
FRESH2_NON_IMPACT = [
    "You rebuilt the onboarding pack in August. The pack is now in the shared folder.",
    "Maya sat with the night team on Monday to go through the alarm codes. Maya is now the shift lead.",
    "You cleared the overdue purchase orders last Friday. I was pleased to hear it.",
    "You took over the weekly report in June. I would have done it the same way.",
    "You organised the stock count in a single weekend. It is now time to plan the next one.",
    "You fixed the broken login page overnight. I felt proud of you.",
]
FRESH2_STEP = [
    "You left the loading bay door open on Thursday, and a pallet of stock got wet. Always close the bay door "
    "behind the last delivery.",
    "Your invoice had the wrong VAT rate, so the client paid late. Always check the rate against the contract "
    "before you send it.",
]
FRESH2_NON_STEP = [
    "You left the loading bay door open on Thursday, and a pallet of stock got wet. Always so careless.",
    "Your invoice had the wrong VAT rate, so the client paid late. Always the same story.",
]


def probes() -> list[Probe]:
    out: list[Probe] = []
    for cls, items, want in (("reaction", IMPACT_REACTION, False), ("non_reaction", NON_IMPACT_REACTION, True),
                             ("reaction_be", IMPACT_REACTION_BE, False),
                             ("non_reaction_be", NON_IMPACT_REACTION_BE, True),
                             ("cost", IMPACT_COST, False),
                             ("counterfactual", IMPACT_COUNTERFACTUAL, False),
                             ("non_counterfactual", NON_IMPACT_COUNTERFACTUAL, True),
                             ("standing", IMPACT_STANDING, False), ("purpose", NON_IMPACT_PURPOSE, True),
                             ("changed_state", CHANGED_STATE, False), ("non_changed_state", NON_CHANGED_STATE, True)):
        for s in items:
            out.append((cls, "missing_impact", want, f"{PRAISE_LEAD} {s}"))
    for s in MIXED_PRAISE_EFFECT:
        out.append(("mixed", "missing_impact", False, s))
    for s in PRAISE_ONLY:
        out.append(("praise_only", "missing_action", False, s))
    for cls, items, want in (("step", STEP_FORMS, False), ("non_step", NON_STEP_FORMS, True)):
        for s in items:
            out.append((cls, "missing_action", want, f"{CRIT_LEAD_EFFECT} {s}"))
    return out


def fresh_probes(second: bool = False) -> list[Probe]:
    out: list[Probe] = []
    sets = ((FRESH_IMPACT, FRESH_NON_IMPACT, FRESH_STEP, FRESH_NON_STEP) if not second
            else (FRESH2_IMPACT, FRESH2_NON_IMPACT, FRESH2_STEP, FRESH2_NON_STEP))
    for cls, items, kind, want in (("fresh_impact", sets[0], "missing_impact", False),
                                   ("fresh_non_impact", sets[1], "missing_impact", True),
                                   ("fresh_step", sets[2], "missing_action", False),
                                   ("fresh_non_step", sets[3], "missing_action", True)):
        for s in items:
            out.append((cls, kind, want, s))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    parser.add_argument("--fresh", action="store_true", help="the fresh set (written after the first change)")
    parser.add_argument("--fresh2", action="store_true", help="the second fresh set (after the second change)")
    args = parser.parse_args()
    rules = load_feedback_rules()
    rows = fresh_probes() if args.fresh else fresh_probes(second=True) if args.fresh2 else probes()
    tally: dict[str, list[int]] = {}
    wrong: list[tuple[str, str]] = []
    for cls, kind, want, text in rows:
        flagged = kind in {f.kind for f in review_feedback(text, rules=rules).findings}
        t = tally.setdefault(cls, [0, 0])
        t[1] += 1
        if flagged == want:
            t[0] += 1
        else:
            wrong.append((cls, text))
    for cls, (right, total) in tally.items():
        print(f"{cls:19s} {right}/{total} read right")
    print(f"{'wrong':19s} {len(wrong)}/{len(rows)}")
    if args.list:
        for cls, text in wrong:
            print(f"  [{cls}] {text}")


if __name__ == "__main__":
    main()
