"""The actor knowledge base: states, organisations, places, people with dated roles, media.

Loaded once from the TSV files in ``dipevents/data`` (and any user files) into entries keyed by
an id; every surface form becomes a phrase pattern carrying that id, so the gazetteer marks
mentions and resolution is a dictionary lookup rather than a chain of rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as Date
from functools import lru_cache
from pathlib import Path

from ..tables import DATA_DIR, numbered_rows, read_tsv, split_list

# The id of names that are never actors: news media, and seas and straits no state owns.
NO_ACTOR = "no-actor"
# A people or a faith ("Kurds", "Muslims"): no actor itself, but placed by its modifiers
# ("Iraqi Kurds"). Its id starts as NO_ACTOR's does, so every test for a non-actor holds.
PEOPLE = NO_ACTOR + ":people"
# An acronym that papers also print capitalised: "FARC" and "Farc" (not "UN", "IRGC-QF").
ACRONYM = re.compile(r"[A-Z]{4,}")


@dataclass(frozen=True, slots=True)
class Entry:
    """One way an id can resolve: a code and sector, valid between two dates for people."""

    id: str
    code: str
    sector: str | None
    name: str
    kind: str  # state, demonym, seat, org, pact, place, person, media
    valid_from: Date | None = None
    valid_to: Date | None = None
    location: str | None = None
    # Where the entry comes from: "curated" (the project's files), "user" (--actors files),
    # "geonames" (the built gazetteer) or "phoenix" (imported people, whose roles yield to
    # what a sentence says).
    source: str = "curated"

    def valid_on(self, day: Date | None) -> bool:
        if day is None:
            return True
        return ((self.valid_from is None or self.valid_from <= day)
                and (self.valid_to is None or day <= self.valid_to))

    def distance(self, day: Date) -> int:
        """Days between ``day`` and this role's validity window (0 inside it)."""
        if self.valid_from and day < self.valid_from:
            return (self.valid_from - day).days
        if self.valid_to and day > self.valid_to:
            return (day - self.valid_to).days
        return 0


@dataclass(frozen=True, slots=True)
class Pattern:
    """A surface form for the gazetteer: its words, the NER label to give it and its id."""

    text: str
    label: str
    id: str
    # A name from a built gazetteer rather than a curated file: it counts only standing alone,
    # never as a piece of a longer capitalised name ("Carson" in "Ben Carson", "Arlington" in
    # "Arlington National Cemetery").
    alone: bool = False


def _date(cell: str) -> Date | None:
    return Date.fromisoformat(cell) if cell else None


