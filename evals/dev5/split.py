"""Assign every dev5 item to the tuning or the held-out half, deterministically.

The method is evals/dev/split.py's (every item of a source document in the same half, a seeded
search that keeps each label stratum and the item count close to 50/50); only the seed and the
folder differ, so the rounds are split independently.

    python evals/dev5/split.py            # write the `split` field into the three files
    python evals/dev5/split.py --check    # exit 1 if a file's `split` differs from the assignment
    python evals/dev5/split.py --counts   # print per-half counts (the tables in README.md)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270131

_spec = importlib.util.spec_from_file_location("dev_split", HERE.parent / "dev" / "split.py")
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)

document = _base.document
strata = _base.strata
counts = _base.counts
load = _base.load


def assign(name: str, items: list[dict], seed: int = SEED, tries: int = _base.TRIES) -> dict[str, str]:
    """Document -> half for one dev5 set (evals/dev/split.py's search with this round's seed)."""
    return _base.assign(name, items, seed, tries)


def main(argv: list[str] | None = None) -> int:
    return _base.main(argv, here=HERE, seed=SEED)


if __name__ == "__main__":
    sys.exit(main())
