"""Type policy as data: the properties of each PLOVER event type (``data/types.tsv``), the
contexts that change a type (``data/retype.tsv``) and the events that others derive
(``data/derive.tsv``).

Which types are force, which are symmetric, whose "of" object suffers them, what "troops
arrived" or "workers began a strike" really are, what a claim or a refusal makes: coding asks
these tables rather than sets and branches scattered over its modules, so an analyst changes a
policy by editing a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..tables import DATA_DIR, read_tsv

PATH = DATA_DIR / "types.tsv"


@lru_cache(maxsize=1)
def type_table() -> dict[str, frozenset[str]]:
    """Each PLOVER type (in the codebook's order) with the properties it has."""
    table: dict[str, frozenset[str]] = {}
    for row in read_tsv(PATH):
        kind = row.pop("type")
        bad = {v for v in row.values() if v not in ("", "y")}
        if bad or not kind:
            raise ValueError(f"{PATH}: row {kind!r}: properties are 'y' or empty, not {bad}")
        table[kind] = frozenset(prop for prop, flag in row.items() if flag == "y")
    return table


def types_with(prop: str) -> frozenset[str]:
    """The types that have ``prop`` (a column of ``types.tsv``)."""
    if prop not in _columns():
        raise KeyError(f"{PATH}: no column {prop!r}")
    return frozenset(kind for kind, props in type_table().items() if prop in props)


@lru_cache(maxsize=1)
def _columns() -> frozenset[str]:
    return frozenset(next(read_tsv(PATH)))


PLOVER_TYPES = tuple(type_table())
FORCE_TYPES = types_with("force")
HOSTILE_TYPES = types_with("hostile")
SYMMETRIC_TYPES = types_with("symmetric")
UNTARGETED_TYPES = types_with("untargeted")
RESPONSE_TYPES = types_with("response")
NOMINAL_UNTARGETED = types_with("nominal_untargeted")
CONTENT_TYPES = types_with("content")
PATIENT_OF_TYPES = types_with("patient_of")
AGENTIVE_OF_TYPES = types_with("agentive_of")
FROM_AGENT_TYPES = types_with("from_agent")
DOMESTIC_MEASURES = types_with("domestic_measure")
OBJECT_CONTENT = types_with("object_content")
NEEDS_TARGET = types_with("needs_target")


# -- retyping and derived events ------------------------------------------------------------

RETYPE_PATH = DATA_DIR / "retype.tsv"
DERIVE_PATH = DATA_DIR / "derive.tsv"
CONDITIONS = frozenset({"subject", "subject-act", "trigger", "light", "sectors", "alone",
                        "target", "to", "purpose"})


@dataclass(frozen=True)
class Retype:
    """A row of ``retype.tsv``: when it applies, and the type and code it gives."""

    id: str
    type: str
    mode: str
    pos: str
    when: tuple[tuple[str, str], ...]
    to: str
    cameo: str
    example: str


@dataclass(frozen=True)
class Derivation:
    """A row of ``derive.tsv``: what a derivation makes of events of some types."""

    id: str
    derivation: str
    sources: frozenset[str] | None  # None: any type
    type: str
    cameo: str
    suffix: str
    example: str


@lru_cache(maxsize=1)
def retypes() -> tuple[Retype, ...]:
    rows = []
    for n, row in enumerate(read_tsv(RETYPE_PATH), 1):
        when = tuple((name, arg) for name, _, arg in
                     (cond.partition("=") for cond in row["when"].split()))
        bad = [name for name, _ in when if name not in CONDITIONS]
        if bad or row["to"] not in PLOVER_TYPES or row["pos"] not in ("", "verb", "noun") \
                or (row["type"] and row["type"] not in PLOVER_TYPES):
            raise ValueError(f"{RETYPE_PATH}: row {n} ({row['id']}): unknown condition, type "
                             f"or pos {bad or [row['type'], row['to'], row['pos']]}")
        rows.append(Retype(row["id"], row["type"], row["mode"], row["pos"], when, row["to"],
                           row["cameo"], row["example"]))
    return tuple(rows)


@lru_cache(maxsize=1)
def derivations() -> dict[str, tuple[Derivation, ...]]:
    out: dict[str, list[Derivation]] = {}
    for n, row in enumerate(read_tsv(DERIVE_PATH), 1):
        sources = None if row["from"] == "*" else frozenset(row["from"].split("|"))
        if row["type"] not in PLOVER_TYPES or (sources and not sources <= set(PLOVER_TYPES)):
            raise ValueError(f"{DERIVE_PATH}: row {n} ({row['id']}): unknown type")
        out.setdefault(row["derivation"], []).append(Derivation(
            row["id"], row["derivation"], sources, row["type"], row["cameo"], row["suffix"],
            row["example"]))
    return {name: tuple(rows) for name, rows in out.items()}


def derived(derivation: str, kind: str) -> tuple[str, str, str] | None:
    """(type, CAMEO code, construction suffix) that ``derivation`` makes of an event of type
    ``kind``, or None when the table derives nothing from it."""
    for row in derivations().get(derivation, ()):
        if row.sources is None or kind in row.sources:
            return row.type, row.cameo, row.suffix
    return None
