"""Round 18 fresh probe (bias16): bias precision, second pass, and family-status recall.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round18_probe.py [-v]

Three classes; each has texts that must stay clean for the class's rules (CLEAN) and texts that must
be flagged (JUDGED). Each text names its source: an outside page (adapted: names changed, shortened,
reworded) or "written" (written for this probe in the genre). None is from evals/.

As measured (flagged/total), before -> after: own_family_clean 4/16 -> 0/16, own_family_judged 8/9 -> 9/9
(five stance-verb texts added after the fix, two of which caught a first version); fit_judged 10/12 -> 12/12, fit_clean 1/6 -> 1/6 (the venue 'not
suitable for children': an audience, left); occasion_clean 12/12 -> 0/12, occasion_judged 8/8 -> 8/8;
event_clean 9/10 -> 1/10 ('Losing a parent is ...': a person noun inside the gerund subject, left),
event_judged 6/6 -> 6/6; old_enough_clean 8/8 -> 0/8, old_enough_judged 3/4 -> 3/4 ('getting old', never
flagged); kin_clean 7/8 -> 1/8 ('When my father had his stroke': 'his' is nearer, left), kin_judged 5/5 -> 5/5;
self_clean 8/8 -> 0/8, self_judged 5/5 -> 5/5; retirement_clean 3/6 -> 0/6, retirement_judged 3/3 -> 3/3; group_clean 3/8 -> 0/8, group_judged 3/3 -> 3/3.

OWN_FAMILY: the writer's own family or the writer's own charges named inside the matched phrase
("my kids", "our kids" = a teacher's or nurse's pupils and patients). It is never the judged person's
family. JUDGED keeps the judged person's kids in a judgement flagged.

FIT: a family mention given as the grounds of a negated suitability predicate ("not the right person",
"isn't ready for", "no longer suited to", "unsuitable") is a judgement of the person by family status.
CLEAN: the same predicates with family beside them but not as their grounds.

OCCASION: an emotion word naming a passing state at an occasion of recognition or farewell ("was
emotional as she accepted the award", "got emotional at his retirement lunch") is a moment, not a trait
judgement. JUDGED: the same word of a reaction at work, a habit, or a degree ("gets emotional whenever",
"too emotional at the review").

EVENT: an emotion word said of an event or change opening the sentence ("Parting is always emotional").
OLD_ENOUGH: "since she was old enough to have a job" is an age of eligibility, not a label.
RETIREMENT_EVENT: "his retirement dinner" names an event, not the person's age.
GROUP: "mentors the older apprentices": the age word names a group the person serves, not the person.
KIN: the writer's own relative's illness ("My mother has dementia, and Carlos ...").

SELF: the writer's own faith practice in the first person ("I keep kosher", "When I leave for Friday
prayers, ...") is no judgement of anyone; someone else's ("I noticed Ana wears a hijab") still is.
"""

from __future__ import annotations

import sys

from assistant.analyzers.bias import check_bias

OWN_FAMILY_CLEAN: list[tuple[str, str]] = [
    ("https://www.merrittacademy.org style staff bio (written in the genre)",
     "I teach fourth grade at Lincoln Elementary. Our kids keep me coming back every September, and when I "
     "am not grading I am at the lake with my kids and my husband."),
    ("written: nurse spotlight", "As a nurse on the pediatric floor, I spend my shifts with our kids and "
     "their parents. At home I have two kids of my own, and Nurse Amy covers for me without fail."),
    ("written: parent's teacher nomination", "Mr. Ortiz taught my kids to love chemistry, and he stayed "
     "late every Thursday to run the robotics club. He is the best teacher our school has."),
    ("written: parent's coach nomination", "Coach Dana has worked with my kids for three seasons, and she has "
     "never missed a practice. She is patient, organised and fair."),
    ("written: teacher nomination", "I nominate Ms. Patel because she made my kids feel safe in her "
     "classroom, and their reading scores doubled this year."),
    ("written: shelter volunteer award", "Our kids at the shelter adore Raj. He reads to them every Friday "
     "afternoon and has never missed a week in four years."),
    ("written: thank-you letter", "When my kids were sick last winter, Nurse Amy called every evening to "
     "check on them. She is the most caring professional I have met."),
    ("written: customer letter", "My kids and I have been customers for years, and Jake at the counter "
     "always remembers our order. He is quick, friendly and reliable."),
    ("written: parent's thank-you", "Thanks to Mrs. Lee, my kids finally enjoy reading. She is a remarkable "
     "teacher and deserves the district award."),
    ("written: daycare review", "My two kids attend the daycare where Tina works, and she is the most "
     "patient caregiver we have met."),
    ("written: youth worker bio", "I have run the youth centre's evening programme since 2015. It is our kids "
     "who make the job worth doing, even on the hard days when they test every rule we have."),
    ("written: counsellor's own bio", "The best part of my job is seeing one of my kids stand up for a "
     "classmate. Outside school I coach my kids' soccer team and bake far too much bread."),
    ("written: school counsellor bio", "On the hard days we need to remember that our kids are carrying more "
     "than we can see, and Ms. Grant never forgets it."),
    ("written: nurse's nomination of a colleague", "I worry most about my kids on the ward when the night "
     "staff are short, and Nurse Joy never lets one of them feel alone."),
    ("written: parent's thank-you", "Honestly, my kids would be lost without Mr. Reyes and his after-school "
     "tutoring."),
    ("written: teacher nomination", "Our kids struggled with fractions until Ms. Grant rebuilt the unit around "
     "cooking, and now they ask for more."),
]

