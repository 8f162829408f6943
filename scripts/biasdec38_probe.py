"""Round 38 bias recall probe (biasdec38): a characteristic (pregnancy, children, age, religious dress, race) given as
the reason of a decision taken about the person: hiring, firing, promotion, assignment, preference ("refused to hire
... because she was pregnant", "did not want any more old applicants as they did not work hard enough"), and
look-alikes (an adjustment at the person's request, a decision for performance, a characteristic stated beside an
unrelated decision). Real remarks and reports from EEOC releases, court coverage and first-person posts, labelled and
split (random.Random(3838), within biased/clean) before any run.

Rows in ``evals/probes/round38/biasdec38.jsonl`` (README: evals/probes/round38/README.biasdec38.md). Scored by the
shared runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` prints the misses and the flagged clean rows.

    PYTHONPATH=$PWD python scripts/biasdec38_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round38" / "biasdec38.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"), pick=True)

if __name__ == "__main__":
    main()
