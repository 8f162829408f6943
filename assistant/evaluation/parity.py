"""Counterfactual parity: swapping names and pronouns must not change what the analyzers find.

Every text of the bias, goals and feedback eval sets (short sentences, held-out sentences and the
development paragraphs of ``evals/dev/`` and ``evals/dev2/``, both halves) is rewritten with gendered names and
pronouns swapped (Maria <-> Mark, she <-> he, ...). The bias flags (other than pronoun
rules, whose subject is the pronoun itself), the goal criteria and the feedback findings must
be the same for both versions.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from assistant.evaluation import SuiteResult
from assistant.settings import Settings

NAME_PAIRS = [
    ("Maria", "Mark"), ("Sarah", "Samuel"), ("Emily", "Ethan"), ("Jennifer", "Michael"),
    ("Linda", "David"), ("Anna", "Adam"), ("Laura", "Lucas"), ("Priya", "Pranav"),
    ("Aisha", "Amir"), ("Mei", "Ming"), ("Sofia", "Santiago"), ("Grace", "George"),
    ("Olivia", "Oliver"), ("Chloe", "Charles"), ("Fatima", "Farid"), ("Rosa", "Roberto"),
    ("Hannah", "Henry"), ("Julia", "Julian"), ("Elena", "Eduardo"), ("Nadia", "Nathan"),
]
PRONOUNS = {"he": "she", "she": "he", "him": "her", "his": "her", "hers": "his", "himself": "herself",
            "herself": "himself"}
# Partners swap with the pronouns, so "her wife" becomes "his husband" and keeps its meaning.
PARTNERS = {"wife": "husband", "husband": "wife", "wives": "husbands", "husbands": "wives",
            "girlfriend": "boyfriend", "boyfriend": "girlfriend", "girlfriends": "boyfriends",
            "boyfriends": "girlfriends"}
PRONOUN_WORDS = set(PRONOUNS) | {"her", "he/she", "she/he", "s/he"}
_FOLLOWS_OBJECT = re.compile(r"^\s*(?:[.,;:!?)]|$|and\b|or\b|to\b|with\b|for\b|about\b|on\b|in\b|at\b|that\b|"
                             r"when\b|if\b|as\b|again\b|know\b|up\b|back\b|through\b|off\b(?!-)|away\b|out\b(?!-))")
# A verb that takes an object and its complement ("drove her crazy", "kept her busy"): "her" before an
# adjective that ends the phrase is the object, not a possessive ("left her car" stays possessive).
_COMPLEMENT_VERB = re.compile(r"\b(?:drive|drives|drove|driven|driving|make|makes|made|making|keep|keeps|kept|keeping|"
                              r"leave|leaves|left|leaving|find|finds|found|finding|get|gets|got|getting|call|calls|"
                              r"called|calling)\s+$", re.IGNORECASE)
_ADJECTIVE_THEN_END = re.compile(r"^\s+(?:[a-z-]+(?:y|ous|ful|ive|able|ible|al|ic|less|ish)|mad|sad|nuts|insane|late|"
                                 r"upset|tired|awake|alone)\s*(?:[.,;:!?)]|$|and\b|but\b|or\b)")
_NAMES = {a: b for a, b in NAME_PAIRS} | {b: a for a, b in NAME_PAIRS}
_TOKEN = re.compile(
    r"\b(" + "|".join(sorted({*_NAMES, *PRONOUNS, *PARTNERS, "her"}, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if template[0].isupper() else word


def swap_gender(text: str) -> str:
    """Swap gendered first names, pronouns and partner nouns; "her" becomes "his" or "him" by what follows."""

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        for name, other in _NAMES.items():
            if word == name:
                return other
        lower = word.lower()
        if lower == "her":
            after = text[match.end():]
            is_object = _FOLLOWS_OBJECT.match(after) or (
                _COMPLEMENT_VERB.search(text[:match.start()]) and _ADJECTIVE_THEN_END.match(after))
            swapped = "him" if is_object else "his"
        elif lower in PRONOUNS:
            swapped = PRONOUNS[lower]
        elif lower in PARTNERS:
            swapped = PARTNERS[lower]
        else:
            return word
        return _match_case(word, swapped)

    return _TOKEN.sub(replace, text)


def _texts(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _neutral(span: str) -> str:
    """A flagged span with its names and pronouns blanked, so "set in her ways" == "set in his ways"."""
    return _TOKEN.sub("_", span).lower()


def bias_signature(text: str) -> Counter:
    from assistant.analyzers.bias import check_bias

    return Counter(
        (f.rule, f.category, _neutral(f.text))
        for f in check_bias(text).flags
        if f.text.lower() not in PRONOUN_WORDS
    )


def goal_signature(text: str) -> tuple:
    from assistant.analyzers.goal import check_goal

    report = check_goal(text)
    return (report.score, tuple(sorted((k, c["met"]) for k, c in report.criteria.model_dump().items())), len(report.warnings))


def feedback_signature(text: str) -> tuple:
    from assistant.analyzers.feedback import review_feedback

    report = review_feedback(text)
    findings = Counter((f.kind, _neutral(f.text or "")) for f in report.findings)
    structure = tuple(sorted((k, v["present"]) for k, v in report.structure.model_dump().items()))
    return report.polarity, structure, tuple(sorted(findings.items()))


def evaluate(cases_path: Path, settings: Settings) -> SuiteResult:
    """Run every eval text and its swapped twin through the three analyzers."""
    from assistant.coaches import COACHES, resolve

    evals_dir = cases_path if cases_path.is_dir() else cases_path.parent
    compared = swapped = 0
    failures: list[dict] = []
    per_analyzer: dict[str, list[int]] = {}
    for coach in COACHES:  # every coach that declares a parity signature, on all its eval texts
        if not coach.parity or not coach.eval_suites:
            continue
        name, signature = coach.eval_suites[0].name, resolve(coach.parity)
        same = total = 0
        for text in [t for suite in coach.eval_suites for t in _texts(evals_dir / suite.cases)]:
            twin = swap_gender(text)
            total += 1
            swapped += twin != text
            if signature(text) == signature(twin):
                same += 1
            else:
                failures.append({"analyzer": name, "text": text, "swapped": twin})
        per_analyzer[name] = [same, total]
        compared += total
    metrics = {
        "parity_rate": (compared - len(failures)) / compared if compared else 0.0,
        "texts_changed_by_swap": float(swapped),
    }
    for name, (same, total) in per_analyzer.items():
        metrics[f"parity_{name}"] = same / total if total else 0.0
    return SuiteResult(suite="parity", cases=compared, metrics=metrics, failures=failures)
