"""Round 21 second bias probe (bias20): who the characteristic belongs to.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round21b_probe.py [-v]

Written and labelled before the analyzer ran on it, before any change of this pass. None of the texts is
from evals/. The innocent rows are review paragraphs about nurses, teachers, care workers, sales staff,
librarians and coaches in which the characteristic word describes OTHER people (the customers, patients,
residents, pupils or visitors the person serves: "older customers", "a deaf customer") or is part of a
capitalised name of a unit, network, programme or award ("Maternity Unit", "Parents' Association",
"Young Professionals Network"); every flag there is a false flag. The judged rows are look-alikes with
the same settings in which the characteristic is attributed to the reviewed person or used to judge them
("good with the elderly for someone her age", "relates to young customers because he is young himself",
"the token woman on the panel"); ``term`` is the part a reviewer should see flagged, and a row counts as
caught when a flag overlaps its first occurrence. The handbook pages of ../shared/corpora/handbooks/docs
are run too (flags / pages).

The settings and the kinds of people served follow public pages (search tool, corpus `pages`): nomination
and thank-you letters for nurses and care staff, library outreach for older adults and patrons with
disabilities, care-home staff awards. Their URLs are kept with the rows; the wording is new.

As measured (texts flagged / texts for the innocent sets; rows caught / rows for the judged ones), main
0689599 -> bias20 (_Checker._holder): served 2/22 -> 0/22, titles 4/15 -> 1/15 (left: 'missed medication
rounds', a health noun modifying a work noun, no name nor served people), judged 23/24 -> 23/24 (left: 'comes
naturally to a woman', a gender generalisation, not a holder question), handbook flags 2/28 -> 2/28. The check
sets, written after the change: check_innocent 1/12 -> 0/12, check_judged 5/8 -> 5/8 (left, as on main: 'is
disabled herself', 'a bit old for leading', 'a grandmother herself': a characteristic predicated of the
person that no rule flags there; not fitted after the fact).

Follow-up (rule kinds, BiasRule.kind: a `mention` rule's neutral word takes the holder method, a `wording`
rule's rejected term is flagged whoever it describes), main 0689599 -> cd638ed -> bias20: served_wording
9/10 -> 7/10 -> 10/10 (the holder had cleared 'wheelchair-bound residents', 'handicapped children', 'senile
residents'); check sets written after the change: check_wording 7/8 -> 7/8 -> 8/8, check_wording_innocent
(accepted words for the same people: 'disabled customers', 'autistic pupils', 'bipolar patients') 2/8 -> 0/8
-> 0/8; every other figure above unchanged, handbook flags 2/28.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.analyzers.bias import check_bias

sys.path.insert(0, str(Path(__file__).parent))
from bias_round20_probe import handbook_flags  # noqa: E402  (one reader of the shared handbook pages)

U_NURSE = "https://www.boston.com/news/jobs/2014/05/04/nomination-letters-bedford-va-medical-center"
U_NURSE2 = "https://write-letter.com/online/1457/commendingnursingstaff.aspx"
U_LIB = "http://ridgefieldctlibrary.blogspot.com/2008/06/celebrating-older-adults-at-ridgefied.html"
U_LIB2 = "http://www.lansingstar.com/around-town/12695-county-library-staff-win-national-award"
U_LIB3 = "https://jenny-arch.com/2017/12/"
U_CARE = "https://docsbay.net/2017-direct-care-worker-of-the-year"
U_CARE2 = "https://woodlands-hillbrow.co.uk/2014/07/25/staff-award-nomination-form/"
U_GUARD = "http://hylifeoha.com/a-guardians-thank-you-letter/"
OWN = "written for this probe"

# (source, text): the characteristic is other people's, or part of a name; no flag is right.
SERVED: list[tuple[str, str]] = [
    (OWN, "Aisha answered calls from older customers who struggled with the new app and wrote a one-page guide "
          "that cut repeat calls by a third."),
    (U_LIB3, "Leon patiently explained the billing change to a deaf customer using the text relay service and "
             "followed up in writing the same day."),
    (U_NURSE, "As a care worker, Fatima supports residents with dementia through the evening routine; families "
              "have written in twice to thank her."),
    (U_LIB2, "Hannah runs the weekly story time for toddlers and added a sensory session for children with "
             "autism and their carers."),
    (U_LIB, "In the library, Ravi set up a large-print collection for elderly readers and trained two "
            "volunteers to run the home delivery round."),
    (OWN, "Chen's sales were strongest with young families buying their first home; he closed 31 mortgages "
          "this year."),
    (U_LIB3, "Omar helps blind and partially sighted customers set up their phones in store and booked 140 "
             "appointments this quarter."),
    (OWN, "Nadia taught the Year 2 class this year; several pupils with special educational needs made more "
          "than the expected progress in reading."),
    (U_CARE, "Daniel visited housebound pensioners every Thursday and logged every visit on the same day."),
    (OWN, "Pete handled a complaint from an elderly visitor who had been overcharged and arranged a refund "
          "within the hour."),
    (OWN, "Maya designed the summer programme for teenage girls at the youth centre; 60 signed up and 52 "
          "completed it."),
    (OWN, "Ahmed speaks to recently widowed callers every week on the bereavement line and keeps his notes "
          "clear and brief."),
    (U_NURSE2, "Rosa supports pregnant women at the antenatal clinic and started an evening slot for those who "
               "cannot come in during the day."),
    (U_NURSE, "Eva listened carefully to a confused elderly patient, found his daughter's number and arranged "
              "a lift home."),
    (OWN, "Tariq helped a wheelchair user reach the upstairs gallery when the lift failed and then reported "
          "the fault."),
    (OWN, "Chloe teaches swimming to older beginners on Saturdays, and three of her students swam their first "
          "length this term."),
    (OWN, "Mei translated the welcome letter for Mandarin-speaking parents and ran the open evening for new "
          "families."),
    (U_CARE, "Frank serves elderly and disabled passengers at the assistance desk and had the highest customer "
             "score in the terminal."),
    (U_GUARD, "Jade built real rapport with a resident who has Parkinson's and now leads his morning exercises."),
    (OWN, "Kofi coaches young offenders in the prison kitchen; four of his trainees found catering jobs on "
          "release."),
    (U_LIB, "Ruth runs the digital skills drop-in for retired residents and answered more than 300 questions "
            "this year."),
    (OWN, "Sanjay sold more hearing aids to older clients than anyone in the region and kept returns under 2%."),
]
TITLES: list[tuple[str, str]] = [
    (OWN, "Priya led the falls-prevention work on the Elderly Care Unit this year and rewrote the handover "
          "sheet the night team now uses."),
    (U_NURSE2, "Tom moved to the Maternity Unit in March and took over the discharge checklists; audit scores "
               "there rose from 82% to 96%."),
    (OWN, "Grace volunteers with the Parents' Association and organised the spring book fair, which raised "
          "£2,400 for the school library."),
    (OWN, "Marcus chairs the Young Professionals Network and brought in four speakers this year; attendance "
          "doubled."),
    (OWN, "Beth worked on the Women's Health Ward through the winter and kept the bay fully staffed during "
          "the flu outbreak."),
    (OWN, "Kwame leads the Disabled Staff Network and delivered the accessibility audit of all three offices "
          "on time."),
    (OWN, "Lucy introduced the play-therapy rota on the Children's Ward and cut missed medication rounds to "
          "zero."),
    (OWN, "Ines manages the Older People's Mental Health team and reduced the waiting list from 11 weeks "
          "to 6."),
    (OWN, "Ken coaches the Over-60s Walking Football group and organised the charity match against the fire "
          "brigade."),
    (OWN, "Sofia won the Young Achiever Award at the regional sales dinner for her work on the Kent accounts."),
    (OWN, "Ben worked nights on the Mother and Baby Unit for six months and trained three new starters there."),
    (OWN, "Liam runs the mentoring scheme of the Black Employees Network, pairing 20 mentors with new joiners."),
    (OWN, "Anita joined the Young Mothers Support Service in January and completed all 48 home visits on "
          "schedule."),
    (OWN, "Joe kept the agenda and minutes of the Senior Leadership Forum all year without a missed deadline."),
    (OWN, "Dev represented us at the Deaf Awareness Week fair and signed up 30 new volunteers."),
]
# (source, text, term): the characteristic is the reviewed person's, or used to judge them.
JUDGED: list[tuple[str, str, str]] = [
    (OWN, "Priya is good with the elderly patients for someone her age.", "for someone her age"),
    (OWN, "Tom relates to young customers because he is young himself.", "is young himself"),
    (OWN, "Grace was the token woman on the interview panel for the ward manager post.", "token woman"),
    (OWN, "Aisha is great with older customers, maybe because she is getting on a bit herself.",
     "getting on a bit"),
    (OWN, "Marcus is too old to keep up with the younger customers on the app.", "too old"),
    (OWN, "Sam is very maternal with the residents; that comes naturally to a woman.", "naturally to a woman"),
    (OWN, "Hannah is a bit too old for the Young Professionals Network now.", "too old"),
    (OWN, "The patients warm to Chen because he is an older gentleman.", "older gentleman"),
    (OWN, "Ravi's accent makes it hard for the elderly readers to follow him.", "accent"),
    (OWN, "Jo is a pretty young thing and the customers love her.", "pretty young thing"),
    (OWN, "Nadia is a working mother, so she may not manage the Year 2 class and the residential trip.",
     "working mother"),
    (OWN, "Daniel is the old man of the team, and the pensioners trust him for that.", "old man"),
    (OWN, "Kwame is very articulate for someone from his background.", "articulate"),
    (OWN, "Lucy is a young girl, and the patients' families do not take her seriously.", "young girl"),
    (OWN, "Sara handles difficult customers well for a woman.", "for a woman"),
    (OWN, "Ines is pregnant, so she should not lead the Older People's Mental Health team next year.",
     "pregnant"),
    (OWN, "Pete is a bit long in the tooth to be running the youth club.", "long in the tooth"),
    (OWN, "Ahmed is a devout Muslim and might not be comfortable on the Women's Health Ward.", "devout Muslim"),
    (OWN, "Rosa is too old to relate to the young mothers she supports.", "too old"),
    (OWN, "Ken is still sharp for his age, and the Over-60s group love him.", "for his age"),
    (OWN, "You are young yourself, which is why the students relate to you so well.", "young yourself"),
    (OWN, "Fatima is a young mum herself, so she understands the mothers on the ward.", "young mum"),
    (OWN, "Beth is older than the other nurses on the Children's Ward and slower with the new system.",
     "older than the other nurses"),
    (OWN, "As an elderly lady herself, Ruth is patient with the retired residents.", "elderly lady"),
]

# Written after the change (before its first run), to see whether the method transfers: new settings
# (pharmacy, housing, sports centre, call centre, school office, museum) and new name shapes.
CHECK_INNOCENT: list[tuple[str, str]] = [
    (OWN, "Harriet set up a quiet hour on Tuesdays for shoppers with autism and their families; footfall in "
          "that hour doubled."),
    (OWN, "At the pharmacy counter, Idris talks elderly customers through their new inhalers and has had no "
          "dispensing errors all year."),
    (OWN, "Noor runs the tenancy sustainment service and helped 40 disabled tenants keep their homes this year."),
    (OWN, "Callum's leisure centre classes for pregnant clients are booked out a month ahead."),
    (OWN, "Bea organised the Deaf Awareness Day stall in the atrium and recruited twelve volunteers."),
    (OWN, "Grant sits on the Black and Asian Staff Forum and drafted its first annual report."),
    (OWN, "Lena took calls from vulnerable callers with hearing loss through the relay line and resolved 94% "
          "on first contact."),
    (OWN, "Yusuf chairs the Retired Members Association liaison group and kept every meeting to its agenda."),
    (OWN, "Olivia led tours for blind visitors using the museum's handling collection and trained two guides "
          "to run them."),
    (OWN, "Rhys coordinates the Young Carers Programme at the school and met every referral deadline."),
    (OWN, "Abdul adapted the induction pack for learners with dyslexia, and completion rose to 91%."),
    (OWN, "Kim answered 300 queries from older passengers about the new ticket machines during launch week."),
]
CHECK_JUDGED: list[tuple[str, str, str]] = [
    (OWN, "Idris is great with the elderly customers, probably because he is an old man himself.", "old man"),
    (OWN, "Noor is disabled herself, so she should not take on the tenancy visits.", "disabled"),
    (OWN, "Callum is too young to be taken seriously by the pregnant clients.", "too young"),
    (OWN, "Grant was only put on the Black and Asian Staff Forum as the token Black guy.", "Black guy"),
    (OWN, "Lena is hard of hearing, which makes her a weak choice for the relay line.", "hard of hearing"),
    (OWN, "Olivia is a bit old for leading the school tours now.", "a bit old"),
    (OWN, "Rhys is a young dad, so the Young Carers Programme may be too much for him.", "young dad"),
    (OWN, "Kim is a grandmother herself and talks to the older passengers like one.", "grandmother"),
]

# Round 21 follow-up (AQ), written and labelled before the kind field existed and before any run: the
# people served described with a term the sources reject in itself (NCDJ Disability Language Style Guide;
# APA Style, disability and age: "wheelchair-bound", "confined to a wheelchair", "suffers from",
# "handicapped", "the disabled", "crippled", "senile"). The wording is biased whoever it describes, so a
# flag on ``term`` is right.
U_APA = "https://apastyle.apa.org/style-grammar-guidelines/bias-free-language/disability"
U_NCDJ = "https://ncdj.org/style-guide/"
SERVED_WORDING: list[tuple[str, str, str]] = [
    (U_APA, "Marta runs the evening activities for the wheelchair-bound residents of the east wing and never "
            "misses a handover.", "wheelchair-bound"),
    (U_NCDJ, "Tom drives the minibus for customers confined to a wheelchair and keeps the lift serviced.",
     "confined to a wheelchair"),
    (U_APA, "Priya supports patients who suffer from dementia on the night shift and writes clear notes.",
     "suffer from dementia"),
    (U_NCDJ, "Owen set up a reading club for handicapped children at the branch library.", "handicapped"),
    (U_APA, "Gemma organised transport for the disabled to the summer fair and recruited six drivers.",
     "the disabled"),
    (U_NCDJ, "Sam helps crippled veterans with their benefit claims and cleared the backlog in March.",
     "crippled"),
    (U_APA, "Ama is gentle with the senile residents on the second floor and knows every family by name.",
     "senile"),
    (U_NCDJ, "Lucas adapted the gym programme for members who are mentally handicapped and doubled attendance.",
     "mentally handicapped"),
    (U_APA, "Zara answers calls from clients afflicted with multiple sclerosis and books their home visits.",
     "afflicted with multiple sclerosis"),
    (U_NCDJ, "Bill plans the day trips for pupils with special needs who are wheelchair-bound.",
     "wheelchair-bound"),
]

# Written after the kind change (before its first run): the same class in new settings, and the neutral or
# accepted words for the same people (identity-first "disabled customers", "autistic pupils", a clinical
# "bipolar patients", "residents living with dementia"), which stay mentions.
CHECK_WORDING: list[tuple[str, str, str]] = [
    (OWN, "Dev rebuilt the ramp rota so the wheelchair-bound members of the club can reach the upper pitch.",
     "wheelchair-bound"),
    (OWN, "Lucy reads the post aloud for the senile patients on Ward 3 every morning.", "senile"),
    (OWN, "Omar volunteers with mentally retarded adults at the day centre on Fridays.", "retarded"),
    (OWN, "Chloe set up a lunch club for the handicapped and trained four volunteers to run it.",
     "the handicapped"),
    (OWN, "Nia counsels clients who suffer from schizophrenia and kept every case note current.",
     "suffer from schizophrenia"),
    (OWN, "Abe coaches a swimming squad for deaf and dumb teenagers and won the county award.", "deaf and dumb"),
    (OWN, "Jade manages the hostel for junkies and recovering alcoholics and cut evictions by half.",
     "recovering alcoholics"),
    (OWN, "Femi answers calls from elderly customers confined to a wheelchair and arranges home delivery.",
     "confined to a wheelchair"),
]
CHECK_WORDING_INNOCENT: list[tuple[str, str]] = [
    (OWN, "Noor helped 40 disabled customers keep their accounts open during the branch closures."),
    (OWN, "Sara teaches autistic pupils in the resource base and wrote the new visual timetable."),
    (OWN, "Rob supports bipolar patients on the acute ward and leads the medication review meeting."),
    (OWN, "Kate runs the memory café for residents living with dementia and their families."),
    (OWN, "Ade fitted the changing room for visitors who use wheelchairs and met the budget."),
    (OWN, "Mei chairs the Deaf Club committee and doubled its membership."),
    (OWN, "Paul drives the accessible bus for older and disabled passengers on the Tuesday route."),
    (OWN, "Ellie set up a quiet reading corner for dyslexic learners in the library."),
]


def caught(text: str, term: str) -> bool:
    """A flag overlaps the term's first occurrence."""
    start = text.find(term)
    end = start + len(term)
    return any(f.start < end and f.end > start for f in check_bias(text).flags)


