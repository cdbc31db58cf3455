"""The actor knowledge base: states, organisations, places, people with dated roles, media.

Loaded once from the TSV files in ``dipevents/data`` (and any user files) into entries keyed by
an id; every surface form becomes a phrase pattern carrying that id, so the spaCy entity ruler
marks mentions and resolution is a dictionary lookup rather than a chain of rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from pathlib import Path

from ..tables import DATA_DIR, read_tsv, split_list

MEDIA_ID = "media"


@dataclass(frozen=True)
class Entry:
    """One way an id can resolve: a code and sector, valid between two dates for people."""

    id: str
    code: str
    sector: str | None
    name: str
    kind: str  # state, demonym, seat, org, place, person, media
    valid_from: Date | None = None
    valid_to: Date | None = None
    location: str | None = None

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


@dataclass(frozen=True)
class Pattern:
    """A surface form for the entity ruler: its words, the NER label to give it and its id."""

    text: str
    label: str
    id: str


def _date(cell: str) -> Date | None:
    return Date.fromisoformat(cell) if cell else None


class KnowledgeBase:
    """Entries by id and the phrase patterns that find them in text."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.patterns: dict[tuple[str, str], Pattern] = {}
        self.roles: dict[str, str] = {}

    def add(self, entry: Entry, names: list[str], label: str) -> None:
        self.entries.setdefault(entry.id, []).append(entry)
        for name in names:
            # A later file overrides an earlier one for the same surface form.
            self.patterns[(name, label)] = Pattern(name, label, entry.id)

    def load_countries(self, path: Path) -> None:
        for row in read_tsv(path):
            code, name = row["code"], row["name"]
            self.add(Entry(code, code, None, name, "state"), split_list(row["names"]), "GPE")
            self.add(Entry(code, code, None, name, "demonym"), split_list(row["demonyms"]), "NORP")
            seat_id = f"{code}/GOV"
            self.add(Entry(seat_id, code, "GOV", f"{name} government", "seat"),
                     split_list(row["seats"]), "GPE")

    def load_organisations(self, path: Path) -> None:
        for row in read_tsv(path):
            code = row["code"]
            self.add(Entry(code, code, row["sector"] or None, row["name"], "org"),
                     split_list(row["names"]), "ORG")

    def load_places(self, path: Path) -> None:
        for row in read_tsv(path):
            pid = f"place:{row['name']}"
            self.add(Entry(pid, row["code"], None, row["name"], "place", location=row["name"]),
                     split_list(row["names"]), "GPE")

    def load_people(self, path: Path) -> None:
        for row in read_tsv(path):
            pid = f"person:{row['name']}"
            entry = Entry(pid, row["code"], row["sector"] or None, row["name"], "person",
                          _date(row["from"]), _date(row["to"]))
            self.add(entry, split_list(row["names"]), "PERSON")

    def load_media(self, path: Path) -> None:
        names = [row["name"] for row in read_tsv(path)]
        self.add(Entry(MEDIA_ID, "", None, "news media", "media"), names, "ORG")

    def load_roles(self, path: Path) -> None:
        for row in read_tsv(path):
            for word in split_list(row["words"]):
                self.roles.setdefault(word.lower(), row["sector"])

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
        return Entry(nearest.id, nearest.code, None, nearest.name, nearest.kind)


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The built-in knowledge base, loaded once per process."""
    kb = KnowledgeBase()
    kb.load_countries(DATA_DIR / "countries.tsv")
    kb.load_places(DATA_DIR / "places.tsv")
    kb.load_organisations(DATA_DIR / "organisations.tsv")
    kb.load_people(DATA_DIR / "people.tsv")
    kb.load_media(DATA_DIR / "media.tsv")
    kb.load_roles(DATA_DIR / "roles.tsv")
    return kb