OWN_FAMILY_JUDGED: list[tuple[str, str]] = [
    ("written", "With two kids at home, she can't give the role the hours it needs."),
    ("written", "Her kids come first, so she is not the right choice for the weekend rota."),
    ("written", "Since his kids started school he has been leaving early and missing stand-ups."),
    ("written", "Dana has young kids, so I doubt she will want the travel-heavy account."),
    # the writer as the subject of a stance verb, the family the reviewed person's
    ("written", "I understand travel is hard with two kids at home, but you need to be at the client site."),
    ("written", "I know the late releases are tough with a newborn at home, but you missed three of them."),
    ("written", "I realise your mother's dialysis schedule is hard on you, but the audits cannot slip."),
    ("written", "I doubt that with her kids she can travel."),
    ("written", "I worry that as a new mother she will struggle with the travel."),
]

FIT_JUDGED: list[tuple[str, str]] = [
    ("written", "With three young kids, Dana isn't the right fit for the Singapore posting."),
    ("written", "Since he became a father, Omar is no longer suited to the field sales role."),
    ("written", "Given her pregnancy, Maria is not ready to lead the launch."),
    ("written", "As a single dad, Tom is not cut out for the overnight shifts."),
    ("written", "Now that her husband has moved to Denver, Ana is not the best choice for the local account."),
    ("written", "Because she has a newborn, Keiko is not the ideal candidate for the promotion."),
    ("written", "His wife is expecting in May, so Raj isn't ready for the team lead role."),
    ("written", "With a toddler at home, she is not a good match for the travel-heavy project."),
    ("written", "Her children make her unsuitable for the field role."),
    ("written", "Because of her caring responsibilities, Grace is unsuited to the on-call rota."),
    ("written", "Since his divorce, Ben has not been the right person for the client-facing work."),
    ("written", "Because her husband works nights, Priya would not be the right pick for the early shift."),
]

FIT_CLEAN: list[tuple[str, str]] = [
    ("written", "Dana isn't ready to retire yet, and she spends her weekends with her grandchildren."),
    ("written", "Omar said he was not ready for the surprise party his kids threw for his 20th anniversary at "
     "the firm."),
    ("written", "The Lisbon office was not the right fit for the new product, so Ana and her husband moved "
     "back to Porto, where she now runs our sales team."),
    ("written", "Keiko is not the type to boast, but her daughter told us she built the whole dashboard herself."),
    ("written", "Ben was not the first choice for the role, and since he arrived he has doubled the pipeline; "
     "he and his wife still host the team barbecue every summer."),
    ("written", "The venue was not suitable for children, so Maria moved the family day to the park and "
     "everyone came."),
]

