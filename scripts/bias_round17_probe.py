"""Round 17 fresh probe (bias15): family mentioned in letters, citations, tributes and staff bios.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round17_probe.py [-v]

As measured (neutral flagged, judged flagged), before -> after: NEUTRAL/JUDGED 18/33, 10/12 -> 1/33, 12/12;
FRESH 12/16, 7/8 -> 1/16, 6/8; FRESH2 5/8, 8/12 -> 0/8, 9/12 (6/12 at its first run); age on a
parent 6/6, 4/4 -> 0/6, 4/4.

Class: a family_status rule firing on a neutral mention of the person's family (a biography, a tribute,
family at an award, a letter written about parenting itself), where the family is not used to judge or
predict the person's work, commitment or availability. NEUTRAL should get no family_status flag; JUDGED
(family brought in as a reason, a concession, a yardstick or a prediction about work, kindly meant or
not) should get one. None of the texts is from evals/. Each text names its source: an outside page
(adapted: names changed, shortened, reworded) or "written" (written for this probe in the genre).
"""

from __future__ import annotations

import sys
from collections import Counter

from assistant.analyzers.bias import check_bias, load_rules

NEUTRAL: list[tuple[str, str]] = [
    ("https://umchs.com/eom/february-2017/ (Employee of the Month write-up)",
     "Sandy supports us tirelessly, and then she cooks dinner for her parenting class and sends every family "
     "a reminder invite each week."),
    ("https://eom.uis.edu/2008/08/alice-bettis-is-july-eom.html (Employee of the Month)",
     "Alice accepted her award with her children and grandchildren by her side and tears in her eyes. "
     "\"None more deserving, hardworking, honest and loyal,\" said her supervisor."),
    ("https://eom.uis.edu/2007/11/ (Employee of the Month)",
     "Melanie Smith, employment services manager in Human Resources, was honored as Employee of the Month on "
     "Thursday. The moment was made even more special by the many family members on hand, and they presented "
     "her with a big bouquet of flowers."),
    ("http://ridgecrest.blogspot.com/2006/03/my-friend-joe.html (retirement tribute)",
     "Joe was my mentor when I first tried program management, and he taught me everything he could. He told "
     "his wife and coworkers that he did not want a party, so of course his wife planned a surprise dinner with "
     "his children and grandchildren."),
    ("https://communitynewspapers.com/pinecrest-tribune/ (police chief's retirement letter)",
     "Chief Ramos leaves a department at the top of its game, with two new lieutenants promoted under his "
     "succession plan. He and his wife Joan intend to travel to every national park in their new trailer."),
    ("http://delightinginhisrichness.blogspot.com/2008/05/no-ordinary-man.html (honored employee)",
     "Each year his role on campus has grown as he shoulders more responsibility, and he performs every duty "
     "placed before him with excellence. He is a caring husband and a committed father."),
    ("https://www.lettersofrecommendation.net/Adoption_Reference_Letter_Single_Mother.php (adoption reference)",
     "I have known Carla for three years; we work together at Maple Street Preschool. She has dreamed of being a "
     "mom for many years, and any child placed with her would be a fortunate child indeed."),
    ("https://faceitsalon.com/letter-template/sample-character-reference-letter-for-a-good-mother (custody letter)",
     "I have watched Jane raise her children with love, patience and unwavering commitment. Jane is an "
     "excellent mother, and I believe she would provide a safe and nurturing home for her children."),
    ("https://www.honored.org/nominees/teri-feezel/ (teacher nomination)",
     "Teri has moved her planning and grading into evenings and weekends to give parents plans two weeks ahead. "
     "Even with all of that, she noticed when my son was racing ahead and found new ways to challenge him."),
    ("http://oneshoeoffoneshoeon.blogspot.com/2011/05/teacher-of-year.html (teacher of the year)",
     "At the board meeting that night the teachers of the year were recognized again, and Ms. Hale stood with "
     "her husband and both of her children in the audience."),
    ("http://skyejazz.blogspot.com/2013/05/retirement-day.html (retirement)",
     "After thirty years with the company, Dennis retires this Friday. He and his wife Denise plan to spend the "
     "summer touring in their motor home."),
    ("https://oac.cdlib.org/view?doc.view=entire_text&docId=hb7t1nb4v2 (UC In Memoriam 1997)",
     "Professor Amyx was one of three sons of a nurseryman, and working with his father in the nurseries as a "
     "boy shaped his lifelong love of gardening. He became the leading specialist in Corinthian vase painting."),
    ("http://moatesgarage.blogspot.com/2004/10/tribute-to-my-dad.html (retirement reception)",
     "Big E said he had worked with Ron for years and that Ron's retirement made him think about their "
     "friendship. Ron's daughter said he has been a hero to all of the men who worked for him."),
    ("https://www.sausedo.net/sweet-dreams-of-delight/ (teacher's retirement)",
     "Mr. Sausedo is retiring from the district in June after a long career in the classroom, a decision he "
     "says he made together with his wife."),
    ("written: staff bio", "Priya joined the finance team in 2019 after eight years at a regional bank. She leads "
     "our month-end close and built the new forecasting model. Outside work she lives in Leeds with her husband "
     "and two daughters and coaches an under-10s netball team."),
    ("written: award citation", "The Dean's Award for Research Supervision goes to Dr. Amara Okafor, who has "
     "supervised eleven doctoral students to completion since 2018. A first-generation graduate and the "
     "daughter of a nurse, she founded the department's writing retreat."),
    ("written: recommendation letter", "Maria completed her master's in public health with distinction while "
     "raising two children and working part-time at the county clinic. Her thesis on vaccine uptake was adopted "
     "by the county health board."),
    ("written: retirement tribute", "After 34 years in the county records office, Frank retires at the end of "
     "June. He digitised every deed back to 1890. Frank says he will spend his first summer teaching his grandson "
     "to fish."),
    ("written: employee spotlight", "Meet Luis, our new warehouse shift lead. Luis started as a picker in 2016 "
     "and has cut dock-to-stock time by a third. He is a proud father of three and spends his weekends "
     "refereeing youth soccer."),
    ("written: reference letter", "I supervised Anna for four years on our paediatric unit, and she was calm "
     "under pressure. When she moved to Bristol with her husband last spring, we lost one of our best nurses."),
    ("written: volunteer nomination", "Kwame has run our Saturday food bank for six years, and his wife and son "
     "are often beside him unloading the van. Last winter he doubled the number of families we serve."),
    ("written: faculty bio", "Dr. Chen is a professor of chemical engineering and the author of two textbooks. "
     "She is married to the composer David Lind, and they have a teenage son."),
    ("written: farewell note", "Today we say goodbye to Sandra, who is leaving after nine years to join her "
     "family in Perth. Sandra built our onboarding programme from nothing, and we will miss her humour."),
    ("written: reference letter", "Tom took six months of parental leave after his daughter was born and came "
     "back to lead the billing migration, which shipped two weeks early."),
    ("written: memorial", "Geoff is survived by his wife of forty years, Margaret, and their two sons. At the "
     "plant he was the engineer everyone called when the line stopped."),
    ("written: citation", "Sergeant Alvarez receives the Medal of Merit for her actions on 14 March, when she "
     "pulled two children from a burning car on the ring road."),
    ("written: reference letter", "Ms. Duarte is the mother of one of my former students, and I have known her "
     "for six years as treasurer of our parent association. She kept immaculate accounts."),
    ("written: employee spotlight", "Jonas, our lead developer, rebuilt the checkout service last quarter. When "
     "he is not reviewing pull requests he is usually baking with his two kids or training for a marathon."),
    ("written: retirement tribute", "Helen joined the library as a part-time clerk when her youngest started "
     "school, and she retires as head of collections. Under her the catalogue went online."),
    ("written: recommendation letter", "His father is a machinist, and Daniel grew up in the family workshop in "
     "Dayton. In my lab he designed the test rig that three other groups now use."),
    ("written: community award", "Grace and her husband co-founded the community garden in 2015, and she has "
     "chaired its board ever since, raising $40,000 for the new greenhouse."),
    ("written: staff bio", "Before joining us, Omar spent a year at home with his newborn son and, before that, "
     "seven years as a data engineer at a logistics firm. He now leads our platform team."),
    ("written: retirement lunch", "Rosa's daughter Lucia read a poem at the retirement lunch, and the whole team "
     "stood when Rosa was given the key to the building she had managed for twenty-two years."),
]

