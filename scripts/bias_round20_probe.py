"""Round 20 fresh probe (bias18): innocent outside paragraphs about people and policies.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round20_probe.py [-v]

Every text is innocent: no one is judged by a protected characteristic, so every flag is a false flag.
The texts are paraphrases of public outside pages found with the `search` tool (corpus `pages`); each
carries its source URL. None is from evals/. Genres: policy and guidance pages on leave, religion,
disability and age; staff and nurse profiles; obituaries of professionals; award nominations and
reference letters; team news. The handbook pages of ../shared/corpora/handbooks/docs are run too
(``--handbooks``), as a second innocent set.

Classes fixed: (1) people spoken of only generically (bare plural or quantified workforce nouns, 'an
employee' with a modal, 'your employees', 'he or she'), and the reader 'you' of a document written as a
procedure: a characteristic there is a policy's topic; (2) a quotation that such a sentence gives as an
example of language ("remarks such as \"she is too old for this\"") is mentioned, not used; (3) handles
and inline code ("ping `@pto-ninja`") are identifiers; (4) a sentence about the writer's own relative, its
subject, with no one else in it ("My father passed away at 85 after living with dementia"). STEREOTYPES,
QUOTED_REMARKS, IDENTIFIER_JUDGED, KIN_JUDGED, YOU_REVIEWS and NARRATIVES must stay flagged. The last two
(second pass) guard class (1): the 'you' of a review is the person judged, not a procedure's reader, and
'a man who spent 20 years ...' told of in the past is someone in particular, not generic. (5) "boys"/"girls"
who are children in someone's charge (campers, a youth team, a troop, pupils; or led: "leads dozens of girls")
are no adults called girls; ADULTS (colleagues "in accounting", "on reception", also in a school) must stay
flagged; CHILDREN_CHECK was written after the change. (6) 'drop off'/'drop by' with an object or place
("a student and her mom dropping off boxes of donations") is delivering, not a decline: no judgement cue for
a relative named beside it (KIN_AGENTS: relatives acting beside someone, already unflagged but one; DROP_OFF
the class; KIN_AGENT_JUDGED must stay flagged). (7) a descriptive parent label ("single mom", "working mother",
"family man") is a mention: flagged in a sentence with a judgement, not in a story that judges no one; the
coined labels ("mommy track", "mom brain", "mompreneur") are a rule of their own, flagged wherever they
describe someone (PARENT_LABELS_JUDGED must stay flagged). POLICY_CHECK and KIN_CHECK were written
after the change they check was designed; QUOTED_EXAMPLES and IDENTIFIERS after a first version of theirs.

As measured (texts flagged / total; handbook_flags is flags / pages), main 5f3b002 -> bias18:
policy 11/19 -> 5/19, people 5/12 -> 5/12, obits 3/9 -> 2/9, letters 0/4 -> 0/4, policy_check 3/12 -> 3/12,
quoted_examples 5/8 -> 1/8, identifiers 6/10 -> 1/10, kin 7/10 -> 1/10, kin_check 3/8 -> 2/8;
judged: stereotypes 7/12 -> 7/12, quoted_remarks 5/6 -> 5/6, identifier_judged 3/3 -> 3/3, kin_judged 4/4 ->
4/4, you_reviews 10/10 -> 10/10 (112993c: 8/10), narratives 10/10 -> 10/10 (112993c: 5/10);
children 12/12 -> 1/12, children_check 8/8 -> 3/8, adults 6/6 -> 6/6;
kin_agents 1/10 -> 1/10, drop_off 5/6 -> 2/6, kin_agent_judged 4/4 -> 4/4;
parent_labels 8/8 -> 5/8 (one a 'girls' flag), parent_labels_judged 7/7 -> 7/7;
handbook_flags 24/28 -> 2/28 (left: 'mental/emotional energy', a title-case 'Paid Parental Leave' in a
sentence naming Docusign). Left out: kin words outside the kin vocabulary ('My aunt'), title-case names
('the Great Depression', 'the United Methodist Church'), a subject's own childhood ('as a child') and faith
in a profile, age-group nouns in guidance ('your older employees').
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.analyzers.bias import check_bias

U_SHRM = "https://www.shrm.org/topics-tools/tools/policies/religious-accommodations-policy-absences"
U_VDS = "https://viewpointdiversityscore.org/resources/workplace-resource-religious-accommodation-policy"
U_HCC = "http://www.hccmo.org/vision_post/4446/"
U_AVON = "https://avonlmc.co.uk/return-from-maternity-leave/"
U_YNY = "https://staging.ynygrowthhub.com/blog/article/returning-from-maternity-leave-top-tips-for-employers/"
U_NHS = "https://staff.nhslothian.scot/maternitysupport/returning-from-leave/"
U_BEN = "https://thebenefitsguide.com/maternity-leave-welcoming-employee-back/"
U_OMEGA = "http://www.omegacomp.com/products/accomodation-religion/"
U_MURRAY = "https://murray-lobb.com/handling-employee-requests-religious-accommodations/"
U_GLOW = "https://blogs.glowscotland.org.uk/er/cartmill/tag/baby-baby-girl/"
U_HELENA = "https://helenair.com/brenda-stephens-fort-harrison-va-medical-center/article_cd3c8ac8-e303-5799-9e62-2fc48fa86d53.html"
U_RICH = "https://richmond.com/exclusive/nurses/joni-wade---a-lifetime-of-miracles/article_4fa687e0-e9e6-11ed-b1ae-27ce7faec1ea.html"
U_RICH2 = "https://richmond.com/exclusive/nurses/carlise-talley-the-art-of-caring-for-patients-and-nurses/article_a44e0b0a-caf3-11ec-a5ea-5f7569aa6578.html"
U_HICK = "https://hickoryrecord.com/top-10-nurses-rebecca-smith/article_9df054d0-9c5e-11eb-b89f-7f2b1201c18d.html"
U_MED = "https://www.medstarwashington.org/our-hospital/historical-hospital-moments/50th-anniversary/50-years-in-story/nurses/joan-nurse-rn/"
U_MT = "https://mtstandard.com/exclusive/nurses/jill-murphy/article_9685d8ba-edc8-11ed-9419-a77cc6d725a8.html"
U_AACN = "https://aacnjournals.org/ccnonline/article-abstract/34/4/96/3409/I-Am-a-Critical-Care-Nurse"
U_OKL = "https://obits.oklahoman.com/obituaries/oklahoman/obituary.aspx?n=francis-engel&pid=195896932"
U_IBER = "https://www.iberkshires.com/obituaries/307/JohnChurch.html?all=1"
U_HUTCH = "http://www.hutchnews.com/f7813498-02d0-53d9-8846-a6619db2bc2f.html"
U_WILD = "http://wildbluesbysus.blogspot.com/2008/06/obituary.html"
U_HENDO = "https://outofthefryingpanhendo.blogspot.com/2015/04"
U_WHITE = "http://thewhitelaws.org/rlw-eulogy.html"
U_DIG = "https://dignitymemorial.com/en-ca/obituaries/tucson-az/ralph-stiles-11807261"
U_NERDY = "https://nerdyseal.com/community-spirit-creative-writing"
U_LETTER = "https://letterrsample.com/nominate-colleague-for-leadership-award-with"
U_MARCH8 = "https://march8.com/articles/how-can-businesses-welcome-mums-back-after-maternity-leave"
U_EMPIRE = "https://empiregroup.careers/keeping-your-staff-happy/welcome-women-back-from-maternity-leave"

POLICY: list[tuple[str, str]] = [
    (U_SHRM, "An employee may take time off to observe a religious holiday, provided that work schedules "
     "can be arranged without undue hardship to the business."),
    (U_SHRM, "Employees should give their supervisor at least two weeks' notice of an absence for a "
     "religious observance. They may request the time as paid vacation or as unpaid time off."),
    (U_SHRM, "If a supervisor cannot grant the time off, the supervisor should discuss the request with "
     "human resources before denying it."),
    (U_VDS, "The company respects the religious beliefs and practices of its applicants and employees and "
     "provides reasonable accommodations for sincerely held religious beliefs."),
    (U_VDS, "Accommodations can include schedule changes, exceptions to the dress code or grooming rules, "
     "changes to job tasks, breaks, or leaves of absence."),
    (U_HCC, "Some people who are Jehovah's Witnesses do not observe holidays or birthdays, so it is "
     "reasonable to excuse such a person from birthday celebrations at work."),
    (U_HCC, "Train your supervisors and managers on what a request for time off for a religious holiday "
     "looks like and how to handle it."),
    (U_OMEGA, "A religious accommodation is any adjustment to the work environment that allows an employee "
     "or applicant to practise their religion."),
    (U_MURRAY, "Common requests include permission to attend worship services during working hours, time "
     "to pray during the workday, and wearing religious dress."),
    (U_AVON, "Parental leave, which is unpaid, can be requested for planned events such as settling "
     "children into a new childcare arrangement. Parents must give 21 days' notice."),
    (U_AVON, "A new parent might want to ask for a change to their working pattern, such as shorter "
     "hours, after maternity leave."),
    (U_YNY, "Returning from maternity or parental leave can be a stressful time for your employee, so help "
     "make the transition as easy as possible."),
    (U_YNY, "Your employee might benefit from job sharing, staggered hours, or working from home so that "
     "they can manage both work and family commitments."),
    (U_NHS, "Talk to your manager early about your return from maternity leave, including childcare, a "
     "reduction in hours, and any support needs."),
    (U_NHS, "If you are continuing to breastfeed, your line manager should tell you about the facilities "
     "and allow breaks for expressing."),
    (U_BEN, "Allow new mothers private time to pump or breastfeed, and be flexible with start and stop "
     "times in the first weeks back."),
    (U_BEN, "Within the first few days of the return, have a short one-on-one to discuss what has "
     "happened at the company since they went on leave."),
    (U_MARCH8, "Managers need to give returners settling-in time after maternity leave and encourage "
     "breaks so they do not burn out."),
    (U_EMPIRE, "Make sure your employee knows about any changes to the team that happened while she was on "
     "maternity leave, and have her desk cleared before she arrives."),
]

PEOPLE: list[tuple[str, str]] = [
    (U_HELENA, "Brenda has 25 years of service and is the nurse coordinator for dermatology. She worked "
     "in hospice for years and says it was the most emotionally difficult job she has had."),
    (U_HELENA, "She remembers a veteran with dementia who could not recall the day of the week but could "
     "tell her every detail of his Army career."),
    (U_RICH, "Joni has been a nurse since 1981 and directs a medical-surgical unit. She met her husband "
     "in the emergency room when he was a paramedic, and he is now an ER nurse."),
    (U_RICH, "She lives a lot by her faith, and over four decades of nursing she says she has seen "
     "God's work firsthand."),
    (U_RICH2, "Carlise is director of nursing for two surgical units. Her paternal grandmother was an LPN "
     "who trained at a hospital that served Black residents, and Carlise still wears her nursing pin."),
    (U_RICH2, "When she was 30 her condition became grave during a medical procedure, so she can relate "
     "to the anxiety that patients and their families feel."),
    (U_HICK, "Rebecca, 60, is chief nursing officer. She is married to a retired man she calls wonderful "
     "and has one daughter and two grandchildren."),
    (U_MED, "Joan came from Virginia in 1981 and helped start the oncology service. She says that when "
     "you are battling cancer, you need someone to show they care."),
    (U_MT, "Jill is an OB nurse. She was in the hospital as a child with a foot problem and admired the "
     "nurses who looked after her in isolation."),
    (U_AACN, "The oldest of 13 children, Maria has always been a caregiver. After 40 years at the "
     "bedside she still enjoys the work."),
    (U_GLOW, "Today we said goodbye to Sarah-Jane, our senior child development officer, and Lorraine, "
     "our early years playworker, as they start their maternity leave."),
    (U_GLOW, "The children made cards for Sarah-Jane and Lorraine and suggested names for the babies. We "
     "cannot wait for them to visit us with the new arrivals."),
]

OBITS: list[tuple[str, str]] = [
    (U_OKL, "He served as an officer in the Air Force for 27 years. After retiring from the military he "
     "worked for NASA in Houston and the Jet Propulsion Lab in Pasadena."),
    (U_OKL, "Fran could fix anything and had a vast tool collection. He loved his wife, his kids, his "
     "grandkids and his great-grandkids, and he was not afraid to show it."),
    (U_IBER, "John, a former General Electric engineer, died at home at 77. He worked for GE for 37 years "
     "and retired in 1986 as manager of the transformer technology program."),
    (U_IBER, "He was an Army veteran of World War II and a member of the Institute of Electrical and "
     "Electronics Engineers."),
    (U_HUTCH, "He worked for Western Electric on the Mercury Project. He is survived by his wife, Arlene, "
     "and two daughters, and a memorial service will be held at the United Methodist Church."),
    (U_WILD, "My father passed away this morning at 85 after living with dementia for the past couple of "
     "years. He was a project engineer at Honeywell until he retired."),
    (U_HENDO, "He worked as a civilian engineer for the Army and took his commitment to the Gospel very "
     "seriously, serving nineteen years at the temple."),
    (U_WHITE, "Dad's Christian upbringing in a pastor's household formed the foundation of his life, and "
     "he taught for many years."),
    (U_DIG, "He was a child of the Great Depression, and his fear of financial insecurity drove many of "
     "his decisions. He graduated from high school at 17 and joined the Navy."),
]

LETTERS: list[tuple[str, str]] = [
    (U_NERDY, "We are pleased to nominate our area manager for the community spirit award. He has helped "
     "us appreciate our diversity, and we have become one family."),
    (U_NERDY, "He gives his time to community activities and encourages his colleagues to do the same."),
    (U_LETTER, "I am writing to nominate my colleague, Dana Ruiz, for the leadership award. Dana came back "
     "from parental leave in March and led the migration to the new system."),
    (U_LETTER, "Dana has consistently shown a strong ability to lead and inspire her team. She is a "
     "mother of two and coaches the office softball team."),
]

# Written after the change to the analyzer was designed, from pages not read before it, as a check on it:
# age and disability guidance for employers and managers.
U_AARP = "https://policybook.aarp.org/"
U_AVVO = "http://www.avvo.com/legal-guides/ugc/avoiding-age-discrimination-on-the-job----part-2"
U_HIT = "https://www.hitpages.com/doc/4513276188688384/14/"
U_HIT13 = "https://www.hitpages.com/doc/4513276188688384/13/"
U_YORK = "https://york.ac.uk/admin/hr/policies/equality-diversity/adjustment-process/adjustment-guidance"
U_CARM = "https://ourpeople.carmarthenshire.gov.wales/our-people/hr/equality-diversity/disability-reasonable-adjustments/"
U_GLA = "http://www.gla.ac.uk/services/humanresources/all/health/managingattendancepolicy/guidance-consideringreasonableadjustments/"
U_ELIN = "https://elinfonet.com/reasonable-accommodation/"
U_BDF = "https://fdocuments.net/document/line-manager-guide-reasonable-adjustments.html"
POLICY_CHECK: list[tuple[str, str]] = [
    (U_AARP, "Age discrimination happens when employers treat employees or job seekers differently because "
     "of their age."),
    (U_AVVO, "Pensions and retirement plans must be offered to employees of all ages on the same terms. "
     "Leaves of absence must be granted or denied the same way for everyone."),
    (U_HIT, "Do not assume that an employee who is a certain age plans to retire soon. Failing to promote "
     "someone because you expect him to retire is against the law."),
    (U_HIT, "If you have to downsize, do not start with your older employees just because they are paid "
     "more."),
    (U_HIT13, "Drop assumptions such as that mature workers are not interested in training and care less "
     "as they get closer to retirement."),
    (U_YORK, "A member of staff does not have to disclose a disability or long-term health condition, and "
     "does not have to give a medical diagnosis."),
    (U_YORK, "Think about whether the member of staff needs assistive technology, such as speech-to-text "
     "software, or wider doors for wheelchair access."),
    (U_CARM, "Most people who have a disability develop it in later life, and many impairments, such as "
     "diabetes or a heart condition, are hidden."),
    (U_CARM, "As a line manager you may ask an employee about their health, but you must not use that "
     "information to discriminate."),
    (U_GLA, "Adjustments will be considered whenever they may support a return to work after sickness "
     "absence, whatever the underlying medical condition."),
    (U_ELIN, "Workloads for employees with disabilities may be adjusted, and tasks with time limits will be "
     "reviewed to find an acceptable level of performance."),
    (U_BDF, "You are responsible for making reasonable adjustments when you manage disabled employees, and "
     "for keeping in touch during disability leave."),
]

# Quoted examples of language in a guide or policy: the quotation is mentioned, not used. Paraphrased from
# the pages named; the quoted remarks are the kind those pages list.
U_HRM = "https://hrmguide.io/essentials/compliance/anti-harassment-discrimination"
U_COHEN = "https://www.cohenlevylegal.com/mt-bin/mt-search.cgi?IncludeBlogs=63471&tag=age%20discrimination"
U_18F = "https://handbook.tts.gsa.gov/reasonable-accommodations/ (the 18F handbook page in shared corpora)"
U_SHRM5 = "https://www.shrm.org/hr-today/news/hr-magazine/0318/pages/5-tips-for-upgrading-your-anti-harassment-policy.aspx"
QUOTED_EXAMPLES: list[tuple[str, str]] = [
    (U_HRM, "Age discrimination includes remarks such as \u201ctoo old to learn tech\u201d and pressure to take "
     "early retirement."),
    (U_COHEN, "A supervisor may make repeated references to an employee's age with comments such as \"Isn't "
     "it time to retire?\""),
    (U_18F, "Supervisors should not share general details (such as \u201cthat person is on medication\u201d) or "
     "specific details (\u201cthat person has ADHD\u201d)."),
    (U_SHRM5, "Employees should report comments like \"women are too emotional to lead\" to any supervisor."),
    (U_SHRM5, "Managers must not make jokes such as \"she's having a senior moment\" about older colleagues."),
    (U_HRM, "Examples of disability bias include telling an employee \"you can't do this job from a "
     "wheelchair\"."),
    (U_HRM, "Staff should never ask applicants questions like \u201care you planning to start a family?\u201d"),
    (U_SHRM5, "Phrases such as \"he is too old for this\" and \"she is just being hormonal\" have no place in "
     "a performance review."),
]
# Handles and inline code in handbook pages and team news (the form of gitlab-paid-time-off.md's
# "`@pto-ninja`"): identifiers describe no one. Written for this probe.
IDENTIFIERS: list[tuple[str, str]] = [
    ("written", "For questions, ping `@pto-ninja` in the #people channel."),
    ("written", "Thanks to @data-ninja for fixing the export before the board meeting."),
    ("written", "Post your photos in `#working-parents` and tag `@people-ops`."),
    ("written", "Run `make rockstar-report` to rebuild the sales leaderboard."),
    ("written", "Escalations go to @oncall-guru, who rotates weekly."),
    ("written", "Mention `@the-old-guard` in the issue so the original authors see it."),
    ("written", "Send the form to benefits@newmoms-fund.org before Friday."),
    ("written", "The `maternity_leave_days` field in the HR export is now a number."),
    ("written", "Our bot `@hipster-bot` posts the lunch menu every morning."),
    ("written", "Join `#moms-and-dads` for school-run swaps and childcare tips."),
]
# Identifiers beside prose that judges someone: must stay flagged.
IDENTIFIER_JUDGED: list[tuple[str, str]] = [
    ("written", "Raj is a real ninja at `git rebase`, so give him the merge work."),
    ("written", "Ask @dana about the report; she is too emotional to run the client call."),
    ("written", "He is a rockstar in the `#sales` channel and a total diva in meetings."),
]

# Family tributes and obituaries written by a relative (the form of the obituaries above: "My father passed
# away ... after living with dementia"): the writer's relative holds the condition and is judged by no one.
# Written for this probe; KIN_CHECK was written after the change was designed.
KIN: list[tuple[str, str]] = [
    ("written", "My father passed away this morning at 85 after living with dementia for the past couple of years."),
    ("written", "My mother worked as a nurse for forty years and lived with multiple sclerosis for the last ten."),
    ("written", "Our dad spent his last months in hospice care with cancer, surrounded by his grandchildren."),
    ("written", "My grandmother taught third grade for 31 years before being diagnosed with Parkinson's."),
    ("written", "My husband, a retired firefighter, was diagnosed with leukemia in 2019 and fought it with humour."),
    ("written", "Our mother kept the books for the family hardware store until a stroke left her with aphasia."),
    ("written", "My brother coached Little League for twenty years despite living with diabetes since childhood."),
    ("written", "My aunt ran the church choir for decades and never let her arthritis slow her down."),
    ("written", "My father-in-law was an engineer at Boeing and lived with epilepsy all his adult life."),
    ("written", "My sister, who has autism, volunteers at the animal shelter every Saturday."),
]
KIN_CHECK: list[tuple[str, str]] = [
    ("written", "Our grandfather farmed the same land for sixty years and lived with emphysema in his last decade."),
    ("written", "My wife taught piano to half the town and was diagnosed with breast cancer at 52."),
    ("written", "My son, a paramedic, has lived with Crohn's disease since he was twelve."),
    ("written", "Our mother raised five children and cared for patients at St. Mary's until her Alzheimer's diagnosis."),
    ("written", "My dad was a welder for thirty years and lost his hearing in one ear to the noise."),
    ("written", "My grandfather served in Korea and came home with PTSD that he rarely spoke about."),
    ("written", "My daughter finished her nursing degree while living with type 1 diabetes."),
    ("written", "Our father was a deacon at First Baptist Church and sang in the choir until his stroke."),
]
# A relative who reports a judgement of someone else: must stay flagged.
KIN_JUDGED: list[tuple[str, str]] = [
    ("written", "My mother says that with her depression Dana should not lead the team."),
    ("written", "My husband thinks Raj is too old to learn the new system."),
    ("written", "My father says you cannot manage the launch with your epilepsy."),
    ("written", "My mother noticed that Ana, with her diabetes, takes too many breaks."),
]

# Reported remarks about someone in particular: must stay flagged.
QUOTED_REMARKS: list[tuple[str, str]] = [
    ("written", "\"Women are too emotional to lead,\" he said in the meeting."),
    ("written", "Dana told the new hire \"you are too old for this job\"."),
    ("written", "He said \"she is too old for the night shift\" and the team laughed."),
    ("written", "Raj wrote in her review: \"she is too emotional to run the account\"."),
    ("written", "In the debrief she called him \"the old guy who can't keep up\"."),
    ("written", "Our manager said \"he is past it\" when Tom asked for the promotion."),
]

# Look-alikes that must stay flagged: a generic sentence whose characteristic sorts the people it speaks of
# (a stereotype, not a policy). Written for this probe in the form of the stereotyped statements that Bias
# Interrupters (WorkLife Law, "maternal wall") and the EEOC's caregiver guidance (2007) quote.
STEREOTYPES: list[tuple[str, str]] = [
    ("written", "Employees with young children are less reliable, so they should not lead the launch."),
    ("written", "An employee on maternity leave is usually out of touch when she comes back."),
    ("written", "Staff who observe Ramadan get sluggish in the afternoons, so we give them the easy shifts."),
    ("written", "Any employee who has cancer will struggle with the pace here."),
    ("written", "Employees who pray at work waste time that the team needs."),
    ("written", "A new mother cannot give this role the commitment it needs."),
    ("written", "Team members with disabilities slow the sprint down."),
    ("written", "Applicants who are pregnant will not be able to handle the travel."),
    ("written", "Employees going through chemo are a risk to the deadline."),
    ("written", "Managers with kids at home are never fully focused."),
    ("written", "Workers on medication make more mistakes on the line."),
    ("written", "Staff with family commitments cannot be trusted with on-call."),
]

# Second-person reviews whose family/faith/age/health mention grounds a judgement: must stay flagged.
# Written for this probe in the form of the second-person reviews quoted in EEOC caregiver guidance (2007)
# and WorkLife Law's Bias Interrupters examples; each praises the reviewed person through other staff
# ("new hires", "every engineer") before the judged mention, as reviews do.
YOU_REVIEWS = [
    ("written", "You mentored every new hire this year. Other managers borrow your templates. Staff say your "
     "one-to-ones help. Since your divorce, though, you seem distracted, so I would not give you the launch."),
    ("written", "I've seen you grow a lot this year. New hires go to you with questions. Team members rely on "
     "your reviews. With the kids finally in school, you seem more committed to the team."),
    ("written", "You trained all new starters on the till. Colleagues cover for each other more since you "
     "arrived. Every supervisor asks for you on Saturdays. Your daily prayers keep pulling you off the floor "
     "at busy times, though."),
    ("written", "You ran the onboarding for each new engineer. Reviewers approve your changes quickly. "
     "Junior staff learn from you. Since the baby arrived you have not been as focused, so I am holding the "
     "lead role for now."),
    ("written", "You covered for two nurses on leave in March. Other nurses ask you to check their charts. "
     "Every new graduate shadows you. At your age, though, I doubt you will pick up the new charting system."),
    ("written", "You supported all team members through the merger. Employees trust your updates. Managers "
     "ask you to review their plans. As a single mom you cannot really commit to the on-call rota, so I gave "
     "it to Sam."),
    ("written", "You handled every escalation in Q2. Colleagues say you explain things clearly. New hires "
     "pick up your habits. Your husband's illness has made you less dependable this spring."),
    ("written", "You led the warehouse move. Drivers like your schedules. Other leads copy your checklists. "
     "Now that you are pregnant, you should step back from the Berlin project."),
    ("written", "You coached three interns this summer. Staff praise your patience. Each new analyst gets a "
     "walkthrough from you. You seem less driven since you had the twins, which worries me."),
    ("written", "You set up the new rota. Managers use your dashboards. Every engineer on call knows your "
     "runbooks. Your Ramadan fasting made you slow in the afternoon sessions, so I rated you lower."),
]

# Narratives about specific people brought in by indefinite noun phrases ("a man who ..."), whose
# characteristic grounds a judgement: must stay flagged. Written for this probe in the form of the
# EEOC's published discrimination case summaries ("a supervisor who had worked there for 15 years was
# told ...").
NARRATIVES = [
    ("written", "A man who spent 20 years helping refugees joined our team in May, though his daily prayers "
     "made him late to meetings."),
    ("written", "An engineer who built our billing system was left off the trip since her kids would "
     "distract her."),
    ("written", "A woman who ran the night shift for a decade was passed over in May because her pregnancy "
     "would slow the project."),
    ("written", "A volunteer who has coached for years was dropped from the roster because his Muslim faith "
     "might make parents uneasy."),
    ("written", "A driver who never missed a shift lost his route because his wheelchair could make him a "
     "liability, the manager said."),
    ("written", "A nurse joined the ward in May. Her hijab would make patients uncomfortable, the charge nurse "
     "said, so she was moved."),
    ("written", "A colleague who led the 2019 rollout was told he could not join the new team, as his age "
     "would make the training wasted."),
    ("written", "A cashier who trained every new starter was told she would not make supervisor because her "
     "children might need her."),
    ("written", "A supervisor who had worked there for 15 years was let go after the owner said his cancer "
     "made him a burden."),
    ("written", "An analyst who joined in 2021 was given the easy accounts because, as a new mother, she "
     "would not keep up."),
]

U_NOONAN = "http://genevievenoonan.blogspot.com/2008/10/letter-thanking-coach.html"
U_ODYSSEY = "https://www.theodysseyonline.com/an-open-letter-to-the-coach-that-changed-my-life"
U_TEENINK = "https://prd.teenink.com/college_guide/college_essays/article/45380/Summer-Camp"
U_WATTPAD = "https://www.wattpad.com/669653522-oak-ridge-monday-june-17"
U_LAWRENCE = "https://www.lawrencebgc.com/members/programs/character-leadership/"
U_HOMESTEAD = "https://homesteadhighlanderonline.com/14513/opinion/the-secret-life-of-a-camp-counselor/"
U_VANITY = "https://www.vanityandpridepress.com/chapter-three"
U_LETTERIN = "https://letterin.net/school-administrator/letter-template-coach-appreciation-acknowledgment"
U_BGCMS = "https://bgcmetrosouth.org/volunteers-the-secret-sauce-for-mission-advancement"

# "boys"/"girls" who are children (campers, players on a youth team, club members, pupils): innocent.
CHILDREN = [
    (U_NOONAN, "Dear Mr. Shiner, thank you for believing in us even when we could barely win a game. Coaching "
     "a squad of girls who complain about every extra lap takes patience, and you never lost yours."),
    (U_ODYSSEY, "Coach, you stuck by us through family problems and school problems. I have never bonded closer "
     "with a group of girls than the ones I was lucky enough to call my teammates that season."),
    (U_TEENINK, "My first year as a counselor, my campers were ten years old and much less tidy than I had been. "
     "When the director announced that Cabin 46 had won the clean cabin award, my girls gasped."),
    (U_TEENINK, "Instead of cleaning the cabin, the girls had spent the week on the camp compost contest, and by "
     "the second week they had almost no food waste."),
    (U_WATTPAD, "After the frisbee challenge I told my group at camp how proud I was. The boys took swigs from "
     "their water bottles and headed back to the cabins to shower before dinner."),
    (U_WATTPAD, "Over my years as a camper and then a counselor I have learned that seventh and eighth grade "
     "boys mostly need encouragement."),
    (U_LAWRENCE, "The Keystone Club is a group of boys and girls from the local high school who act as junior "
     "staff at the Club and serve as role models for younger members."),
    (U_HOMESTEAD, "On my first day as a camp counselor the campers poured off the buses, and each girl had her "
     "own set of a thousand questions for me."),
    (U_VANITY, "Charlie, a cabin counselor at Camp Mount Oakham, met his ten- and eleven-year-olds before the "
     "welcome talk; the boys sized him up as he introduced himself."),
    (U_LETTERIN, "Coach Lisa has led the varsity field hockey team at Lincoln High School for five years, and "
     "the girls on her roster, aged 14 to 18, credit her with their state championship."),
    (U_BGCMS, "Our volunteer coaches give up nights and weekends for the youth basketball league, and the boys "
     "and girls in the Club learn teamwork from them."),
    (U_BGCMS, "Each spring volunteers spruce up Camp Riverside before the campers arrive, and the girls in the "
     "first session always notice the fresh paint."),
]

# Adult colleagues called "girls"/"boys": must stay flagged (written for this probe, in the form of the
# examples in the rule's own explanation and the Conscious Style Guide's entry on "girls" for women).
ADULTS = [
    ("written", "The girls in the front office at the school took forever to process my paperwork."),
    ("written", "Ask the girls in accounting to redo the invoices before Friday."),
    ("written", "The boys in the warehouse finished the stock count early again."),
    ("written", "Our new sales girl closed two deals in her first week."),
    ("written", "The teachers were great, but the girls on reception were rude to every parent who came in."),
    ("written", "Priya is one of the girls on the design team and she presents well."),
]

U_GSAZ = "https://girlscoutsaz.blog/category/troops/page/4"
U_GSAZ2 = "https://girlscoutsaz.blog/category/tlc/page/4"
U_GSAZ3 = "https://girlscoutsaz.blog/category/volunteer"
U_GSWPA = "https://girlscoutswpa.blogspot.com/2017/05/our-amazing-volunteers-jennifer-and.html"
U_JOOMAG = "https://viewer.joomag.com/volunteer-essentials-2014-15/0939987001406036883/p33"
U_MOM2 = "http://mom2cne.blogspot.com/2009/09/nomination-of-deserving-teacher.html"
U_SCHOL = "https://www.scholastic.com/parents/others/blogs/and-2013-teacher-year-is.html"

# Written after the change above was designed: more children called boys/girls (innocent).
CHILDREN_CHECK = [
    (U_GSAZ, "Sara Ditwiler has led Troop 2425 for seven years. She likes to engage the girls with new "
     "experiences and to teach them different ways to give back."),
    (U_GSAZ2, "Mary Patterson has been a troop leader for ten years. Watching girls blossom into young ladies "
     "and make lasting friends is what she finds most rewarding."),
    (U_GSAZ3, "Hillery Larkin's troop concentrates on badge work, and the girls love celebrating holidays with "
     "parties; most of them have been together since they were Daisies."),
    (U_GSWPA, "Jennifer Asel is very proud of the girls for their kindness. When a member of the troop moved "
     "away, the other girls told her she would always be their sister."),
    (U_GSWPA, "Amanda Carter loves every second she spends with the girls, and she hopes her girls are inspired "
     "by the women they have been reading about."),
    (U_JOOMAG, "You don't need to be an expert in the badge topics; just have fun learning by doing with the "
     "girls."),
    (U_MOM2, "His teacher this year loves her students. She took a little boy who hated school and within two "
     "weeks made him love learning, and the boys in her class now race to the reading corner."),
    (U_SCHOL, "Mr. Dougherty read to our English class on the floor of the classroom once a week; even the "
     "biggest boys from the football team would cram onto the rug."),
]

U_MSC = "https://mschelps.org/its-a-family-thing/"
U_FLL = "https://foodlifeline.org/article/volunteer-spotlight-the-taylor-family"
U_MAC = "https://midtownassistancecenter.org/september-volunteers-month-family-serves-together"
U_CCAZ = "https://childcrisisaz.org/volunteer-spotlight-margaret-dunn/"
U_FCA = "https://www.familyandchildrensagency.org/blog/national-volunteer-week-madalene/"
U_SAC = "https://issuu.com./saconnects/docs/sac08_03_2022/s/16005563"
U_BMD = "https://blogginmommadrama.blogspot.com/2011/03/extraordinary-volunteers.html"
U_DOBBS = "https://dobbsferrypantry.org/2021/12/02/december-1-2021/"

# A relative who acts alongside someone, named by the relation ("a student and her mom dropped off ..."):
# a person in the scene, not a mention of anyone's parenthood. Innocent.
KIN_AGENTS = [
    (U_MSC, "Alex, age 16, has been volunteering at the food bank with his parents since he was four, and he "
     "likes to work on summer projects with his father."),
    (U_MSC, "The first time the family volunteered, Alex and his mom climbed into the big donation boxes to "
     "reach the cans at the bottom."),
    (U_FLL, "Robin first came to volunteer with her work team, and she liked it so much that she brought her "
     "husband and daughter; Robin and her daughter still sort food every other Tuesday."),
    (U_MAC, "One afternoon Bryce and his twin sister left twenty sandwiches for the homeless, and their father "
     "later arrived with a box of new business cards he had paid for himself."),
    (U_CCAZ, "Margaret took a break from volunteering to raise her family, and when her son went off to "
     "college she came back to the shelter."),
    (U_SAC, "Karen and her husband organised the runners' bags for the 5K, and the volunteers loved the "
     "granola bars they added."),
    (U_BMD, "My mother and her co-chairs ran the Harvest Festival in the rain, and she still volunteers at "
     "every school event."),
    (U_DOBBS, "Every pantry volunteer takes an extra moment for the children who come with their parents, and "
     "a girl and her dad stayed to help pull the wagons."),
    (U_MSC, "Lisa and her father sorted cans on the food bank line during the school holidays, and the "
     "clients smiled at them."),
    (U_FLL, "Peter and his son carried boxes to the loading dock, and the staff were grateful for the help."),
]
# Relatives that take part in a judgement of someone: must stay flagged (written for this probe).
KIN_AGENT_JUDGED = [
    ("written", "Dana and her kids are always late, so she should not run the morning shift."),
    ("written", "Her mom keeps calling during meetings, so she is too distracted to lead the project."),
    ("written", "He dropped the ball on the audit because his baby kept him up all night."),
    ("written", "Since her husband got sick she has been unreliable, so give the client to Tom."),
]

U_FPM = "https://www.fpmontco.org/donate/two-donations-we-just-have-to-share/"
U_DT = "https://danielletownsend2018geniusproject.blogspot.com/2018/04"
U_PS = "http://projectsmile-catherine.blogspot.com/2013/12/happy-days.html"
U_ALT = "http://thealternativehouse.blogspot.com/2011/01/thank-you-for-your-generosity-by.html"
U_SSAC = "https://schoolsuppliesforafghanchildren.wordpress.com/2012/03/22/a-thank-you-to-our-donors-and-those-who-have-helped-me/"

# 'drop off'/'drop by' in its sense of delivering or visiting, done by someone with a relative: the verb
# is no decline, so the relative takes part in no judgement. Innocent.
DROP_OFF = [
    (U_FPM, "The preschoolers at Gwynedd Friends School collected bags of personal care items, and one of the "
     "preschoolers and her mom dropped off the whole collection at our office."),
    (U_DT, "On Saturday my mom and grandma drove with me to Columbia, and we dropped off more than 320 items at "
     "the house before the bridal shower."),
    (U_PS, "Donna, a mom who has supported us for years, dropped off a carload of toys and art supplies for the "
     "children's holiday party."),
    (U_ALT, "All through December a father and his son kept dropping by to drop off gift donations for the "
     "outreach program."),
    (U_SSAC, "My roommate's mother dropped off a huge pile of notebooks and pens for the school supplies drive, "
     "and her enthusiasm for the project was wonderful."),
    (U_FPM, "The fourth graders could not drop by the office with their blankets, so a student and her dad "
     "dropped them off on Friday."),
]

U_FCA2 = "https://www.familyandchildrensagency.org/blog/national-volunteer-week-madalene/"
U_SCRUBS = "https://scrubsmag.com/to-my-wonderful-nurse-daughter/"
U_WADD = "http://annewaddoups.com/studentmom/2010/11/23/league-of-student-moms-jen.html"
U_IPL = "https://ipl.org/essay/Essay-On-Being-A-Single-Mother-PCQPKN5YN6"
U_MYHAND = "https://myhandpaints.com/2021/07/30/story"
U_DIET = "https://seandietrich.com/author/seandietrich/page/297"

# A parent label ("single mom", "stay-at-home mom", "working mother") said of a volunteer, a profile's
# subject or the writer, as a plain fact of their story with no judgement linked to it. Innocent.
PARENT_LABELS = [
    (U_FCA2, "Madalene's motivation for volunteering is deeply personal. As a single mother who once struggled "
     "to provide for her own children, she understands the challenges many of our families face."),
    (U_SCRUBS, "Having been a stay-at-home mom for years, my daughter went back to college, passed her nursing "
     "exams and is now a wonderful nurse at our local hospital."),
    (U_WADD, "My friend Jen is amazing. She is a new single mom of three who is finishing a nursing degree and "
     "founded a magnet school along the way."),
    (U_IPL, "I am a single mother of two girls, and I am working toward my master's degree in Regulatory "
     "Affairs at Northeastern University."),
    (U_MYHAND, "I started nursing school at 50 as a single mom, because I wanted a better life for myself and "
     "my daughter, and I worked as a nursing assistant the whole time."),
    (U_DIET, "She raised three kids as a single mom, worked thankless jobs for years, and at forty-seven she "
     "enrolled in community college."),
    (U_FCA2, "Our volunteer of the month is a working mother who spends every Thursday evening tutoring in the "
     "after-school program."),
    (U_WADD, "Jen, a single mom and full-time nursing student, was named the program's outstanding clinical "
     "student this year."),
]
# Parent labels that ground a judgement: must stay flagged (the rule's own examples and written look-alikes).
PARENT_LABELS_JUDGED = [
    ("rule", "As a working mother she can't do late calls."),
    ("rule", "He's a real family man, so keep him off travel."),
    ("written", "Because she is a single mom, she cannot really commit to the on-call rota."),
    ("written", "She is a new mom, so she won't want the promotion."),
    ("written", "Dana, a single mother of three, is too stretched to lead the launch."),
    ("written", "She is on the mommy track now."),
    ("written", "Sorry for the typos, mom brain again, she said about the report she rushed."),
]

SETS = {"policy": POLICY, "people": PEOPLE, "obits": OBITS, "letters": LETTERS, "policy_check": POLICY_CHECK,
        "quoted_examples": QUOTED_EXAMPLES, "identifiers": IDENTIFIERS,
        "kin": KIN, "kin_check": KIN_CHECK, "children": CHILDREN, "children_check": CHILDREN_CHECK,
        "kin_agents": KIN_AGENTS, "drop_off": DROP_OFF, "parent_labels": PARENT_LABELS}
JUDGED = {"stereotypes": STEREOTYPES, "quoted_remarks": QUOTED_REMARKS, "identifier_judged": IDENTIFIER_JUDGED,
          "kin_judged": KIN_JUDGED, "you_reviews": YOU_REVIEWS, "narratives": NARRATIVES,
          "adults": ADULTS, "kin_agent_judged": KIN_AGENT_JUDGED, "parent_labels_judged": PARENT_LABELS_JUDGED}
_ROOT = Path(__file__).resolve().parent.parent
HANDBOOK_DIRS = (_ROOT / "shared" / "corpora" / "handbooks" / "docs",
                 _ROOT.parent.parent / "shared" / "corpora" / "handbooks" / "docs")


def handbook_flags(verbose: bool = False) -> tuple[int, int] | None:
    """(flags, pages) of check_bias on the shared handbook pages (innocent policy text), or None when
    ../shared is not beside the project."""
    found = [d for d in HANDBOOK_DIRS if d.is_dir()]
    if not found:
        return None
    n = pages = 0
    for path in sorted(found[0].glob("*.md")):
        flags = check_bias(path.read_text(encoding="utf-8")).flags
        pages += 1
        n += len(flags)
        if verbose:
            for f in flags:
                print(f"  handbook {path.name}: {f.text!r} {f.rule}")
    return n, pages


def run(verbose: bool = False, handbooks: bool = True) -> dict[str, tuple[int, int]]:
    """(texts flagged, texts) per set; 'handbook_flags' is (flags, pages) on the shared handbook pages."""
    out: dict[str, tuple[int, int]] = {}
    for name, items in {**SETS, **JUDGED}.items():
        flagged = 0
        for source, text in items:
            flags = check_bias(text).flags
            flagged += bool(flags)
            if verbose and bool(flags) == (name in SETS):
                print(f"  {name}: {[(f.text, f.rule) for f in flags]} :: {text[:90]} ({source})")
        out[name] = (flagged, len(items))
    flags = handbook_flags(verbose) if handbooks else None
    if flags is not None:
        out["handbook_flags"] = flags
    return out


if __name__ == "__main__":
    for key, (a, b) in run("-v" in sys.argv).items():
        print(f"{key}: {a}/{b}")
