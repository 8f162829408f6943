"""Class probe for bias carried by a FORM rather than a listed word.

The labelling guides (evals/dev*/README.md, "Labelling guide: bias") name the categories; a biased
remark often reaches them through a construction the lexicons do not list word by word:

- ``norm``: a judgement measured against a group's norm ("good at numbers for a woman", "sharp for
  someone his age", "articulate for a guy from ...") -- the group is the yardstick (Bias
  Interrupters' prove-it-again pattern; the guides' "for a guy his age", "for a girl in engineering",
  "for a non-native speaker");
- ``body``: the person's body, hair or dress described with an evaluative word in a sentence about
  them ("her outfit was a bit much", "his hair is a mess") -- the guides' appearance category;
- ``life_stage``: age by life stage or career stage of the person ("set in her ways", "digital
  native", "at this stage of his career", "still has a lot of runway");
- ``gendered_role``: gendered role nouns and gendered forms of address for a team ("hey guys",
  "ladies, ...", "the girls in accounts", "foreman") -- APA 7th ed. 5.5, retext-equality;
- ``observance``: religion by its observance ("her fasting", "prayer breaks", "his Sabbath");
- ``looks``: a perception verb with a person as subject and a looks word as complement ("she
  always looks great", "he looks sharp"), vs a thing that looks good or a candidate who "looks good
  on paper";
- ``age_group``: an age group or "too old" said of the person judged or wanted, vs the age group as
  the audience of the work ("a workshop for older workers") and a thing that is too old;
- ``looks_label``: the person labelled by body or looks, an identity noun phrase ("a big guy", "a
  tiny woman", "a bombshell", "a face for radio"), vs the same words of a thing ("a big fan", "a
  short talk", "the blonde wood desks");
- ``leave_holder``: a person's own leave brought into a judgement, vs someone else's leave the
  person covered ("Maria covered Ana's maternity leave").

Each class has biased sentences (each must draw a flag of the class's category) and innocent ones
with the same words in an innocent sense (a comparison to a standard, a policy sentence, "the stage
of the project"; none may draw any flag). All were written for this probe, not taken from any data
set. ``FRESH_*`` were written after the method was fixed and never tuned on.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_forms_probe.py           # counts per class
    PYTHONPATH=$PWD .venv/bin/python scripts/bias_forms_probe.py --list    # every wrong verdict
"""

from __future__ import annotations

import argparse

from assistant.analyzers.bias import check_bias, load_rules

CATEGORY = {
    "norm": ("gendered_language", "gender_coded", "age", "race_ethnicity", "disability", "family_status",
             "religion", "sexual_orientation"),
    "body": ("appearance",),
    "life_stage": ("age",),
    "gendered_role": ("gendered_language",),
    "observance": ("religion",),
    "looks": ("appearance",),
    "age_group": ("age",),
    "leave_holder": ("family_status",),
    "looks_label": ("appearance",),
}