JUDGED: list[tuple[str, str]] = [
    ("https://faceitsalon.com/letter-template/sample-character-reference-letter-for-a-good-mother (job letter)",
     "I have been impressed by Sarah's professionalism. As a mother of three, Sarah is also highly skilled at "
     "multitasking and managing her time."),
    ("https://morganntemplates.eaglemc.org/letter-of-charactor-reference-for-a-good-mother (job letter)",
     "I am confident that Jane would bring the same dedication to her work as she does to her role as a mother."),
    ("http://www.soshelli.com/blog/2011/9/25/an-unexpected-announcement.html (resignation announcement)",
     "She struggled to keep to her part-time schedule once the boys were out of school and her babysitter quit."),
    ("written", "Even with a new baby at home, Kenji never missed a sprint deadline this year."),
    ("written", "Since her twins arrived, Aisha has been less available for the evening releases, so we gave "
     "the on-call lead to Mark."),
    ("written", "As a single father, he may not be able to take on the overseas rotation."),
    ("written", "Despite being a mother of two, she finished the certification ahead of everyone else."),
    ("written", "He is newly married, so I doubt he will want the night shift."),
    ("written", "Her children are grown now, which means she can finally give the role the hours it needs."),
    ("written", "With three kids, she probably won't want to relocate for the regional role."),
    ("written", "She manages the care of her ailing mother remarkably well and still delivers on time."),
    ("written", "Now that his wife is pregnant, he will probably ask to skip the trade show in March."),
]

