"""An age word specifying the person an employer wants or seeks (round 41, agerec41).

"We are looking for young adults passionate about ...", "for I am seeking young knights of Deepwater", "Prefer young
male candidate for heavy workload": an attributive age word ("young", "youthful", "elderly": the age rules that
describe a person) modifies the head of its noun phrase (Quirk et al. 1985, 17.3 the head; 7.20ff attributive
adjectives), and when that head names a person (rules `people` or WordNet 3.0 noun.person, ``_person_word``) and the
noun phrase is the object of a verb of wanting or seeking (vocabulary `seeking_verbs`: want, need, prefer, seek,
hire, recruit, look for) whose subject is the writer (I, we, "our company") or which opens a fragment or an
imperative (a job ad's "Looking for ...", "Hire ..."), the age word is a specification of whom the writer wants: the
preference an advertisement may not indicate (ADEA, 29 U.S.C. 623(e)). The noun phrase then needs no other judgement
near it.

Not this form: the head is no person ("a young company", "a young kitten", "a young unused socket"); the person noun
is a genitive determining another noun ("young people's services"); 'want' or 'need' takes the noun phrase as the
subject of a to-infinitive clause, so what is wanted is the situation ("We want young people to find a place where
they are loved"; Quirk et al. 1985, 16.64); the verb's subject is someone else ("Startups seeking young talent",
"a trafficking ring ... to recruit young women", "Entities that hire young people ... can benefit", "If you are
looking for a young engineer").
"""

from __future__ import annotations

from assistant.analyzers.bias.grammar import _APOSTROPHES, DETERMINERS, FUNCTION_WORDS
from assistant.analyzers.rulecache import precompiled

# the verb group between the subject and a verb of wanting (Quirk et al. 1985, 3.22-3.30; 8.21 medial adverbs), and
# the catenative verbs and 'to' of "we want to hire", "we need to recruit"
_VERB_GROUP = frozenset(
    ["am", "are", "is", "was", "were", "be", "been", "m", "re", "s", "will", "would", "d", "ll", "shall", "should",
     "can", "could", "may", "might", "must", "do", "does", "did", "have", "has", "ve", "to", "want", "wants", "need",
     "needs", "now", "also", "still", "always", "currently", "regularly", "actively", "usually", "really", "urgently",
     "just", "constantly", "often", "again"])
_WRITER = frozenset(["i", "we"])
# verbs whose object may be the subject of a to-infinitive complement ("want young people to find ...")
_CATENATIVE = frozenset(["want", "wants", "need", "needs"])
# determiners and quantifiers before the age word in the object ("a young", "some young", "more young")
_OBJECT_DETERMINERS = frozenset(["a", "an", "some", "any", "more", "several", "two", "three", "few"])
_HEAD_REACH = 3  # modifiers between the age word and the person head ("young energetic rockstar developer")
_BREAK_RE = precompiled(r"[;:()\u2014!?.]|\s[-\u2013]\s")  # a break inside the noun phrase (a comma is allowed)
_OPENING_RE = precompiled(r"[;:\u2014]|\s[-\u2013]\s")  # a fragment opened after a colon, semicolon or dash


class _WantedChecks:
    """``_wanted_person``: the age word specifies the person the writer wants or seeks (module docstring)."""

    def _wanted_person(self, i: int, lo: int, hi: int) -> bool:
        """Is the one-word age match at ``i`` a modifier of a person noun that is the object of a verb of wanting
        or seeking said by the writer, a fragment or an imperative?"""
        if i > lo and self.doc.is_capitalized(i):
            return False  # a name: "Young Enterprise"
        verb = self._seeking_verb_before(i, lo)
        if verb is None:
            return False
        first, last = verb
        head = self._person_head(i, hi)
        if head is None:
            return False
        words = self.doc.words
        if head + 1 <= hi and words[head + 1] == "s" and any(a in self.doc.gap(head + 1) for a in _APOSTROPHES):
            return False  # a genitive determiner: "young people's services"
        if head + 1 <= hi and words[head + 1] == "to" and words[last] in _CATENATIVE:
            return False  # the object is the subject of the wanted clause: "want young people to find a place"
        return self._writers_want(first, lo)

    def _seeking_verb_before(self, i: int, lo: int) -> tuple[int, int] | None:
        """The first and last index of a `seeking_verbs` entry ending right before the age word at ``i`` (over one
        determiner), with no break between them."""
        words = self.doc.words
        k = i - 1
        if k >= lo and words[k] in _OBJECT_DETERMINERS:
            k -= 1
        if k < lo or any(c not in " \t" for c in self.doc.gap(k + 1)):
            return None
        for entry in self.rules.vocabulary.get("seeking_verbs", frozenset()):
            parts = entry.split()
            start = k - len(parts) + 1
            if start >= lo and tuple(words[start:k + 1]) == tuple(parts):
                return start, k
        return None

    def _person_head(self, i: int, hi: int) -> int | None:
        """The index of the person noun the age word at ``i`` modifies, over at most ``_HEAD_REACH`` coordinated or
        stacked modifiers ("young, energetic men", "young male candidate"); None when a function word, a thing
        noun or a break comes first."""
        words = self.doc.words
        for k in range(i + 1, min(hi, i + _HEAD_REACH + 1) + 1):
            if _BREAK_RE.search(self.doc.gap(k)):
                return None
            word = words[k]
            if word == "and":
                continue
            if word in FUNCTION_WORDS or word in DETERMINERS or word in self.rules.things:
                return None
            if self._person_word(word):
                return k
        return None

    def _writers_want(self, first: int, lo: int) -> bool:
        """Is the subject of the verb starting at ``first`` the writer (I, we, "our company"), or does the verb open
        its sentence or a fragment after a colon, semicolon or dash (a job ad's "Looking for ...")?"""
        words = self.doc.words
        k = first - 1
        while k >= lo and not _OPENING_RE.search(self.doc.gap(k + 1)) and (
                words[k] in _VERB_GROUP or (len(words[k]) > 4 and words[k].endswith("ly"))):
            k -= 1
        if k < lo or _OPENING_RE.search(self.doc.gap(k + 1)):
            return True
        if words[k] in _WRITER:
            return True
        return k - 1 >= lo and words[k - 1] == "our" and words[k] not in FUNCTION_WORDS  # "Our company is looking"