BIASED = {
    "norm": (
        "Ana handled the budget review well. She is surprisingly good with numbers for a woman.",
        "Frank closed the quarter on plan. He is still quick on his feet for someone his age.",
        "Kofi presented the plan to the board. He is very articulate for a guy from that neighbourhood.",
        "Mei led the migration. She is pretty assertive for an Asian woman, which surprised the client.",
        "Dana kept the site running during the outage. She is tough for a girl.",
        "Luis writes clear specs. His English is excellent for an immigrant.",
        "Rachel runs the night shift. She is remarkably focused for a mother of three.",
        "Sam fixed the payments bug. He is quite organised for a man.",
        "Eli onboarded the new vendors. He is impressively calm for someone with his condition.",
        "Joy led the audit. She is very driven for a woman her age.",
        "Tom presented to the partners. He was confident for a young guy.",
        "Nadia handled the escalation. For a woman, she negotiates hard.",
        "Bill learned the new CRM in a week, which is not bad for an older worker.",
        "Priya chairs the design review. She is quite technical for a female engineer.",
    ),
    "body": (
        "Karen presented the roadmap. Her outfit was a bit much for a client meeting.",
        "Greg runs the warehouse well, but his weight slows him down on the floor.",
        "Lisa handles the front desk. Her hair is always a mess, which clients notice.",
        "Marco closed three deals. His shoes were scuffed and his tie was crooked at the pitch.",
        "Jenna is a strong analyst, and she always looks gorgeous at the quarterly review.",
        "Ahmed leads support. His beard is too scruffy for a customer-facing role.",
        "Sophie did well at the trade show; her dress was far too short for the booth.",
        "Paul is a good engineer but he is a bit overweight for field work.",
        "Tina trains the new hires. Her nails are distracting during demos.",
        "Ben is reliable, though his belly hangs over his belt at client dinners.",
        "Olivia is pleasant to work with and easy on the eyes.",
        "Raj knows the product, but his clothes are always wrinkled.",
    ),
    "life_stage": (
        "Helen is a bit set in her ways and resists the new rota tool.",
        "We need a digital native to run the social accounts, not Martin.",
        "At this stage of his career, Dev is unlikely to learn a new stack.",
        "Chloe still has a lot of runway, so we can invest in her.",
        "Ruth is winding down toward the end of her career, so give the project to someone else.",
        "Jake is wet behind the ears and should not lead the client call.",
        "Gloria is a baby boomer and struggles with the shared drive.",
        "Amir is a millennial, so he expects praise for everything.",
        "Pat is late in her career and not worth the training budget.",
        "Carl is a grey-haired veteran who will not adapt to the new process.",
        "She is a Gen Z hire and is always on her phone.",
        "Owen is too green to handle the enterprise accounts.",
    ),
    "gendered_role": (
        "Great job on the launch, guys, and thanks to Maria for the slides.",
        "Ladies, please keep the kitchen tidy after the team lunch.",
        "Ask the girls in accounts to send the invoices by Friday.",
        "Raúl is a strong foreman and keeps the crew on schedule.",
        "Hey guys, the sprint review moves to Thursday; Aisha will host.",
        "Linda is the best saleswoman on the team this year.",
        "Kim is our new cleaning lady and always on time.",
        "We need more manpower on the night shift; Jo is covering alone.",
        "Every cameraman on the shoot should check the lights; Leo will lead.",
        "You guys did great work on the audit, especially Farah.",
        "The lady doctor on the ward was very thorough with the charts.",
        "Zoe is a great workman who finishes every job on time.",
        "The sales team needs a strong man at the top.",
    ),
    "observance": (
        "Samir is a good analyst, but his prayer breaks slow the team down.",
        "Leila was tired during Ramadan, and her fasting hurt her numbers.",
        "Dov leaves early on Fridays for his Sabbath, which frustrates the clients.",
        "Maria goes to Mass every morning, so she is never in before nine.",
        "Harpreet's turban makes some customers uncomfortable at the counter.",
        "Yusuf disappears for Friday prayers, so he misses the stand-up.",
        "Aisha's headscarf is not a good look for the front desk.",
        "Ruth keeps kosher, which makes team dinners hard to plan.",
        "Because of his religious holidays, Arjun is rarely around in the autumn.",
        "Noor is very devout and talks about her faith too much at work.",
        "Paulo is a churchgoer, so he won't work Sundays like the rest of us.",
        "Ezra wears a yarmulke, which some clients find odd.",
        "Sam prays at his desk, which makes the clients uneasy.",
        "Joe wears a large cross to client meetings.",
    ),
    "looks": (
        "Jess always looks great at client meetings, which helps the brand.",
        "Omar looks sharp in front of the board.",
        "She always looks so put together when she presents.",
        "He looks the part for the sales floor.",
        "Nina is very presentable, so put her on the front desk.",
        "She looks great in that red dress.",
        "He looks nice in a suit.",
        "She is striking, and the buyers remember her.",
    ),
    "age_group": (
        "He is too old for the night shift.",
        "She is too young to lead the audit.",
        "We should hire younger people for the field team, not Ravi.",
        "The older workers on the line struggle with the new scanners.",
        "Dana is a woman of a certain age and hates change.",
    ),
    "leave_holder": (
        "Ana's maternity leave hurt the launch.",
        "Since Ana's maternity leave, she has been less focused.",
        "Tom approved Ana's maternity leave, but her absence hurt the launch.",
    ),
    "looks_label": (
        "Dina is a bombshell, so the clients always take her calls.",
        "Ray has a face for radio, so keep him off the video calls.",
        "Lena is a real head-turner at the trade shows.",
        "Mark is a big guy and intimidates the junior staff.",
        "Ellie is clean-cut and makes a good first impression.",
        "Sara shows too much skin for the office.",
        "Kat is a stunner and the buyers love her.",
        "She is a blonde, so people underestimate her.",
        "Beth is a tiny woman, so she may struggle to lead the crew.",
        "Paul is a short guy and lacks presence.",
        "She is easy on the eye.",
        "Gail is a bit of a frump.",
    ),
}

