"""Round 15 probe: whole drafts whose impact or next step is told in a form the clause rules missed.

Classes (fb15, round 15): the person's act named as a noun and made the subject of its effect ("Your
rewrite of the page ended the repeat calls"), a thing the person made giving people something ("The
dashboard you built gives the ops team ..."), a state kept or reached ("The store stayed fully staffed",
"kept the event on schedule", "became the basis for"), a benefit noun with its beneficiary ("a huge help for
the weekend team"), an averted harm in a relative clause ("a clause that would have locked us in"), a
measure of others' results ("Sales in your region are up 12%"), praise of an act named by "for" + gerund
or an occasion ("Kudos to Lee for setting up ...", "Great talk at Tuesday's town hall"); next steps as a
session the writer arranged with the person ("I've booked thirty minutes with you on Thursday ...") and
offers judged by what they offer ("Let me know if you have any questions" is a courtesy, no step).

Each set is whole drafts written for the purpose (no eval item, no seed sentence). DEV was written first
and the rules were changed against it; FRESH was written after the change and never tuned on. A clean
draft must draw no missing_impact / missing_action; a look-alike must draw the one finding it names.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_impact_forms_probe.py          # rates per set
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_impact_forms_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

JUDGED = frozenset({"missing_impact", "missing_action"})

DEV = {
    "praise_clean": [
        "Your rewrite of the returns page last month ended the stream of repeat calls about refund timing.",
        "Thanks for covering the Saturday shift at short notice. The store stayed fully staffed through the sale.",
        "Maria wrote a closing checklist for the night audit in May, so nobody has to guess the last steps anymore.",
        "The incident dashboard you built last sprint gives the ops team one place to see every open alert.",
        "Jon rewrote the deployment script in March; releases now take ten minutes instead of an hour.",
        "Your careful read of the supplier contract caught a clause that would have locked us into a three-year term.",
        "Thank you for translating the safety briefing into Spanish for the weekend crew. Every one of them signed "
        "off on the new procedure.",
        "I appreciated how you walked the new interns through the codebase on their first day; they were shipping "
        "fixes by Wednesday.",
        "Ana reorganised the supply cupboard on Ward 4, and the night nurses find dressings in seconds now.",
        "Your summary of the twelve customer interviews became the basis for our roadmap decision at the planning "
        "offsite.",
        "Great talk at Tuesday's town hall. Several people from finance came up afterwards asking for your slides.",
        "You stayed calm with the angry caller on Friday and talked him through the refund; he ended the call "
        "thanking you.",
        "Kudos to Lee for setting up the shared on-call calendar. For the first time this year no shift went "
        "uncovered.",
        "Your coaching of Sam this quarter shows: he ran his first client demo on his own last week.",
        "The fixtures you added to the billing tests cut the suite's run time from twelve minutes to four.",
        "You answered every question in the vendor review with the numbers ready, and the panel approved the "
        "budget on the spot.",
        "Thanks for staying late on Thursday to re-pack the damaged order; it reached the customer on time.",
        "Your clear labelling of the freezer shelves has meant far fewer mix-ups for the morning prep team.",
        "Thanks for redoing the weekend rota. It has been a huge help for the weekend team.",
        "Sales in your region are up 12% since you started the Friday calls.",
        "Your patience with Mr. Lopez on Tuesday calmed him down, and he agreed to the treatment plan.",
        "Your quick thinking at the launch kept the whole event on schedule.",
    ],
    "constructive_clean": [
        "You did not reply to the two escalations from Northwind last week, and they have asked for a new account "
        "manager. I've booked thirty minutes with you on Thursday to go through the escalation queue together.",
        "The handover notes you left on Sunday night were missing the medication changes for bed 12, so the "
        "morning nurse had to call the pharmacy. We agreed that you will use the SBAR template for every handover "
        "from next week.",
        "In Monday's pitch you skipped the pricing slide, and the client left without knowing our rates. I'm happy "
        "to sit with you before the next pitch and run through the deck together.",
    ],
    "constructive_no_step": [
        "The handover notes you left on Sunday night were missing the medication changes for bed 12, so the "
        "morning nurse had to call the pharmacy. We have discussed handovers before.",
        "On the Acme call you promised a delivery date we had not confirmed, and we had to walk it back the next "
        "day. We agreed last quarter that this would stop.",
        "On the Acme call you promised a delivery date we had not confirmed, and we had to walk it back the next "
        "day. Let me know if you have any questions.",
    ],
    "praise_no_impact": [
        "Thanks for rewriting the returns page last month.",
        "Maria wrote a closing checklist for the night audit in May.",
        "Ana reorganised the supply cupboard on Ward 4 over the weekend.",
        "Kudos to Lee for setting up the shared on-call calendar in January.",
        "You translated the safety briefing into Spanish for the weekend crew.",
        "On Tuesday you rewrote the returns page. Your talk at the all-hands became a bit long.",
        "On Tuesday you rewrote the returns page. You chose a layout that would have suited the old site too.",
        "On Tuesday you rewrote the returns page. The page you wrote cut the old FAQ section.",
        "On Tuesday you rewrote the returns page. Your notes kept the same format as last year.",
    ],
}

FRESH = {
    "praise_clean": [
        "Your redesign of the intake form stopped the flood of incomplete applications.",
        "The spreadsheet you shared on Monday gives the buyers a single view of stock levels.",
        "Your steady voice during the fire drill kept the whole floor calm.",
        "Her write-up of the pilot became the template for every trial since.",
        "Thanks for packing the emergency kits last week. They were a real help to the night shift.",
        "Your review of the lease found a renewal clause that would have cost us another year of rent.",
        "Thanks for running the Saturday clinic. Twelve families got their vaccinations sorted.",
        "Complaints in your store are down 30% since you started the morning huddles.",
        "Kudos for rebuilding the intranet search. Staff find policies in seconds now.",
        "Raj's walkthrough of the new till system cut training time for the holiday temps in half.",
        "Your notes on the Garcia account were a lifesaver for me during the handover.",
        "The labels you printed for the archive boxes ended the hunt for old files at every audit.",
        "Great session at Thursday's induction. Three of the new starters emailed afterwards to say thank you.",
        "Your quick call to the supplier on Friday kept the production line running.",
        "Thanks for calming the patient in bay 3 last night; she slept through until morning.",
    ],
    "constructive_clean": [
        "You missed the vendor call on Monday, and the contract renewal slipped a week. I've set up fifteen "
        "minutes with you tomorrow to plan how we cover these calls.",
        "Your slides for the board had last year's figures, and the chair had to stop the meeting. I've scheduled "
        "a review with you on Wednesday so we can check the next deck together.",
        "The rota you posted on Friday left Sunday uncovered, so two nurses had to stay on. Let me know if you "
        "want me to look over next month's rota before it goes up.",
        "You closed the ticket without telling the customer, and she called back twice. I'd be happy to walk you "
        "through the follow-up template this afternoon.",
        "In the interview on Tuesday you asked the candidate about her family plans, which exposes us to a claim. "
        "We've booked you onto the interviewing course next month.",
        "Your code on Thursday skipped the null checks, and the import crashed for every empty file. Going "
        "forward, each PR needs a test for empty input before I approve it.",
        "You shared the draft budget with the supplier, and they now know our ceiling. From now on, budgets only "
        "go to finance and me.",
        "The delivery you signed for on Monday was short by six boxes, and we didn't notice until Friday. Next "
        "time, count the boxes before signing, and I'll show you where to log the shortfall.",
    ],
    "constructive_no_step": [
        "You missed the vendor call on Monday, and the contract renewal slipped a week. I set up fifteen minutes "
        "with you last month to talk about these calls.",
        "Your slides for the board had last year's figures, and the chair had to stop the meeting. I've scheduled "
        "the board meeting for March.",
        "The rota you posted on Friday left Sunday uncovered, so two nurses had to stay on. Let me know if you "
        "have any concerns.",
        "You closed the ticket without telling the customer, and she called back twice. I was happy to see the "
        "ticket closed, though.",
        "Your code on Thursday skipped the null checks, and the import crashed for every empty file. Let me know "
        "if there's anything else.",
    ],
    "praise_no_impact": [
        "Your redesign of the intake form went live on Monday.",
        "The spreadsheet you shared on Monday gives the stock levels by store.",
        "Thanks for running the Saturday clinic. Her write-up of the pilot became a bit long.",
        "Thanks for packing the emergency kits last week.",
        "Your review of the lease found a clause that would have suited the old office too.",
        "Raj's walkthrough of the new till system ended with a quiz.",
        "Your notes on the Garcia account kept the same headings as last year.",
        "Great session at Thursday's induction about the pension scheme.",
    ],
}
# Second round of the change (code and document review: what the reviewed thing does or will do; a
# concrete correction "You should have used X"; a code token as a bare verb's object). Written after that
# change, never tuned on: (draft, the findings of the two kinds it must draw).
FRESH_REVIEW = [
    ("This query runs inside the loop, so the page will hang on large accounts. Move it above the loop and pass "
     "the results in.", set()),
    ("If the token expires mid-upload, this will fail silently. Refresh the token before each chunk.", set()),
    ("The retry loop never sleeps, which will hammer the API when it is down. Add exponential backoff with a cap.",
     set()),
    ("Nice use of the builder here. This makes the test setup much easier to read.", set()),
    ("This returns null when the cart is empty, and the checkout page will crash. Return an empty list instead.",
     set()),
    ("You should have added a migration for the new column; the deploy failed on staging because of it.", set()),
    ("Great refactor. Splitting the handler keeps each function shorter and easier to test.", set()),
    ("The cache key ignores the locale, so French users will see English prices. Include the locale in the key.",
     set()),
    ("This function is long. Split it into smaller helpers.", {"missing_impact"}),
    ("This will be merged on Friday.", {"missing_impact"}),
    ("The variable name makes sense. Keep it.", {"missing_impact"}),
    ("It will run on the new server next week.", {"missing_impact"}),
    ("You pushed straight to main and the build broke for everyone. You should have known better.",
     {"missing_action"}),
    ("You pushed straight to main and the build broke for everyone. You should have been more careful.",
     {"missing_action"}),
]
# Third change (what a review observes in the work names the behaviour: "This loads all orders into
# memory"). Written after it, never tuned on: (draft, whether it must draw `vague`).
FRESH_REVIEW_VAGUE = [
    ("This caches every user record in a global dict, so memory grows without bound. Use an LRU cache with a "
     "size limit.", False),
    ("This reads the whole file into a string before parsing; large exports will time out. Stream the rows "
     "instead.", False),
    ("The handler swallows the exception, so failed payments look successful in the logs. Log and re-raise.",
     False),
    ("You should have pinned the library version in requirements.txt; the build broke when 3.0 came out.", False),
    ("This opens a new connection for each request, which will exhaust the pool under load. Reuse the session.",
     False),
    ("The test mocks the clock but not the timezone, so it fails for anyone outside UTC. Freeze both.", False),
    ("This is hard to follow. Please clean it up.", True),
    ("This takes too long. Make it faster.", True),
    ("This looks wrong to me.", True),
    ("It needs more work before we merge.", True),
    ("This seems risky.", True),
    ("This makes no sense.", True),
]
WANT = {"praise_clean": set(), "constructive_clean": set(), "constructive_no_step": {"missing_action"},
        "praise_no_impact": {"missing_impact"}}


def run(sets: dict[str, list[str]], rules) -> dict[str, list[tuple[str, set[str]]]]:
    out = {}
    for name, texts in sets.items():
        out[name] = [(t, {f.kind for f in review_feedback(t, rules=rules).findings} & JUDGED) for t in texts]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    rules = load_feedback_rules()
    for label, sets in (("dev", DEV), ("fresh", FRESH)):
        wrong_total = total = 0
        for name, rows in run(sets, rules).items():
            wrong = [(t, got) for t, got in rows if got != WANT[name]]
            wrong_total += len(wrong)
            total += len(rows)
            print(f"{label:5s} {name:21s} {len(rows) - len(wrong)}/{len(rows)} read right")
            if args.list:
                for t, got in wrong:
                    print(f"      {sorted(got)} :: {t}")
        print(f"{label:5s} wrong {wrong_total} of {total}")
    wrong = [(t, got, want) for t, want in FRESH_REVIEW
             if (got := {f.kind for f in review_feedback(t, rules=rules).findings} & JUDGED) != want]
    print(f"fresh review (code and document review) wrong {len(wrong)} of {len(FRESH_REVIEW)}")
    if args.list:
        for t, got, want in wrong:
            print(f"      {sorted(got)} (want {sorted(want)}) :: {t}")
    vague_wrong = [(t, want) for t, want in FRESH_REVIEW_VAGUE
                   if ("vague" in {f.kind for f in review_feedback(t, rules=rules).findings}) != want]
    print(f"fresh review vague wrong {len(vague_wrong)} of {len(FRESH_REVIEW_VAGUE)}")
    if args.list:
        for t, want in vague_wrong:
            print(f"      (want vague: {want}) :: {t}")


if __name__ == "__main__":
    main()
