"""Calibrate :data:`assistant.qa.check.FAQ_MATCH_SIMILARITY`: the whole-question embedder cosine at which a
page's own FAQ question is taken to be the user's question.

Pairs: every two different FAQ questions of one page (a heading, a "Q." line or a bold line that asks, read by
:func:`assistant.qa.check.faq_question`) over the pages of ``evals/handbooks2/docs``, the sample knowledge
(``assistant/sample_knowledge``) and, when present, ``shared/corpora/handbooks/docs``. Two questions one page
asks separately are different questions ("Can I extend my parental leave past 16 weeks?" / "Can I work
part-time during my parental leave and thereby extend it longer than 16-weeks?"); the threshold is the lowest
value (two decimals) that at most 1% of those pairs reach. No question of any question file is read.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_faq_match_calibration.py

Prints the pair count, percentiles, the highest pairs and the threshold.
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARE = 0.01  # the most of the different-question pairs that may reach the threshold
ASKING_LINE = re.compile(r"^\s*(?:#+|\*\*|Q\s*[.:])")


def page_questions(path: Path) -> list[str]:
    """The FAQ questions a page asks, in order, each once."""
    from assistant.qa.check import faq_question

    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        question = faq_question(line.replace("**", "")) if ASKING_LINE.match(line) else None
        if question is not None and question.casefold() not in {q.casefold() for q in out}:
            out.append(question)
    return out


def folders() -> list[Path]:
    from assistant.evaluation.policy import shared_dir

    out = [ROOT / "evals" / "handbooks2" / "docs", ROOT / "assistant" / "sample_knowledge"]
    shared = shared_dir()
    if shared is not None:
        out.append(shared / "corpora" / "handbooks" / "docs")
    return out


def main() -> int:
    import numpy as np

    from assistant.knowledge import embeddings
    from assistant.settings import Settings

    embedder = embeddings.get_embedder(Settings())
    pairs: list[tuple[float, str, str]] = []
    for folder in folders():
        for path in sorted(folder.rglob("*.md")):
            questions = page_questions(path)
            if len(questions) < 2:
                continue
            vectors = np.asarray(embedder.embed_documents(questions), dtype=float)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            sims = vectors @ vectors.T
            pairs += [(float(sims[i, j]), questions[i], questions[j])
                      for i, j in itertools.combinations(range(len(questions)), 2)]
    pairs.sort(reverse=True)
    values = np.array([p[0] for p in pairs])
    print(f"{len(pairs)} pairs of different FAQ questions of one page")
    print("percentiles 50/90/95/99/max: " + " ".join(f"{v:.3f}" for v in [*np.percentile(values, [50, 90, 95, 99]),
                                                                          values.max()]))
    for score, a, b in pairs[:8]:
        print(f"  {score:.3f}  {a} | {b}")
    threshold = next(t / 100 for t in range(0, 101) if (values >= t / 100).mean() <= SHARE)
    print(f"threshold (lowest with <= {SHARE:.0%} of pairs at or above): {threshold:.2f} "
          f"({int((values >= threshold).sum())} pairs reach it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
