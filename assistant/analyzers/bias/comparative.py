"""A trait put on a person through their gender group by a comparative clause (round 40, biasgen40).

"She has a good eye for colour, as women do", "He will fight it, as men do", "She is emotional and sensitive, as
women naturally are": a comparative clause of similarity ('as' or informal 'like', Quirk et al. 1985, A
Comprehensive Grammar of the English Language, 15.53) whose subject is a generic plural, the sex as a whole class
(5.52-5.59, generic reference), and whose predicate is only a pro-form (the operator 'do', 'are', 'will' standing
for the predicate of the clause before it, 12.22-12.24). The clause says that what was just said of the person is
what the sex does or is: the descriptive stereotype that APA (2020, 5.1 and 5.5) and Bias Interrupters name. It is
read as such only when

- the pro-form closes the clause (a comma, a dash, a full stop or the sentence's end after it): "as women don
  tailored dresses" (the verb 'don'), "as females do not fly", "as men do who are waiting their turn" (a relative
  clause restricts the men), "as women do in the 100 m" are other constructions;
- it is no comparison of degree: an 'as' just before it makes the equative 'as much / often / well as' ("Men need
  affirmation as much as women do", "twice as often as men do"), which measures a quantity;
- the clause before it does not name a sex as a class ("Women must learn to play the game as men do", "women feel,
  think, and desire just as men do"): a comparison of two groups, a general statement, as
  ``_Checker._sexes_compared`` reads the equative simile;
- 'boys' or 'girls' is not set against grown-ups or children in the sentence ("blushed, but not as grown-up people
  blush ... but as boys do"): a comparison of age, not of sex;
- the nearest person before it is a person the text is about: he, she, you, they, a name inside the sentence or a
  first name of the gazetteer, a singular person noun ("the nurse was caring, as women typically are"); the writer
  ("We were chatting, as girls do", "what we do as women naturally") and a thing ("Older cities grow crookedly, as
  men do") are not.
"""

from __future__ import annotations

import re

from assistant.analyzers.bias.grammar import SPECIFIC_PERSON
from assistant.names import lexicon

# the writer and the writer's group: the first person (Quirk et al. 1985, 6.4)
_FIRST_PERSON = frozenset(["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"])
# 'boys' and 'girls' name children as often as a sex: an age set against them makes the comparison one of age
_CHILD_PLURALS = frozenset(["boys", "girls"])
_AGE_CONTRASTS = frozenset(["grown", "adult", "adults", "grownups", "child", "children", "kids", "teenage",
                            "teenagers", "school", "schoolchildren", "young", "younger", "aged"])
_CLOSE = re.compile(r"[,;:.!?()\"“”–—]|(^|\s)-")  # a clause break after the pro-form ("do -- all")
_REACH = 4  # words before the clause that may hold the first 'as' of an equative ("as strongly as females do")


class _ComparativeChecks:
    """``_group_comparative``: the gender group's comparative clause said of a person (RuleContext.comparative)."""

    def _group_comparative(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the match ``i..j`` ('as/like <sex plural> [adverb] do/are/will') a comparative clause that puts what the
        clause before it says of a person on the person's sex (module docstring)?"""
        words = self.doc.words
        if j < hi and not _CLOSE.search(self.doc.after(j)):
            return False  # "as women don tailored dresses", "as men do who ...", "as females do not fly"
        if any(words[k] == "as" for k in range(max(lo, i - _REACH), i)):
            return False  # "as much as girls do", "twice as often as men do": a comparison of degree
        if self._sexes_compared(lo, i):
            return False  # "Women must learn to play the game as men do": two groups compared
        if words[i + 1] in _CHILD_PLURALS and any(words[k] in _AGE_CONTRASTS for k in range(lo, hi + 1)):
            return False  # "not as grown-up people blush ... but as boys do": an age compared
        first_names = lexicon().first
        for k in range(i - 1, lo - 1, -1):
            word = words[k]
            if word in _FIRST_PERSON:
                return False  # "We were chatting, as girls do": the writer's own group
            if word in SPECIFIC_PERSON:
                return True
            if self.doc.is_capitalized(k) and self._is_name(k, lo) and (k > lo or word in first_names):
                return True  # "But Celeste knew, as women often do, that ..."
            if self._person_noun(k) and not word.endswith("s"):
                return True  # "The nurse was caring, as women typically are."
        return False  # "Older cities grow crookedly, as men do": no person