# Written after the method was fixed and measured once, never tuned on (sources as above).
FRESH_NEUTRAL: list[tuple[str, str]] = [
    ("https://bronwynleroux.com/history/ (author bio, third person)",
     "Bronwyn qualified as a chartered accountant, lectured for six years and kept the books for her husband's "
     "business between the births of their first two children."),
    ("https://eloisebahr.com/about (author bio, third person)",
     "When Eloise is not building spreadsheets for our audit team, you will often find her outside her "
     "Washington home looking at bugs and rocks with her son."),
    ("http://www.ashleyhegarty.com/about-1/ (photographer bio, third person)",
     "Ashley worked as a graphic designer for a large healthcare company before she left to stay home with her "
     "son, and she later started her own studio with her husband's encouragement."),
    ("https://lisasimonphotos.com/about (photographer bio, third person)",
     "As the daughter of two psychologists, Lisa studied psychology and worked as a research assistant before "
     "moving into project management."),
    ("https://lisasimonphotos.com/about (photographer bio, third person)",
     "She lives in Buffalo Grove with her husband of 15 years, Matthew, and their two children, Ashlyn and "
     "Caelan."),
    ("http://theneonlight.blogspot.com/p/about-us.html (about page, third person)",
     "Her mother stayed home for a few years to raise her older sister while her father worked as a teacher "
     "to support the family."),
    ("https://fullerstill.com/about-the-author/ (author bio, third person)",
     "Jan is married with two children and works part-time as a buyer for a small boutique, where she also "
     "designs the window displays."),
    ("written: online recommendation", "I managed Tomas for three years at Brightline, where he rebuilt our claims "
     "pipeline. Tomas recently relocated to Lisbon with his wife, and any team there would be lucky to have him."),
    ("written: scholarship letter", "Grace is the first in her family to attend university, and her mother, a "
     "hospital cleaner, came to every one of her debate tournaments."),
    ("written: tenure letter", "Professor Ito's monograph on tidal energy is the standard reference in the field. "
     "She and her husband, the architect Ken Ito, endowed the department's graduate travel fund in 2021."),
    ("written: nurse award", "Nominated by a patient's daughter, Sister Okoro was praised for staying late to "
     "explain a difficult discharge plan in plain words."),
    ("written: employee of the month", "Marcus, our March employee of the month, cut invoice errors by 40 percent. "
     "He and his partner welcomed a baby girl in February, and the whole team sends congratulations."),
    ("written: farewell note", "Dana leaves us after eleven years to follow her wife's posting to Singapore; she "
     "built our analytics practice from two people to twenty."),
    ("written: memorial", "Jim, who ran our print shop for 28 years, is survived by his husband, Carl, his "
     "daughter and three grandchildren."),
    ("written: reference letter", "I have known Samir since 2015, when his father, a long-time client, introduced "
     "us. Samir has since become one of the most reliable project managers I have worked with."),
    ("written: award citation", "The Volunteer Award goes to Hannah Price, who, with her two teenage sons, has run "
     "the riverside litter pick every month since 2019."),
]

FRESH_JUDGED: list[tuple[str, str]] = [
    ("written", "Because her husband travels for work, Leila is not the right person for the on-call rota."),
    ("written", "He has a toddler at home, so he will not want the Singapore posting."),
    ("written", "Since the divorce, Paul has been short with clients and late on every report."),
    ("written", "With a baby due in May, Rosa is unlikely to see the migration through."),
    ("written", "Even as a single mum of twins, she hit every target this quarter."),
    ("written", "His wife's illness means he is no longer reliable for weekend cover."),
    ("written", "She is the mother of three young boys, which explains why she leaves at four."),
    ("written", "I worry that her new marriage will take her focus off the product launch."),
]

