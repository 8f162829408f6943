"""Reference probe for the generic-pronoun rule (gendered_language.generic_pronoun).

A gendered pronoun is a generic "he"/"she" only when it stands for a role holder nobody in particular
is ("Each tester should log his hours", the dev guide's example; APA 7th ed. 5.5). Review paragraphs
are about one person, so most gendered pronouns in them refer to that person, even next to a
quantified or indefinite role ("When a customer is rude, she stays calm"; "Every reviewer praised
her work"; the dev3/dev6 guides' "a customer shouted at him ... she"). The paragraphs below were
written for this probe, not taken from any data set, and come in two kinds:

- ``GENERIC``: the pronoun stands for a role holder in a rule-like statement (a modal of obligation,
  a habitual present over an open class); each must be flagged, although a specific person of the
  same gender is named nearby, as in the labelled tuning items;
- ``SPECIFIC``: the pronoun refers to the named or introduced person (an episodic past event, the
  object of praise/trust/respect, the person's own habit after "when a customer ..."); none may be.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_pronoun_probe.py           # counts
    PYTHONPATH=$PWD .venv/bin/python scripts/bias_pronoun_probe.py --list    # every wrong verdict
"""

from __future__ import annotations

import argparse

from assistant.analyzers.bias import check_bias, load_rules

RULE = "gendered_language.generic_pronoun"

GENERIC = (
    "Nadia keeps the release notes tidy. Every engineer should update his section before the freeze, and Nadia chases anyone who forgets.",
    "Omar ran the onboarding sessions this quarter. Each new hire must bring his own laptop on the first day, so Omar prepared a checklist.",
    "Lena wrote our review guide. A good reviewer reads the whole diff before he comments, and Lena models that.",
    "If a technician finds a fault, he should log it before the end of the shift. Marta set up the form for this.",
    "Ravi mentors the junior quants. Every analyst who joins the desk hopes his first model will ship, and Ravi helps them get there.",
    "Any employee who works overtime must record it on his timesheet. Carlos audited the sheets this year.",
    "Anyone who misses the stand-up must update the board himself. Priya enforces this kindly.",
    "We are hiring to backfill Sofia's role. The successful candidate will lead his own team of four.",
    "Each manager in the region needs to submit her budget by March. Helen consolidated them.",
    "When an engineer is on call, he must answer pages within ten minutes. Tom rewrote the rota in June.",
    "Grace trains the new starters. Every nurse on the ward should check her patients' charts at handover.",
    "An auditor must document his sampling method. Wei's files are the model for the team.",
    "Dana never misses her one-to-ones. Each team lead is expected to hold his one-to-ones every week.",
    "Luis always knows the pipeline. Every salesperson should know his numbers by heart.",
    "A new starter should ask his buddy before touching production. Kim pairs every starter with a buddy.",
    "Ahmed wrote the handover template. Whoever takes the night shift has to hand over his notes by seven.",
    "Maya organised the ceremony. Each intern who finishes the course gets his certificate from the director.",
    "If a developer breaks the build, he has to fix it before anything else. Jonas enforces this.",
    "Beth checks the timesheets. Every contractor must sign his timesheet before payroll runs.",
    "Noor redesigned the induction week. A typical trainee spends his first week shadowing a senior colleague.",
    "Paul is our safety officer. Each driver must check his tyres before a long route.",
    "Kim leads hiring. The selected candidate will relocate with his family in June.",
    "A technician on the night shift must log his readings every hour. Abe checks them.",
    "An officer in the field should carry his radio at all times.",
    "The incoming director will set her own priorities for the unit.",
    "A reviewer with a conflict must recuse himself from the panel.",
    "Every tenant has to pay his rent by the fifth of the month. Rosa manages the building.",
    "Any driver who gets a ticket has to pay it himself.",
    "If a player is injured, he must report it to the coach at once.",
    "Each trainee is supposed to keep his logbook up to date. Dan reviews the logbooks.",
    "A nurse on the ward must wash her hands between patients.",
)

