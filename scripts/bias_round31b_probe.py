"""Round 31b bias probe: children in the person's charge in a care setting (a nursery, school, ward, club) are the
work, not the person's family; the person's own children in the same settings stay a family mention.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round31b_probe.py [-v]

Rows in scripts/bias_round31b_probe.tsv, written in the engineer's own words after the outside pages named in column
``source`` (EYFS key-person framework, Ofsted nursery reports, school and paediatric-ward role pages, Bias
Interrupters' maternal wall), labelled before the analyzer ran on them and before any change; none is from evals/.

KC (must stay clean, the class): a child noun naming the children a key person, teacher, nurse or playworker looks
   after, tied to a judgement of the work: a role modifier after the possessive ('her key children', 'his Year 4
   children', 'her focus children', 'his allocated children'), or a bare plural the work acts on ('chasing toddlers',
   'calming upset toddlers', 'too soft with boisterous children').
OC (must flag family_status, the look-alikes): the person's own children in the same settings brought into a
   judgement ('her own children are often ill', 'his kids', 'has three children', 'her toddler at home').

RP (must flag race_ethnicity): an ethnicity or national origin predicated of the person by a copula and tied to a
   judgement or decision, fronted as grounds or followed by a consequence ('Because she is Roma, some customers may be
   uneasy, so ...', 'He is Romanian, which is why I keep a close eye on the cash drawer').
RX (must stay clean, their look-alikes): the origin stated beside the work, a language, a company's nationality,
   and the same 'because/since/as she is ...' grounds with a skill or a tenure.
GE (must flag gendered_language): the person made an example of a gender group ('Girls like Chloe are natural
   nurturers', 'Men like him don't ask for help'); written and labelled after the first two classes were committed.
GX (must stay clean, their look-alikes): the verb 'like' ('The girls like Chloe's new rota'), a role model ('Women
   like Serena Williams inspired her'), a group that is no gender ('Customers like Priya because ...').

Printed per set: right/rows and false flags (flags outside the labelled span; every flag for KC).

As measured, main 2c98711 -> bias31: KC 10/20 (11 false flags) -> 19/20 (1: 'too soft', gender_coded.tightrope, not
this class); OC 17/20 -> 17/20 (same rows); RP 2/10 -> 10/10; RX 10/10 -> 9/10 ('She is Roma and asked for the day
off for a funeral': tied by the same path that flags religion.faith_label's 'She is Jewish and asked ... for a family
funeral' on main). Flagged sets 19/30 -> 27/30, look-alikes 20/30 -> 28/30.
GE 2/10 -> 10/10 (1 flag outside the span both: 'too emotional', gender_coded.emotional, beside 'Women like her');
GX 10/10 -> 10/10. Whole probe (60 rows): flagged 21/40 -> 37/40, look-alikes 30/40 -> 38/40.
Round 34 (biasprec34): RX 9/10 -> 10/10: "She is Roma and asked for the day off for a funeral" is the person's own
request (_HolderChecks._own_request).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("KC", "OC", "RP", "RX", "GE", "GX")
CLEAN_SETS = ("KC", "RX", "GX")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)


if __name__ == "__main__":
    main()