OCCASION_CLEAN: list[tuple[str, str]] = [
    ("https://eom.uis.edu/2008/08/alice-bettis-is-july-eom.html (adapted)",
     "Alice was emotional as she walked into the room where her co-workers had gathered to honour her as "
     "Employee of the Month."),
    ("http://mcclarkies.blogspot.com/2008/07/surprise-award.html (adapted)",
     "Nancy got emotional when the department presented her with the recognition award, and she gave the "
     "prize money to the Ronald McDonald House."),
    ("http://30somethingrevisited.blogspot.com/2008/01/and-oscar-goes-to.html (adapted)",
     "Dana became emotional as she received her five-year service award and told us how much she loves her job."),
    ("http://www.Writing.Com/main/books/entry_id/839906 (adapted)",
     "Walt was emotional at his retirement lunch as the dock crew stood up one by one to thank him."),
    ("written: retirement write-up", "Ken was emotional as he said goodbye to the team at his farewell party."),
    ("written: award write-up", "Sergeant Lee was visibly emotional as she accepted the Medal of Valor on "
     "behalf of her unit."),
    ("written: memorial", "Tom got emotional talking about his late mentor at the memorial service."),
    ("written: farewell note", "Priya was a little emotional at her farewell lunch, and so were we."),
    ("written: award write-up", "Coach Ruiz was emotional when his former players surprised him at the "
     "awards banquet."),
    ("written: graduation", "Ahmed was emotional during the graduation ceremony as his first cohort of "
     "apprentices crossed the stage."),
    ("written: tribute", "Grace became emotional as she thanked the volunteers at the tribute dinner held "
     "in her honour."),
    ("written: anniversary", "Maria was emotional when she was honoured for 25 years of service."),
]

OCCASION_JUDGED: list[tuple[str, str]] = [
    ("written", "Jenna was emotional when the client rejected her proposal."),
    ("written", "He got emotional during the budget review and walked out."),
    ("written", "Kim gets emotional whenever the award committee picks someone else."),
    ("written", "Priya was emotional at the quarterly review, and the VP noticed."),
    ("written", "She is emotional at every team celebration, which makes people uncomfortable."),
    ("written", "Don't be so emotional at the awards dinner next week."),
    ("written", "Mark was hysterical when the deploy failed on Friday."),
    ("written", "Lisa was too emotional at the award ceremony to give her speech."),
]

# SELF: the writer's own faith practice, stated in the first person (written in the genre of staff
# spotlights and "life at our company" pages).
SELF_CLEAN: list[tuple[str, str]] = [
    ("written: staff spotlight", "I keep kosher, and our team lunches always have an option for me."),
    ("written: staff spotlight", "I observe Ramadan, and Sam moved our standup so I could break my fast with "
     "my family."),
    ("written: thank-you note", "I go to mass on Sundays, so Dana kindly swapped the weekend rota with me."),
    ("written: staff spotlight", "I wear a hijab, and nobody on the team has ever made me feel different."),
    ("written: staff spotlight", "I observe the Sabbath, and my manager never schedules releases on Saturdays."),
    ("written: safety award nomination", "As a Sikh I wear a turban, and our safety lead found a helmet that "
     "fits it."),
    ("written: thank-you note", "I keep halal, and Priya always orders for me when she books the team dinner."),
    ("written: peer nomination", "When I leave for Friday prayers, Omar covers the phones without being asked."),
]

SELF_JUDGED: list[tuple[str, str]] = [
    ("written", "He keeps kosher, so he is hard to take to client dinners."),
    ("written", "She observes Ramadan and is slow in the afternoons."),
    ("written", "I noticed Ana wears a hijab, which might bother clients."),
    ("written", "I think he keeps kosher, so client dinners are hard."),
    ("written", "I think her hijab might bother clients."),
]

# EVENT: an emotion word said of an event or a change that opens the sentence ("Parting is always emotional");
# a sentence-opening common noun or gerund is no person (texts written in the genre of farewell notes, change
# announcements and thank-you letters). EVENT_JUDGED: first names that are also words keep their flag.
EVENT_CLEAN: list[tuple[str, str]] = [
    ("written: farewell note", "Parting is always emotional, and Rosa made it easier for all of us."),
    ("written: retirement note", "Leaving after twenty years is emotional, and Ken handled it with grace."),
    ("written: farewell note", "Goodbyes are always emotional, and this one more than most."),
    ("written: retirement note", "Retirement can be emotional, so we kept the party small, as Joan wanted."),
    ("written: change announcement", "Change is emotional, and Lena gave people time to ask questions."),
    ("written: manager nomination", "Layoffs are emotional, and Dana handled every conversation with care."),
    ("written: thank-you letter", "Moving house is stressful and emotional, and Tariq made our relocation "
     "painless."),
    ("written: hospice thank-you", "Losing a parent is emotional beyond words, and Nurse Kim sat with us every "
     "night."),
    ("written: change announcement", "Restructuring is emotional for everyone, and Ivan answered every question "
     "in person."),
    ("written: award write-up", "Winning was emotional for the whole crew, and Captain Ortiz thanked each of "
     "them by name."),
]

