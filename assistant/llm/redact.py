"""Mask personal data before text leaves the machine; restore it in the model's answer.

What is masked (each distinct value gets a stable token for the whole call, so the model can
refer to it and :meth:`Redactor.restore` puts the original back exactly):

========================  ============================================================  ==================
kind                      how it is found                                               token
========================  ============================================================  ==================
names of people           gazetteer, lexicon and context cues (:mod:`assistant.names`)  ``[PERSON_1]``
emails                    address syntax                                                ``[EMAIL_1]``
phone numbers             Google's ``phonenumbers`` matcher (national formats of        ``[PHONE_1]``
                          ``phone_regions`` and every international format), and
                          digits after "phone", "mobile", "tel"...
government ids            US social security numbers, UK national insurance numbers,    ``[GOV_ID_1]``
                          any id after "passport", "SSN", "tax id", "national id"...
staff / employee numbers  ``employee_id_pattern`` and ids after "staff number",          ``[EMPLOYEE_ID_1]``
                          "employee ID", "payroll no."...
street addresses          house number, capitalised street name and a street type,      ``[ADDRESS_1]``
                          with unit, town, state, ZIP or UK postcode; PO boxes;
                          UK postcodes on their own
dates of birth            a date (or a year) shortly after "born", "DOB",               ``[DOB_1]``
                          "date of birth", "birthday"
organisation patterns     ``redact_patterns`` in the settings (kind -> regex)           ``[KIND_1]``
========================  ============================================================  ==================

Other mentions of one person keep the person's number: with "Priya Shah" as ``[PERSON_1]``,
"Priya" is ``[PERSON_1_FIRST]`` and "Shah" ``[PERSON_1_LAST]``. Titles ("Ms.", "Dr.") stay.
Everything here runs in time linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel

from assistant.names import find_names
from assistant.text import MONTH_ABBREVIATIONS, MONTHS

EMAIL = r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
DEFAULT_EMPLOYEE_ID = r"\b(?:EMP-?\d{4,8}|E\d{5,8})\b"
DEFAULT_PHONE_REGIONS = ("US", "GB")

# An identifier after a cue: letters, digits and separators, holding at least one digit.
_ID = r"(?=[A-Za-z0-9 -]{0,4}\d)[A-Za-z0-9][A-Za-z0-9-]{0,19}(?:[ ](?:\d{1,6}|[A-Za-z]\b)){0,4}\b"
_CUE_GAP = r"(?:\s*(?:number|no\.?|num|id|#|is|was|:)){0,3}\s*[:#]?\s*"
STAFF_NUMBER = (
    r"(?i:\b(?:staff|employee|personnel|payroll|badge|worker|member|clock)\s*(?:number|no\.?|num|id|#)"
    + _CUE_GAP
    + r")(" + _ID + r")"
)
GOVERNMENT_ID_CUE = (
    r"(?i:\b(?:passport|ssn|social\s+security|national\s+insurance|ni|nino|national\s+id|tax\s+(?:file\s+)?id"
    r"|tin|sin|social\s+insurance|driver'?s?\s+licen[cs]e|medicare|nhs)(?:\s*(?:number|no\.?|num|id|#|card))?"
    + _CUE_GAP
    + r")(" + _ID + r")"
)
SSN = r"\b(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}\b"
NINO = r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"
PHONE_CUE = r"(?i:\b(?:phone|tel|telephone|mobile|cell|mob|ext|extension|whatsapp|fax)\b\.?(?:\s*(?:number|no\.?|#|is|:))*\s*)(\+?\d[\d ().-]{4,18}\d)"

_STREET_TYPES = str.split(
    "street st road rd avenue ave lane ln drive dr boulevard blvd court ct way place pl terrace ter close "
    "crescent cres square sq highway hwy parkway pkwy circle cir trail trl row mews grove gardens gdns hill "
    "walk park parade quay wharf rise vale gate yard path pike alley plaza loop run green view"
)
_STREET = r"(?:" + "|".join(sorted({t.capitalize() for t in _STREET_TYPES}, key=len, reverse=True)) + r")"
UK_POSTCODE = r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b"
_STREET_NAME = r"(?:[A-Z][A-Za-z'.-]*[ \t]+){0,4}" + _STREET + r"\b\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b)?"
_HOUSE = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?,?[ \t]+"
_UNIT = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#)\.?[ \t]*#?\w{1,6}"
ADDRESS = (
    r"\b(?:(?:" + _UNIT + r",?[ \t]+)?" + _HOUSE + _STREET_NAME + r"|P\.?[ \t]?O\.?[ \t]+Box[ \t]+\d{1,6}\b)"
    r"(?:,?[ \t]+" + _UNIT + r")?"
    r"(?:,[ \t]*[A-Z][a-z][A-Za-z'.-]*(?:[ \t]+[A-Z][a-z][A-Za-z'.-]*){0,3})?"
    r"(?:,?[ \t]+[A-Z]{2}\b)?(?:,?[ \t]+\d{5}(?:-\d{4})?\b)?"
    r"(?:,?[ \t]+" + UK_POSTCODE + r")?"
    r"|" + UK_POSTCODE
)
_MONTH = r"(?:" + "|".join(sorted((*MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True)) + r")\.?"
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r",?\s+\d{4}"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|(?:in\s+)?(?:19|20)\d{2}\b)"
)
DATE_OF_BIRTH = (
    r"(?i:\b(?:born|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday)\b[^\n\d]{0,24}?)(?i:(" + _DATE + r"))"
)

# Kinds in priority order: where two matches overlap, the earlier kind wins.
BUILTIN_KINDS = ("EMAIL", "DOB", "GOV_ID", "EMPLOYEE_ID", "ADDRESS", "PHONE", "PERSON")
_TOKEN = re.compile(r"\[([A-Z][A-Z0-9_]*?)_(\d+)(?:_(FIRST|LAST|V\d+))?\]", re.IGNORECASE)
_KIND = re.compile(r"[A-Z][A-Z0-9_]*")


class RedactionConfigError(ValueError):
    """An organisation pattern that is not a valid regular expression or kind name."""


def compile_patterns(patterns: Mapping[str, str] | None) -> list[tuple[str, re.Pattern[str]]]:
    """Validate organisation patterns (``{"PROJECT": r"\\bPRJ-\\d{4}\\b"}``)."""
    out: list[tuple[str, re.Pattern[str]]] = []
    for kind, pattern in (patterns or {}).items():
        if not _KIND.fullmatch(kind) or kind in BUILTIN_KINDS:
            raise RedactionConfigError(
                f"redact_patterns: '{kind}' must be an upper-case name (A-Z, 0-9, _) other than {', '.join(BUILTIN_KINDS)}"
            )
        try:
            out.append((kind, re.compile(pattern)))
        except re.error as exc:
            raise RedactionConfigError(f"redact_patterns: '{kind}' is not a valid regular expression ({exc})") from None
    return out


class Redactor:
    """Reversible masking for one model call (or a few calls about the same texts)."""

    def __init__(
        self,
        enabled: bool = True,
        employee_id_pattern: str = DEFAULT_EMPLOYEE_ID,
        patterns: Mapping[str, str] | None = None,
        phone_regions: Iterable[str] = DEFAULT_PHONE_REGIONS,
        names: bool = True,
    ) -> None:
        self.enabled = enabled
        self.names = names
        self.phone_regions = tuple(r.upper() for r in phone_regions)
        self._custom = compile_patterns(patterns)
        self._regexes: list[tuple[str, re.Pattern[str], int]] = [
            ("EMAIL", re.compile(EMAIL), 0),
            ("DOB", re.compile(DATE_OF_BIRTH), 1),
            ("GOV_ID", re.compile(SSN), 0),
            ("GOV_ID", re.compile(NINO), 0),
            ("GOV_ID", re.compile(GOVERNMENT_ID_CUE), 1),
            ("EMPLOYEE_ID", re.compile(employee_id_pattern), 0),
            ("EMPLOYEE_ID", re.compile(STAFF_NUMBER), 1),
            ("ADDRESS", re.compile(ADDRESS), 0),
            ("PHONE", re.compile(PHONE_CUE), 1),
        ]
        self._by_value: dict[str, str] = {}
        self._by_token: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self._people: list[tuple[str, set[str]]] = []  # (token, case-folded name words)

    @classmethod
    def from_settings(cls, settings: Any) -> Redactor:
        return cls(
            enabled=settings.redact,
            employee_id_pattern=settings.employee_id_pattern,
            patterns=getattr(settings, "redact_patterns", None),
            phone_regions=getattr(settings, "phone_regions", DEFAULT_PHONE_REGIONS),
        )

    @property
    def masked_count(self) -> int:
        return len(self._by_token)

    @property
    def pseudonyms(self) -> dict[str, str]:
        """Token -> the original value, for every value masked so far."""
        return dict(self._by_token)

    # --- finding ---------------------------------------------------------------------------

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, kind) of every value to mask, in text order."""
        found: list[tuple[int, int, str, int]] = []
        order = {kind: i for i, kind in enumerate((*BUILTIN_KINDS[:-2], *(k for k, _ in self._custom),
                                                    *BUILTIN_KINDS[-2:]))}
        for kind, pattern, group in self._regexes:
            for m in pattern.finditer(text):
                if m.group(group):
                    found.append((m.start(group), m.end(group), kind, order[kind]))
        for kind, pattern in self._custom:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), kind, order[kind]))
        found.extend((s, e, "PHONE", order["PHONE"]) for s, e in self._phones(text))
        if self.names:
            found.extend((s, e, "PERSON", order["PERSON"]) for s, e in find_names(text))
        # Values found in other texts of this call are masked here too, whatever their context
        # ("Will" in a findings list, a date of birth quoted as a goal's evidence).
        if self._by_value:
            known = re.compile(
                r"(?<![\w\[])(?:" + "|".join(re.escape(v) for v in sorted(self._by_value, key=len, reverse=True)) + r")(?!\w)"
            )
            for m in known.finditer(text):
                kind = _TOKEN.fullmatch(self._by_value[m.group()]).group(1)  # type: ignore[union-attr]
                found.append((m.start(), m.end(), kind, -1))
        # Keep the best match at each place: earlier kind first, then the longer span.
        found.sort(key=lambda f: (f[3], f[0] - f[1], f[0]))
        taken: list[tuple[int, int, str]] = []
        occupied = _Intervals()
        for start, end, kind, _ in found:
            if occupied.free(start, end):
                occupied.add(start, end)
                taken.append((start, end, kind))
        taken.sort()
        return taken

    def _phones(self, text: str) -> list[tuple[int, int]]:
        from phonenumbers import Leniency, PhoneNumberMatcher, is_valid_number

        spans: set[tuple[int, int]] = set()
        if not any(c.isdigit() for c in text):
            return []
        for region in self.phone_regions or (None,):
            for m in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
                if (m.start, m.end) in spans:
                    continue
                # Valid numbers, and fictional or unassigned ones (555 01xx) written like a number
                # (10+ digits in groups): those are still someone's number in a draft.
                digits = sum(c.isdigit() for c in m.raw_string)
                grouped = any(c in " .-()" for c in m.raw_string) or m.raw_string.startswith("+")
                if is_valid_number(m.number) or (digits >= 10 and grouped):
                    spans.add((m.start, m.end))
        return sorted(spans)

    # --- masking ---------------------------------------------------------------------------

    def _token_for(self, kind: str, value: str) -> str:
        token = self._by_value.get(value)
        if token is not None:
            return token
        token = self._person_token(value) if kind == "PERSON" else None
        if token is None:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            token = f"[{kind}_{self._counts[kind]}]"
            if kind == "PERSON":
                self._people.append((token, set(_name_words(value))))
        self._by_value[value] = token
        self._by_token[token] = value
        return token

    def _person_token(self, value: str) -> str | None:
        """A variant token for another mention of a known person ("Priya" of "Priya Shah")."""
        words = _name_words(value)
        for token, person in self._people:
            if words and set(words) <= person or person <= set(words):
                full = self._by_token[token]
                full_words = _name_words(full)
                if words == full_words[:1] and len(full_words) > 1:
                    variant = "FIRST"
                elif words == full_words[-1:] and len(full_words) > 1:
                    variant = "LAST"
                else:
                    variant = "V2"
                candidate = f"{token[:-1]}_{variant}]"
                n = 2
                while candidate in self._by_token:
                    n += 1
                    candidate = f"{token[:-1]}_V{n}]"
                return candidate
        return None

    def mask(self, text: str) -> str:
        """Replace every personal value in ``text`` with its token."""
        if not self.enabled or not text:
            return text
        parts: list[str] = []
        last = 0
        for start, end, kind in self.find(text):
            parts.append(text[last:start])
            parts.append(self._token_for(kind, text[start:end]))
            last = end
        parts.append(text[last:])
        return "".join(parts)

    def mask_values(self, values: Mapping[str, str]) -> dict[str, str]:
        """Mask several texts of one call so a name found in one is masked in all of them."""
        if not self.enabled:
            return dict(values)
        for value in values.values():
            if value:
                for start, end, kind in self.find(value):
                    self._token_for(kind, value[start:end])
        return {key: self.mask(value) for key, value in values.items()}

    # --- restoring -------------------------------------------------------------------------

    def restore(self, text: str) -> str:
        """Put the original values back; unknown tokens are left as they are."""
        if not self._by_token or not text:
            return text

        def repl(m: re.Match[str]) -> str:
            token = f"[{m.group(1).upper()}_{m.group(2)}" + (f"_{m.group(3).upper()}" if m.group(3) else "") + "]"
            return self._by_token.get(token, m.group())

        return _TOKEN.sub(repl, text)

    def restore_obj(self, value: Any) -> Any:
        """Restore every string inside a pydantic model, list or dict."""
        if isinstance(value, str):
            return self.restore(value)
        if isinstance(value, BaseModel):
            return value.model_copy(update={k: self.restore_obj(getattr(value, k)) for k in type(value).model_fields})
        if isinstance(value, list):
            return [self.restore_obj(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restore_obj(v) for k, v in value.items()}
        return value


def _name_words(value: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_]{2,}(?:['’-][^\W\d_]+)*", value)]


class _Intervals:
    """Occupied character ranges (few per text; a sorted list is enough)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        import bisect

        i = bisect.bisect_left(self._spans, (start, end))
        for j in (i - 1, i):
            if 0 <= j < len(self._spans):
                s, e = self._spans[j]
                if s < end and start < e:
                    return False
        return True

    def add(self, start: int, end: int) -> None:
        import bisect

        bisect.insort(self._spans, (start, end))
