"""A contact value asked by the word for its form: "What's the *phone number* of the charity?", "What *email
address* do I send payslip queries to?", "What's the *website* of Protect?".

The head of such a thing names the form the answer takes, not a thing the page must name: a page gives a telephone
number as "Helpline: (020) 7404 6609" or "call 0333 577 7805", an e-mail address as "finance@madetech.com", a web
address as "https://www.gov.uk/employment-tribunals", without the word "phone", "email" or "website". So a unit that
states a value **of that form** carries the form's words; every other word of the asked thing must still stand, and
a unit stating a value of another form (an e-mail address for a phone number asked) carries nothing.

The words of each form are the lemmas of its WordNet 3.0 noun synsets (Princeton WordNet, ``/usr/share/wordnet``):
{telephone number, phone number, number}, {telephone, phone, telephone set}, {hotline}, {cellular telephone, cell
phone, mobile phone}, {landline}; {electronic mail, email, e-mail}; {web site, website, internet site, site},
{uniform resource locator, URL}, {link, hyperlink}, {web page, webpage}, {home page, homepage} (plus "helpline",
not in WordNet 3.0: Collins English Dictionary, "a telephone line ... for advice"). "address" of "email address" /
"web address" is covered only with its form word. The value forms: a telephone number as ITU-T E.123 writes it
(national "(020) 7404 6609", international "+44 20 7404 6609": 8-15 digits in groups), an addr-spec of RFC 5322
§3.4.1 (local@domain.tld), a URI of RFC 3986 with its scheme, or a host name of the Web ("www.", a generic
top-level domain, a UK second-level one).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS = {
    "phone": ("telephone", "phone", "number", "hotline", "helpline", "mobile", "cellphone", "landline"),
    "email": ("email", "e-mail", "mail"),
    "web": ("website", "site", "web", "url", "link", "hyperlink", "webpage", "page", "homepage"),
}
_ADDRESS = "address"
# words that also name other things ("the *number* of days", "a *page* of the handbook", a building *site*): they
# are carried with a form asked by one of its own words, never ask for the form themselves
_SHARED = ("number", "mail", "site", "link", "page")

_PHONE = re.compile(r"(?<![\w£$€.,/-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){0,4}"
                    r"(?![\w%£$€/-]|[.,]\d)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_WEB = re.compile(r"\bhttps?://[^\s)>\]]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
                  r"|(?<![@\w.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|edu|gov|io|info|(?:co|org|gov|ac|nhs)"
                  r"\.uk)\b(?!@)")
_WEB_HINT = re.compile(r"https?://|www\.|\.(?:com|org|net|edu|gov|io|info|uk)\b")  # a cheap test before _WEB
_YEAR_SPAN = re.compile(r"^(?:19|20)\d\d[-–]\d\d(?:\d\d)?$")


def _phone_stated(text: str) -> bool:
    for m in _PHONE.finditer(text):
        raw = m.group(0)
        digits = sum(c.isdigit() for c in raw)
        if 8 <= digits <= 15 and not _YEAR_SPAN.match(raw) and (" " in raw or "(" in raw or "-" in raw
                                                                or raw.startswith(("0", "+"))):
            return True
    return False


def stated_forms(text: str, forms: frozenset[str] = frozenset(_WORDS)) -> set[str]:
    """The forms of contact value ``text`` states, of ``forms`` (``phone``, ``email``, ``web``)."""
    found = set()
    if "phone" in forms and any(c.isdigit() for c in text) \
            and _phone_stated(_EMAIL.sub(" ", _WEB.sub(" ", text) if _WEB_HINT.search(text) else text)):
        found.add("phone")
    if "email" in forms and "@" in text and _EMAIL.search(text):
        found.add("email")
    if "web" in forms and _WEB_HINT.search(text) and _WEB.search(_EMAIL.sub(" ", text) if "@" in text else text):
        found.add("web")
    return found


@lru_cache(maxsize=1)
def _form_stems() -> dict[str, frozenset[str]]:
    from assistant.qa.focus import term_stems

    return {form: frozenset(s for w in words for s in term_stems(w)) for form, words in _WORDS.items()}


def form_words_carried(absent: frozenset[str], thing: frozenset[str], text: str) -> frozenset[str]:
    """The stems of ``absent`` (asked-thing words a unit lacks) that name the form of a contact value ``text``
    states: "phone" where the unit gives a telephone number, "email" and "address" of "email address" where it gives
    an e-mail address. ``thing`` is every stem of the asked thing ("address" needs its form word there)."""
    if not absent:
        return frozenset()
    stems = _form_stems()
    asked = {form for form, own in stems.items() if own & thing - _shared_stems()}
    if not asked or not (asked & {form for form, own in stems.items() if own & absent}
                         or (_address_stems() & absent)):
        return frozenset()
    carried: set[str] = set()
    for form in stated_forms(text, frozenset(asked)):
        carried |= stems[form] & absent
        if form != "phone":
            carried |= _address_stems() & absent
    return frozenset(carried)


@lru_cache(maxsize=1)
def _address_stems() -> frozenset[str]:
    from assistant.qa.focus import term_stems

    return frozenset(term_stems(_ADDRESS))


@lru_cache(maxsize=1)
def _shared_stems() -> frozenset[str]:
    from assistant.qa.focus import term_stems

    return frozenset(s for w in _SHARED for s in term_stems(w))
