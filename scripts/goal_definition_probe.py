"""Definition probes for *relevant*, *measurable* and *specific* over the tuning halves' goals.

Each probe applies rewrites the labelling guides (evals/dev*/README.md) allow to tuning goals whose labels are
known, and counts how often the analyzer's verdict follows the definition:

* R, meaning-preserving: a link to a purpose beyond the action in the wordings the guides list (a purpose clause
  before or after the goal, "in support of X", "as part of X", "aligned with X", "which supports X", an OKR
  objective or plan goal line above it, an unlabelled headline above a "Key results:" block) turns a not-relevant
  goal relevant; the same purpose moved from the end of the goal to its front keeps it relevant.
* R, meaning-changing: a tail that is no purpose (a means clause, a beneficiary alone, "for" or "on behalf of"
  the people served, a quality of the deliverable), a sentence on the goal itself ("This will take about two
  weeks.") and a key result alone under its label leave a not-relevant goal not relevant.
* M and S, meaning-preserving: a change measured as a noun phrase ("Achieve a 20% reduction in X") or as a verb
  ("Reduce X by 20%") is the same goal: specific and measurable either way; a deliverable is measurable with or
  without its date moved.
* M, round 14: a verifiable end state without a number (a credential attained, compliance with a named code, none
  left, a level on a rating scale) is measurable; the same frames with an effort or an abstract object are not; a
  number that names a thing ("Tier 1") or counts the known set an effort reaches ("support the 3 regional offices")
  is no measure, a count of the work done is; nor is the size of the group the goal is set in ("in a department of
  25 people"), while the size of a group it builds is ("Build a pool of 20 substitutes").
* R, round 14: alignment named as a noun phrase ("in keeping with our digital strategy", ", a key part of our patient
  flow initiative", "; it is a priority for our unit") and the people served as the subject of what changes for
  them ("Patients will get home sooner.") make a goal relevant; the same frames around no aim, or the goal's work
  done to people ("Staff will be trained in two groups."), do not.
* M and S, meaning-changing: a direction with its amount dropped ("Reduce X") is neither specific nor measurable
  (a direction on an object with nothing measured and no means names an area).

Reads tuning halves only (held-out items are dropped by ``tuning_items``).

    PYTHONPATH=$PWD .venv/bin/python scripts/goal_definition_probe.py [-v]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from assistant.analyzers.goal import check_goal, load_rules
from assistant.coaches import OUTSIDE_ROUNDS
from assistant.evaluation.dev import REFERENCE_DATE, tuning_items

ROUNDS = OUTSIDE_ROUNDS["goals"]

# A purpose beyond the action, in the wordings the guides and the lead's error directions name.
PURPOSE_TAILS = (
    " in support of the department's strategic plan",
    " to support the hospital's patient safety priority",
    " as part of the university's student success strategy",
    ", aligned with the company's growth objectives",
    ", in alignment with our customer retention goals",
    " in line with the county's climate action plan",
    ", which supports the team's hiring plan",
    ", contributing to the division's cost reduction target",
    " so that new hires become productive sooner",
    " so customers get answers faster",
    " to help the sales team close more deals",
    " to reduce the workload of our support staff",
    " to improve the experience of our patients",
    " in order to strengthen donor trust",
    " because late reports delay the board's funding decisions",
    ", which advances our mission of community health",
    " that supports the district's literacy goals",
    ", supporting the clinic's patient safety goals",
    ", which will help customers find answers faster",
    ", helping the finance team close the books faster",
    " so our volunteers can spend more time with clients",
    " to enable the support team to answer tickets faster",
    " to give managers better data for staffing decisions",
    " to make it easier for patients to book appointments",
    " in service of our zero-waste commitment",
    ", a key priority for the board",
    " as a step toward the city's net-zero commitment",
    " as required by the state accreditation standards",
    ", contributing to higher student retention",
    " to better serve our rural patients",
    " to meet the needs of our growing customer base",
    " to keep our customers safe",
    " to ensure patients receive timely care",
    " to lower costs for our members",
    " so we can meet the new state reporting requirement",
    " in response to feedback from our users",
    " to address staff concerns raised in the engagement survey",
)
# A second sentence saying what the goal is for.
PURPOSE_SENTENCES = (
    " This supports the department's student retention goal.",
    " This will help our customers get answers faster.",
    " It is part of the hospital's patient safety initiative.",
    " This contributes to the company's growth strategy.",
    " Doing so will cut the time nurses spend on paperwork.",
    " It serves the team's objective of faster releases.",
)
PURPOSE_HEADS = (
    "To support the department's retention objective, ",
    "As part of the city's digital strategy, ",
    "In support of our strategic plan, ",
    "In line with the library's literacy priority, ",
    "To help our customers resolve issues faster, ",
    "So that students can graduate on time, ",
    "To reduce patient wait times, ",
    "Aligned with the company's growth objectives, ",
    "In order to strengthen donor trust, ",
    "To better serve our rural patients, ",
    "As a step toward the city's net-zero commitment, ",
    "Supporting the clinic's patient safety goals, ",
    "Because late reports delay the board's funding decisions, ",
)
HEADER_LINES = (
    "Objective: Make onboarding effortless for new customers.\nKR: ",
    "Objective: Build for long-term revenue growth. KR: ",
    "Goal 2: Strengthen community partnerships.\n",
    "Strategic priority: Student success.\n",
    "O1: Become the most trusted payroll provider in the region.\n- ",
    "Theme 3: A safer city for everyone.\n",
)
# No purpose: a means, a beneficiary alone, a quality of the deliverable, a place.
NON_PURPOSE_TAILS = (
    " by using the new project dashboard",
    " through weekly check-ins with the team",
    " for all developers",
    " for our most vulnerable community members",
    " so that it is clear and easy to follow",
    " at the downtown office",
    " with the help of an outside consultant",
    " using the existing budget",
    " for new hires",
    " with the marketing team",
    " to all staff",
    " to the board",
    " in the main conference room",
    " as discussed at the last staff meeting",
    ", a task for the new coordinator",
    ", one of the five pilots this year",
    " in response to each customer request",
    " to staff and managers",
    ", which takes about two weeks",
    " with input from nurses and physicians",
)
# A beneficiary alone, "for" or "on behalf of" the people served, says for whom, not why (labelled not relevant in
# rounds one and two: "for our most vulnerable community members", "for all developers").
BENEFICIARY_TAILS = (
    " for our patients",
    " for the finance team",
    " for customers in the region",
    " for every new employee",
    " on behalf of our members",
    " on behalf of the clinic's patients",
    " for the sales team and its managers",
)
# OKR form: an objective line over several key results gives each of them its relevance.
OKR_OBJECTIVES = (
    "Objective: Deliver a first-class experience to every new customer.",
    "O2: Make our city the safest place to grow up.",
    "OBJECTIVE: Build for long-term revenue growth.",
)
# A second sentence that is more of the goal's own work or its schedule, no purpose.
NON_PURPOSE_SENTENCES = (
    " This includes the appendix and the glossary.",
    " This will take about two weeks.",
    " It will be reviewed by the board.",
    " The work starts after the audit.",
    " Staff and managers will be consulted.",
)

# R, alignment named as a noun phrase (round 14): the aim the goal keeps to, is part of, or is demanded by.
ALIGNMENT_TAILS = (
    " in keeping with our digital strategy",
    " in accordance with the board's risk management plan",
    ", as outlined in our three-year fundraising plan",
    ", as set out in the county's housing strategy",
    ", as called for in the unit's quality improvement plan",
    ", as the accreditation requirements demand",
    ", as our strategic plan requires",
    ", a key part of our patient flow initiative",
    ", an essential step toward the district's literacy goals",
    ", one component of the hospital's safety strategy",
    "; it is a priority for our unit this year",
    "; this is one of the department's top priorities",
)
# The people served as the subject of what changes for them, in the sentence or clause after the goal.
BENEFICIARY_RESULTS = (
    ". Patients will get home sooner.",
    "; customers will spend less time on hold.",
    ". Our nurses will spend less time on paperwork.",
    ". Residents will be able to renew permits online.",
    ", and students will no longer wait weeks for transcripts.",
    ". New hires will become productive faster.",
    ". Members can then find answers more easily.",
)
# No alignment: the same frames around something that is no aim, and the goal's work done to people.
NON_ALIGNMENT_TAILS = (
    " in keeping with the style guide",
    " in accordance with the vendor's installation manual",
    ", as outlined in the email",
    ", as the dean asked",
    ", a key part of the new building",
    "; it is a big job",
    "; this is my second attempt",
    ". Patients will be asked for feedback.",
    ". Staff will be trained in two groups.",
    ". Customers will receive the survey by email.",
    "; the managers will review the draft.",
)
# M, a verifiable end state without a number (round 14): a credential attained, compliance, none left, a scale level.
END_STATES = (
    "Achieve PMP certification", "Earn the Certified Nurse Educator credential", "Obtain full accreditation from the state board",
    "Get the lab accredited by the College of American Pathologists", "Become board certified in family medicine",
    "Bring all three clinics into compliance with the new HIPAA rules", "Bring the warehouse up to the current fire code",
    "Reduce the backlog of unpaid claims to none", "Eliminate the backlog of unprocessed invoices",
    "Eliminate our paper timesheets", "Move our customer rating from \"fair\" to \"good\"",
    "Be rated \"proficient\" or above on every competency", "Achieve a rating of \"exceeds expectations\" on my annual review",
    "Become fully compliant with the state's reporting rules", "Secure Magnet designation for the hospital",
)
# The same frames with no state that says when they are done.
NON_END_STATES = (
    "Work toward PMP certification", "Learn more about the accreditation process", "Explore certification options",
    "Improve our customer rating", "Eliminate the waste in our intake process", "Eliminate silos between departments",
    "Think about compliance with the new HIPAA rules", "Support the clinics with the new HIPAA rules",
    "Get better at fire safety", "Be a good role model for the new nurses",
)
# A number that names a thing or counts the known set an effort reaches is no target; a count of what is done is.
EFFORT_ON_SETS = (
    "Support the 3 regional offices with their reporting", "Help our 40 volunteers feel more valued",
    "Improve the quality of our Tier 1 support", "Strengthen relationships with our 3 key partners",
    "Work on communication with the 12 members of my team", "Improve morale across our 5 stores",
    "Help the 2 new supervisors settle in", "Support Phase 2 of the records project", "Engage our 200 donors more",
    "Improve the v3 onboarding flow",
)
# The size of the group a goal is set in is no target; the size of a group the goal builds is.
GROUP_SIZES = (
    "Improve morale in a department of 25 people", "Lead my team of 8 engineers more effectively",
    "Support a caseload of 30 clients with better follow-up", "Strengthen teamwork in a unit of 50 nurses",
    "Improve handoffs between the 2 shifts", "Communicate better with a staff of 40",
)
GROUPS_BUILT = (
    "Build a pool of 20 substitute teachers", "Recruit a panel of 5 reviewers", "Create a network of 10 peer mentors",
)
# A reason or alignment line after the goal (a SMART template's "Why:"/"Relevant:" field), or an aim in brackets.
REASON_LINES = ("\nWhy: staff lose an hour a day to manual steps.", " Rationale: the vendor ends support in July.",
                " Alignment: department objective 3.", "\nLinked to: IT strategic priority 2.",
                " Relevant: supports the paperless initiative.")
BRACKETED_AIMS = (" (supports Goal 2.1)", " (aligned to Pillar 2)", " (part of our Q3 OKR)")
NON_REASON_LINES = ("\nWhy: n/a", " Owner: IT team.", " Notes: two are in storage.")
NON_BRACKETED = (" (see attached list)", " (two sites)")
COUNTED_WORK = (
    "Visit 3 regional offices", "Recruit 40 new volunteers", "Hire 2 new supervisors", "Train 12 members of my team",
    "Open 5 new stores", "Run 4 workshops for our donors", "Publish 6 articles on the intranet",
    "Interview 20 customers about the v3 onboarding flow", "Resolve 200 tickets from Tier 1 support",
    "Hold 2 town halls with our 200 donors",
)

DIRECTIONS = {"reduce": "reduction", "decrease": "decrease", "increase": "increase", "lower": "reduction",
              "cut": "cut", "raise": "increase", "grow": "increase", "improve": "improvement", "boost": "increase"}
_DIRECTION_BY = re.compile(
    r"^(?P<verb>Reduce|Decrease|Increase|Lower|Cut|Raise|Grow|Improve|Boost)\s+(?P<object>[^,;:]{3,80}?)\s+by\s+"
    r"(?P<amount>(?:at\s+least\s+|an\s+average\s+of\s+)?\d[\d,.]*\s?(?:%|percent|percentage\s+points)?)"
    r"(?P<rest>(?:\s.*)?\.?)$")

DELIVERABLES = (
    "Publish the onboarding guide", "Launch the new intranet site", "Submit the grant report to the board",
    "Roll out the new expense policy to all managers", "Complete the fire-safety audit of the warehouse",
    "Migrate the payroll system to the cloud", "Deliver the 2027 budget proposal to council",
    "Write and distribute the volunteer handbook", "Install badge readers at both entrances",
    "Finish the accessibility review of the student portal",
)
DATES = ("by 8/1", "by March 31", "before the end of Q3", "by the end of the year", "within six months")

# S, the shared definition: which deliverable or result, for or by whom. An artefact kind alone ("Build a
# dashboard") is any one; a phrase after it that says for whom or what it does names one; a compound whose head is
# a word also used as an adjective ("a job fair") is still a thing; an area or an effort is no result.
S_VERBS = ("Build", "Create", "Develop", "Design", "Write")
S_ARTEFACTS = ("a dashboard", "a checklist", "a mentoring programme", "a training course", "a handbook", "a tool",
               "a workshop", "a newsletter")
S_FOR_WHOM = (" for new nurses", " for the finance team", " for new managers", " for night-shift staff",
              " for our volunteers", " for first-year students")
S_FUNCTION = (" that lists open tickets by team", " that tracks overtime for each unit",
              " which shows each ward's bed count", " that flags late invoices", " that explains the leave policy")
S_NON_IDENTIFYING = (" that customers love", " that is better", " that helps", " that everyone enjoys")
S_COMPOUNDS = ("Organize a job fair", "Host a science fair", "Hold a career fair at the library", "Run a book fair",
               "Plan the annual craft fair", "Install a wall safe in the pharmacy")
S_AREAS = ("communication", "the team", "processes", "quality", "team projects", "our culture", "collaboration",
           "my leadership skills")
S_AREA_VERBS = ("Work on", "Support", "Improve", "Focus on", "Help with", "Contribute to", "Strengthen")


def main(verbose: bool = False) -> None:
    rules = load_rules()

    def verdict(text: str) -> dict[str, bool]:
        c = check_goal(text, today=REFERENCE_DATE, rules=rules).criteria
        return {"S": c.specific.met, "M": c.measurable.met, "R": c.relevant.met, "T": c.time_bound.met}

    items = [item for d in ROUNDS for item in tuning_items(Path("evals") / d / "goals.jsonl")]
    ones = [i for i in items if not re.search(r"[.!?]\s|[:;\n]", i["text"].strip())]

    def report(name: str, cases: list[tuple[str, str]], want: Callable[[dict[str, bool]], bool]) -> float:
        bad = [(orig, new) for orig, new in cases if not want(verdict(new))]
        rate = 1 - len(bad) / len(cases) if cases else 1.0
        print(f"{name:58} {len(cases) - len(bad):4}/{len(cases):<4} {rate:.3f}")
        if verbose:
            for _, new in bad[:8]:
                print("      ", new.replace("\n", " | ")[:150])
        return rate

    def body(text: str) -> str:
        return text.strip().rstrip(".")

    def lower_first(text: str) -> str:
        return text[0].lower() + text[1:] if text[:2] != text[:2].upper() else text

    # R: not-relevant goals (label and analyzer agree) gain a purpose
    base_r = [i["text"] for i in ones if not i["labels"]["relevant"] and not verdict(i["text"])["R"]]
    print(f"one-sentence not-relevant tuning goals: {len(base_r)}")
    report("R  purpose tail -> relevant", [(t, body(t) + tail + ".") for t in base_r for tail in PURPOSE_TAILS],
           lambda v: v["R"])
    report("R  purpose head -> relevant", [(t, head + lower_first(body(t)) + ".") for t in base_r for head in PURPOSE_HEADS],
           lambda v: v["R"])
    report("R  purpose sentence after -> relevant",
           [(t, body(t) + "." + tail) for t in base_r for tail in PURPOSE_SENTENCES], lambda v: v["R"])
    report("R  objective/plan line above -> relevant", [(t, head + t) for t in base_r for head in HEADER_LINES],
           lambda v: v["R"])
    report("R  non-purpose tail -> still not relevant",
           [(t, body(t) + tail + ".") for t in base_r for tail in NON_PURPOSE_TAILS], lambda v: not v["R"])
    report("R  beneficiary alone ('for', 'on behalf of') -> still not relevant",
           [(t, body(t) + tail + ".") for t in base_r for tail in BENEFICIARY_TAILS], lambda v: not v["R"])
    # an OKR objective above two key results (each tuning goal with the next one as its sibling); a key result
    # alone under its label is relevant only with its own purpose clause (dev guide)
    siblings = list(zip(base_r, base_r[1:] + base_r[:1], strict=True))
    report("R  OKR objective above key results -> relevant",
           [(t, f"{o}\nKR1: {t}\nKR2: {u}") for t, u in siblings for o in OKR_OBJECTIVES], lambda v: v["R"])
    okr_forms = ("{o}\n- {t}\n- {u}", "{o}\nKey results:\n1. {t}\n2. {u}", "{o} Key results: (1) {t} (2) {u}",
                 "{h}\nKey Results:\n* {t}\n* {u}", "{h}\nKey results\n- {t}\n- {u}", "{h} Key results: {t} {u}")
    # (a headline over a plain numbered list is left out: with no key-results label it may as well be a list of goals)
    report("R  OKR objective above key results, other layouts -> relevant",
           [(t, form.format(o=o, h=o.split(": ", 1)[1], t=t, u=u)) for t, u in siblings for o in OKR_OBJECTIVES
            for form in okr_forms], lambda v: v["R"])
    report("R  key result alone under its label -> still not relevant",
           [(t, f"{label} {t}") for t in base_r for label in ("KR1:", "Key result 2:", "KR:")], lambda v: not v["R"])
    # a heading that restates the goal is its name (dev5 guide), and a bare category label gives no purpose either
    def title(text: str) -> str:
        return " ".join(w.capitalize() for w in text.split()[:3]).rstrip(".,")

    report("R  restating heading / bare label -> still not relevant",
           [(t, title(t) + ": " + t) for t in base_r if re.match(r"[A-Z][a-z]+ ", t)]
           + [(t, label + t) for t in base_r for label in ("Patient Care: ", "Metrics: ", "Objective: ")],
           lambda v: not v["R"])
    report("R  non-purpose sentence after -> still not relevant",
           [(t, body(t) + "." + tail) for t in base_r for tail in NON_PURPOSE_SENTENCES], lambda v: not v["R"])
    report("R  alignment named as a noun phrase -> relevant",
           [(t, body(t) + tail + ("" if tail.endswith(".") else ".")) for t in base_r for tail in ALIGNMENT_TAILS],
           lambda v: v["R"])
    report("R  people served as subject of a change -> relevant",
           [(t, body(t) + tail) for t in base_r for tail in BENEFICIARY_RESULTS], lambda v: v["R"])
    report("R  same frames, no aim / work done to people -> still not relevant",
           [(t, body(t) + tail + ("" if tail.endswith(".") else ".")) for t in base_r for tail in NON_ALIGNMENT_TAILS],
           lambda v: not v["R"])
    report("R  reason/alignment line after the goal, aim in brackets -> relevant",
           [(t, t.strip() + line) for t in base_r for line in REASON_LINES]
           + [(t, body(t) + b + ".") for t in base_r for b in BRACKETED_AIMS], lambda v: v["R"])
    report("R  other line / bracket after the goal -> still not relevant",
           [(t, t.strip() + line) for t in base_r for line in NON_REASON_LINES]
           + [(t, body(t) + b + ".") for t in base_r for b in NON_BRACKETED], lambda v: not v["R"])
    # R: a purpose moved from the end to the front keeps relevance
    moved = []
    for i in items:
        m = re.match(r"^(?P<goal>[A-Z][^.;:]{10,200}?)\s(?P<purpose>(?:in order )?to (?:improve|reduce|increase|enhance|"
                     r"support|help|ensure|drive|address|aid|engage|strengthen|show|limit)\b[^.;:]{5,200})\.?$",
                     i["text"].strip())
        if m and i["labels"]["relevant"]:
            p = m["purpose"]
            moved.append((i["text"], p[0].upper() + p[1:] + ", " + lower_first(m["goal"]) + "."))
    report("R  purpose moved to the front -> still relevant", moved, lambda v: v["R"])

    # M/S: a change as a verb or as a noun phrase
    verb_form, noun_form, dropped = [], [], []
    for i in items:
        m = _DIRECTION_BY.match(i["text"].strip())
        if not m or not (i["labels"]["specific"] and i["labels"]["measurable"]):
            continue
        noun = DIRECTIONS[m["verb"].lower()]
        amount = m["amount"].strip()
        article = "an" if amount[0] in "8" or amount.startswith("11") or amount.startswith("18") else "a"
        rest = m["rest"].rstrip(".")
        obj = m["object"]
        obj = obj[4:] if obj.lower().startswith("the ") else obj
        verb_form.append((i["text"], i["text"]))
        noun_form.append((i["text"], f"Achieve {article} {amount} {noun} in {obj}{rest}."))
        noun_form.append((i["text"], f"Deliver {article} {amount} {noun} in {obj}{rest}."))
        if not re.search(r"\bfrom\b", obj + rest):  # a baseline names the metric's level: any change counts (dev4 guide)
            dropped.append((i["text"], f"{m['verb']} {m['object']}{rest}."))
    report("M  change as a verb (as labelled) -> measurable", verb_form, lambda v: v["M"])
    report("M  change as a noun phrase -> measurable", noun_form, lambda v: v["M"])
    report("S  change as a noun phrase -> specific", noun_form, lambda v: v["S"])
    report("M  amount dropped -> not measurable", dropped, lambda v: not v["M"])
    report("S  amount dropped -> not specific", dropped, lambda v: not v["S"])
    # M/S: a named deliverable is done or not done, dated or not, date before or after
    dated = [(d, f"{d} {w}.") for d in DELIVERABLES for w in DATES]
    fronted = [(d, f"{w[0].upper() + w[1:]}, {lower_first(d)}.") for d in DELIVERABLES for w in DATES]
    # the same change with a subject, as an outcome, or as a verbless key result; and each with its amount dropped
    framed, framed_dropped = [], []
    for i in items:
        m = _DIRECTION_BY.match(i["text"].strip())
        if not m or not (i["labels"]["specific"] and i["labels"]["measurable"]):
            continue
        verb, obj, amount, rest = m["verb"].lower(), m["object"], m["amount"].strip(), m["rest"].rstrip(".")
        noun = DIRECTIONS[verb]
        article = "an" if amount[0] == "8" or amount.startswith(("11", "18")) else "a"
        past = verb + ("d" if verb.endswith("e") else "ed") if verb not in ("cut", "grow") else {"cut": "cut", "grow": "grown"}[verb]
        subject = obj[0].upper() + obj[1:]
        for form, bare in (
                (f"I will {verb} {obj} by {amount}{rest}.", f"I will {verb} {obj}{rest}."),
                (f"We will {verb} {obj} by {amount}{rest}.", f"We will {verb} {obj}{rest}."),
                (f"Our goal is to {verb} {obj} by {amount}{rest}.", f"Our goal is to {verb} {obj}{rest}."),
                (f"{subject} will be {past} by {amount}{rest}.", f"{subject} will be {past}{rest}."),
                (f"{article.capitalize()} {amount} {noun} in {obj}{rest}.", f"{'An' if noun[0] in 'aeiou' else 'A'} {noun} in {obj}{rest}."),
        ):
            framed.append((i["text"], form))
            if not re.search(r"\bfrom\b", obj + rest):
                framed_dropped.append((i["text"], bare))
    report("M  change framed (subject, outcome, verbless) -> measurable", framed, lambda v: v["M"])
    report("S  change framed (subject, outcome, verbless) -> specific", framed, lambda v: v["S"])
    report("M  framed change, amount dropped -> not measurable", framed_dropped, lambda v: not v["M"])
    report("S  framed change, amount dropped -> not specific", framed_dropped, lambda v: not v["S"])
    # a vague direction on a broad object (labelled neither S nor M) gains an amount: both
    vague = [i["text"] for i in ones if not i["labels"]["specific"] and not i["labels"]["measurable"]
             and re.match(r"(?:Improve|Increase|Reduce|Grow|Decrease|Boost|Raise|Lower)\s", i["text"])]
    amounts = (" by 15%", " by 20 percent", " from 60% to 75%", " by five percentage points")
    amounted = [(t, body(t) + a + ".") for t in vague for a in amounts]
    report("M  vague direction + amount -> measurable", amounted, lambda v: v["M"])
    report("S  vague direction + amount -> specific", amounted, lambda v: v["S"])
    report("M  deliverable with a date -> measurable", dated, lambda v: v["M"])
    report("M  deliverable, date first -> measurable", fronted, lambda v: v["M"])
    report("S  deliverable with a date -> specific", dated + fronted, lambda v: v["S"])
    report("M  deliverable, no date -> measurable", [(d, d + ".") for d in DELIVERABLES], lambda v: v["M"])
    # M: a verifiable end state without a number, with or without a date; the same frames with no end state
    report("M  end state without a number -> measurable",
           [(g, f"{g}{w}.") for g in END_STATES for w in ("", " by June 30", " this year")], lambda v: v["M"])
    report("M  no end state (effort, area, abstract) -> not measurable",
           [(g, f"{g}{w}.") for g in NON_END_STATES for w in ("", " by June 30")], lambda v: not v["M"])
    report("M  number naming a thing / counting the set an effort reaches -> not measurable",
           [(g, g + ".") for g in EFFORT_ON_SETS], lambda v: not v["M"])
    report("M  count of the work done -> measurable", [(g, g + ".") for g in COUNTED_WORK], lambda v: v["M"])
    report("M  size of the group the goal is set in -> not measurable", [(g, g + ".") for g in GROUP_SIZES],
           lambda v: not v["M"])
    report("M  size of a group the goal builds -> measurable", [(g, g + ".") for g in GROUPS_BUILT], lambda v: v["M"])
    # S: which deliverable, for or by whom (constructed; no tuning goal is read)
    report("S  artefact + for whom -> specific",
           [(a, f"{v} {a}{w}.") for v in S_VERBS for a in S_ARTEFACTS for w in S_FOR_WHOM], lambda v: v["S"])
    report("S  artefact + what it does (relative) -> specific",
           [(a, f"{v} {a}{w}.") for v in S_VERBS for a in S_ARTEFACTS for w in S_FUNCTION], lambda v: v["S"])
    report("S  artefact alone -> still not specific",
           [(a, f"{v} {a}.") for v in S_VERBS for a in S_ARTEFACTS],
           lambda v: not v["S"])
    report("S  artefact + how others feel/a state -> still not specific",
           [(a, f"{v} {a}{w}.") for v in S_VERBS for a in S_ARTEFACTS for w in S_NON_IDENTIFYING],
           lambda v: not v["S"])
    report("S  compound named thing ('a job fair') -> specific", [(c, c + ".") for c in S_COMPOUNDS],
           lambda v: v["S"])
    report("S  area / effort ('Work on communication') -> not specific",
           [(a, f"{v} {a}.") for v in S_AREA_VERBS for a in S_AREAS], lambda v: not v["S"])
    report("S  list of concrete actions -> specific",
           [(d, f"{d}, {lower_first(e)} and {lower_first(f)}.") for d, e, f in
            zip(DELIVERABLES, DELIVERABLES[1:] + DELIVERABLES[:1], DELIVERABLES[2:] + DELIVERABLES[:2], strict=True)],
           lambda v: v["S"])


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
