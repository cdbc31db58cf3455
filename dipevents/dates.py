"""Dates: a document's reference date, and the date of each event resolved against it.

Relative expressions ("on Thursday", "last month", "earlier this week") are resolved against
the document's own date, never today's clock: with no reference date they stay unresolved.
dateparser handles the long tail of absolute forms; the common relative forms are handled
here first because dateparser either cannot read them ("later this week") or resolves them
without regard to the tense of the event ("on Thursday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime, timedelta
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBER_WORDS = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
               r"several|few|many|some|\d+-|couple of)"
DURATION = re.compile(
    rf"^(?:(?:for|over|about|around|nearly|almost|more than|less than|some|just|the)\s+)*"
    rf"{NUMBER_WORDS}[\s-]+(?:day|week|month|year|decade|hour|minute)s?(?:[\s-]long|[\s-]old)?$",
    re.I)
AGE_OR_SPAN = re.compile(r"\b(?:decades|years|months|weeks|days|hours)\b(?!\s+ago)", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DAY_NUM = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
WEEKDAY_WORD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTH_WORD = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?", re.I)
# Words that say when, not who: "on Sunday", "in March", "today".
DAY_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "weekend"}


@dataclass(frozen=True)
class Resolved:
    value: str
    precision: str  # day | month | year


def _month_shift(day: Date, months: int) -> Date:
    total = day.year * 12 + day.month - 1 + months
    return Date(total // 12, total % 12 + 1, 1)


def _month_value(day: Date) -> Resolved:
    return Resolved(f"{day.year:04d}-{day.month:02d}", "month")


def _day_value(day: Date) -> Resolved:
    return Resolved(day.isoformat(), "day")


def is_duration(expr: str) -> bool:
    """Durations and ages are not dates: "ten-day", "nearly an hour", "four years"."""
    text = expr.strip()
    if DURATION.match(text):
        return True
    low = text.lower()
    if re.search(r"\b[\w]+-(?:day|week|month|year|hour|decade)s?(?:-old|-long)?\b", low):
        return True  # "ten-day exercise", "a four-year low"
    return bool(AGE_OR_SPAN.search(low)) and not re.search(
        r"\b(ago|last|past|recent|next|this|coming|earlier|later)\b", low)


def _weekday(low: str, ref: Date, tense: str) -> Resolved | None:
    for name, idx in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", low):
            if "next" in low or tense == "future":
                delta = (idx - ref.weekday()) % 7
                if "next" in low and delta == 0:
                    delta = 7
                return _day_value(ref + timedelta(days=delta))
            delta = (ref.weekday() - idx) % 7
            if "last" in low and delta == 0:
                delta = 7
            return _day_value(ref - timedelta(days=delta))
    return None


def _relative(low: str, ref: Date, tense: str) -> Resolved | None:
    """The relative forms dateparser misses or misreads, at the precision they support."""
    low = re.sub(r"^(on|in|at|by|during|from|since|until|this past)\s+", "", low)
    if low in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return _day_value(ref)
    if low in ("yesterday", "last night", "yesterday morning", "yesterday evening"):
        return _day_value(ref - timedelta(days=1))
    if low in ("tomorrow", "tomorrow morning"):
        return _day_value(ref + timedelta(days=1))
    weekday = _weekday(low, ref, tense)
    if weekday is not None:
        return weekday
    ago = re.fullmatch(rf"({NUMBER_WORDS})\s+(day|week|month|year)s?\s+ago", low)
    if ago:
        return _ago(ago.group(1), ago.group(2), ref)
    ordinal = re.fullmatch(r"the\s+(\d{1,2})(?:st|nd|rd|th)", low)
    if ordinal:
        return _day_of_month(int(ordinal.group(1)), ref, tense)
    if re.search(r"\b(this|earlier this|later this|late this|early this)\s+(week|month)\b", low) \
            or low in ("the past week", "the last week", "this week"):
        return _month_value(ref)
    if re.search(r"\b(last|past)\s+week\b", low):
        return _month_value(ref - timedelta(days=7))
    if re.search(r"\bnext\s+week\b", low):
        return _month_value(ref + timedelta(days=7))
    if re.search(r"\b(last|previous)\s+month\b", low):
        return _month_value(_month_shift(ref, -1))
    if re.search(r"\bnext\s+month\b", low):
        return _month_value(_month_shift(ref, 1))
    if re.search(r"\b(this|earlier this|later this)\s+year\b", low):
        return Resolved(str(ref.year), "year")
    if re.search(r"\blast\s+year\b", low):
        return Resolved(str(ref.year - 1), "year")
    if re.search(r"\bnext\s+year\b", low):
        return Resolved(str(ref.year + 1), "year")
    return None


WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _ago(count: str, unit: str, ref: Date) -> Resolved | None:
    """ "Two days ago": a day; weeks ago: that week's month; months: a month; years: a year."""
    n = int(count) if count.isdigit() else WORD_NUMBERS.get(count)
    if n is None:
        return None  # "several days ago": not a date
    if unit == "day":
        return _day_value(ref - timedelta(days=n))
    if unit == "week":
        return _month_value(ref - timedelta(days=7 * n))
    if unit == "month":
        return _month_value(_month_shift(ref, -n))
    return Resolved(str(ref.year - n), "year")


