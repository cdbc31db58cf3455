"""Type policy: the properties of each PLOVER event type, read from ``data/types.tsv``.

Which types are force, which are symmetric, which a speaker's claim accuses, whose "of" object
suffers them: coding asks this table rather than sets scattered over its modules, so an
analyst changes a policy by editing one cell.
"""

from __future__ import annotations

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