def _flagged(rows: list[tuple[str, str]], label: str, verbose: bool) -> tuple[int, int]:
    """(texts flagged, texts) of a set that should get no flag; with ``verbose``, each false flag."""
    n = 0
    for _source, text in rows:
        flags = check_bias(text).flags
        n += bool(flags)
        if verbose and flags:
            print(f"  false{label}: {[(f.text, f.rule) for f in flags]} :: {text[:90]}")
    return n, len(rows)


def _caught(rows: list[tuple[str, str, str]], label: str, verbose: bool) -> tuple[int, int]:
    """(rows caught, rows) of a judged set; with ``verbose``, each miss."""
    n = 0
    for _source, text, term in rows:
        ok = caught(text, term)
        n += ok
        if verbose and not ok:
            print(f"  miss{label}: {term!r} :: {text[:90]}")
    return n, len(rows)


def run(verbose: bool = False, handbooks: bool = True) -> dict[str, tuple[int, int]]:
    """(texts flagged, texts) for the innocent sets; (rows caught, rows) for the judged set; handbook
    (flags, pages)."""
    out: dict[str, tuple[int, int]] = {
        "served_flagged": _flagged(SERVED, " (served_flagged)", verbose),
        "titles_flagged": _flagged(TITLES, " (titles_flagged)", verbose),
        "judged_caught": _caught(JUDGED, "", verbose),
        "served_wording_caught": _caught(SERVED_WORDING, " (served wording)", verbose),
        "check_wording_caught": _caught(CHECK_WORDING, " (check wording)", verbose),
        "check_wording_innocent_flagged": _flagged(CHECK_WORDING_INNOCENT, " (check wording)", verbose),
        "check_innocent_flagged": _flagged(CHECK_INNOCENT, " (check)", verbose),
        "check_judged_caught": _caught(CHECK_JUDGED, " (check)", verbose),
    }
    flags = handbook_flags(verbose) if handbooks else None
    if flags is not None:
        out["handbook_flags"] = flags
    return out


if __name__ == "__main__":
    for key, (a, b) in run(verbose="-v" in sys.argv).items():
        print(f"{key}: {a}/{b}")