def _day_of_month(day: int, ref: Date, tense: str) -> Resolved | None:
    """ "On the 14th": that day of the reference month, or of the month before (after, for
    the future) when the tense points there."""
    month = ref
    if tense == "future" and day < ref.day:
        month = _month_shift(ref, 1)
    elif tense != "future" and day > ref.day:
        month = _month_shift(ref, -1)
    try:
        return _day_value(month.replace(day=day))
    except ValueError:
        return None


def _month_day(low: str, ref: Date, tense: str) -> Resolved | None:
    """ "March 23", "23 March", "Jan. 9": the nearest such day on the side the tense points to."""
    low = re.sub(r"^(on|by|since|until|from)\s+", "", low)
    match = (re.fullmatch(rf"{MONTH_WORD.pattern}\s*(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+and\s+\d+)?"
                          rf",?(?:\s+(\d{{4}}))?", low)
             or re.fullmatch(rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                             rf"{MONTH_WORD.pattern}(?:,?\s+(\d{{4}}))?", low))
    if not match:
        return None
    groups = match.groups()
    word, day_s, year_s = (groups[0], groups[1], groups[2]) if not groups[0][0].isdigit() \
        else (groups[1], groups[0], groups[2])
    word = word.lower()
    month = MONTHS.get(word) or MONTH_ABBR[word[:4] if word.startswith("sept") else word[:3]]
    if year_s:
        try:
            return _day_value(Date(int(year_s), month, int(day_s)))
        except ValueError:
            return None
    # No year: the tense's side of the reference date; but a past-tense mention of a date in
    # the coming weeks is a schedule ("talks set for Jan. 9" in a 1 January article).
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(Date(year, month, int(day_s)))
        except ValueError:
            continue
    if not candidates:
        return None
    future = tense == "future"
    preferred = [c for c in candidates if (c >= ref if future else c <= ref + timedelta(days=1))]
    nearest = min(candidates, key=lambda c: abs((c - ref).days))
    best = min(preferred, key=lambda c: abs((c - ref).days)) if preferred else nearest
    if not future and timedelta(0) < nearest - ref <= timedelta(days=60) \
            and (ref - best).days > 180:
        best = nearest
    return _day_value(best)


def _month_alone(low: str, ref: Date, tense: str) -> Resolved | None:
    """ "In November": the most recent November for past events, the next one for future."""
    match = MONTH_WORD.fullmatch(re.sub(r"^(?:(?:in|by|since|until|from|during|early|late)\s+)*"
                                        r"(?:mid-?\s*)?", "", low).strip(" ."))
    if not match:
        return None
    word = match.group(1).lower()
    month = MONTHS.get(word) or MONTH_ABBR[word[:4] if word.startswith("sept") else word[:3]]
    year = ref.year
    if tense == "future":
        if month < ref.month:
            year += 1
    elif month > ref.month:
        year -= 1
    return Resolved(f"{year:04d}-{month:02d}", "month")


