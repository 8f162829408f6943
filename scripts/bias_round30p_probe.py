"""Round 30p bias probe: category agreement - a flag on a labelled span must carry the label's category, so the
longer idiom's rule must win the span over a shorter term of another category inside it.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round30p_probe.py [-v]

Rows in scripts/bias_round30p_probe.tsv, written in the engineer's own words after the outside page named in column
``source``, labelled before the analyzer ran on them; none is from evals/. Sets that must be flagged (a flag of the
category overlapping column ``judgement``):

OW  'old woman' said of a man ('a real old woman', 'such an old woman'): a gender-coded insult (Collins), not age.
NG  an origin-group frame with an informal group noun ('Like a lot of the Polish lads on the night shift'):
    race_ethnicity (national origin as the frame), not the gendered group word inside it.
MF  'for a mother' / 'for a mom' as the measure of a result: family_status (maternal wall), not gender_coded.
AL  'looks great for his age': age, not appearance.

Look-alikes that must stay clean (every flag is a false flag): OWX a real old woman as a third party; NGX a nationality
as a plain fact, 'like most of the crew', 'like a lot of the lads' doing a course; MFX a policy for a mother or a
father, a hamper for a mother on a ward; ALX a rota or a scorecard that looks great.

The OW, NG, MF, AL and look-alike rows were written together; MF and AL after their rule changes were made (their
labels follow the labelling guides, not the output), OW and NG before any change for them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("OW", "OWX", "NG", "NGX", "MF", "MFX", "AL", "ALX")
CLEAN_SETS = ("OWX", "NGX", "MFX", "ALX")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
