"""Round 40 bias recall probe (biasgen40): a trait ascribed to a person through their gender group by a comparative
clause of similarity with a generic plural subject and a pro-form ("She has a good eye for colour, as women do",
"She is emotional and sensitive, as women naturally are", "like girls do"), and look-alikes (an equative of degree
between the sexes "as much as girls do", a clause of reason with a population fact "as women tend to live longer",
the verb 'don', the writer's own group "We were chatting, as girls do", a thing compared "Older cities grow
crookedly, as men do", a relative clause that restricts the group "as men do who ...").
Labelled and split (random.Random(4040), within biased/clean) before any run.

Rows in ``evals/probes/round40/biasgen40.jsonl`` (README: evals/probes/round40/README.biasgen40.md). Scored by the
shared runner (scripts/bias_span_probe_io.py, ``term_main``); ``-v`` prints the misses and the flagged clean rows.

    PYTHONPATH=$PWD python scripts/biasgen40_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "biasgen40.jsonl"

main = probe_io.term_main(PROBE, "labels", ("tune", "untouched"), pick=True)

if __name__ == "__main__":
    main()
