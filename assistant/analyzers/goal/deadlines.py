"""Deadlines: dates, quarters, fiscal periods and seasons, and whether one has passed."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.analyzers.rulecache import precompiled


def _period_end(phrase: str) -> dt.date | None:
    """The last day a header period covers: the latest calendar date it names ("FY23-Q2 (May 1,
    2022 to July 31, 2022)" ends on July 31, 2022), else the end of its fiscal year or year."""
    # The most precise kind of period named decides: "Q2 2026" ends with its quarter, not its year.
    for patterns in ((_DATE_MDY, _DATE_ISO, _DATE_DOTTED, _DATE_WORDS), (_QUARTER_YEAR, _HALF_YEAR), (_FISCAL,), (_YEAR,)):
        ends = [d for pattern in patterns for m in pattern.finditer(phrase)
                if (d := _deadline_end(m.group())) is not None]
        if ends:
            return max(ends)
    return None


_MONTH_NUM = {name: i for i, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"), 1)}
_DATE_MDY = precompiled(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_DATE_ISO = precompiled(r"\b((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?\b")
# (a dotted date is day, month, year: "31.03.2027")
_DATE_DOTTED = precompiled(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\.?\d)")
_DATE_WORDS = precompiled(r"\b([a-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}((?:19|20)\d\d)\b|"
                         r"\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?([a-z]{3,9})\.?,?\s{1,3}((?:19|20)\d\d)\b|"
                         r"\b([a-z]{3,9})\.?,?\s{1,3}((?:19|20)\d\d)\b", re.IGNORECASE)
_QUARTER_YEAR = precompiled(r"\bQ([1-4]),?\s{0,3}(?:FY\s?)?((?:19|20)?\d\d)\b|\b((?:19|20)\d\d)\s{0,3}[-–/]?\s{0,3}Q([1-4])\b", re.IGNORECASE)
# a school year ("SY 21-22", "SY2026-27"): over with June of its second year
_SCHOOL_YEAR = precompiled(r"\bSY\s?'?((?:19|20)?\d\d)(?:\s?[-–/]\s?((?:19|20)?\d\d))?\b")
_FISCAL = precompiled(r"\bFY\s?'?((?:19|20)?\d\d)\b", re.IGNORECASE)
_HALF_YEAR = precompiled(r"\bH([12]),?\s{0,3}[-–/]?\s{0,3}((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s{0,3}[-–/]?\s{0,3}H([12])\b", re.IGNORECASE)
# (a span written with words, "2026 to 2030", ends with its last year: group 3)
_YEAR = precompiled(r"\b((?:19|20)\d\d)(?:\s{0,3}[-–/]\s{0,3}((?:19|20)?\d\d)|\s{1,3}(?:to|through|until|till)\s{1,3}((?:19|20)\d\d))?\b",
                    re.IGNORECASE)


def _month(word: str) -> int | None:
    word = word.lower()
    for name, number in _MONTH_NUM.items():
        if name.startswith(word) and len(word) >= 3:
            return number
    return None


def _year(value: str) -> int:
    number = int(value)
    return number + 2000 if number < 100 else number


# A decade, with the part of it named ("by the mid-2030s" ends with 2036, "the early 2030s" with 2033, "the 2030s" with 2039).
_DECADE = precompiled(r"\b(?:(early|mid|late)[-\s]{0,3})?((?:19|20)\d)0s\b", re.IGNORECASE)
_DECADE_PART_END = {"early": 3, "mid": 6, "late": 9}


_SEASON_YEAR = precompiled(r"\b(spring|summer|fall|autumn|winter)(?:\s{1,3}(?:term|semester|quarter|session))?,?\s{1,3}((?:19|20)\d\d)\b(?!\s{0,3}[-–/]\s{0,3}\d)",
                          re.IGNORECASE)
_SEASON_LAST_MONTH = {"winter": 2, "spring": 5, "summer": 8, "fall": 11, "autumn": 11}


def _deadline_end(phrase: str) -> dt.date | None:
    """The last day a time phrase covers, when it names a year ("by 8/1/2014", "end of FY2019",
    "Q3 2026", "for the 2014-2015 year"); None for phrases without a year ("by June 30")."""
    m = _DATE_MDY.search(phrase)
    if m:
        month, day, year = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        try:
            return dt.date(year, month, day)
        except ValueError:
            return dt.date(year, 12, 31)
    m = _DATE_DOTTED.search(phrase)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return dt.date(year, month, day)
        except ValueError:
            return dt.date(year, 12, 31)
    m = _DATE_ISO.search(phrase)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        day = int(m.group(3)) if m.group(3) else 28
        try:
            return dt.date(year, month, day)
        except ValueError:
            return dt.date(year, 12, 31)
    for m in _DATE_WORDS.finditer(phrase):
        if m.group(1):
            month, day, year = _month(m.group(1)), int(m.group(2)), int(m.group(3))
        elif m.group(4):
            month, day, year = _month(m.group(5)), int(m.group(4)), int(m.group(6))
        else:
            month, day, year = _month(m.group(7)), 28, int(m.group(8))
        if month:
            try:
                return dt.date(year, month, day)
            except ValueError:
                return dt.date(year, month, 28)
    m = _QUARTER_YEAR.search(phrase)
    if m:
        quarter, year = (int(m.group(1)), _year(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
        return dt.date(year, quarter * 3, 30 if quarter in (2, 3) else 31)
    m = _HALF_YEAR.search(phrase)
    if m:
        half, year = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
        return dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    m = _SCHOOL_YEAR.search(phrase)
    if m:
        return dt.date(_year(m.group(2)) if m.group(2) else _year(m.group(1)) + 1, 6, 30)
    m = _FISCAL.search(phrase)
    if m:
        return dt.date(_year(m.group(1)), 12, 31)  # fiscal years end by the close of the calendar year at the latest
    m = _SEASON_YEAR.search(phrase)
    if m:  # "by Spring 2026": a season ends with its last month (academic terms follow the same seasons)
        year, month = int(m.group(2)), _SEASON_LAST_MONTH[m.group(1).lower()]
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    m = _DECADE.search(phrase)
    if m:
        return dt.date(int(m.group(2)) * 10 + _DECADE_PART_END.get((m.group(1) or "late").lower(), 9), 12, 31)
    m = _YEAR.search(phrase)
    if m and m.group(3):  # "over the 2026 to 2030 period"
        return dt.date(int(m.group(3)), 12, 31)
    if m:
        part = re.search(r"\b(early|mid|middle\s{1,3}of)[-\s]{0,3}\Z", phrase[:m.start()], re.IGNORECASE)
        if part and not m.group(2):  # "by mid-2026" ends with June, "early 2027" with March
            early = part.group(1).lower() == "early"
            return dt.date(int(m.group(1)), 3, 31) if early else dt.date(int(m.group(1)), 6, 30)
        if m.group(2) and _year(m.group(2)) % 100 == (int(m.group(1)) + 1) % 100:
            # a split year ("2025-2026", "2025-26") is a fiscal or school year: over by September's end
            return dt.date(int(m.group(1)) + 1, 9, 30)
        return dt.date(_year(m.group(2)) if m.group(2) else int(m.group(1)), 12, 31)
    return None


# The year of a date or period written after it: ", 2023" or " of 2023" ("in the Spring of 2023", "by June of 2027"), or a
# template placeholder in its place ("by June 30, 20XX", "Q3 YYYY"); the dev labelling guide (evals/dev/README.md,
# "Reference date"): a deadline that ended before the reference date is not time-bound, and template placeholders
# ("By mm/dd/yyyy", "20XX") are not deadlines.
# (a year before a plural noun is a count: "by March, 2000 applicants permitting")
_YEAR_TAIL = precompiled(r"(?:,\s{0,3}(?:[Oo]f\s{1,3})?|\s{1,3}[Oo]f\s{1,3})(?P<year>(?:19|20)\d\d)"
                         r"(?![\w/,.%-]?\d|\w|\s{0,3}%|\s{1,3}[a-z][\w-]*s\b)"
                         r"|(?:,\s{0,3}|\s{1,3})(?:[Oo]f\s{1,3})?(?P<placeholder>(?:19|20)[Xx]{2}|[Yy]{4}|[Xx]{4})(?!\w)")
_OF_YEAR = precompiled(r"\s{1,3}of\s{1,3}(?=(?:19|20)\d\d\b)", re.IGNORECASE)
# A month (and day) closed by a comma before a four-digit number that heads a plural noun ("By March, 2000 applicants will
# have ...", "by June 1, 1500 trees planted"): the comma ends the time phrase and the number counts the clause's subject,
# the reading rule time.date's pattern and ``_YEAR_TAIL`` give it too.
_MONTH_COMMA = precompiled(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s{1,3}\d{1,2}(?:st|nd|rd|th)?)?,"
                           r"\s{0,3}\Z", re.IGNORECASE)
_COUNTED_PLURAL = precompiled(r"(?:19|20)\d\d\s{1,3}[a-z][\w-]*s\b")


def _count_after_date(text: str, start: int) -> bool:
    """Whether the year-shaped number at ``start`` counts the plural noun after it, following a month closed by a comma."""
    return _COUNTED_PLURAL.match(text, start) is not None and _MONTH_COMMA.search(text[max(0, start - 20):start]) is not None


def _year_tail(text: str, end: int) -> re.Match[str] | None:
    """The year (or a placeholder for one) written right after a time phrase that ends at ``end``."""
    return _YEAR_TAIL.match(text, end)


def _with_year(text: str, start: int, end: int) -> str:
    """The time phrase ``text[start:end]`` with a year written after it joined on ("in the Spring of 2023" reads as
    "in the Spring 2023"), so that its end can be dated; unchanged when no year follows."""
    tail = _year_tail(text, end)
    phrase = text[start:tail.end()] if tail and tail.group("year") else text[start:end]
    return _OF_YEAR.sub(" ", phrase)


# A score on a 5- or 10-point rating scale written as a fraction of its top ("employee satisfaction index up one point to
# 8/10", "a rating of 4/5"; Likert's five-point scale, 1932, and the 0-10 scale of the Net Promoter Score, Reichheld 2003)
# is a value, not a month and day: a bare fraction (or one a change starts "from"), no deadline preposition with it, in
# a sentence that names the scale.
_RATING_FRACTION = precompiled(r"\s{0,3}(?:[Ff]rom\s{1,3})?(?P<score>\d{1,2})/(?P<top>5|10)\s{0,3}")
_SCALE_WORDS = precompiled(r"\b(?:scores?|scored|ratings?|rated|index|indices|points?|stars?|scale|NPS|CSAT|eNPS|"
                           r"satisfaction|out\s{1,3}of)\b", re.IGNORECASE)


def _rating_fraction(phrase: str, sentence: str) -> bool:
    """Whether the date-shaped ``phrase`` ("8/10") is a score out of 5 or 10 in a ``sentence`` about a scale."""
    m = _RATING_FRACTION.fullmatch(phrase)
    return bool(m) and int(m.group("score")) <= int(m.group("top")) and _SCALE_WORDS.search(sentence) is not None


def _deadline_passed(phrase: str, today: dt.date, rule: str = "") -> bool:
    end = _period_end(phrase) if rule == "time.header_period" else _deadline_end(phrase)
    return end is not None and end < today


# --------------------------------------------------------------------------- an act timed by a calendar-anchored event
# A temporal preposition (Quirk et al. 1985, A Comprehensive Grammar of the English Language, 9.33-9.37: before, after,
# by, until, ahead of, prior to, in time for, following, at, on) whose noun phrase names an event the calendar fixes: a
# year inside the noun phrase, as the classifier of a head whose count slot is filled ("before each of the four 2027
# craft fairs", "before the first 2027 board meeting": one noun phrase has one cardinal or ordinal, so a second number is
# a premodifier, 17.101-17.108) or in an "of" postmodifier ("before the first shoot day of the 2027 season", "by the last
# meeting of 2027"). The act is done by or at that dated event: a time frame, as "before the 2027 season" is (rule
# time.event; evals/dev23, dev28 and dev29 guides: an act timed by an event in 2027 is time-bound). A past year bounds
# nothing (``_deadline_passed`` reads the year in the span). A bare event with no year ("before every run") is left to
# rules time.cadence and time.event.
_ANCHOR_YEAR = r"(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?(?![\w.,%/-]?\d|\s*%)"
_COUNT_WORD = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|"
               r"fifth|last|final|opening|closing|next)")
_NP_WORD = r"[A-Za-z][\w'’-]*"
_ANCHORED_EVENT = precompiled(
    r"\b(?:before|after|by|until|till|ahead\s{1,3}of|prior\s{1,3}to|in\s{1,3}time\s{1,3}for|following|at|on)\s{1,3}"
    r"(?:(?:each|every|all|any)\s{1,3}(?:one\s{1,3})?of\s{1,3})?(?:the|our|my|their|its|this|next)\s{1,3}"
    rf"(?:{_COUNT_WORD}\s{{1,3}}(?:{_NP_WORD}\s{{1,3}})?{_ANCHOR_YEAR}(?P<head>(?:\s{{1,3}}{_NP_WORD}){{1,3}})"
    rf"|(?P<pre>(?:{_NP_WORD}\s{{1,3}}){{1,4}}?)of\s{{1,3}}(?:the\s{{1,3}})?{_ANCHOR_YEAR}(?:\s{{1,3}}{_NP_WORD})?)",
    re.IGNORECASE)
# (words that end the noun phrase before an "of": a preposition, conjunction or verb group opens another phrase)
_NOT_IN_NP = frozenset({"to", "for", "with", "from", "in", "on", "at", "by", "into", "and", "or", "but", "is", "are",
                        "was", "were", "be", "will", "can", "that", "which", "who", "so", "as", "than", "per"})


def _anchored_events(text: str) -> list[tuple[int, int, bool]]:
    """The spans of the temporal phrases whose event noun phrase carries a year (``_ANCHORED_EVENT``), each with whether
    it counts a series of events ("each of the four 2027 craft fairs": an act at each, a frequency)."""
    found = []
    for m in _ANCHORED_EVENT.finditer(text):
        if m.group("pre") is not None and _NOT_IN_NP & {w.lower() for w in m.group("pre").split()}:
            continue
        if m.group("head") is not None and _NOT_IN_NP & {w.lower() for w in m.group("head").split()}:
            continue
        series = re.search(r"\b(?:each|every|all|any)\s{1,3}(?:one\s{1,3})?of\b", m.group(), re.IGNORECASE) is not None
        found.append((m.start(), m.end(), series))
    return found


# A month or a season with "each"/"every" as a noun-phrase adjunct of time (Quirk et al. 1985, 8.54 and 9.46: "each
# June", "every spring": once a year, in that month or season): a yearly cadence of the act. A season word that heads an
# object or a prepositional complement ("characterize each spring", "for each spring": the coil) or premodifies a noun
# ("every fall event") is no time; a month has no such other sense.
_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
_YEARLY = precompiled(r"\b(?:each|every)\s{1,3}(?P<when>" + "|".join(_MONTH_WORDS + _SEASON_WORDS) + r")\b",
                      re.IGNORECASE)
_AFTER_SEASON = precompiled(r"\s*(?:[,.;:!?)\n]|\Z|(?:before|after|when|once|until|till|and|or|to|in|at|on|by|from|"
                            r"through|throughout|during|for|so|as|term|semester|season|quarter)\b)", re.IGNORECASE)
_BEFORE_SEASON = precompiled(r"(?:\A|[.;:!?\n]\s*|\b(?:for|of|on|with|to|in|from|per|about|into|onto|between|"
                             r"under|over|at|by)\s{1,3})\s*\Z", re.IGNORECASE)
_GOAL_OPENING = precompiled(r"(?:\A|[.;:!?\n])\s*(?:[A-Z][\w'’-]*\s*:\s*)?[A-Za-z][\w'’-]*\s{1,3}\Z")


def _yearly_cadences(text: str) -> list[tuple[int, int]]:
    """The spans of "each"/"every" + a month or a season read as a yearly time adjunct (``_YEARLY``)."""
    found = []
    for m in _YEARLY.finditer(text):
        if m.group("when").lower() in _SEASON_WORDS:
            before = text[max(0, m.start() - 60):m.start()]
            if (not _AFTER_SEASON.match(text, m.end()) or _BEFORE_SEASON.search(before)
                    or _GOAL_OPENING.search(before)):
                continue  # the season word names a thing: an object, a complement, a modifier of a noun
        found.append(m.span())
    return found