# A third set, written after the second; its first run showed three judgement forms the method missed (a
# contrast after the mention, "which makes ...", "expecting her second child"), fixed in general terms.
FRESH2_NEUTRAL: list[tuple[str, str]] = [
    ("written: award story", "Her two daughters joined her on stage when she received the lifetime achievement "
     "award."),
    ("written: staff bio", "Outside of work, Ben is a devoted father of three and an avid cyclist."),
    ("written: recommendation letter", "She credits her father, a welder, with her interest in engineering, and "
     "her capstone robot won first prize."),
    ("written: faculty bio", "He met his wife while they were both graduate students in our lab."),
    ("written: reference letter", "Kim lives in Seattle with her partner and their son, and she is the best "
     "analyst I have managed."),
    ("written: alumni profile", "After her children left home, Rita went back to school and earned an MBA with "
     "distinction."),
    ("written: obituary", "Dr. Patel is survived by his wife, Anjali, and two sons, both physicians."),
    ("written: retirement story", "His son Leo, now a firefighter, spoke at the retirement dinner about his "
     "father's 35 years of service."),
]

FRESH2_JUDGED: list[tuple[str, str]] = [
    ("written", "Her kids always come first, and her work shows it."),
    ("written", "He is a great dad, but his mind is clearly elsewhere in meetings."),
    ("written", "Since the twins were born, Omar has been slower to respond to tickets."),
    ("written", "She has a young family, so she may not want the extra responsibility."),
    ("written", "Being a new father, he is understandably tired most mornings."),
    ("written", "Her husband's job keeps moving them, which makes her a flight risk."),
    ("written", "With her son's illness, I doubt she can commit to the project."),
    ("written", "Now that her children are in school, she is much more focused."),
    ("written", "He asks to leave early for his daughter's recitals, which is unprofessional."),
    ("written", "She is a mother first and an engineer second."),
    ("written", "Because he is a single parent, he cannot do the late shifts."),
    ("written", "I would not put her on the launch; she is expecting her second child in May."),
]


# A neighbouring class the lead's count on an unseen set pointed to (age.old_person): an age word on the
# person's parent in a letter or bio describes the relative, not the person judged (written after the fix
# of the family class; AGE_JUDGED must keep an age flag).
AGE_RELATIVE: list[tuple[str, str]] = [
    ("written", "Raj flew home twice this year to look after his aging father, and he never missed a client call."),
    ("written", "Between shifts, Maria visits her elderly dad at the care home down the road."),
    ("written", "He moved back to Ohio to be near his older mother and now leads our Columbus office."),
    ("written", "Outside work, Dana helps her elderly mom run the family bakery on Saturdays."),
    ("written", "Anna's aging mother lives with her, and Anna organises the hospice's volunteer rota."),
    ("written", "She cares for her elderly mother and still finds time to mentor every new hire."),
]
AGE_JUDGED: list[tuple[str, str]] = [
    ("written", "The older analysts struggle with the new dashboards."),
    ("written", "He is older and slower on the floor."),
    ("written", "She is elderly and can't keep up with the pace."),
    ("written", "He's an old man now and set in his ways."),
]


def age_run() -> tuple[int, int]:
    rules = load_rules()
    false = sum(any(f.category == "age" for f in check_bias(t, rules).flags) for _, t in AGE_RELATIVE)
    caught = sum(any(f.category == "age" for f in check_bias(t, rules).flags) for _, t in AGE_JUDGED)
    print(f"age: relative flagged (false) {false}/{len(AGE_RELATIVE)}   judged flagged {caught}/{len(AGE_JUDGED)}")
    return false, caught


def family_flags(text: str, rules) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text, rules).flags if f.category == "family_status"]


def run(neutral: list[tuple[str, str]] = NEUTRAL, judged: list[tuple[str, str]] = JUDGED, label: str = "",
        verbose: bool = False) -> tuple[int, int]:
    rules = load_rules()
    per_rule: Counter[str] = Counter()
    false = 0
    for source, text in neutral:
        found = family_flags(text, rules)
        false += bool(found)
        per_rule.update(rule for rule, _ in found)
        if verbose and found:
            print(f"FALSE {found}  [{source}]\n      {text}")
    caught = 0
    for source, text in judged:
        found = family_flags(text, rules)
        caught += bool(found)
        if verbose and not found:
            print(f"MISSED [{source}]\n      {text}")
    print(f"{label}neutral flagged (false) {false}/{len(neutral)}   judged flagged {caught}/{len(judged)}")
    print(f"{label}false flags by rule:", dict(sorted(per_rule.items())) or "none")
    return false, caught


if __name__ == "__main__":
    run(verbose="-v" in sys.argv)
    run(FRESH_NEUTRAL, FRESH_JUDGED, "fresh ", verbose="-v" in sys.argv)
    run(FRESH2_NEUTRAL, FRESH2_JUDGED, "fresh2 ", verbose="-v" in sys.argv)
    age_run()