EVENT_JUDGED: list[tuple[str, str]] = [
    ("written", "Grace is emotional in every planning meeting."),
    ("written", "Joy was hysterical when the build broke."),
    ("written", "Hope gets emotional in one-on-ones."),
    ("written", "Rose is so dramatic about small changes."),
    ("written", "Faith is too emotional to run the client calls."),
    ("written", "Summer was irrational about the estimate."),
]

# OLD_ENOUGH: 'old enough to' is an age of eligibility in a story of someone's start ("since she was old
# enough to have a job"), not a label of the person as old (written in the genre of staff spotlights).
OLD_ENOUGH_CLEAN: list[tuple[str, str]] = [
    ("written: staff spotlight", "Lily started at the front desk as soon as she was old enough to have a job."),
    ("written: staff spotlight", "He has worked on the farm since he was old enough to drive a tractor."),
    ("written: staff spotlight", "Jo has been with us since she was old enough to hold a broom."),
    ("written: staff spotlight", "Marco has been fixing engines since he was old enough to reach the "
     "workbench."),
    ("written: retirement tribute", "Ann began volunteering at the library when she was old enough to carry "
     "a stack of books, and she retires as its director."),
    ("written: award citation", "As soon as he was old enough to enlist, Sam joined the reserves; today he "
     "leads our logistics team."),
    ("written: staff bio", "Priya has loved numbers since she was old enough to count the coins in her "
     "grandmother's shop."),
    ("written: staff spotlight", "When he was old enough to work, Kofi took a summer job on our loading dock; "
     "twenty years later he runs it."),
]

OLD_ENOUGH_JUDGED: list[tuple[str, str]] = [
    ("written", "She is too old for the night shift."),
    ("written", "The older analysts struggle with the new dashboards."),
    ("written", "He is older and slower on the floor."),
    ("written", "Ray is getting old, and it shows in his numbers."),
]

# KIN: the writer's own relative's illness in a thank-you letter or a patient's nomination ("My sister passed
# away from cancer ..., and Dr. Ng ..."); the relative is the writer's, not the judged person's (written in the
# genre of hospital and care-home thank-you letters). KIN_JUDGED: the judged person's relative stays flagged.
KIN_CLEAN: list[tuple[str, str]] = [
    ("written: patient's nomination", "My sister passed away from cancer six weeks before I started treatment, "
     "and Dr. Ng made sure I never felt alone."),
    ("written: thank-you letter", "When my father had his stroke, Nurse Bell explained every step to us."),
    ("written: care-home thank-you", "My mother has dementia, and Carlos at the day centre treats her with "
     "endless patience."),
    ("written: peer nomination", "My husband was diagnosed with cancer last spring, and Jess covered my shifts "
     "without being asked."),
    ("written: hospice thank-you", "Our son spent his last weeks in hospice, and Maria sat with him every "
     "night so we could sleep."),
    ("written: pharmacy thank-you", "My wife needs dialysis three times a week, and Tom at the pharmacy always "
     "has her prescriptions ready."),
    ("written: school thank-you", "After my daughter's surgery, Mr. Hale sent her schoolwork home every week "
     "and called to check on her."),
    ("written: nomination", "My grandmother has Alzheimer's, and Nadia on the night shift is the only one who "
     "can calm her."),
]

KIN_JUDGED: list[tuple[str, str]] = [
    ("written", "Her mother's dementia means she will miss the audits."),
    ("written", "My manager says her father's cancer will keep her out for months."),
    ("written", "Since her husband's stroke she has been distracted."),
    ("written", "With his wife in chemotherapy, he can't take the Denver account."),
    ("written", "I hear her mother's dementia is why she misses the audits."),
]

