"""Round 21 fresh probe (bias19): appearance, age, gendered nouns and origin-coded praise in review text.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round21_probe.py [-v]

Written before any change of this round and labelled before the analyzer ran on it. Each judged row is a
review-style paragraph built from a remark that a public outside page gives as an example of biased
workplace language (search tool, corpus `pages`; the page's URL is kept with the row), with ``term``: the
words a reviewer should see flagged. A judged row counts as caught when a flag overlaps ``term``.
LOOKALIKES are innocent paragraphs with the same words in an innocent sense (a costume designer's dress,
'senior' as a job grade, 'woman' in a bio, an age group as the audience of the work); every flag there is
a false flag. The handbook pages of ../shared/corpora/handbooks/docs are run too (flags / pages).
None of the texts is from evals/.

CHECK (judged) and CHECK_LOOKALIKES were written after the change, from pages found after it, to see whether it
transfers; their first run led to two precision fixes (a garment opening a statement, 'Great shoes are the
first thing customers see'; a survey of English, 'asked how well staff speak English'). CHECK2_LOOKALIKES
was written after those fixes; its first run flagged 2/10 ('Lovely hair salon', 'a student of the game'),
fixed by dropping 'hair' from the exclamation rule and 'of' after 'like a student'.

As measured (rows caught / rows; texts flagged / texts; handbook flags / pages), main 3938005 -> bias19:
appearance 10/15 -> 14/15, age 8/12 -> 11/12, gendered_nouns 10/11 -> 11/11, origin_praise 5/8 -> 8/8
(all judged 33/46 -> 44/46); check 4/14 -> 12/14; lookalikes 2/26 -> 1/26 (the children's charity row
fixed, 'teaching young people' left); check_lookalikes 0/10 -> 2/10 -> 0/10 (after its two fixes);
check2_lookalikes 0/10 -> 2/10 -> 0/10; handbook_flags 2/28 -> 2/28.
Second pass (a gendered person noun for a role, any determiner or adjective): gendered_role 0/8 -> 8/8,
gendered_role_lookalikes 0/6 -> 0/6 (one flagged by a first version: 'paid the man for the job');
gendered_role_check (written after) 1/5 -> 4/5, its look-alikes 0/4 -> 1/4 -> 0/4 ('work' dropped).
Third pass (voice remarks; a haircut, a shave or facial hair asked of a person; 'beard nets' a thing):
voice_grooming 3/12 -> 11/12, voice_grooming_lookalikes 1/8 -> 0/8; voice_grooming_check (written after)
2/7 -> 6/7 (left: 'lower her voice an octave'), its look-alikes 0/6 -> 1/6 (left: 'uptalk and vocal fry'
named as a course's topics).
Left out: 'an old thinker' (age adjective on a thinking noun), a flag on 'Her outfits' (an existing mention
rule) instead of the labelled 'revealing', 'a more American name', 'A Western name would be easier for
our clientele' and 'our man for the Leeds account' (check rows, not fitted after the fact); 'teaching young
people' (a look-alike: the age rule flags training an age group on purpose).
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.analyzers.bias import check_bias

sys.path.insert(0, str(Path(__file__).parent))
from bias_round20_probe import handbook_flags  # noqa: E402  (one reader of the shared handbook pages)

U_FAST = "http://www.fastcompany.com/3034895/strong-female-lead/the-one-word-men-never-see-in-their-performance-reviews"
U_ELGL = "https://elgl.org/women-deserve-explicit-feedback-too/"
U_FGB_AGE = "https://fairygodboss.com/career-topics/9-totally-ageist-things-we-need-to-stop-saying-at-work"
U_AOL = "https://www.aol.com/2016/02/25/4-ageist-phrases-to-quit-saying-at-the-office/"
U_STRANGE = "https://strangeindia.com/please-stop-using-these-common-ageist-phrases"
U_DIVA = "http://www.workplacedivablog.com/2017/10/fine-lines-10-most-ageist-phrases-in.html"
U_NEXT = "https://nexttribe.com/magazine/how-to-fight-ageism-in-the-workplace/"
U_BOOMERS = "https://boomersnotsenior.blogspot.com/search?max-results=4&updated-max=2026-02-01T00%3A00%3A00-08%3A00"
U_PARALLAX = "https://www.parallaxed.com/blog/beyond-harassement-avoiding-micro-aggressions-2/"
U_BI = "https://forthworth24.blogspot.com/2020/06/what-is-microaggression-14-things.html"
U_OPENS = "https://opensphere.ai/immigration-resources/microaggressions-at-work-recognizing-and-responding-as-immigrant"
U_FOREX = "http://www.forexbr.com.br/2019/02/22/nice-skirt-where-did-you-learn-english-how-to-respond-to-microaggressions-at-work/"
U_GEURTS = "https://www.geurtslawfirm.com/blog/2023/04/what-are-microaggressions/"
U_LADDERS = "https://www.theladders.com/career-advice/6-subtle-workplace-micro-aggressions-you-may-not-notice-until-its-too-late"
U_WTOP = "https://wtop.com/news/2016/01/6-casually-sexist-things-to-stop-saying-at-work/"
U_ATKERSON = "https://atkersonlaw.com/blog/2016/01/11/sexist-comments-you-need-to-183053/amp"
U_CBC = "https://www.cbc.ca/life/culture/terms-you-may-be-using-that-offend-women-at-work-1.5043947"
U_LURIE = "https://www.timesfreepress.com/news/opinion/columns/story/2017/aug/13/lurie-sexist-language-workplace/442956/"
U_PATHEOS = "https://www.patheos.com/blogs/missionwork/2017/07/sexism-workplace-language-two-gals-garage-john-mccain/"
U_HERALD = "https://www.heraldtribune.com/story/business/2012/05/07/boss-can-address-workers-facial-piercing-policy-or-not/29097212007/"
U_EBOOK = ("https://ebookreading.net/view/book/101+Tough+Conversations+to+Have+with+Employees++A+Manager+++s+Guide+to+"
           "Addressing+Performance++Conduct++and+Discipline+Challenges-EB9780814413487_11.html")
U_HRSPEC = "https://thehrspecialist.com/26121/are-offhand-comments-about-this-employees-dress-cause-for-concern"
U_FGB_APP = "https://fairygodboss.com/career-topics/is-commenting-on-a-coworker-s-appearance-always-wrong"
U_WPDR = "https://workplacedr.comm.kent.edu/coworker-wears-revealing-clothes-but-hr-no-help/"
U_DANA = "http://dana.nwar.uk/sa/tag/tune/page/13154/?random-post=1"
U_CHIEF = "https://chief.com/articles/too-opinionated-too-abrasive-too-nice-heres-why-empty-feedback-doesnt-help-high-performing-women"
U_AIMEE = "https://www.aimeelevens.com/post/5-things-to-stop-doing-now"

# (source, text, term): term is the part a reviewer should see flagged.
APPEARANCE: list[tuple[str, str, str]] = [
    (U_EBOOK, "Dana's reports are accurate and on time. Some days she comes in with her hair in a mess, looking "
     "like she just got out of bed, and clients notice.", "hair in a mess"),
    (U_HERALD, "Mia handles the supplier calls well, but the new lip piercing is off-putting and she keeps "
     "fiddling with it in meetings.", "lip piercing"),
    (U_EBOOK, "Before the trade show Omar needs to cover up the tattoo on his forearm; otherwise he is ready to "
     "lead the booth.", "cover up the tattoo"),
    (U_HRSPEC, "Keisha produced every monthly report on time. Someone in the department feels she doesn't dress "
     "professionally enough, so she should pay attention to her wardrobe.", "dress professionally enough"),
    (U_WPDR, "How can we trust the judgement of someone who can't even dress herself? Her outfits are far too "
     "revealing for this office.", "revealing"),
    (U_DANA, "Her flesh-baring outfits distract the rest of the team, even though her sales numbers are the best "
     "in the region.", "flesh-baring outfits"),
    (U_FGB_APP, "Priya is brilliant, dedicated and tough, and by far the best-looking attorney in the "
     "department.", "best-looking"),
    (U_ATKERSON, "Ana is the pretty one on the sales team, and customers ask for her by name.", "pretty"),
    (U_ELGL, "You should smile more in meetings; people find you hard to approach.", "smile more"),
    (U_CBC, "Lena always looks lovely when she walks into the client meeting, and her updates are clear.",
     "looks lovely"),
    (U_FOREX, "Nice skirt today, Jo. The quarterly numbers look good too.", "Nice skirt"),
    (U_PARALLAX, "Is that your natural hair, Tasha? It looks so different from last week. Your project plan "
     "was solid.", "natural hair"),
    (U_FGB_APP, "Tom has put on a lot of weight since last year and looks sluggish on the shop floor.",
     "put on a lot of weight"),
    (U_FGB_APP, "Bea is a little too heavyset to represent us at the trade show, though her product knowledge "
     "is excellent.", "heavyset"),
    (U_DANA, "Boy, you're dressed up for a Monday! The pitch deck was strong, but the outfit was a lot.",
     "dressed up"),
]

AGE: list[tuple[str, str, str]] = [
    (U_FGB_AGE, "Isn't Ruth overqualified for this role? With her decades of experience she may not stay.",
     "overqualified"),
    (U_AOL, "Walter, our resident gramps, was shockingly quick at learning the new scheduling software.",
     "gramps"),
    (U_STRANGE, "Linda is young at heart and still keeps up with the analysts half her age.", "young at heart"),
    (U_DIVA, "You look good for your age, and you handled the audit better than I expected.",
     "good for your age"),
    (U_DIVA, "I know technology can be confusing for someone of your generation, so I set up the dashboard for "
     "you.", "your generation"),
    (U_NEXT, "Sue is a bit of a dinosaur when it comes to our tools; she's too old to change how she works.",
     "too old to change"),
    (U_NEXT, "Jim is an old thinker and needs to get with the times before the reorganisation.",
     "old thinker"),
    (U_BI, "Jenna looks like a student, so the clients may not take her seriously as the lead.",
     "looks like a student"),
    (U_AOL, "For a woman of her age, Margaret picked up Python remarkably fast.", "of her age"),
    (U_STRANGE, "You don't look 55 at all! Your energy on the launch was contagious.", "don't look 55"),
    (U_BOOMERS, "Sam's work is reliable, but at his age he should think about making way for someone with more "
     "energy.", "at his age"),
    (U_AIMEE, "Gina's husband is robbing the cradle; anyway, she closed three accounts this month.",
     "robbing the cradle"),
]

GENDERED_NOUNS: list[tuple[str, str, str]] = [
    (U_WTOP, "Ask the PR girl to send the press release before Friday; she writes clean copy.", "PR girl"),
    (U_WTOP, "The girls in accounts payable closed the books two days early this quarter.", "girls"),
    (U_CBC, "The girl from finance walked us through the forecast very clearly.", "girl"),
    (U_ATKERSON, "Thanks, sweetie, the slides for the board were great.", "sweetie"),
    (U_ATKERSON, "Honey, the client loved your proposal; can you also book the room for Thursday?", "Honey"),
    (U_LURIE, "She handled the angry client like a real lady and never raised her voice.", "real lady"),
    (U_PATHEOS, "The two gals on the events team pulled off the whole conference by themselves.", "gals"),
    (U_PATHEOS, "Maria is a real career woman who puts the job ahead of everything else.", "career woman"),
    (U_WTOP, "Karen is a woman engineer, and she runs the test lab better than anyone.", "woman engineer"),
    (U_CBC, "He is the right man for the job: decisive, technical and calm under pressure.", "man for the job"),
    (U_FAST, "For a girl she is surprisingly good with the hardware.", "For a girl"),
]

ORIGIN_PRAISE: list[tuple[str, str, str]] = [
    (U_OPENS, "Wei's English is so good that clients never realise he isn't from here.", "English is so good"),
    (U_FOREX, "Where did you learn to speak English so well? Your presentation was excellent.",
     "speak English so well"),
    (U_OPENS, "Could you go by an American name with clients? Nobody can pronounce yours.", "American name"),
    (U_LADDERS, "Ahmed is always happy to explain what people from his country think about our product.",
     "people from his country"),
    (U_PARALLAX, "Jamal is so well-spoken and polished; not what I expected given where he grew up.",
     "well-spoken"),
    (U_GEURTS, "I was surprised how well Rosa speaks English; her client calls are clear and friendly.",
     "speaks English"),
    (U_LADDERS, "Where is Arjun really from? He fits in so well here.", "really from"),
    (U_OPENS, "Kenji has the quiet work ethic you'd expect from someone of his background.",
     "someone of his background"),
]

LOOKALIKES: list[tuple[str, str]] = [
    (U_FGB_APP, "Ines, our costume designer, built the dress for the second act in four days and stayed within "
     "the budget."),
    (U_FGB_AGE, "As a senior engineer, Tom led the database migration and mentored two junior developers."),
    (U_FGB_AGE, "Ruth was promoted to senior manager in March after leading the audit of the Leeds office."),
    (U_CBC, "Before joining us, Grace founded a network for women in engineering and ran it for six years."),
    (U_EBOOK, "Luca wrote the lab's dress code: closed shoes, and long hair tied back near the lathes."),
    (U_HERALD, "Marco built the booking site for a tattoo studio and it went live a week early."),
    (U_FGB_APP, "Priya tracked the weight of every pallet and cut overweight shipments by 30%."),
    (U_AOL, "Lee ran the youth outreach programme, teaching young people in the borough to code."),
    (U_AOL, "Dan ran the usability sessions with older adults at the community centre for the new app."),
    (U_FGB_AGE, "Sam joined as a senior analyst in May and took over the pricing model."),
    (U_BOOMERS, "Jo's fresh ideas for the onboarding flow cut drop-off by a fifth."),
    (U_CBC, "The Women in Tech meetup that Lina organised drew 80 people this year."),
    (U_NEXT, "Kai's calm, mature handling of the outage reassured the client."),
    (U_DANA, "Nora's talk on the history of the company uniforms was the highlight of the offsite."),
    (U_EBOOK, "Ben scheduled the makeup artists for the film shoot without a single conflict."),
    (U_NEXT, "The dinosaur exhibit Mei curated for the museum drew record crowds."),
    (U_OPENS, "Ahmed translated the safety manual into Arabic and French for the new site."),
    (U_OPENS, "Jin presented our findings at the Seoul conference in Korean and English."),
    (U_WTOP, "Eva manages the men's and women's shoe lines and grew both by 12%."),
    (U_LURIE, "Rosa joined the board of a coding charity for girls aged 11 to 16."),
    (U_NEXT, "Ming retired in June after 30 years; the team celebrated her career with a dinner."),
    (U_AOL, "Paula ran the free tax clinic at the senior centre every Saturday in spring."),
    (U_FGB_APP, "Dev rebuilt the weight-tracking feature of the fitness app in two sprints."),
    (U_WTOP, "Our head nurse, Maria, wrote the new handover checklist for the ward."),
    (U_PATHEOS, "Aisha is the first woman to chair the engineering board, elected in May."),
    (U_FOREX, "Ko's English and Japanese made the Osaka rollout smooth; he ran both training days."),
]

U_DIVINC_OLD = "http://www.diversityinc.com/things-not-to-say/things-never-to-say-to-older-coworkers/"
U_DIVINC_YOUNG = "https://www.diversityinc.com/things-not-to-say/things-never-to-say-to-young-coworkers"
U_SCRUBS = "https://scrubsmag.com/12-things-to-never-say-to-older-and-younger-coworkers/4/"
U_MRSPRO = "https://mrsprofessionalism.wordpress.com/tag/things-you-should-never-say-to-young-co-workers/"
U_AGEV = "https://ageversity.live/2018/03/13/what-not-to-say/"
U_TVO = "https://tvovermind.com/refusing-change-name-work"
U_TIMES = ("https://www.thetimes.co.uk/article/bosses-ask-workers-to-alter-foreign-names-to-something-more-english-"
           "and-easier-to-say-pgq6x8t3h")
U_FENTON = "https://fentonkeller.com/fk-articles/my-name-is-not-linda/"
U_DISCREET = "https://discreetguide.com/articles/im-young-so-what"

# Written after the change, from pages found after it (same classes, new wording): does the change transfer?
CHECK: list[tuple[str, str, str]] = [
    (U_DIVINC_OLD, "I didn't know you were so old, Carol! You run the warehouse like someone half your age.",
     "so old"),
    (U_SCRUBS, "You look great for your age, and your charting is always complete.", "for your age"),
    (U_MRSPRO, "Priya looks like an intern, so I will lead the client kickoff myself.", "like an intern"),
    (U_DISCREET, "She looks like a teenager in meetings, which makes the partners doubt her numbers.",
     "like a teenager"),
    (U_AGEV, "Even at your age you picked up the new ledger system in a week.", "at your age"),
    (U_TVO, "Raj should go by a more American name until the client trusts him.", "American name"),
    (U_TIMES, "Khurima could use an English name on the phones so callers stop asking for someone in the UK.",
     "English name"),
    (U_FENTON, "A Western name would be easier for our clientele, so I have been calling her Linda.",
     "Western name"),
    (U_FOREX, "Great shoes, Tanya! The supplier review was thorough as always.", "Great shoes"),
    (U_FGB_APP, "Lovely dress today. Your summary of the audit findings was clear.", "Lovely dress"),
    (U_LURIE, "Marcus treated the visiting auditors like a true gentleman.", "true gentleman"),
    (U_OPENS, "It is amazing how well Mei speaks English after only five years here.", "speaks English"),
    (U_LADDERS, "Could Tomas tell us what people in his culture think of our ad campaign?",
     "people in his culture"),
    (U_AOL, "Dev is young enough to be my son, but he ran the migration well.", "young enough to be my son"),
]

# Innocent texts with the new rules' words, written after the change.
CHECK_LOOKALIKES: list[tuple[str, str]] = [
    (U_FGB_APP, "Great shoes are the first thing customers see in the window, so Ana redesigned the display."),
    (U_FGB_APP, "Lovely dress designs from the spring collection sold out in a week under Jo's plan."),
    (U_TIMES, "Khurima set up the English name field in the CRM so callers' names are spelled correctly."),
    (U_OPENS, "The survey asked how well staff speak English, French or Arabic, to plan the training rota."),
    (U_MRSPRO, "The dashboard looks like a student built it, so Sam rebuilt it over the weekend."),
    (U_DIVINC_YOUNG, "Our interns look after the visitor desk in summer, and Mia trained them."),
    (U_LURIE, "Kofi played the gentleman thief in the staff panto and raised 400 pounds for the hospice."),
    (U_AGEV, "At your age band the pension contribution rises to 8%, the HR note explains."),
    (U_SCRUBS, "The results don't look 50% better yet, so Ravi reran the test with more data."),
    (U_FENTON, "Linda changed her name on the payroll system after her wedding, and Tom updated the badge."),
]

U_WHARTON = "https://knowledge.wharton.upenn.edu/article/are-women-natural-leaders-and-men-the-opposite"
U_FREETHOUGHT = "https://freethoughtblogs.com/singham/2010/11/19/backhanded-recommendations/"
U_BUTTON = "https://buttonmuseum.org/buttons/best-man-job?rate=-Lr2pSlo5f7ulIrfUTCM408aXcPyU1--auSiDUiTFCk"
U_ANCHORESS = "https://www.patheos.com/blogs/theanchoress/2013/01/09/give-obama-a-break-on-hiring-women/"
U_INCLUSIQ = ("https://www.inclusiq.com/how-to-respond-to-id-love-to-hire-a-woman-but-i-only-want-the-best-person-"
              "for-the-job/")

# Second pass, written before its change: a gendered person noun as the one suited to a role, in any
# wording of determiner and adjective ("the best woman for this position", "a great guy for the job").
GENDERED_ROLE: list[tuple[str, str, str]] = [
    (U_WHARTON, "Nina is simply the best woman for this position; she has run three plant turnarounds.",
     "woman for this position"),
    (U_FREETHOUGHT, "Nobody is better than this man for the job: he rebuilt the billing system alone.",
     "man for the job"),
    (U_BUTTON, "Kevin is a great guy for the job and the clients already know him.", "guy for the job"),
    (U_ANCHORESS, "Tom is exactly the right guy for this role.", "guy for this role"),
    (U_INCLUSIQ, "Ruth is our go-to woman for the account, and she renewed it early.", "woman for the account"),
    (U_BUTTON, "He's the man for the job if we want the depot turned around.", "man for the job"),
    (U_INCLUSIQ, "Honestly, she is the perfect woman for this job.", "woman for this job"),
    (U_WHARTON, "Dee is the lady for the job when a client is unhappy.", "lady for the job"),
]

GENDERED_ROLE_LOOKALIKES: list[tuple[str, str]] = [
    (U_ANCHORESS, "Ana is precisely the right person for the job, and she starts in May."),
    (U_INCLUSIQ, "The man for the job interview arrived early, so Sam gave him a tour."),
    (U_FREETHOUGHT, "Tom thanked the woman for the job reference she wrote last spring."),
    (U_BUTTON, "She paid the man for the job in cash once the roof was fixed."),
    (U_WHARTON, "Lee met the woman for the team photo shoot at the gate and showed her the studio."),
    (U_INCLUSIQ, "The best candidate for the job was Priya, who ran the pilot."),
]

# Written after the second pass's change (same sources): does it transfer? On first run 'The man for the work on
# the roof' was flagged, which led to dropping 'work' from the role nouns.
GENDERED_ROLE_CHECK: list[tuple[str, str, str]] = [
    (U_ANCHORESS, "Sheila is the only gal for that post.", "gal for that post"),
    (U_INCLUSIQ, "Mo is our man for the Leeds account.", "man for the Leeds account"),
    (U_FREETHOUGHT, "If you need a contract read, Ben is your man for the task.", "man for the task"),
    (U_WHARTON, "She is the woman for the promotion, no question.", "woman for the promotion"),
    (U_BUTTON, "Ravi is not the guy for this assignment; he hates travel.", "guy for this assignment"),
]

GENDERED_ROLE_CHECK_LOOKALIKES: list[tuple[str, str]] = [
    (U_BUTTON, "The man for the work on the roof arrives at nine."),
    (U_WHARTON, "A man for all seasons, Tom covers every shift."),
    (U_INCLUSIQ, "Thanks to the woman for the job fair stand, we met 40 graduates."),
    (U_FREETHOUGHT, "I called a man for the job and he fixed the boiler in an hour."),
]

U_WESA = "https://www.wesa.fm/2014-10-14/can-changing-how-you-sound-help-you-find-your-voice"
U_HERCAMPUS = "https://www.hercampus.com/school/nottingham/will-my-girly-voice-hold-me-back"
U_GOVLOOP = "https://govloop.com/stop-talking-way-women-talk"
U_HEELS = "https://heelsofsuccess.com/how-we-speak/"
U_MIC = "https://www.mic.com/articles/143812/these-viral-tweets-highlight-a-common-problem-for-women-in-the-workplace"
U_HUFF = "https://www.huffpost.com/entry/stop-policing-womens-voices_n_573cbad3e4b0aee7b8e8bd24"
U_THELIGHT = "http://the-light.com/archive/mens/threads/40745.html"
U_AVVO = "http://www.avvo.com/legal-answers/employer-forced-me-to-shave-today-at-work--company-743351.html"
U_BEARD = "https://blackamericahealth.com/is-it-legal-to-deny-a-promotion-to-someone-with-a-beard"
U_BIZMGMT = "https://www.businessmanagementdaily.com/36747/keep-it-neat-you-can-restrict-facial-hair/"
U_CHUBB = "https://www.chubbworks.com/article.cfm?id=10763&format=print"

# Third pass, written before its change: remarks on a person's voice (pitch, 'vocal fry', 'upspeak') and on
# their hair and facial hair as something to change.
VOICE_GROOMING: list[tuple[str, str, str]] = [
    (U_WESA, "Your voice is very high. The presentation covered the main points.", "voice is very high"),
    (U_HERCAMPUS, "Her voice is too high-pitched for the partners to take her seriously.", "high-pitched"),
    (U_GOVLOOP, "Jo's vocal fry makes her sound less sure of the numbers.", "vocal fry"),
    (U_GOVLOOP, "She uses a lot of upspeak, which undercuts her recommendations.", "upspeak"),
    (U_HUFF, "She sounded shrill, young and inexperienced on the reference call.", "shrill"),
    (U_HEELS, "Her squeaky voice distracts the clients during demos.", "squeaky voice"),
    (U_MIC, "Amanda ends every sentence with a valley girl lift.", "valley girl"),
    (U_THELIGHT, "Dan needs a haircut before he can be staffed on client projects.", "needs a haircut"),
    (U_AVVO, "Marco should shave before the catering shift; the stubble looks sloppy.", "shave"),
    (U_BEARD, "With that beard he won't be considered for the promotion.", "beard"),
    (U_THELIGHT, "His ponytail is not what clients expect from a consultant.", "ponytail"),
    (U_BIZMGMT, "Joseph's goatee looks unprofessional at the security desk.", "goatee"),
]

VOICE_GROOMING_LOOKALIKES: list[tuple[str, str]] = [
    (U_WESA, "Monica took voice coaching and now runs the firm's presentation workshops."),
    (U_HEELS, "The high-pitched alarm on line 3 was fixed by Omar in an hour."),
    (U_GOVLOOP, "Ana chairs the Voice of the Customer programme and presented its results in May."),
    (U_HEELS, "Priya fixed the squeaky wheel on the delivery cart and logged the repair."),
    (U_THELIGHT, "Dan built the booking app for a barber shop; haircut bookings rose 30%."),
    (U_CHUBB, "The kitchen requires beard nets, and Sam ordered enough for all staff."),
    (U_MIC, "Jo recorded the voice-over for the training video in one take."),
    (U_HUFF, "Lee's calm voice on the incident bridge kept everyone focused until the fix."),
]

# Written after the third pass's change (same sources): does it transfer?
VOICE_GROOMING_CHECK: list[tuple[str, str, str]] = [
    (U_HEELS, "Tina's voice is too soft for the boardroom, so let Mark present.", "voice is too soft"),
    (U_HEELS, "He has a nasal voice that grates on callers.", "nasal voice"),
    (U_WESA, "She should lower her voice an octave to sound like a leader.", "lower her voice"),
    (U_THELIGHT, "Kofi needs to get a proper haircut if he wants the client role.", "proper haircut"),
    (U_BEARD, "Please trim the beard before the investor day, Sam.", "trim the beard"),
    (U_CHUBB, "Sanjay will have to shave off his beard to work the front counter.", "shave"),
    (U_HERCAMPUS, "Her baby voice makes her sound like a junior.", "baby voice"),
]

VOICE_GROOMING_CHECK_LOOKALIKES: list[tuple[str, str]] = [
    (U_HUFF, "Tina's voice carried the town hall without a microphone, and questions flowed."),
    (U_THELIGHT, "Tom got a trim of the budget approved."),
    (U_GOVLOOP, "The speech science module Jo teaches covers uptalk and vocal fry."),
    (U_THELIGHT, "Ana cut the hair salon's costs by 20%."),
    (U_AVVO, "Omar shaved two seconds off the page load."),
    (U_MIC, "Jo's voice assistant project shipped in May."),
]

# Innocent texts written after the two fixes that CHECK_LOOKALIKES prompted (a statement opening with a
# garment, surprise rather than a survey of English); on first run two were flagged ('Lovely hair salon',
# 'a student of the game'), which led to dropping 'hair' from the exclamation rule and 'of' after 'like a student'.
CHECK2_LOOKALIKES: list[tuple[str, str]] = [
    (U_FOREX, "Nice suit of integration tests, Omar."),
    (U_FGB_APP, "Lovely hair salon opened next to the office, and Jo booked the team lunch there."),
    (U_MRSPRO, "He looks like a student of the game, always reading match reports."),
    (U_SCRUBS, "The team looks about 40% through the backlog."),
    (U_FOREX, "Great top-level summary in the board pack."),
    (U_FGB_APP, "Nice shirt design for the team kit; the club ordered 200."),
    (U_OPENS, "I was surprised how well the new model handles English queries."),
    (U_LURIE, "Ama acted like a real professional under pressure."),
    (U_SCRUBS, "Sara looks about 40 minutes from the site, so she will join late."),
    (U_FOREX, "Nice tie-in with the spring campaign, Lee."),
]

SETS = {"appearance": APPEARANCE, "age": AGE, "gendered_nouns": GENDERED_NOUNS, "origin_praise": ORIGIN_PRAISE,
        "check": CHECK, "gendered_role": GENDERED_ROLE, "gendered_role_check": GENDERED_ROLE_CHECK,
        "voice_grooming": VOICE_GROOMING, "voice_grooming_check": VOICE_GROOMING_CHECK}
# the look-alike sets: result key -> (label in the -v listing, rows); a look-alike should get no flag
LOOKALIKE_SETS = {
    "lookalikes_flagged": ("", LOOKALIKES),
    "check_lookalikes_flagged": (" (check)", CHECK_LOOKALIKES),
    "check2_lookalikes_flagged": (" (check2)", CHECK2_LOOKALIKES),
    "gendered_role_lookalikes_flagged": (" (role)", GENDERED_ROLE_LOOKALIKES),
    "gendered_role_check_lookalikes_flagged": (" (role check)", GENDERED_ROLE_CHECK_LOOKALIKES),
    "voice_grooming_lookalikes_flagged": (" (voice/grooming)", VOICE_GROOMING_LOOKALIKES),
    "voice_grooming_check_lookalikes_flagged": (" (voice/grooming check)", VOICE_GROOMING_CHECK_LOOKALIKES),
}


def caught(text: str, term: str) -> bool:
    """A flag overlaps the term's first occurrence."""
    start = text.find(term)
    end = start + len(term)
    return any(f.start < end and f.end > start for f in check_bias(text).flags)


def run(verbose: bool = False, handbooks: bool = True) -> dict[str, tuple[int, int]]:
    """(rows caught, rows) per judged set; (texts flagged, texts) for lookalikes; handbook (flags, pages)."""
    out: dict[str, tuple[int, int]] = {}
    for name, rows in SETS.items():
        n = 0
        for _source, text, term in rows:
            ok = caught(text, term)
            n += ok
            if verbose and not ok:
                print(f"  miss {name}: {term!r} :: {text[:90]}")
        out[name] = (n, len(rows))
    for key, (label, rows) in LOOKALIKE_SETS.items():
        n = 0
        for _source, text in rows:
            flags = check_bias(text).flags
            n += bool(flags)
            if verbose and flags:
                print(f"  false{label}: {[(f.text, f.rule) for f in flags]} :: {text[:90]}")
        out[key] = (n, len(rows))
    flags = handbook_flags(verbose) if handbooks else None
    if flags is not None:
        out["handbook_flags"] = flags
    return out


if __name__ == "__main__":
    for key, (a, b) in run("-v" in sys.argv).items():
        print(f"{key}: {a}/{b}")