INNOCENT = {
    "norm": (
        "Ana's draft is good for a first attempt, and she fixed the totals the next day.",
        "Frank is fast for a new starter on the tools; he closed ten tickets in his first week.",
        "The fare is lower for someone over 65 under the travel policy.",
        "Kofi's forecast is accurate for a quarter with two acquisitions.",
        "Dana's response time is excellent for a team of three.",
        "Luis built a tool that works well for a customer with a slow connection.",
        "The room is small for a team of twelve, so Rachel booked the hall.",
        "Sam is quite organised for a project of this size, with a plan for every release.",
        "Eli found a great gift for a colleague who was leaving.",
        "Joy's plan is ambitious for a single quarter, but she met it.",
        "Tom was confident in his pitch and answered every question.",
        "Nadia set up a mentoring scheme for women in engineering.",
        "The parental leave policy applies equally for a mother or a father.",
        "Priya is a strong engineer; she shipped the search service in March.",
    ),
    "body": (
        "Please follow the dress code in the lab: closed shoes and hair tied back.",
        "Karen chose the outfit for the school play and sewed the costumes herself.",
        "Greg checks the weight of every pallet before it leaves the dock.",
        "Lisa's hair salon client sent a thank-you note for the booking system she built.",
        "Marco's shoes stayed on the rack; he walked the client through the showroom.",
        "The new logo looks gorgeous on the website, and Jenna made it in a day.",
        "Ahmed's notes are too brief for a customer-facing handover.",
        "Sophie's dress rehearsal of the demo caught two bugs.",
        "Paul reduced the weight of the bundle by 40 percent.",
        "Tina's nail salon project in the case study won the award.",
        "Ben's belt-and-braces testing caught the regression.",
        "Raj's proposal looks good and is easy to read.",
    ),
    "life_stage": (
        "The project is at an early stage, and Helen set out the plan clearly.",
        "The app is a digital native product, and Martin led its design.",
        "At this stage of the project, Dev should finish the API before the UI.",
        "The budget still has a lot of runway, so Chloe can hire a contractor.",
        "Ruth is winding down the legacy service and moving clients to the new one.",
        "The prototype is still green, so Jake is testing it before the client call.",
        "Gloria ran the survey of customers of all generations and wrote up the findings.",
        "Amir built the dashboard that shows sales by region.",
        "Pat's career development plan includes a course in March.",
        "Carl is a veteran of three product launches and wrote our launch checklist.",
        "She set up the green energy audit for the new office.",
        "Owen is new to the enterprise accounts and shadowed two calls last week.",
    ),
    "gendered_role": (
        "Guy approved the budget for the new servers.",
        "Ask the accounts team to send the invoices by Friday.",
        "Raúl is a strong supervisor and keeps the crew on schedule.",
        "Linda is the best salesperson on the team this year.",
        "We need more staff on the night shift; Jo is covering alone.",
        "Every camera operator on the shoot should check the lights; Leo will lead.",
        "Great job on the launch, everyone, and thanks to Maria for the slides.",
        "The workmanship on the new cabinets is excellent.",
        "Zoe is a skilled worker who finishes every job on time.",
        "The girls' coding club visits the office in May, and Farah is hosting.",
        "Kim cleans up the backlog every Friday.",
        "The doctor on the ward was very thorough with the charts.",
        "The sales team needs a strong lead at the top.",
    ),
    "observance": (
        "The office has a quiet room that anyone may use for prayer or rest.",
        "Staff who are fasting may take their lunch break later, under the policy.",
        "Dov ships releases on Fridays and writes the notes on Monday.",
        "Maria sent a mass email to the customers about the outage.",
        "Harpreet's team turned around the backlog in a week.",
        "Yusuf runs the Friday demo, so he books the room.",
        "Aisha redesigned the front desk rota so no one works a double.",
        "Ruth keeps the team's records tidy and up to date.",
        "The holiday calendar lists every religious holiday so that teams can plan cover.",
        "Noor is very devoted to her customers and answers every ticket within a day.",
        "Paulo led the church hall renovation bid and won the contract.",
        "Ezra wears many hats: he runs support and the release train.",
        "The project is a cross between a wiki and a tracker, and Joe built it.",
        "Sam prayed the release would go well, and it did thanks to his tests.",
    ),
    "looks": (
        "The dashboard looks great on the new screens.",
        "The candidate looks good on paper and interviewed well.",
        "He looks great for the lead role.",
        "The plan looks good to me.",
        "Things are looking good for the quarter.",
        "Sam, the deck looks great.",
        "Her slides look sharp and clean.",
        "She looks fit to lead the team.",
        "The office is presentable after the refit.",
        "The results are striking, and she presented them well.",
    ),
    "age_group": (
        "The laptops are too old for the new operating system, so Maya replaced them.",
        "Maya ran a workshop for older workers on the pension changes, and attendance doubled.",
        "The campaign Sam designed reached younger people through short videos.",
        "Maya wrote a guide for customers of a certain age range.",
        "The policy is too old and Tom rewrote it.",
    ),
    "leave_holder": (
        "Maria covered Ana's maternity leave and kept every deadline.",
        "Maria covered for Ana's maternity leave and kept every deadline.",
        "Lee handled the recall while his manager was on paternity leave.",
        "She covered the lead's parental leave and shipped on time.",
    ),
    "looks_label": (
        "She is a big fan of the new tool.",
        "The blonde wood desks arrived on Monday.",
        "He gave a short talk on the release.",
        "The report was a stunner: revenue up 40 percent.",
        "The demo shows a lot of skin textures in the 3D renderer.",
        "The clean-cut edges of the new panels impressed the client.",
    ),
}

