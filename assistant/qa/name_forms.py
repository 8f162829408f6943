"""A name the question writes in another form than the page (round 38, qaover38): the named-thing check
(:func:`assistant.qa.check.missing_names`) refused answerable questions whose name the page writes otherwise.

Three forms, each read by its grammar or orthography, never by a list of the corpora's names:

* **the initialism** (:func:`initialism_written`): a name of three or more content words spelled out by the question
  ("the Research Engineering Group", "the General Data Protection Regulation", "my Non-Disclosure Agreement") is
  written by the page as the acronym of their initials in capitals ("REG", "GDPR", "NDA"). The initials are those of
  :func:`assistant.text.name_initials` (closed-class words left out; a name of fewer than three such words has none:
  a two-letter acronym names too many things). An acronym is "a word formed from the initial letters of the
  successive parts of a compound term" (Merriam-Webster, *acronym*; Quirk et al. 1985, App. I.75 on acronyms and
  initialisms); the reverse, an acronym asked and the words written, is :func:`assistant.text.mentions_name`'s.
* **the owner's name before a thing's own name** (:func:`owner_before_name`): a name of two capitalised words
  whose first is the document's owner ("Turing Zoom", "Stakater Pension") is the owner's thing ("Zoom" of the
  Turing's pages): the first word stands in the document's scope (organisation, title, file name) and the second in
  the passage. A noun before a noun names whose it is ("a *genitive* or *noun modifier* of possession", Quirk et al.
  1985 §17.108-17.109; Huddleston & Pullum 2002 ch. 5 §14); names of three words and more are
  :func:`assistant.qa.check.written_apart`'s.
* **the pronoun "I" after a name** (:func:`without_subject_pronoun`): "the Loomio Points *I earned*", "the Travel
  Allowance *I get*": the capitalised "I" that follows a capitalised run and is followed by a verb group (an
  auxiliary, modal or "need", a simple past, or a word whose usual part of speech is the verb: WordNet 3.0 / SemCor,
  ``assistant/data/verb_dominant.txt``) is the subject of a relative clause (Quirk et al. 1985 §17.10-17.14: a
  relative clause without its relative word, "the points (that) I earned"), not a roman numeral of the name ("Title
  I funds", "Phase I" stay whole); so is an "I" with a contracted auxiliary ("at Sourcegraph I'll be ...": only a
  pronoun takes one, Quirk et al. §3.23).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import _is_verb_start, alnum_words, name_initials
from assistant.wordlists import read_words


@lru_cache(maxsize=1)
def _verb_dominant() -> frozenset[str]:
    """Lemmas whose usual part of speech is the verb (WordNet 3.0 / SemCor, ``assistant/data/verb_dominant.txt``)."""
    return read_words("verb_dominant.txt")


def _verb_group(word: str) -> bool:
    """Whether ``word`` (lower case) opens a verb group after a subject: an auxiliary, modal, "need" or a simple
    past (:func:`assistant.text._is_verb_start`), or a usually-verb lemma in its base or third-person form."""
    if _is_verb_start(word):
        return True
    verbs = _verb_dominant()
    return word in verbs or (word.endswith("s") and word[:-1] in verbs)


def without_subject_pronoun(name: str, question: str) -> str:
    """``name`` without a last word "I" that the question follows with a verb group (the subject of a relative
    clause: "Loomio Points I earned" -> "Loomio Points"); the name as it is otherwise ("Title I funds")."""
    parts = name.split()
    if len(parts) < 2 or parts[-1] != "I":
        return name
    if re.search(re.escape(name) + r"['’](?:ll|m|ve|d)\b", question):  # "I'll", "I'm": a contracted auxiliary
        return " ".join(parts[:-1])
    for match in re.finditer(re.escape(name) + r"\s+([A-Za-z'’]+)", question):
        if _verb_group(match.group(1).casefold()):
            return " ".join(parts[:-1])
    return name


def initialism_written(name: str, text: str) -> bool:
    """Whether ``text`` writes the multiword ``name`` as the acronym of its initials, in capitals, as a word of
    its own ("REG" for "Research Engineering Group"; an "s" of the plural allowed: "NDAs")."""
    initials = name_initials(name)
    if not initials or not initials.isalpha():
        return False
    return re.search(r"(?<![\w-])" + re.escape(initials.upper()) + r"s?(?![\w-])", text) is not None


def owner_before_name(name: str, scope: str, text: str, mentions) -> bool:
    """Whether a two-word ``name`` is the document's owner ("Turing", in ``scope``: organisation, title, file
    name) before a name the passage ``text`` writes ("Zoom"); ``mentions`` is the checker's name test."""
    parts = name.split()
    if len(parts) != 2 or not all(alnum_words(p) for p in parts):
        return False
    owner, own = parts
    if len(alnum_words(own)[0]) < 2:  # a letter ("Sourcegraph I" of "I'll") names nothing of its own
        return False
    return mentions(owner, scope) and not mentions(owner, own) and mentions(own, text)
