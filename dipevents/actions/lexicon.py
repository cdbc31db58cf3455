"""The trigger lexicon: which words make which event, read from ``data/lexicon.tsv``.

Each entry ties a verb, phrasal verb, light verb or event noun to a PLOVER type and a CAMEO
code; the Goldstein score and QuadClass come from the CAMEO table, so a code is defined once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..tables import DATA_DIR, numbered_rows, read_tsv, split_list
from .types import PLOVER_TYPES


@dataclass(frozen=True)
class Cameo:
    """A CAMEO event code with its Goldstein score and QuadClass."""

    code: str
    goldstein: float
    name: str

    @property
    def quad_class(self) -> int:
        root = int(self.code[:2])
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4

    @property
    def material(self) -> bool:
        """A deed (material cooperation or conflict), not words."""
        return self.quad_class in (2, 4)


@dataclass(frozen=True)
class Entry:
    """One trigger: the words that must be there and the event they make."""

    trigger: str
    pos: str  # verb | noun | light
    type: str
    cameo: str
    mode: str | None
    targets: tuple[str, ...]
    objects: frozenset[str]
    joint_type: str | None = None
    joint_cameo: str | None = None
    origin: str | None = None  # who made an entry that is in no lexicon file ("model:ASSAULT")

    @property
    def head(self) -> str:
        """The lemma the entry is looked up by (the last word of a noun, the first of a verb)."""
        words = self.trigger.split()
        return words[-1] if self.pos == "noun" else words[0]

    @property
    def extra(self) -> str | None:
        """The particle ("pull *out*") or modifier ("*military* operation") also required."""
        words = self.trigger.split()
        if len(words) < 2:
            return None
        return words[0] if self.pos == "noun" else " ".join(words[1:])

    @property
    def rule(self) -> str:
        return self.origin or f"lexicon:{self.pos}:{self.trigger}"


# The columns a lexicon file must have (joint may be left out).
COLUMNS = ("trigger", "pos", "type", "cameo", "mode", "targets", "objects")


class Lexicon:
    """Entries by head lemma, word classes and CAMEO codes."""

    def __init__(self) -> None:
        self.verbs: dict[str, list[Entry]] = {}
        self.nouns: dict[str, list[Entry]] = {}
        self.light: dict[str, list[Entry]] = {}
        self.classes: dict[str, frozenset[str]] = {}
        self.cameo: dict[str, Cameo] = {}

    def load_cameo(self, path: Path) -> None:
        for row in read_tsv(path):
            self.cameo[row["code"]] = Cameo(row["code"], float(row["goldstein"]), row["name"])

    def load_classes(self, path: Path) -> None:
        for row in read_tsv(path):
            self.classes[row["class"]] = frozenset(w.lower() for w in split_list(row["lemmas"]))

    def load(self, path: Path) -> None:
        """Add the entries of a lexicon file; later files are consulted first."""
        for lineno, row in numbered_rows(path):
            missing = [c for c in COLUMNS if c not in row]
            if missing:
                raise ValueError(f"{path}: the header lacks {', '.join(missing)} (a lexicon's "
                                 f"columns are: {' '.join(COLUMNS)})")
            entry = self._entry(row, path, lineno)
            table = {"verb": self.verbs, "noun": self.nouns, "light": self.light}[entry.pos]
            table.setdefault(entry.head, []).insert(0, entry)

    def _entry(self, row: dict[str, str], path: Path, lineno: int) -> Entry:
        where = f"{path}:{lineno}: entry {row.get('trigger')!r}"
        if not row["trigger"].strip():
            raise ValueError(f"{where}: the trigger is empty")
        pos = row["pos"]
        if pos not in ("verb", "noun", "light"):
            raise ValueError(f"{where}: pos must be verb, noun or light, not {pos!r}")
        if pos != "light":
            if row["type"] not in PLOVER_TYPES:
                raise ValueError(f"{where}: unknown PLOVER type {row['type']!r}")
            if row["cameo"] not in self.cameo:
                raise ValueError(f"{where}: CAMEO code {row['cameo']!r} is not in cameo.tsv")
        objects: set[str] = set()
        for item in split_list(row["objects"]):
            if item.startswith("@"):
                if item[1:] not in self.classes:
                    raise ValueError(f"{where}: unknown word class {item!r}")
                objects |= self.classes[item[1:]]
            else:
                objects.add(item.lower())
        joint = row.get("joint", "").split()
        return Entry(trigger=row["trigger"].lower(), pos=pos, type=row["type"],
                     cameo=row["cameo"], mode=row["mode"] or None,
                     targets=tuple(split_list(row["targets"])), objects=frozenset(objects),
                     joint_type=joint[0] if joint else None,
                     joint_cameo=joint[1] if len(joint) > 1 else None)

    def trigger_words(self) -> set[str]:
        """Every head lemma that can start an event (for cheap sentence selection)."""
        return set(self.verbs) | set(self.nouns) | set(self.light)


# Verb triggers imported from PETRARCH-2 (devtools/import_petrarch.py): the curated
# lexicon.tsv wins wherever both have a verb.
IMPORTED = "lexicon-petrarch.tsv"


@lru_cache(maxsize=8)
def default_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The built-in lexicon plus user files (``--lexicon``), loaded once per process."""
    lex = Lexicon()
    lex.load_cameo(DATA_DIR / "cameo.tsv")
    lex.load_classes(DATA_DIR / "classes.tsv")
    imported = DATA_DIR / IMPORTED
    if imported.exists():  # loaded first, so that the curated entries are consulted first
        lex.load(imported)
    lex.load(DATA_DIR / "lexicon.tsv")
    for path in extra:
        lex.load(Path(path))
    return lex
