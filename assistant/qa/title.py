"""A quotable unit that is a title (a heading, a link text of a contents list, a course or form name), not a statement.

A title names a topic ("External Training Courses", "Acknowledge a Mid-Year Progress Review", "Salary Slabs"); it
predicates nothing of it, so it neither gives a value nor rules on an act, and a question is never answered by it
alone (round 39, qaabst39: handbooks11 n07 quoted a contents-list link text for a training budget; handbooks n23 a
course name for a deadline).

A unit is read as a title by its form, the headline style of capitalisation (Chicago Manual of Style, 17th ed.,
8.159-8.160; APA Publication Manual, 7th ed., 6.17 "title case"): every word is capitalised except articles,
coordinating conjunctions and prepositions, and no sentence punctuation ends it. Sentence style (8.158: only the
first word and proper names capitalised) is what statements are written in. A title also has no number (a
value stated beside a name, "Band 3: £40,000", is a row) and no colon or semicolon inside (a row's cells, a lead-in
with its item); a trailing colon (a heading that introduces a list, "Maternity Leave:") is dropped first. Closed
sets only: the articles, coordinators and prepositions of English grammar (Quirk et al. 1985 §5.13, §13.1, §9.7).
"""

from __future__ import annotations

import re

# Lower-cased in headline style (CMOS 8.159, rules 3-5): articles, coordinating conjunctions, prepositions (regardless
# of length), "to" of the infinitive and "as".
_MINOR = frozenset({
    "a", "an", "the",
    "and", "but", "for", "nor", "or", "so", "yet",
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before",
    "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "concerning", "despite", "down",
    "during", "except", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside",
    "over", "past", "per", "regarding", "since", "than", "through", "throughout", "till", "to", "toward", "towards",
    "under", "underneath", "until", "unto", "up", "upon", "versus", "via", "vs", "with", "within", "without",
})
_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
MAX_TITLE_WORDS = 8  # longer capitalised runs are sentences or lists of names, not one title


def is_title(text: str) -> bool:
    """Whether a unit is a bare title in headline style: up to ``MAX_TITLE_WORDS`` words, every word but the minor
    ones (articles, coordinators, prepositions) capitalised, the first one too, with no digit, no colon or
    semicolon inside and no sentence-final punctuation ("External Training Courses", "Setting up Emails",
    "Maternity Leave:"; not "Weekly hours are capped at 40." nor "Doctor Prescription / Hospital Records should be
    in English.")."""
    body = text.strip().rstrip(":").strip()
    if not body or body[-1] in ".!?;…" or re.search(r"[\d:;=|]", body):
        return False
    words = _WORD.findall(body)
    if not words or len(words) > MAX_TITLE_WORDS or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _MINOR for w in words)


def asked_noun(clause: str, question_names: list[str] | tuple[str, ...] = ()) -> frozenset[str]:
    """The stems of the head noun of the phrase a clause asks about, kind words included ("budget" of "What is X's
    yearly training *budget* ...?", "deadline" of "What is the *deadline* for ...?"); empty when no such phrase is
    found (yes/no questions, "how do I ..."). A sentence standing in for a title must name it by its own word: the
    thing named only in the title is not named by a sentence of its topic."""
    from assistant.qa.check import _HEAD_SLOT, _phrase_span
    from assistant.qa.focus import term_stems

    found = frozenset(question_names) | frozenset(w for name in question_names for w in name.split())
    for m in _HEAD_SLOT.finditer(clause):
        phrase, _end = _phrase_span(clause, m.end(), found)
        if phrase:
            return frozenset(term_stems(phrase[-1]))
    return frozenset()