@lru_cache(maxsize=256)
def _parser(ref: Date, prefer: str):  # type: ignore[no-untyped-def]
    """A dateparser parser per reference date and preference, English only (language detection
    costs tens of milliseconds a call), kept for the other expressions of the same document."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day), "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False})


def _dateparser(expr: str, ref: Date, tense: str) -> Resolved | None:
    prefer = {"past": "past", "future": "future"}.get(tense, "current_period")
    # "Jan. 9 and 10": the first date is the event's start.
    first = re.split(r"\s+(?:and|to|-|–)\s+", expr)[0]
    parsed = _parser(ref, prefer).get_date_data(first).date_obj
    if parsed is None:
        return None
    low = first.lower()
    has_month = bool(MONTH_WORD.search(low)) or bool(re.search(r"\d+[/.-]\d+", low))
    has_day = has_month and bool(DAY_NUM.search(YEAR.sub("", low)))
    if has_day:
        return _day_value(parsed.date())
    if has_month:
        return _month_value(parsed.date())
    if YEAR.search(low):
        return Resolved(str(parsed.year), "year")
    return _day_value(parsed.date())


def _numeric(low: str, day_first: bool) -> Resolved | None:
    """ "2/10/2022": month first unless the user says the source writes day first."""
    match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})", low)
    if not match:
        return None
    a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    year += 2000 if year < 100 else 0
    day, month = (a, b) if day_first else (b, a)
    try:
        return _day_value(Date(year, month, day))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def resolve(expr: str, ref: Date | None, tense: str = "past",
            day_first: bool = False) -> Resolved | None:
    """An ISO value for a temporal expression, or None when it is no date or can't be read.

    ``tense`` is past, future or present: it picks which "Thursday" or "November" is meant.
    ``day_first`` reads "2/10/2022" as 2 October. Cached per (expression, reference date,
    tense, order), since news repeats the same expressions. A date the calendar cannot hold
    ("last week" of a document dated 0001-01-01) leaves the expression unresolved.
    """
    try:
        return _resolve(expr, ref, tense, day_first)
    except (OverflowError, ValueError):
        return None


def _resolve(expr: str, ref: Date | None, tense: str, day_first: bool) -> Resolved | None:
    text = " ".join(expr.split())
    low = text.lower().strip(" ,.")
    # "Monday, 10 February 2022": the date says which Monday
    low = re.sub(rf"^{WEEKDAY_WORD},?\s+(?=(?:the\s+)?\d|{MONTH_WORD.pattern})", "", low)
    if not low or is_duration(low):
        return None
    numeric = _numeric(low, day_first)
    if numeric is not None:
        return numeric
    year_only = re.fullmatch(r"(?:in |since |by |the year |early |late )?(1[89]\d\d|20\d\d)", low)
    if year_only:
        return Resolved(year_only.group(1), "year")
    ago = re.fullmatch(rf"({NUMBER_WORDS})\s+(day|week|month|year)s?\s+ago", low)
    if ref is None:
        # Absolute dates only: no clock stands in for a missing reference date.
        if not YEAR.search(low) or ago:
            return None
        return _dateparser(text, Date(int(YEAR.search(low).group(1)), 1, 1), "present")
    for handler in (_relative, _month_day, _month_alone):
        found = handler(low, ref, tense)
        if found is not None:
            return found
    if not (YEAR.search(low) or MONTH_WORD.search(low) or re.search(r"\d", low)):
        return None  # nothing dateparser could anchor on: it would guess from the words
    return _dateparser(text, ref, tense)


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)"
# Temporal expressions, most specific first: what the extractor attaches to events. Month and
# weekday names are matched capitalised only; durations ("ten-day") are left to is_duration.
DATE_EXPRESSION = re.compile(
    "|".join([
        # a weekday with its date is one expression: "Monday, 10 February 2022"
        rf"{_WEEKDAY},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?",
        rf"{_WEEKDAY},?\s+{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?",
        rf"(?:(?i:early|late|mid-?)\s*)?{_MONTH}\s+{_DAY}(?:\s*(?:and|-|–|to)\s*\d{{1,2}}(?!\d))?"
        rf"(?:,?\s+{_YEAR})?",
        rf"(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?",
        # "on the 14th", a day of the month (not "the 14th century", "the 5th round")
        r"(?<=\b[Oo]n )the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+[a-z])",
        rf"(?:(?i:early|late|mid-?)\s*)?{_MONTH}(?:,?\s+{_YEAR})?",
        rf"{_YEAR}-\d\d-\d\d",
        r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?!\d)",
        rf"(?:(?i:last|next|this|this past|early|late)\s+)?{_WEEKDAY}"
        r"(?:\s+(?i:morning|afternoon|evening|night))?",
        r"(?i:(?:yesterday|today|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening))?)",
        r"(?i:(?:last|this)\s+(?:night|morning|afternoon|evening))",
        r"(?i:(?:(?:earlier|later|late|early)\s+)?(?:this|last|next|the past|the coming)\s+"
        r"(?:week|month|year|weekend|decade))",
        rf"(?i:{_NUM}\s+(?:days?|weeks?|months?|years?|decades?)\s+ago)",
        r"(?i:(?:in\s+)?recent\s+(?:days|weeks|months|years))",
        # A year, not a count: "2014 tanks" and "2,014 troops" are numbers.
        rf"(?<![\d,.$£€-]){_YEAR}(?![\d-]|\s*(?:%|percent|km|kilometres|miles)"
        r"|\s+(?!was\b|is\b|has\b|as\b|this\b|its\b|thus\b)[a-z]+s\b)",
    ])
)
_TIME_PREPOSITION = re.compile(r"(?i:\b(?:in|since|by|from|until|till|of|early|late|mid|last|next|"
                               r"this|during|before|after|on)\s*$)")


@lru_cache(maxsize=1024)
def find_date_expressions(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each temporal expression in ``text``, leftmost-longest.

    Our own patterns rather than a statistical NER: they are cheap, predictable, and find the
    forms news uses for event dates; resolve() decides what each one means. A bare "May" or
    "March" counts as a month only after a time preposition ("in May", not "May invade").
    """
    out: list[tuple[int, int]] = []
    for match in DATE_EXPRESSION.finditer(text):
        if match.group(0) in ("May", "March", "Mar", "Mar."):
            if not _TIME_PREPOSITION.search(text[max(0, match.start() - 12):match.start()]):
                continue
        out.append((match.start(), match.end()))
    return tuple(out)  # cached per sentence: events of one sentence share it