FRESH_BIASED: dict[str, tuple[str, ...]] = {
    "norm": (
        "Hana is a decent coder for a girl, and she reviews pull requests quickly.",
        "For someone with dyslexia, Mark writes surprisingly clean reports.",
        "Gus is pretty sharp for a man his age.",
        "Rosa speaks well for a non-native speaker.",
    ),
    "body": (
        "Vera runs the clinic well, but her jeans are too tight for the ward.",
        "Ivan is a good rep; his teeth are yellow and clients notice.",
        "Maeve's blouse was too revealing at the gala dinner.",
        "Kurt is capable, but his jacket always looks shabby in front of clients.",
    ),
    "life_stage": (
        "Agnes is near the end of her career, so we should not send her on the course.",
        "Len is in the twilight of his career and coasting.",
        "Bea is set in her ways about the filing system.",
        "We want a digital native for the role, not Gordon.",
    ),
    "gendered_role": (
        "Well done on the bid, ladies!",
        "Thanks for staying late, guys.",
        "Boys, the client moved the demo to Monday, so please update the deck.",
        "Our chairman asked Ines to present the figures.",
        "For the night shift we want a tough guy who can handle drunk customers.",
    ),
    "observance": (
        "Ali's Ramadan fasting made him slow in the afternoon meetings.",
        "Miriam leaves early every Friday for Shabbat, which leaves the team short.",
        "Deepa's bindi seems out of place at client meetings.",
        "Bryn is a regular churchgoer and refuses Sunday shifts.",
    ),
    "looks": (
        "Ola looks stunning at every trade show.",
        "Hugo always looks scruffy on video calls.",
        "Petra looks so glamorous for an accountant.",
    ),
    "age_group": (
        "Frank is too old to learn the new system.",
        "Give the project to one of the younger engineers instead of Ruth.",
        "The older staff in billing resist every change.",
    ),
    "leave_holder": (
        "Since her maternity leave, Jo has not been as committed.",
        "Ali's paternity leave left the team short, and his ratings should reflect it.",
    ),
    "looks_label": (
        "Greta is a petite woman and lacks authority with the drivers.",
        "Sven is such a handsome guy that clients forgive his late replies.",
        "Our new receptionist is a knockout.",
        "Ike is a burly man, so put him on the door at events.",
    ),
}
FRESH_INNOCENT: dict[str, tuple[str, ...]] = {
    "norm": (
        "The report is clear for a first draft, and Hana fixed the charts the next day.",
        "Mark designed a reading mode for a user with dyslexia, and support tickets fell.",
        "The bonus is generous for a team of four.",
        "Rosa wrote the onboarding guide for a new starter in the warehouse.",
    ),
    "body": (
        "Vera ordered new jeans for the warehouse team under the uniform policy.",
        "Ivan reduced the size of the app bundle by a third.",
        "Maeve's blouse design won the student fashion award she judged.",
        "Kurt put on his jacket and walked the site with the auditors.",
    ),
    "life_stage": (
        "Agnes is near the end of the migration and will hand over in May.",
        "The legacy system is in the twilight of its support window.",
        "Bea set out her ways of working in a one-page guide.",
        "Gordon built a digital onboarding flow for new clients.",
    ),
    "gendered_role": (
        "Well done on the bid, everyone!",
        "Thanks for staying late, team.",
        "The shop stocks uniforms for men, women, boys and girls.",
        "Ines chaired the meeting and presented the figures.",
        "The client wanted a guide who speaks Portuguese, so Ines found one.",
    ),
    "observance": (
        "Ali scheduled the release for Friday afternoon.",
        "Miriam set up the Friday demo and recorded it for the other time zone.",
        "The office calendar lists Ramadan and Diwali so that teams can plan cover.",
        "Bryn renovated the church hall as a volunteer project with the team.",
    ),
    "looks": (
        "The new site looks stunning on mobile.",
        "Hugo's dashboard looks clean and loads in a second.",
        "Petra looks forward to leading the audit.",
    ),
    "age_group": (
        "Frank's laptop is too old to run the new system, so IT replaced it.",
        "Ruth ran a coding workshop for younger students at the library.",
        "The older servers in billing were retired in May.",
    ),
    "leave_holder": (
        "Jo covered Sam's paternity leave and kept the release on track.",
        "Ali backfilled the team lead's maternity leave and closed two audits.",
    ),
    "looks_label": (
        "Greta is a big believer in written handovers.",
        "Sven gave a short demo that answered every question.",
        "The knockout round of the sales contest ended on Friday.",
        "Ike ordered a heavy-duty trolley for the stock room.",
    ),
}


