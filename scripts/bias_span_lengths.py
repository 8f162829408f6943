"""Flag length against the labelled term's length, over every flag on the tune halves of evals/dev*/bias.jsonl,
the short set (evals/bias.jsonl) and the bias probes (scripts/bias_*probe.tsv, the ``judgement`` column).

Prints the distribution of flag lengths in words (median, p90, max) and the rules whose flags run over twice
their label's length or over eight words. ``--dump PATH`` writes every flag as a TSV line (source, rule, words,
label words, flag text) so two runs can be diffed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

WORD_RE = re.compile(r"[\w'’-]+")


def words(text: str) -> int:
    """Words in ``text``."""
    return len(WORD_RE.findall(text))


def texts() -> list[tuple[str, str, list[str]]]:
    """(source, text, labelled terms) for every tune item, short-set sentence and bias probe row."""
    import json

    from bias_span_probe_io import read_rows

    from assistant.evaluation.dev import tuning_items

    out = []
    for path in sorted((ROOT / "evals").glob("dev*/bias.jsonl")):
        for item in tuning_items(path):
            out.append((str(item["id"]), item["text"], [lab["term"] for lab in item["labels"]]))
    for line in (ROOT / "evals" / "bias.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out.append((record["id"], record["text"], [lab["term"] for lab in record.get("labels", [])]))
    for tsv in sorted((ROOT / "scripts").glob("bias_*probe.tsv")):
        for n, row in enumerate(read_rows(tsv)):
            label = row.get("judgement") or ""
            out.append((f"{tsv.stem}:{n}", row["text"], [label] if label and label.lower() in row["text"].lower() else []))
    return out


def label_spans(text: str, terms: list[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of every labelled term."""
    return [(m.start(), m.end(), term) for term in terms
            for m in re.finditer(re.escape(term), text, flags=re.IGNORECASE)]


def main() -> None:
    from assistant.analyzers.bias import check_bias

    lengths: list[int] = []
    long_rules: Counter[str] = Counter()
    rule_flags: Counter[str] = Counter()
    examples: dict[str, str] = {}
    dump = []
    for source, text, terms in texts():
        spans = label_spans(text, terms)
        for flag in check_bias(text).flags:
            n = words(flag.text)
            lengths.append(n)
            rule_flags[flag.rule] += 1
            hits = [words(term) for a, b, term in spans if flag.start < b and a < flag.end]
            label = max(hits) if hits else 0
            dump.append(f"{source}\t{flag.rule}\t{n}\t{label}\t{flag.text}")
            if n > 8 or (label and n > 2 * label):
                long_rules[flag.rule] += 1
                examples.setdefault(flag.rule, f"{flag.text!r} (label {label} words)")
    lengths.sort()
    pick = lambda q: lengths[min(len(lengths) - 1, int(q * len(lengths)))]  # noqa: E731
    print(f"flags {len(lengths)}: median {pick(0.5)}, p90 {pick(0.9)}, max {lengths[-1]}; "
          f"> 8 words {sum(n > 8 for n in lengths)}")
    for rule, count in long_rules.most_common():
        print(f"  {rule}: {count}/{rule_flags[rule]} long, e.g. {examples[rule]}")
    if "--dump" in sys.argv:
        Path(sys.argv[sys.argv.index("--dump") + 1]).write_text("\n".join(dump) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
