"""Negation and modality of an event, from cues on the dependency parse (``data/modality.tsv``).

After medspaCy's ConText, but scoped by the parse rather than by word windows: a cue counts
only where it governs the event's clause (its auxiliary, its negation, its "if", the verb or
adjective the event is a complement of), so "did not meet" is negated and "said it will meet"
is future while a negation in a neighbouring clause changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .tables import DATA_DIR, read_tsv

CATEGORIES = ("NEGATED", "FUTURE", "HYPOTHETICAL", "REPORTED")
RELATIONS = ("aux", "neg", "mark", "head", "advmod", "adj")
# Clause links through which a governing verb's cues reach down ("refused to lift").
CONTROL_DEPS = ("xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp")


@dataclass(frozen=True)
class Modality:
    negated: bool
    modality: str  # asserted | future | hypothetical | reported


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], str]:
    """(relation, cue) -> category, validated so a typo in the file is an error, not a no-op."""
    table: dict[tuple[str, str], str] = {}
    for row in read_tsv(DATA_DIR / "modality.tsv"):
        if row["category"] not in CATEGORIES or row["relation"] not in RELATIONS:
            raise ValueError(f"modality.tsv: bad row {row}")
        table[(row["relation"], row["cue"].lower())] = row["category"]
    return table


def _clause_cues(verb: Token, table: dict[tuple[str, str], str]) -> set[str]:
    found: set[str] = set()
    for child in verb.children:
        low = child.lower_
        if child.dep_ in ("aux", "auxpass"):
            cat = table.get(("aux", low)) or table.get(("aux", child.lemma_.lower()))
        elif child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
            cat = table.get(("neg", low))
        elif child.dep_ == "preconj":
            cat = table.get(("neg", low))
        elif child.dep_ == "mark":
            cat = table.get(("mark", low))
        elif child.dep_ == "advmod":
            cat = table.get(("advmod", low)) or table.get(("neg", low))
        else:
            cat = None
        if cat:
            found.add(cat)
    # "Neither the UK nor Nato would intervene": the negation sits on the subject.
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in child.children):
                found.add("NEGATED")
    return found


def classify(anchor: Token) -> Modality:
    """Negation and modality for the event whose clause is headed by ``anchor``."""
    table = cues()
    found = _clause_cues(anchor, table)
    node = anchor
    hops = 0
    while node.dep_ in CONTROL_DEPS and node.head is not node and hops < 4:
        head = node.head
        link = node.dep_
        if head.pos_ == "ADP" and head.dep_ == "prep" and head.head is not head:
            head = head.head  # "accused X of shelling": the cue is the verb above the preposition
        cat = table.get(("head", head.lemma_.lower()))
        if head.pos_ == "ADJ":
            cat = table.get(("adj", head.lemma_.lower())) or cat
        if cat and link in ("xcomp", "ccomp", "acl", "pcomp", "advcl"):
            found.add(cat)
        if link in ("xcomp", "conj"):
            # Controlled clauses share the governing clause's modals: "could try to invade".
            found |= {c for c in _clause_cues(head, table) if c != "NEGATED" or link == "conj"}
            if head.dep_ in ("acomp",) and head.head is not head:
                found |= _clause_cues(head.head, table)
        if link == "advcl" and any(c.dep_ == "mark" and table.get(("mark", c.lower_))
                                   for c in node.children):
            found.add("HYPOTHETICAL")
        node = head
        hops += 1
    negated = "NEGATED" in found
    if "HYPOTHETICAL" in found:
        mod = "hypothetical"
    elif "FUTURE" in found:
        mod = "future"
    elif "REPORTED" in found:
        mod = "reported"
    else:
        mod = "asserted"
    return Modality(negated, mod)