# RETIREMENT_EVENT: 'retirement' naming an event (a party, a lunch, a speech) in a tribute is no age judgement
# (written in the genre of retirement write-ups); retirement as a prediction or a yardstick stays flagged.
RETIREMENT_EVENT_CLEAN: list[tuple[str, str]] = [
    ("written: retirement write-up", "Walt was emotional at his retirement lunch as the dock crew stood up one by "
     "one to thank him."),
    ("written: retirement write-up", "At her retirement party, Joan's team gave her a quilt made from forty "
     "years of project T-shirts, and she was clearly moved."),
    ("written: retirement write-up", "In his retirement speech, Frank thanked the night crew first, which says "
     "everything about him."),
    ("written: retirement write-up", "More than two hundred people came to Rosa's retirement celebration, "
     "and she still knew every one of them by name."),
    ("written: retirement write-up", "We signed Dev's retirement card with our favourite memories, and there "
     "were far too many to fit."),
    ("written: retirement write-up", "His retirement dinner ran late because so many clients wanted to speak, "
     "and he listened to each of them."),
]

RETIREMENT_JUDGED: list[tuple[str, str]] = [
    ("written", "Pat is so close to retirement that I doubt he will learn the new system."),
    ("written", "She is just coasting toward retirement, so keep her off the new accounts."),
    ("written", "Since he is nearing retirement, he may not want the leadership track."),
]

# GROUP: an age adjective inside a definite plural group the person serves or trains ("mentors the older
# apprentices") names other people, not the person (written in the genre of staff spotlights).
GROUP_CLEAN: list[tuple[str, str]] = [
    ("written: staff spotlight", "Lena mentors the older apprentices as well as the new ones."),
    ("written: staff spotlight", "Sam trained the older drivers on the new tablets, one by one, until every "
     "route was live."),
    ("written: staff spotlight", "Nadia coaches the older players on the reserve team and keeps them fit."),
    ("written: staff spotlight", "He worked with the older residents on the memory project and recorded forty "
     "interviews."),
    ("written: staff spotlight", "Pia supports the elderly residents on the third floor with endless patience."),
    ("written: staff spotlight", "Omar tutors the older students in calculus after school."),
    ("written: staff spotlight", "She helps the older volunteers set up the tablets each Monday."),
    ("written: staff spotlight", "Rui teaches the older learners in our evening literacy class."),
]

GROUP_JUDGED: list[tuple[str, str]] = [
    ("written", "The older analysts struggle with the new dashboards."),
    ("written", "He is older and slower on the floor."),
    ("written", "Our older drivers resist every new tablet we hand them."),
]

GENDER_CODED = ("gender_coded",)


def _hit(text: str, categories: tuple[str, ...]) -> bool:
    return any(f.category in categories for f in check_bias(text).flags)


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    sets = {
        "own_family_clean": (OWN_FAMILY_CLEAN, ("family_status",)),
        "own_family_judged": (OWN_FAMILY_JUDGED, ("family_status",)),
        "fit_judged": (FIT_JUDGED, ("family_status",)),
        "fit_clean": (FIT_CLEAN, ("family_status",)),
        "occasion_clean": (OCCASION_CLEAN, GENDER_CODED),
        "occasion_judged": (OCCASION_JUDGED, GENDER_CODED),
        "event_clean": (EVENT_CLEAN, GENDER_CODED),
        "event_judged": (EVENT_JUDGED, GENDER_CODED),
        "old_enough_clean": (OLD_ENOUGH_CLEAN, ("age",)),
        "old_enough_judged": (OLD_ENOUGH_JUDGED, ("age",)),
        "retirement_clean": (RETIREMENT_EVENT_CLEAN, ("age",)),
        "retirement_judged": (RETIREMENT_JUDGED, ("age",)),
        "group_clean": (GROUP_CLEAN, ("age",)),
        "group_judged": (GROUP_JUDGED, ("age",)),
        "kin_clean": (KIN_CLEAN, ("family_status",)),
        "kin_judged": (KIN_JUDGED, ("family_status",)),
        "self_clean": (SELF_CLEAN, ("religion",)),
        "self_judged": (SELF_JUDGED, ("religion",)),
    }
    figures = {}
    for name, (items, categories) in sets.items():
        flagged = 0
        for _source, text in items:
            hit = _hit(text, categories)
            flagged += hit
            if verbose:
                flags = [(f.text, f.rule) for f in check_bias(text).flags]
                print(f"  {name:18} {'FLAG' if hit else 'ok  '} {text[:80]!r} {flags}")
        figures[name] = (flagged, len(items))
    return figures


if __name__ == "__main__":
    for name, (flagged, total) in run("-v" in sys.argv).items():
        print(f"{name:18} flagged {flagged}/{total}")
