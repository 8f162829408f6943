"""An approval asked about and an approval stated (round 37, qarefuse37): the relevance gate's evidence for a question
that asks whether, or from whom, approval is needed, when the page words the approval otherwise ("sign-off" /
"authorisation from a Director", "okay" / "must be approved by").

The words of approval, with their sources:

* Princeton WordNet 3.0 nouns: ``permission`` (permission.n.01 "approval to do something"), its hyponym ``consent``,
  ``authorization``/``authorisation``/``sanction`` (the sense whose hypernym is permission), ``approval`` (the hypernym
  of permission, "the formal act of approving");
* WordNet 3.0 verbs: approve.v.01 {approve, O.K., okay, sanction} and its hypernym authorize.v.01 {authorize,
  authorise} (its other lemmas "pass", "clear" are left out: their first senses are not approval);
* "sign off" / "sign-off", which WordNet 3.0 lacks: Cambridge Dictionary, *sign something off* (UK) "to approve
  something officially"; Merriam-Webster, *sign off* "to signify approval".

A question asks for the approval when it holds one of the nouns, or a verb in its base form ("do I need to *sign
off*", "does my manager have to *approve*"): a participle tells of an approval already given ("once my claim is
approved", "a Deeson-approved conference"), not of the one asked about. "okay"/"OK" are read only in the page's
sentence ("is it okay to ..." asks a permission of no one). A sentence states an approval with any form of the words.
"""

from __future__ import annotations

import re

_NOUNS = (r"approvals?|pre-?approvals?|permissions?|consent|authori[sz]ations?|sanction|sign-?offs?")
_BASE_VERBS = r"approve|authori[sz]e|sanction|sign[- ]off"
_ASKS = re.compile(rf"\b(?:{_NOUNS}|{_BASE_VERBS})\b", re.IGNORECASE)
_STATES = re.compile(
    rf"\b(?:{_NOUNS}|(?:pre-?)?approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|sanction(?:s|ed|ing)?"
    r"|consent(?:s|ed|ing)?|sign(?:s|ed|ing)?[- ]off|okay(?:s|ed)?|O\.?K\.?'d)\b",
    re.IGNORECASE)


def asks_approval(clause: str) -> bool:
    """Whether the clause asks about an approval: an approval noun ("sign-off", "permission", "authorisation") or
    a verb of approving in its base form ("sign off", "approve")."""
    return bool(_ASKS.search(clause))


def states_approval(text: str) -> bool:
    """Whether the sentence states an approval: a word of approving in any form ("authorisation from a Director",
    "must be approved and signed by", "signed off by the MD")."""
    return bool(_STATES.search(text))
