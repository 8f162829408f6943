"""Round 30 bias probe A (precision by decision procedure): a characteristic word in a review paragraph is bias
only when it judges or decides about the reviewed person. Innocent mentions, grouped by why they are innocent, beside
biased look-alikes that use the same facts or words against the person.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round30a_probe.py [-v]

Rows in scripts/bias_round30a_probe.tsv, written in our own words as review paragraphs after the outside page named
in column ``source`` (APA bias-free language, EEOC, ACAS, JAN, Bias Interrupters, SHRM, ...), and labelled before the
analyzer ran on them; none is from evals/. Sets (look-alikes first, then the biased counterparts):

FS / FB  a characteristic stated as a fact or schedule beside the work (leave, fasting, age milestone, pregnancy)
         / the same fact made the grounds of a doubt or decision.
PS / PB  people the job serves named by a characteristic / that characteristic turned on the reviewed person.
AC / AB  an accommodation granted or used / the accommodation or condition made grounds of a doubt or decision.
PQ / PX  a policy quoted or cited / the policy's subject used against the person.
WC / WB  the writer's own circumstance / the writer's circumstance as a yardstick against the person.
IL / IB  a term's literal sense (a truck's blind spot, young plants, old servers, senior living) / said of the person.
NP / NB  a name or place that looks like a term (Christian, Grace, Old Street, Ms Young, Chinatown) / the
         characteristic itself judged.

Written and labelled in a second pass, before any run on them: one sentence set into a review paragraph (a warehouse
lead, a care coordinator, an account manager), the way review paragraphs carry circumstances.
GT / GX  a gender-coded word said of a thing or an act ("an aggressive target", "her mature handling of the dispute",
         "the assertive communication course") / said of the person.
RK / RX  a rank or age-grade word as a grade or a thing (junior member, senior coordinator, legacy CRM, an older
         colleague shadowed) / said of the person as a fitness.
LG / LX  languages spoken as a skill / language or origin judged.
HL / HX  sickness, surgery, leave stated with its arrangement / made grounds of a decision.
FM       a family fact with an agreed arrangement or a declared interest; MX the family fact as grounds.
SV       people served (clients with hearing loss, older pickers on light duties).
NM / NX  names of people or organisations (Christian Aid, Black Sheep Brewery, Grace, Patience, Mr Young) /
         stereotypes of the person.

Written and labelled in a third pass, before any run on them, in the same paragraphs:
AA / AX  religious dress, a hearing aid, a family arrangement with the step the employer took / the same as a decision.
QR / QX  a third party's remark the person handled or reported / the remark endorsed by the writer.
OG       organisations and events (Age UK, Black Friday, a women in logistics network, Deaf Awareness Week).
TL / TX  literal senses (a dumbwaiter, a blind tasting panel, mature students) / the words said of the person.
WO / WX  the writer's own leave or surgery / the writer's own recovery as a yardstick against the person.

Written and labelled after the first two changes (accommodation, reported incident) ran, before any run on them (a
check set): KA look-alikes of both in other words; KB their biased counterparts (a provision followed by a doubt or
a contrast, a remark endorsed or relayed).
Written and labelled after the lead's note on dev19's tune half (07:36 on the board), before any change for them:
BM / BX  a body-measure noun as a thing's setting ("kept the forks at travel height", "the rated load weight",
         "between knee and shoulder height") / the person's height or weight judged.
GN / GG  a role noun between the named person and her pronoun ("balanced the vault with the head teller, and
         she ...") / generic 'a/every/any <role> ... his/her'.
FQ / FX  a floating 'each' after a quantity ("£15 each, and on both of them she ...") / generic 'each <role>'.
TD / TY  an observance or a school run with its agreed hours ("moved her lunch relief to the late afternoon") / the
         same made a complaint of lateness.
NW, written after the diagnosis of dev19's tune item (number words and prepositions read as agent nouns by their
shape: 'three', 'under'), labelled before running: floating 'each' with "on three of them he ...".
XP / XQ, written and labelled after all changes above, before any run (a last check set): literal senses in
grounds, workshop and ward reviews (mature trees, a hairline crack, the body shop, blind corners, a patient's
weight and height at admission, a policy quoted) / their biased counterparts.

YP / YW / YN / YB, a last pass written and labelled after all changes above, before any run: policy wording quoted
(a dress code, a pregnancy risk assessment, the reasonable adjustments process), the writer's own condition or leave
("I am dyslexic, so I asked him to send the board pack in a larger font"), place and company names (Blackburn,
Whitehaven, Young's Seafood, Little India, the Grey Fox and Black Horse pubs) / biased counterparts.

Correct for the biased sets (FB, PB, AB, PX, WB, IB, NB, GX, RX, LX, HX, MX, NX, AX, QX, TX, WX): a flag of the row's category overlapping the judgement
span; a flag outside it is a false flag. Correct for the look-alike sets: no flag.

As measured, main 92b7649 (f206cd0 for the dev19 rows) -> bias30: look-alikes 116/130 (16 false flags) -> 130/130
(0); biased 62/75 -> 62/75 (no biased row lost or won; their misses are recall, left to the recall probe). By set:
AC 4/5 -> 5/5 (ADHD with an aid agreed with his manager), AA 3/5 -> 5/5 (turban and bump cap ordered; hearing
aids and a headset bought), QR 1/3 -> 3/3 (remark reported/raised), BM 4/7 -> 7/7, TD 1/3 -> 3/3, NW 1/3 -> 3/3,
XP 11/12 -> 12/12 ('the two blind corners', found by the last check set: a disability adjective inside a noun
phrase opened by a determiner or number, heading a noun that names no person, is the thing's property); every
YW 2/3 -> 3/3 ("I am dyslexic, so ...": a condition predicated of the writer by 'I am', with no 'too'/'also' and no
verdict in the sentence, is the writer's own); every other set unchanged. The check set KA was already 6/6 on main (the first two changes add nothing there) and KB
4/6 on both; FQ 5/5 on both (a floating 'each' misfires only with a role-shaped word after it, as NW shows).
Round 30o (biasrec30c, recall): biased 62/75 -> 65/75 (AB 'Because he uses a screen reader, I doubt ...', KB 'He is a
wheelchair user, so ...', XQ 'a big lad ..., so I keep him on the tyre bay'); look-alikes 130/130 kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("FS", "FB", "PS", "PB", "AC", "AB", "PQ", "PX", "WC", "WB", "IL", "IB", "NP", "NB",
        "GT", "GX", "RK", "RX", "LG", "LX", "HL", "HX", "FM", "MX", "SV", "NM", "NX",
        "AA", "AX", "QR", "QX", "OG", "TL", "TX", "WO", "WX", "KA", "KB", "BM", "BX", "GN", "GG", "FQ", "FX", "TD", "TY", "NW", "XP", "XQ", "YP", "YW", "YN", "YB")
CLEAN_SETS = ("FS", "PS", "AC", "PQ", "WC", "IL", "NP", "GT", "RK", "LG", "HL", "FM", "SV", "NM", "AA", "QR", "OG", "TL", "WO", "KA", "BM", "GN", "FQ", "TD", "NW", "XP", "YP", "YW", "YN")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