SPECIFIC = (
    "Sarah is our best agent. When a customer is rude, she stays calm and listens.",
    "Marco handled the queue alone during the outage. Each customer praised his patience.",
    "Aisha led the audit. Every reviewer praised her work on the sampling plan.",
    "Ben covers the front desk. If a client complains, he apologises first and then fixes the problem.",
    "Elena joined the team in May. Every engineer on the team respects her judgement.",
    "Jamal teaches the Year 9 class. Every student in the class loved his lessons this year.",
    "Chen organised the offsite. Each of the interns said he was the most helpful mentor they had.",
    "Our new analyst started in March. Every manager on the floor already relies on her forecasts.",
    "Fatima runs the help desk. Whenever a caller is upset, she slows down and repeats the steps.",
    "Grace manages the night ward. When a patient cannot sleep, she sits with them for a while.",
    "Tom reviewed the design. Every developer praised his diagrams.",
    "Kofi is the site lead. Each contractor on site trusts his safety briefings.",
    "Ivan is the release manager. Every team lead values his feedback on the checklists.",
    "Ana leads the billing squad. If a student emails about a refund, she replies within a day.",
    "Peter runs the warehouse. Every driver appreciates how he plans the routes.",
    "Nina supervises the night shift. When a new nurse starts, she pairs them with a mentor.",
    "Leila, our office manager, keeps things running. When a visitor arrives, she greets them by name.",
    "Raj led the migration. Each engineer on the project admires his patience.",
    "Zoe is new to the team. Every colleague appreciates her questions in planning.",
    "Hugo handled the recall. Every customer who called got his personal attention.",
    "Mira ran the workshop. Each participant thanked her and praised her examples.",
    "Omar is a calm manager. When an employee makes a mistake, he talks it through with them in private.",
    "Lucia handles escalations. When a customer shouted at her last week, he was asked to leave.",
    "Sven teaches the apprentices, and every apprentice he trained passed the final assessment with his help.",
    "Priya is the clinic's receptionist. Whenever a parent arrives early, she offers them a coffee.",
    "Dev runs the support rota. When a user reports a bug, he reproduces it before anything else.",
    "Amara joined in January. Every mentor in the programme speaks highly of her.",
    "Carl coached the sales team this year. Each rep on the team credits his coaching for the results.",
    "Ines handled the launch. Any client who asked received her reply within the hour.",
    "Jon is our receptionist. If a guest needs a taxi, he books it before they ask.",
    "Ms. Obi teaches chemistry. Each student in her class should read her lab notes before an exam.",
    "We interviewed for months. The perfect person for the job, she has led three launches already.",
    "Anyone who works with her must appreciate her patience with the legacy code.",
    "I am writing to recommend Maria for the role. Any manager would value her judgement.",
    "I recommend him without reservation; any employer would benefit from his skills.",
    "As a mentor, she is patient. Each junior on the team knows she will make time for them.",
    "Rita is generous with her time. If a colleague needs help, she is the first to offer it.",
    "Whenever a teammate asks Leo a question, he answers patiently.",
    "Amy is organised. Each client meeting she runs ends with clear actions.",
    "Maria joined in May. Every engineer who has worked with her speaks highly of her.",
)

# Written after the precision method was fixed, to check it on paragraphs it was not developed on
# (main: 13/15 generic flagged, 9/15 specific flagged). The specific half was never used to change
# anything; the two generic misses ('chosen', 'an engineer on call must') were then fixed with the
# recall items above, so the generic half is no longer an unseen check.
FRESH_GENERIC = (
    "Ella runs our code reviews. Each reviewer must leave his comments within two days.",
    "Every volunteer should wear his badge on site. Joan handed them out this year.",
    "If a pilot feels unwell, he must not fly. Sam wrote that into the checklist.",
    "A good teacher prepares his lessons in advance, and Mr. Ruiz always does.",
    "Each cashier is responsible for balancing her till at closing. Tina trains them on it.",
    "Anyone who borrows a laptop has to sign it out himself. Karl keeps the log.",
    "Every surgeon should review his cases weekly; Dr. Osei chairs that meeting.",
    "When a sales rep closes a deal, he must log it the same day. Nora checks the log.",
    "The chosen applicant will manage her own budget from day one. Lina led the search.",
    "Each employee needs to complete his safety training by June. Farid tracks completion.",
    "An engineer on call must keep his phone charged. Bea rewrote the rota.",
    "Every writer should proofread his own copy. Hana edits the newsletter.",
    "Each supervisor is required to sign off his team's hours. Ahmed built the form.",
    "If an analyst finds an error, she has to report it to the lead. Li found three last month.",
    "Every student must hand in his project by Friday. Ms. Park grades them.",
)

FRESH_SPECIFIC = (
    "Nora leads support. When a client gets angry, she keeps her voice low and listens.",
    "Tariq ran the training. Every attendee praised his clear examples.",
    "Jade is our office manager. Every visitor remarks on how welcoming she is.",
    "Ben handled the merger files. Each partner thanked him and commended his accuracy.",
    "Sofia covers the phones. If a caller is confused, she walks them through the form.",
    "Liam manages the team. Every engineer on it admires how he runs retros.",
    "Yuki is a nurse on the ward. When a patient is scared, she explains every step.",
    "Over the year, each team member came to rely on her for the weekly numbers.",
    "Pedro trained the interns. Each of them said he was the best teacher they had.",
    "I am pleased to recommend Ms. Chen. Any school would be fortunate to have her.",
    "Arjun is our lead. Whenever a coworker is stuck, he sits down and pairs with them.",
    "Clara joined last spring. Every customer who met her asked for her again.",
    "Omar is calm under pressure. If a teammate misses a handoff, he covers it without complaint.",
    "Eva led the audit. Each auditor on the project respected her methods.",
    "Mark runs the depot. Every driver trusts his judgement on the routes.",
)


def flagged(text: str, rules) -> bool:
    return any(flag.rule == RULE for flag in check_bias(text, rules).flags)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print every paragraph with a wrong verdict")
    args = parser.parse_args()
    rules = load_rules()
    missed = [t for t in GENERIC if not flagged(t, rules)]
    wrong = [t for t in SPECIFIC if flagged(t, rules)]
    print(f"generic flagged: {len(GENERIC) - len(missed)}/{len(GENERIC)}")
    print(f"specific flagged (false): {len(wrong)}/{len(SPECIFIC)}")
    fresh_missed = [t for t in FRESH_GENERIC if not flagged(t, rules)]
    fresh_wrong = [t for t in FRESH_SPECIFIC if flagged(t, rules)]
    print(f"fresh generic flagged: {len(FRESH_GENERIC) - len(fresh_missed)}/{len(FRESH_GENERIC)}")
    print(f"fresh specific flagged (false): {len(fresh_wrong)}/{len(FRESH_SPECIFIC)}")
    missed += fresh_missed
    wrong += fresh_wrong
    if args.list:
        for text in missed:
            print("MISSED\t" + text)
        for text in wrong:
            print("FALSE\t" + text)


if __name__ == "__main__":
    main()