def flagged_categories(text: str, rules) -> set[str]:
    return {flag.category for flag in check_bias(text, rules).flags}


def run(biased: dict[str, tuple[str, ...]], innocent: dict[str, tuple[str, ...]], rules, label: str,
        wrong: list[str]) -> tuple[int, int, int, int]:
    hit = total_b = false = total_i = 0
    for name in CATEGORY:
        want = set(CATEGORY[name])
        b = biased.get(name, ())
        i = innocent.get(name, ())
        caught = [t for t in b if flagged_categories(t, rules) & want]
        flagged_i = [t for t in i if flagged_categories(t, rules)]
        wrong += [f"MISSED {name}: {t}" for t in b if t not in caught]
        wrong += [f"FALSE  {name}: {t}" for t in flagged_i]
        if b or i:
            print(f"{label}{name:14} biased flagged {len(caught):2}/{len(b):2}   innocent flagged (false) "
                  f"{len(flagged_i):2}/{len(i):2}")
        hit += len(caught)
        total_b += len(b)
        false += len(flagged_i)
        total_i += len(i)
    print(f"{label}{'all':14} biased flagged {hit:2}/{total_b:2}   innocent flagged (false) {false:2}/{total_i:2}")
    return hit, total_b, false, total_i


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print every sentence with a wrong verdict")
    args = parser.parse_args()
    rules = load_rules()
    wrong: list[str] = []
    run(BIASED, INNOCENT, rules, "", wrong)
    if FRESH_BIASED or FRESH_INNOCENT:
        run(FRESH_BIASED, FRESH_INNOCENT, rules, "fresh ", wrong)
    if args.list:
        for line in wrong:
            print(line)


if __name__ == "__main__":
    main()
