"""Vague probe: drafts written for the purpose, against the guides' one definition of ``vague``.

Vague = an evaluation with no observable behaviour or result attached: no sentence names an act with its
object, a number, an occasion or an artefact ('great team player', 'overall, good work', 'needs to improve
communication', habitual statements, a judgement of a piece of work without what was in it). Specific = at
least one evaluation is tied to what was done. Classes:

- ``vague``: drafts the guides label vague, in varied wording (praise and criticism);
- ``specific``: drafts with one concrete act, number, occasion or artefact (not vague);
- ``pairs``: invariance pairs, a vague draft and the same draft with a concrete object added: the first must
  be vague, the second must not.

``FRESH`` holds a second set written after the method was changed and never tuned on.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_vague_probe.py          # per class, final and rules alone
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_vague_probe.py --list   # every draft read wrongly
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

VAGUE = [
    "Overall, good work this quarter. Keep it up.",
    "Sam is a great team player and always willing to help. We're lucky to have him.",
    "You need to improve your communication with the team. Please work on it.",
    "Your attitude toward the work has been excellent, and the team appreciates it.",
    "Priya handled her projects well this year and delivered quality results.",
    "He consistently goes above and beyond for his customers.",
    "You have done a solid job on your tasks and met expectations in most areas.",
    "Your effort on the project was outstanding. Thank you for everything.",
    "In general, your performance has been below what we expect. Things need to change.",
    "She always contributes positively in meetings and supports her colleagues.",
    "Your reports could be better. I'd like to see more care in your work going forward.",
    "Marco completed his work on time and to a high standard throughout the year.",
    "You showed great leadership and professionalism throughout the project.",
    "Your work on the migration was fantastic, and the client was very happy.",
    "The way you handled the month-end close was a disaster.",
    "Lena did a great job with the new hires this year. She is a real asset.",
    "You took ownership of your responsibilities and worked hard all year.",
    "Your collaboration across departments has improved a lot, which has helped the team.",
    "Tom needs to be more proactive and take more initiative in his role.",
    "You managed your time effectively and stayed organised throughout the busy season.",
    "Jae has been a reliable member of the team and gets things done.",
    "Your presentation skills are strong, but your written work needs attention.",
    "You handled the customer complaints professionally and with empathy.",
    "Thanks for all your hard work on the event. It went really well.",
    "You exceeded expectations in every area and made a big impact on the team.",
]

SPECIFIC = [
    "On Tuesday you rewrote the onboarding checklist and sent it to the three new hires before their first day.",
    "You answered 46 tickets last week, more than anyone else on the team.",
    "In the budget review, Priya pointed out the duplicated vendor charge, which saved us $4,000.",
    "You called the supplier twice to chase the missing pallets, and they arrived before the weekend rush.",
    "Marco stayed late on Friday to finish the payroll reconciliation so staff were paid on time.",
    "Your summary of the audit findings listed every open item with its owner and due date.",
    "During the fire drill you walked the visitors to the assembly point and counted them.",
    "You interrupted Ana three times in the design meeting, and she stopped contributing.",
    "Lena trained the two new cashiers on the returns process in her first month.",
    "She fixed the broken link on the careers page within an hour of the complaint.",
    "The spreadsheet you built for the stock count cut the counting time from two days to one.",
    "You missed the deadline for the grant application by a day, so we lost the slot.",
    "When the server went down, Jae restored the backup and posted updates in the channel every half hour.",
    "Thank you for covering Sam's shifts while he was in hospital.",
    "You sent the client the draft contract without the pricing annex.",
    "Your monthly report arrived four days late in both March and April.",
    "Raj set up a shared calendar for the on-call rota and the team stopped double-booking.",
    "You greeted every visitor at the open day and handed out the maps.",
    "He reorganised the supply cupboard and labelled every shelf.",
    "You forgot to lock the back door on Saturday night.",
    "Aisha mentored two junior analysts through their first quarter-end close.",
    "You shouted at the new intern in front of the customers on Monday.",
    "Your code review caught the off-by-one error before the release.",
    "Well done on presenting the roadmap to the board; they approved the hiring plan.",
    "You wrote clear step-by-step instructions for the new till, and nobody has called the helpdesk since.",
]

PAIRS = [
    ("Great job this quarter.",
     "Great job on the three supplier contracts you renegotiated this quarter."),
    ("You need to improve your communication.",
     "You need to improve your communication: you didn't tell the night shift about the broken freezer."),
    ("Thanks for your help.",
     "Thanks for your help moving the archive boxes to the basement."),
    ("She supports her colleagues.",
     "She supported her colleagues by covering the Friday phone queue."),
    ("Your work has been excellent.",
     "Your work on the March payroll run has been excellent: not one payslip was wrong."),
    ("He handled the project well.",
     "He handled the project well and moved the launch date forward by a week."),
    ("You did a nice job with customers.",
     "You did a nice job with the customer who wanted a refund for the broken blender."),
    ("Your attitude has been great.",
     "Your attitude has been great: you volunteered for the Saturday stocktake."),
    ("Good effort overall.",
     "Good effort overall; you finished the safety training two weeks early."),
    ("She needs to be more careful.",
     "She needs to be more careful: the invoice she sent to Hartley had the wrong bank details."),
]

# Written after the method was changed; never tuned on.
FRESH_VAGUE = [
    "Keep up the excellent work, Dana. You're a pleasure to have on the team.",
    "Your communication skills need work. Try to be clearer with people.",
    "Ahmed did well this review period and was a strong contributor overall.",
    "She has really stepped up lately and it shows.",
    "You approached every assignment with enthusiasm and a can-do attitude.",
    "Your performance this year was disappointing. You did not meet the standard we set.",
    "Great effort on the rollout, everyone noticed how hard you worked.",
    "Jordan was very helpful to the team and always available when needed.",
    "The quality of your work has slipped recently. I need it to get better.",
    "You completed all your assignments satisfactorily and worked well with others.",
    "Nice work on the audit. You handled it like a pro.",
    "Your contributions to the team have been invaluable this quarter.",
    "He has grown a lot in his role and taken on more responsibility.",
    "You dealt with the difficult customers calmly and professionally.",
    "Frankly, your attitude in meetings has been unprofessional.",
]
FRESH_SPECIFIC = [
    "You rebuilt the rota spreadsheet so that weekend cover is visible at a glance, and nobody missed a shift in "
    "November.",
    "Dana booked the venue, sent the invitations and ordered lunch for the forty guests at the supplier day.",
    "You left the cash drawer unlocked when you went on break yesterday afternoon.",
    "Thanks for your work setting up the new printers on the second floor.",
    "Ahmed translated the safety leaflet into Arabic for the night crew.",
    "You replied to the angry email from the landlord within ten minutes and offered him a site visit.",
    "She caught a mistake in the pension calculation before the letters went out.",
    "Your checklist for closing the café has cut the end-of-day tidy-up to fifteen minutes.",
    "You did a brilliant job organising the retirement party for Jean.",
    "He skipped the handover with the morning team and the patient's allergy wasn't passed on.",
    "You took the three new interns around the warehouse and showed them the loading bay.",
    "Jordan rewrote the FAQ page after the pricing change, and support calls about pricing dropped.",
    "You forgot to attach the invoice to the email to the accounts team, so they chased us.",
    "You cleaned up the shared drive and archived the old project folders.",
    "Priya volunteered to run the first-aid refresher and trained eleven people.",
]
FRESH_PAIRS = [
    ("You've been a great help.",
     "You've been a great help: you unpacked the new stock and priced every item before opening."),
    ("She needs to work on her follow-through.",
     "She needs to work on her follow-through: she never sent the minutes from the planning meeting."),
    ("Nice job this month.",
     "Nice job this month; you closed the Porter deal and renewed the Lee contract."),
    ("You handled the situation well.",
     "You handled the situation well and phoned the family before the news broke."),
    ("His effort has been lacking.",
     "His effort has been lacking: he turned in the safety report a week after the deadline."),
    ("Thank you for everything.",
     "Thank you for repainting the meeting room over the weekend."),
]


def vague(text: str, rules, learned: bool) -> bool:
    return any(f.kind == "vague" for f in review_feedback(text, rules=rules, learned=learned).findings)


def report(title: str, sets: dict[str, tuple[list[str], bool]], rules, show: bool) -> None:
    for learned in (True, False):
        wrong = total = 0
        parts = []
        for name, (drafts, gold) in sets.items():
            bad = [t for t in drafts if vague(t, rules, learned) != gold]
            wrong += len(bad)
            total += len(drafts)
            parts.append(f"{name} {len(drafts) - len(bad)}/{len(drafts)}")
            if show and learned:
                for t in bad:
                    print(f"    {name} read {'not ' if gold else ''}vague: {t}")
        print(f"{title} ({'final' if learned else 'rules alone'}): right " + ", ".join(parts) + f"; wrong {wrong}/{total}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every probe draft read wrongly")
    args = parser.parse_args()
    rules = load_feedback_rules()
    for title, v, s, p in (("probe set", VAGUE, SPECIFIC, PAIRS), ("fresh set", FRESH_VAGUE, FRESH_SPECIFIC, FRESH_PAIRS)):
        if not v:
            continue
        report(title, {"vague": (v, True), "specific": (s, False), "pair-vague": ([a for a, _ in p], True),
                       "pair-specific": ([b for _, b in p], False)}, rules, args.list)


if __name__ == "__main__":
    main()
