"""The thing a frequency belongs to: the noun an attributive frequency adjective premodifies.

"AREA Facilitators take care of a monthly updated Personio Report": "monthly" is an adjective inside the noun phrase
whose head is "Report", so the sentence gives the report's cadence, not that of the feedback sessions a question asks
about. The -ly frequency words (daily, weekly, monthly ...) are adjectives and adverbs alike (WordNet 3.0 lists both
parts of speech for each); the adjective is read where the word is directly followed by a noun phrase: a
premodifier stands between the determiner and the head (Quirk et al. 1985, A Comprehensive Grammar of the English
Language, ch. 17 on premodification), while an adverbial does not normally come between a verb and its object (Quirk
et al. 1985, ch. 8 on the positions of adjuncts; Huddleston & Pullum 2002, ch. 6), so "meets weekly for an hour",
"paid monthly." or "weekly thereafter" are adverbs and name no owner. A premodified time noun ("on a weekly basis",
"each biweekly pay period", "in a quarterly cadence") is itself the time expression, not another thing: no owner.
Every other frequency form ("every month", "twice a year", "per quarter") is adverbial and has no owner. The check
that judges the owner (does it name the asked thing, its WordNet synonym or kind, or another word of the question)
is ``check.value_of_other``. Closed grammatical sets only (prepositions, conjunctions, determiners, pronouns,
auxiliaries, time nouns); no word of the corpus.
"""

from __future__ import annotations

import re

# the -ly frequency words that are also adjectives (WordNet 3.0: daily, weekly ... have adjective senses)
_ADJECTIVE = re.compile(r"^(?:daily|nightly|hourly|weekly|fortnightly|monthly|quarterly|yearly|bi-?weekly|"
                        r"bi-?monthly)$", re.IGNORECASE)
# a word that cannot open or continue a noun phrase after a premodifier: a preposition, a conjunction, a determiner,
# a pronoun, an auxiliary or modal, a relative word, the infinitive marker (the closed classes of Quirk et al. 1985, ch. 2)
_CLOSED_CLASSES = """
    about above across after against along among around as at before behind below beneath beside besides between
    beyond by despite down during except for from in inside into like near of off on onto out outside over past per
    since than through throughout till to toward towards under until unto up upon via with within without
    and or but nor so yet if unless because although though while whereas whether then thereafter afterwards
    a an the this that these those each every either neither any some no all both our your their its his her my
    i you he she it we they me him us them who whom whose which what where when why how there here
    is are was were be been being am has have had do does did will would shall should can could may might must
    not also only just even too very still always usually often sometimes never again instead
"""
_NOT_NOUN = frozenset(_CLOSED_CLASSES.split())
# a time noun premodified by the frequency word is the time expression itself ("a weekly basis", "each biweekly pay
# period"): the cadence nouns of check.py's frequency reading and the calendar units
_TIME_HEAD = re.compile(r"^(?:basis|bases|cadence|rhythm|schedule|cycle|interval|frequency|rota|routine|period|"
                        r"day|week|fortnight|month|quarter|year|term|sprint|shift|hour|minute)s?$",
                        re.IGNORECASE)
_WORD = re.compile(r"\s*([A-Za-z0-9][\w'’&/-]*)")
NP_WORDS = 5  # the most words a premodified noun phrase is read over


def rate_owner(text: str, start: int, end: int) -> str | None:
    """The noun phrase the frequency word ``text[start:end]`` premodifies ("a weekly TTS-wide email with all open
    roles" -> "TTS-wide email"), or None (an adverb, another frequency form, or a time noun's premodifier)."""
    if _ADJECTIVE.match(text[start:end]) is None:
        return None
    words: list[str] = []
    at = end
    while len(words) < NP_WORDS:
        found = _WORD.match(text, at)
        if found is None:
            break
        word = found.group(1)
        if word.casefold() in _NOT_NOUN or (word.casefold().endswith("ly") and not words):
            break
        words.append(word)
        at = found.end()
    if not words:
        return None
    head = words[-1].strip("'’")
    if _TIME_HEAD.match(head):
        return None
    return " ".join(words)


def rate_owners(text: str, frequencies: re.Pattern[str]) -> list[str | None]:
    """The owner of each frequency (``frequencies``: check.py's pattern) in ``text``, in order; None for one no noun
    owns."""
    return [rate_owner(text, m.start(), m.end()) for m in frequencies.finditer(text)]


def rates_of_other(clause: str, owners: list[str | None]) -> bool:
    """For a how-often question whose asked thing is no noun phrase of check.py's slots ("How often are the regular
    cdc feedback sessions held ...?"): whether every frequency of the text (``owners``, from ``check.value_owners``)
    premodifies a noun phrase none of whose words is a word of the question's ``clause``, not even by a
    first-sense WordNet synonym (``first_sense_synonyms.txt``): "a monthly updated Personio *Report*" does not give the
    sessions' frequency. Any frequency without an owner keeps the text answering."""
    from assistant.qa.deadline_owner import none_named_in

    if not owners or any(owner is None for owner in owners):
        return False
    return none_named_in(clause, owners)
