"""Harsh and trait probe: short drafts written for the purpose, by FORM, against the guides' definitions.

The guides (evals/dev/README.md and later rounds): ``trait`` is a negative judgement of the person's character
(person labels in any wording: "You're sloppy", "Bart is lazy", "You lack common sense"); ``harsh`` is demeaning
words in the writer's own voice ("disaster", "You're terrible", threats to the job, remarks about the person's
mind), not in reported or quoted speech. The lexicons already hold the words, so the classes here are FORMS:

- ``harsh``: a rhetorical question at the reader ("What were you thinking?", "Did you even read it?"), contempt
  frames ("I can't believe you ...", "even a child could ..."), a comparison that demeans the person ("unlike
  everyone else on the team, you ..."), threats to the person's standing ("you're on thin ice"), shouting (a run
  of capitals, "!!" after criticism), a strongly negative label of the person;
- ``not_harsh``: the same shapes in innocent senses: real questions, coaching questions, quoted speech, praise in
  capitals, comparisons to a standard, plain criticism of a process or a piece of work;
- ``trait``: identity labels ("a slacker", "the kind of person who ..."), a faculty denied ("has no backbone",
  "lacks drive"), "is just + a negative adjective" of the person, a negatively rated word predicated of the person;
- ``not_trait``: the same words of a thing or a state, praise ("a real people person"), a passing state ("you
  seemed tired"), a missing behaviour ("not collaborative enough": vague, the dev4 guide).

``FRESH`` was written after the method was fixed and never tuned on.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_tone_probe.py          # per class, probe set and fresh set
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_tone_probe.py --list   # every probe draft read wrongly
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

# class -> (kind, whether the draft must draw it)
CLASSES = {"harsh": ("harsh", True), "not_harsh": ("harsh", False), "trait": ("trait", True),
           "not_trait": ("trait", False)}

PROBES: dict[str, list[str]] = {
    "harsh": [
        "What were you thinking when you sent that quote to the client?",
        "Did you even read the brief before you started the design?",
        "How many times do I have to tell you to update the tracker?",
        "Seriously, what is wrong with you? The report went out with last year's numbers.",
        "Are you kidding me? The launch slipped again because of your tickets.",
        "I can't believe you forgot the client meeting for the second time.",
        "Even a child could have set up that spreadsheet correctly.",
        "Unlike everyone else on the team, you still can't close a ticket without help.",
        "You're on thin ice after the way you handled the audit.",
        "One more missed deadline and you're out.",
        "Your days on this team are numbered if the numbers don't improve.",
        "DO NOT SEND ANYTHING TO THE CLIENT WITHOUT MY APPROVAL.",
        "The invoices were wrong again!! Check them before they go out.",
        "Why can't you ever get the rota right the first time?",
        "How hard is it to answer an email within a day?",
        "Is it too much to ask that you show up on time?",
        "You are a failure as a team lead.",
        "Honestly, you're a loser and everyone on the floor knows it.",
        "Frankly, I don't know why we hired you.",
        "Who in their right mind sends an unchecked contract to legal?",
        "Nice job breaking the build right before the release.",
        "Do you have any idea how much this mistake cost us?",
        "There are plenty of people who would be glad to have your job.",
        "My intern could have written a better summary than this.",
    ],
    "not_harsh": [
        "What were the results of the customer survey you ran in May?",
        "How could you make the handover notes shorter next time?",
        "What would help you hit the Friday cut-off next month?",
        "Did you get a chance to read the brief before the kickoff?",
        "How many times did the build fail last week, and what did you find?",
        "I can't believe how quickly you turned the audit around; the regulators signed it off on Monday.",
        "Even on the busiest day of the sale, you answered every ticket within an hour.",
        "Unlike last quarter, the report went out on time and finance approved it.",
        "The ice on the car park was dangerous, so you salted it before the shift started.",
        "One more thing: please copy Dana on the next vendor email.",
        "GREAT JOB ON THE LAUNCH! The client renewed for two years.",
        "The report was late!! Please send it by Friday so finance can close the month.",
        "You told the client, \"What were you thinking?\", and she left the call.",
        "In the meeting you said the new process was a failure, and the team went quiet.",
        "The old process was a failure, so you rebuilt it in April and errors fell by half.",
        "Frankly, the quote you sent on Tuesday was missing the delivery costs. Please add them and resend it.",
        "Are you free on Thursday to walk me through the new rota?",
        "Who owns the supplier list now that Mark has moved teams?",
        "The days until the audit are numbered, so let's agree the plan on Monday.",
        "You were the only one on the team who stayed to finish the stocktake, and we opened on time.",
        "Is there anything you need from me to finish the migration by June?",
        "Please read the SLA (SERVICE LEVEL AGREEMENT) before the call with the vendor.",
        "How hard was the data clean-up? Let me know if you want another pair of hands.",
        "Any new hire could follow your checklist on day one; that's how clear it is.",
    ],
    "trait": [
        "Honestly, he's a slacker and the team carries him.",
        "You're a know-it-all in every design review.",
        "She's the kind of person who blames everyone else when a deadline slips.",
        "He is not a people person, and the customers notice.",
        "You have no common sense when it comes to client data.",
        "Tom lacks drive; he waits to be told what to do.",
        "He has no backbone when a customer pushes back.",
        "You're just lazy.",
        "She is just weak and lets the vendors walk all over her.",
        "You are boring in front of clients.",
        "Sam is so annoying in stand-ups.",
        "You're such a whiner about the on-call rota.",
        "He's a bully to the junior staff.",
        "You are a coward when it comes to hard conversations.",
        "She's a liar, and nobody trusts her numbers.",
        "You're a pushover with suppliers.",
        "He is childish when he doesn't get his way.",
        "You're ignorant about how the billing system works.",
        "Priya is naive about what the client will accept.",
        "You are gullible with every vendor pitch.",
        "He has no people skills at all.",
        "Mark is a drama queen whenever the plan changes.",
        "You are spineless in negotiations.",
        "She's the type of person who never owns a mistake.",
    ],
    "not_trait": [
        "You're a real people person, and the customers notice.",
        "The meeting was boring, but you kept the notes accurate.",
        "The first draft was weak on numbers, so you added the sales data in April.",
        "You seemed tired after the night shift, so I moved your Monday review.",
        "The old laptop is slow, so we ordered you a new one.",
        "You're just in time for the Q3 planning kickoff.",
        "She is just back from leave and already closed the March accounts.",
        "You were upset when the client cancelled, and you still sent the follow-up the same day.",
        "The supplier was difficult, and you kept the order on schedule.",
        "He's the kind of person who stays late to help a new starter, and they notice.",
        "You're not collaborative enough in the planning meetings. Please ask the team before you set a date.",
        "The pricing model lacks a discount tier for schools; please add one.",
        "We have no backup for the payroll server yet.",
        "The contract has no clause for late delivery, so you flagged it to legal.",
        "He is new to the team and still learning the billing system.",
        "You are responsible for the vendor list from June.",
        "The naive forecast underestimated demand, so you built a better model.",
        "Your annoying printer problem is fixed; IT replaced the toner unit.",
        "She's the type of leader people want to follow; her team hit every target.",
        "You were nervous before the board presentation, and it went very well.",
        "He is a quick learner and already runs the Friday report.",
        "The weak link in the process was the manual upload, which you automated.",
        "You're sick this week, so Dana will cover your calls.",
        "Nobody on the team lacks drive; the sprint finished two days early.",
    ],
}

FRESH: dict[str, list[str]] = {
    "harsh": [
        "Were you even listening when the client explained the scope?",
        "What on earth made you send the draft to the whole company?",
        "Honestly, how difficult is it to copy me on one email?",
        "I cannot believe you told the vendor our budget.",
        "Even a trainee would have caught that typo in the headline.",
        "You are on very thin ice with the leadership team.",
        "One more complaint from a customer and you're done here.",
        "STOP CHANGING THE PLAN WITHOUT TELLING ANYONE.",
        "You're a disgrace to this department.",
        "Way to go losing the biggest account we had.",
        "Does she even know what the quarterly target is?",
        "Lots of people would happily take your position tomorrow.",
        "What was he thinking, booking the venue without a contract?",
        "Unlike the rest of your team, you never manage to hit a deadline.",
    ],
    "not_harsh": [
        "Were you able to join the vendor call on Thursday?",
        "What on the roadmap worries you most for next quarter?",
        "How difficult was the data migration, and what would make the next one easier?",
        "I can't believe it's already your fifth year with us; thank you for all the launches.",
        "Even a small change to the template cut the queries by a third, so thank you.",
        "The budget is thin this year, so please check with me before ordering.",
        "One more point for next week: bring the draft agenda.",
        "PLEASE NOTE: the office closes at noon on Friday.",
        "She said the old rota was a disgrace, and you rebuilt it the same week.",
        "Way to go on the Henderson renewal; the client signed for three years.",
        "Does the team know where the new templates live?",
        "Lots of people asked for your slides after the town hall.",
        "What were the main risks you saw in the supplier audit?",
        "Unlike the old dashboard, your version loads in two seconds.",
    ],
    "trait": [
        "He is such a hothead in planning meetings.",
        "You're a doormat when the sales team asks for discounts.",
        "Priya is nothing but a busybody.",
        "You have no manners with the front-desk staff.",
        "Jordan lacks any backbone when a director disagrees.",
        "She's the sort of person who never admits she got something wrong.",
        "You are just so negative about every new idea.",
        "He's a real coward about giving bad news to clients.",
        "You are pig-headed about the release process.",
        "Honestly, Sam is boring to work with.",
        "You're a complete pushover.",
        "He doesn't have any people skills.",
        "You're the type of colleague who disappears when the work gets hard.",
        "Tom is lame at running the stand-up.",
    ],
    "not_trait": [
        "The hotel was a bit boring, but you made the offsite useful.",
        "You showed real backbone when the director pushed back, and we kept the scope.",
        "The contract lacks a termination clause, so please flag it to legal.",
        "She's the sort of person who always checks in on new starters, and they stay.",
        "He was nervous on his first client call, and he still closed the deal.",
        "The old process was weak on checks, so you added a second review.",
        "You're just the person to lead the Denver launch.",
        "His manners with the patients were warm and calm all week.",
        "Our coverage is thin on Fridays, so I've asked for another agent.",
        "You were sick on Monday, so Lee ran the stand-up.",
        "The negative feedback from the pilot helped you fix the onboarding flow.",
        "You're the type of colleague people ask for when a launch is at risk.",
        "The slow week gave you time to finish the documentation.",
        "He is a pushover at chess, he says, but he negotiated a 12% discount.",
    ],
}


def probe(sets: dict[str, list[str]]) -> list[tuple[str, str, list[str]]]:
    """Every draft read wrongly: (class, draft, the span findings of the class's kind)."""
    rules = load_feedback_rules()
    wrong = []
    for cls, drafts in sets.items():
        kind, wanted = CLASSES[cls]
        for draft in drafts:
            spans = [f.text or "" for f in review_feedback(draft, rules=rules, learned=False).findings if f.kind == kind]
            if bool(spans) != wanted:
                wrong.append((cls, draft, spans))
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    for title, sets in (("probe set", PROBES), ("fresh set", FRESH)):
        if not sets:
            continue
        wrong = probe(sets)
        per = {cls: sum(1 for c, _, _ in wrong if c == cls) for cls in sets}
        summary = ", ".join(f"{cls} {len(sets[cls]) - per[cls]}/{len(sets[cls])}" for cls in sets)
        print(f"{title}: {len(wrong)} wrong of {sum(len(v) for v in sets.values())} ({summary})")
        if args.list:
            for cls, draft, spans in wrong:
                print(f"  [{cls}] {draft}  -> {spans}")


if __name__ == "__main__":
    main()