class KnowledgeBase:
    """Entries by id and the phrase patterns that find them in text."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.patterns: dict[tuple[str, str], Pattern] = {}
        self.roles: dict[str, str] = {}
        self.members: dict[str, tuple[str, ...]] = {}  # a grouping's code -> its states
        self._replacing: set[str] | None = None  # ids a user file has redefined so far

    def add(self, entry: Entry, names: list[str], label: str, alone: bool = False) -> None:
        if self._replacing is not None:
            entry = replace(entry, source="user")
        if self._replacing is not None and entry.id not in self._replacing:
            # A user file's first row for an id replaces the built-in entries for it.
            self._replacing.add(entry.id)
            self.entries[entry.id] = []
        self.entries.setdefault(entry.id, []).append(entry)
        for name in names:
            # A later file overrides an earlier one for the same surface form.
            self.patterns[(name, label)] = Pattern(name, label, entry.id, alone)

    def add_acronym_variants(self) -> None:
        """ "Farc", "Opec", "Ecowas": an acronym of four letters or more is also matched as
        many newspapers print it, capitalised, unless that form names something already."""
        taken = {name for name, _ in self.patterns}
        for (name, label), pattern in list(self.patterns.items()):
            variant = name.capitalize()
            if ACRONYM.fullmatch(name) and variant not in taken:
                self.patterns[(variant, label)] = replace(pattern, text=variant)
                taken.add(variant)

    def load_countries(self, path: Path) -> None:
        for row in read_tsv(path):
            code, name = row["code"], row["name"]
            self.add(Entry(code, code, None, name, "state"), split_list(row["names"]), "GPE")
            self.add(Entry(code, code, None, name, "demonym"), split_list(row["demonyms"]), "NORP")
            seat_id = f"{code}/GOV"
            self.add(Entry(seat_id, code, "GOV", f"{name} government", "seat"),
                     split_list(row["seats"]), "GPE")

    def load_organisations(self, path: Path, source: str = "curated") -> None:
        for row in read_tsv(path):
            code = row["code"]
            # A group of a state's people ("Jewish settlers" -> ISR) is an entry of its own,
            # not a new meaning of the state's code.
            states = any(e.kind == "state" for e in self.entries.get(code, ()))
            oid = f"{code}/{row['name']}" if states else code
            self.add(Entry(oid, code, row["sector"] or None, row["name"], "org", source=source),
                     split_list(row["names"]), "ORG")

    def load_pacts(self, path: Path) -> None:
        """Groupings that stand for their member states ("the Quad", "AUKUS")."""
        for row in read_tsv(path):
            code, names = row["code"], split_list(row["names"])
            self.members[code] = tuple(split_list(row["members"]))
            self.add(Entry(code, code, None, names[0], "pact"), names, "ORG")

    def load_places(self, path: Path, alone: bool = False, source: str = "curated") -> None:
        for row in read_tsv(path):
            pid = f"place:{row['name']}"
            self.add(Entry(pid, row["code"], None, row["name"], "place", location=row["name"],
                           source=source), split_list(row["names"]), "GPE", alone)

    def load_people(self, path: Path, source: str = "curated") -> None:
        for n, row in numbered_rows(path):
            pid = f"person:{row['name']}"
            try:
                valid = _date(row["from"]), _date(row["to"])
            except ValueError:
                raise ValueError(f"{path}:{n}: entry {row['name']!r}: from/to "
                                 f"{row['from']!r}/{row['to']!r} are not YYYY-MM-DD dates") from None
            entry = Entry(pid, row["code"], row["sector"] or None, row["name"], "person", *valid,
                          source=source)
            self.add(entry, split_list(row["names"]), "PERSON")

    def load_non_actors(self, path: Path, label: str, ident: str = NO_ACTOR) -> None:
        """Names matched only so that nothing inside them is taken for an actor ("the Sea of
        Japan" is not Japan, "Al Jazeera reported" is not a Qatari act)."""
        names = [row["name"] for row in read_tsv(path)]
        self.add(Entry(ident, "", None, "not an actor", "none"), names, label)

    def load_roles(self, path: Path) -> None:
        for row in read_tsv(path):
            for word in split_list(row["words"]):
                self.roles.setdefault(word.lower(), row["sector"])

    def load_user(self, path: Path) -> None:
        """A user dictionary: a TSV in the format of one of the built-in files (told apart by
        its header), or a PETRARCH-style ``.actors`` file. Its entries add to or replace the
        built-in ones with the same id."""
        self._replacing = set()
        try:
            if path.suffix.lower() == ".actors":
                self.load_petrarch(path)
                return
            header = next((line.rstrip("\n").split("\t") for line in
                           path.read_text(encoding="utf-8").splitlines()
                           if line.strip() and not line.startswith("#")), [])
            columns = {c.strip() for c in header}
            if "demonyms" in columns:
                self.load_countries(path)
            elif {"from", "to"} <= columns:
                self.load_people(path)
            elif "sector" in columns:
                self.load_organisations(path)
            elif {"code", "name", "names"} <= columns:
                self.load_places(path)
            else:
                raise ValueError(f"{path}: header {sorted(columns)} matches no actor file "
                                 "format (see README, 'User dictionaries')")
        finally:
            self._replacing = None

    def load_petrarch(self, path: Path) -> None:
        """PETRARCH actor dictionary lines: ``NAME_WORDS [CODE yymmdd-yymmdd]``, further
        ``[CODE >yymmdd]`` lines for later roles, ``+SYNONYM`` lines, ``#`` comments. Names
        are matched in title case and as written; a code whose first three letters are a
        state's splits into state and sector (``GBRGOV`` -> GBR, GOV)."""
        current: tuple[str, list[str], list[tuple[str, Date | None, Date | None]]] | None = None
        entries: list[tuple[str, list[str], list[tuple[str, Date | None, Date | None]]]] = []
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            codes = [_petrarch_code(c, path, lineno) for c in re.findall(r"\[([^\]]+)\]", line)]
            if line.startswith("+") and current is not None:
                current[1].append(_petrarch_name(line[1:].split("[")[0]))
                current[2].extend(codes)
            elif line[0].isspace() and line.strip().startswith("[") and current is not None:
                current[2].extend(codes)
            else:
                current = (_petrarch_name(line.split("[")[0]), [], codes)
                entries.append(current)
        for name, synonyms, roles in entries:
            names = [name, *synonyms]
            variants = sorted({v for n in names for v in (n, n.upper(), n.title())})
            if not roles:
                raise ValueError(f"{path}: {name!r} has no [CODE]")
            # A multi-word name coded to a state's sector reads as a person; else a group.
            states = [self.is_state(code[:3]) for code, _, _ in roles]
            kind = "person" if len(name.split()) > 1 and all(states) else "org"
            for (code, start, end), is_state in zip(roles, states, strict=True):
                state = code[:3]
                entry = Entry(f"{kind}:{name.title()}", state if is_state else code,
                              (code[3:6] or None) if is_state else None, name.title(), kind,
                              start, end)
                self.add(entry, variants, "PERSON" if kind == "person" else "ORG")

    def name_of(self, code: str) -> str:
        """A state's name by its code ("JPN" -> "Japan"), else the code."""
        return next((e.name for e in self.entries.get(code, ()) if e.kind == "state"), code)

    def is_state(self, code: str) -> bool:
        return any(e.kind == "state" for e in self.entries.get(code, []))

    def lookup(self, name: str) -> list[Pattern]:
        """Patterns whose words are exactly ``name`` (case-sensitive first, then not)."""
        exact = [p for (text, _), p in self.patterns.items() if text == name]
        return exact or [p for (text, _), p in self.patterns.items()
                         if text.lower() == name.lower()]

    def resolve_id(self, entity_id: str, day: Date | None) -> Entry | None:
        """The entry for an id on a day: the role valid then, else the nearest one, sectorless.

        A person out of office still belongs to their state (an ex-official), but no longer
        speaks for its government, so the sector is dropped.
        """
        entries = self.entries.get(entity_id)
        if not entries:
            return None
        valid = [e for e in entries if e.valid_on(day)]
        if valid:
            return valid[-1]
        if day is None:
            return entries[-1]
        nearest = min(entries, key=lambda e: e.distance(day))
        return Entry(nearest.id, nearest.code, None, nearest.name, nearest.kind,
                     source=nearest.source)


def _petrarch_name(words: str) -> str:
    return " ".join(w for w in words.strip().strip("_").replace("_", " ").split())


def tabari_day(text: str, pivot: int = 49) -> Date:
    """A TABARI date: ``yymmdd`` (a two-digit year up to ``pivot`` is in the 2000s), or
    ``yyyymmdd`` as CountryInfo writes years before 1950."""
    if len(text) == 8:
        return Date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    year = int(text[:2])
    return Date(2000 + year if year <= pivot else 1900 + year, int(text[2:4]), int(text[4:6]))


def _petrarch_code(spec: str, path: Path, lineno: int) -> tuple[str, Date | None, Date | None]:
    """``GBRGOV 210915-220906`` / ``GBRGOV >210915`` / ``GBRGOV <220906`` / ``GBRGOV``."""
    parts = spec.split()
    code, dates = parts[0].upper(), (parts[1] if len(parts) > 1 else "")
    try:
        if not dates:
            return code, None, None
        if dates.startswith(">"):
            return code, tabari_day(dates[1:]), None
        if dates.startswith("<"):
            return code, None, tabari_day(dates[1:])
        start, _, end = dates.partition("-")
        return code, tabari_day(start) if start else None, tabari_day(end) if end else None
    except ValueError as exc:
        raise ValueError(f"{path}:{lineno}: bad date range {dates!r} ({exc})") from None


# Cities and regions built from GeoNames and ISO 3166-2 by devtools/build_places.py.
GAZETTEER = "places-geonames.tsv"
# People with dated roles from the Phoenix dictionaries, by devtools/import_phoenix.py.
IMPORTED_PEOPLE = "people-phoenix.tsv"
# State agencies and armed groups from the Phoenix dictionaries, by
# devtools/import_phoenix_bodies.py.
IMPORTED_BODIES = "organisations-phoenix.tsv"


@lru_cache(maxsize=4)
def default_kb(user_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """The built-in knowledge base plus user dictionaries, loaded once per process."""
    kb = KnowledgeBase()
    # Built places first: every curated file loaded after them wins on the same name.
    if (DATA_DIR / GAZETTEER).exists():
        kb.load_places(DATA_DIR / GAZETTEER, alone=True, source="geonames")
    # Imported people next, so that every curated name loaded after them wins on a span.
    if (DATA_DIR / IMPORTED_PEOPLE).exists():
        kb.load_people(DATA_DIR / IMPORTED_PEOPLE, source="phoenix")
    kb.load_countries(DATA_DIR / "countries.tsv")
    # Imported bodies after the states whose codes they carry (so that each is an entry of its
    # own, not a new meaning of the state's code) and before every other curated file; the
    # importer left out every name the curated files give.
    if (DATA_DIR / IMPORTED_BODIES).exists():
        kb.load_organisations(DATA_DIR / IMPORTED_BODIES, source="phoenix")
    kb.load_places(DATA_DIR / "places.tsv")
    kb.load_organisations(DATA_DIR / "organisations.tsv")
    kb.load_pacts(DATA_DIR / "pacts.tsv")
    kb.load_people(DATA_DIR / "people.tsv")
    kb.load_non_actors(DATA_DIR / "media.tsv", "ORG")
    kb.load_non_actors(DATA_DIR / "waters.tsv", "LOC")
    kb.load_non_actors(DATA_DIR / "regions.tsv", "NORP")
    kb.load_non_actors(DATA_DIR / "peoples.tsv", "NORP", PEOPLE)
    kb.load_roles(DATA_DIR / "roles.tsv")
    kb.add_acronym_variants()
    for path in user_files:
        kb.load_user(Path(path))
    return kb
