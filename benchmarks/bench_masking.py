"""Masking recall and precision on realistic HR text with planted personal data.

Usage: python benchmarks/bench_masking.py   (prints a Markdown section)

* Names: 30 HR texts (tests/adversarial/data/masking_templates.txt; odd lines tune, even lines
  held-out) with two people planted in each, drawn from sources *independent of the shipped
  gazetteer*: first names from gender-guesser's nam_dict (Jörg Michael's international list) and
  surnames sampled uniformly over all 88,799 ranks of the 1990 US Census (two thirds of them are
  rarer than the 30,000 the gazetteer holds). Recall = planted name mentions no longer in the
  masked text; every masked span that is not a planted name counts against precision.
* Other kinds: each planted value of the fixed list used by the loopback test
  (tests/adversarial/test_masking.py) must be absent from the masked text.
* False positives on text without personal data: masked spans per 1,000 words over the real
  handbook corpus in shared/corpora (its few real names counted as false positives too).
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.llm.redact import Redactor  # noqa: E402

DATA = ROOT / "tests" / "adversarial" / "data"


def templates() -> list[str]:
    lines = (DATA / "masking_templates.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def name_recall(half: str, people_per_template: int = 8) -> dict[str, float]:
    names = json.loads((DATA / "names_eval.json").read_text(encoding="utf-8"))
    rng = random.Random(14)
    planted = hit = spans = wrong = 0
    for number, template in enumerate(templates(), 1):
        if (number % 2 == 1) != (half == "tune"):
            continue
        for _ in range(people_per_template):
            a = (rng.choice(names["first"]), rng.choice(names["last"]))
            b = (rng.choice(names["first"]), rng.choice(names["last"]))
            text = template.format(A=f"{a[0]} {a[1]}", B=f"{b[0]} {b[1]}", a=a[0], b=b[0], la=a[1])
            redactor = Redactor()
            masked = redactor.mask(text)
            values = {a[0], a[1], b[0], b[1]}
            for value in values:
                count = text.count(value)
                planted += count
                hit += count - masked.count(value)
            for token, value in redactor.pseudonyms.items():
                if token.startswith("[PERSON"):
                    spans += 1
                    wrong += not any(part in values for part in value.split())
    return {"planted": planted, "recall": hit / planted, "spans": spans, "precision": 1 - wrong / max(spans, 1)}


def corpus_false_positives() -> tuple[int, int, float]:
    corpus = ROOT.parent / "shared" / "corpora" / "handbooks"
    if not corpus.is_dir():
        corpus = Path("/work/shared/corpora/handbooks")
    words = masked = 0
    started = time.perf_counter()
    for path in sorted(corpus.rglob("*")):
        if path.suffix not in {".md", ".txt"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        words += len(text.split())
        masked += sum(1 for _ in Redactor().find(text))
    return words, masked, time.perf_counter() - started


def main() -> None:
    from tests.adversarial.planted import ORGANISATION_PATTERNS, PLANTED, planted_text

    print("## Masking personal data (issue #14)\n")
    print("`python benchmarks/bench_masking.py`\n")
    print("| set | planted name mentions | recall | PERSON spans | precision |")
    print("|---|---:|---:|---:|---:|")
    for half in ("tune", "held-out"):
        r = name_recall(half)
        print(f"| names, {half} templates | {r['planted']} | {r['recall']:.1%} | {r['spans']} | {r['precision']:.1%} |")
    text = planted_text()
    masked = Redactor(patterns=json.loads(ORGANISATION_PATTERNS)).mask(text)
    left = [value for value in PLANTED if value in masked]
    print(f"\nFixed planted list ({len(PLANTED)} values, "
          f"every kind of issue #14): {len(PLANTED) - len(left)}/{len(PLANTED)} masked"
          + (f"; left: {', '.join(left)}" if left else "") + ".")
    words, spans, seconds = corpus_false_positives()
    print(f"\nHandbook corpus (no planted data): {spans} masked spans in {words:,} words "
          f"({1000 * spans / max(words, 1):.2f} per 1,000 words), {seconds:.1f} s.")


if __name__ == "__main__":
    main()