DATELINE = re.compile(
    r"(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+\.?),?\s+(?P<y1>(?:19|20)\d\d))"
    r"|(?:(?P<m2>[A-Z][a-z]+\.?)\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d\d))"
    r"|(?:(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))"
    r"|(?:(?<![\d/.])(?P<a4>\d{1,2})[/.](?P<b4>\d{1,2})[/.](?P<y4>(?:19|20)\d\d)(?![\d/.]))")


def reference_from_text(text: str, window: int = 300, day_first: bool = False) -> Date | None:
    """A dateline or publication line near the top ("10 February 2022", "Feb 10, 2022",
    "New Delhi, 18/06/2020:"). A numeric date is read day first where its first number
    cannot be a month, month first where its second cannot, else as ``day_first`` says."""
    for match in DATELINE.finditer(text[:window]):
        try:
            if match.group("y3"):
                return Date(int(match.group("y3")), int(match.group("m3")), int(match.group("d3")))
            if match.group("y4"):
                a, b = int(match.group("a4")), int(match.group("b4"))
                first = a > 12 or (day_first and b <= 12)
                return Date(int(match.group("y4")), b if first else a, a if first else b)
            month_word = (match.group("m1") or match.group("m2")).lower().rstrip(".")
            month = MONTHS.get(month_word) or MONTH_ABBR.get(month_word[:3])
            if month is None:
                continue
            day = int(match.group("d1") or match.group("d2"))
            year = int(match.group("y1") or match.group("y2"))
            return Date(year, month, day)
        except ValueError:
            continue
    return None
