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

from .parse import conditions, infinitive
from .tables import DATA_DIR, read_tsv

CATEGORIES = ("NEGATED", "FUTURE", "HYPOTHETICAL", "REPORTED")
RELATIONS = ("aux", "neg", "mark", "head", "advmod", "adj", "backshift")
# Clause links through which a governing verb's cues reach down ("refused to lift").
CONTRASTIVE = {"but", "yet", "although", "though", "whereas", "while"}
CONTROL_DEPS = ("xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp")


@dataclass(frozen=True)
class Modality:
    negated: bool
    modality: str  # asserted | future | hypothetical | reported
    cues: frozenset[tuple[str, str]] = frozenset()  # (category, cue word) that decided it

    @property
    def intent(self) -> bool:
        """A stated intention or conditional commitment ("will impose", "would sanction if"),
        as opposed to speculation ("could", "might") or a feared scenario."""
        words = {cue for _, cue in self.cues}
        return bool(words & INTENT_MODALS) and not words & SPECULATION_CUES

    def but(self, modality: str, cue: tuple[str, str] | None = None) -> Modality:
        """The same reading under another modality, with the cue that changed it."""
        return Modality(self.negated, modality, self.cues | {cue} if cue else self.cues)


# Modals that state what an actor will do; cues that only speculate about it.
INTENT_MODALS = frozenset({"will", "would", "shall", "'ll", "set", "plan", "going", "intend", "offer",
                           "threaten", "prepare", "vow", "pledge", "promise", "willing", "ready",
                           "prepared"})
SPECULATION_CUES = frozenset({"could", "might", "may", "should", "fear", "possible",
                              "possibility", "consider", "try", "whether"})


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], str]:
    """(relation, cue) -> category, validated so a typo in the file is an error, not a no-op."""
    table: dict[tuple[str, str], str] = {}
    for row in read_tsv(DATA_DIR / "modality.tsv"):
        if row["category"] not in CATEGORIES or row["relation"] not in RELATIONS:
            raise ValueError(f"modality.tsv: bad row {row}")
        table[(row["relation"], row["cue"].lower())] = row["category"]
    return table


def _clause_cues(verb: Token, table: dict[tuple[str, str], str]) -> set[tuple[str, str]]:
    """(category, cue) for the cues standing on the clause headed by ``verb``."""
    found: set[tuple[str, str]] = set()
    for child in verb.children:
        low = child.lower_
        if child.dep_ in ("aux", "auxpass"):
            key = ("aux", low) if ("aux", low) in table else ("aux", child.lemma_.lower())
        elif child.dep_ in ("neg", "preconj") or (child.dep_ == "det" and low == "no"):
            key = ("neg", low)
        elif child.dep_ == "mark":
            key = ("mark", low)
        elif child.dep_ == "advmod":
            key = ("advmod", low) if ("advmod", low) in table else ("neg", low)
        else:
            continue
        if key in table:
            found.add((table[key], key[1]))
    # "Neither the UK nor Nato would intervene": the negation sits on the subject.
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in child.children):
                found.add(("NEGATED", "neither"))
    return found


def _reported_would(anchor: Token, table: dict[tuple[str, str], str]) -> str | None:
    """What "would" means in a clause that a past speech verb reports: the speaker's own "will"
    ("Guyana said it would ask": ``"own"``), or a forecast of another party's doing ("experts
    said Russia would invade": ``"other"``); None where it is no such report or a condition
    hangs on it ("if", "unless")."""
    node = anchor
    while node.dep_ in ("xcomp", "conj") and node.head != node:
        node = node.head
    head = node.head
    if node.dep_ != "ccomp" or head.tag_ != "VBD" or (
            "backshift", head.lemma_.lower()) not in table:
        return None
    if conditional(anchor) or conditional(node):
        return None
    speaker = {t.lower_ for s in head.children if s.dep_ == "nsubj" for t in s.subtree}
    for subj in (s for s in node.children if s.dep_ in ("nsubj", "nsubjpass")):
        if subj.pos_ == "PRON" or subj.lower_ in speaker:
            return "own"
        if subj.pos_ == "PROPN" or subj.ent_type_:
            return "other"
    return None


def _phoned(call: Token) -> bool:
    """ "Called to congratulate his counterpart", "called Morrison to congratulate him": a
    "call" with no one called on and nothing called for, its object a name if any, is a
    telephone call, and what it was made to do was done."""
    return not any((c.dep_ in ("dobj", "dative") and not (c.ent_type_ and c.pos_ == "PROPN"))
                   or (c.dep_ == "prep" and c.lower_ in ("on", "for")) for c in call.children)


def conditional(anchor: Token) -> bool:
    """Whether a clause states what follows a condition: "if Iran attacks, the US will defend
    Israel" (a deed that may never be done; saying so is still a commitment, see ``intent``)."""
    return bool(conditions(anchor))


def classify(anchor: Token) -> Modality:
    """Negation and modality for the event whose clause is headed by ``anchor``."""
    table = cues()
    found = _clause_cues(anchor, table)
    if anchor.dep_ in ("advcl", "acl") and infinitive(anchor):
        found.add(("HYPOTHETICAL", "to"))  # a purpose: "sent jets to support NATO"
    node = anchor
    hops = 0
    while node.dep_ in CONTROL_DEPS and node.head != node and hops < 4:
        head = node.head
        link = node.dep_
        if link == "conj" and any(c.dep_ == "cc" and c.lower_ in CONTRASTIVE for c in head.children):
            break  # "denies that it intends to invade but has issued demands": not denied
        if link == "advcl":
            break  # "failed to adopt it after the US vetoed": an adverbial clause stands alone
        if head.dep_ == "prep" and head.head != head:
            if link == "pcomp" and head.lower_ == "against":
                found.add(("HYPOTHETICAL", "against"))  # "warned China against supplying"
            head = head.head  # "accused X of shelling": the cue is the verb above the preposition
        lemma = head.lemma_.lower()
        key = ("adj", lemma) if head.pos_ == "ADJ" and ("adj", lemma) in table else ("head", lemma)
        if key in table and link in ("xcomp", "ccomp", "acl", "relcl", "pcomp") \
                and not (lemma == "call" and _phoned(head)):
            found.add((table[key], lemma))
        if link in ("xcomp", "conj"):
            # Controlled clauses share the governing clause's modals: "could try to invade",
            # and a "neither ... nor" subject: "neither Washington nor London plans to send".
            found |= {c for c in _clause_cues(head, table)
                      if c[0] != "NEGATED" or link == "conj" or c[1] == "neither"}
            if head.dep_ == "acomp" and head.head != head:
                found |= _clause_cues(head.head, table)
        node = head
        hops += 1
    if ("HYPOTHETICAL", "would") in found:
        reported = _reported_would(anchor, table)
        if reported == "own":  # "said Guyana would ask the Council": a reported "will"
            found = (found - {("HYPOTHETICAL", "would")}) | {("FUTURE", "would")}
        elif reported == "other":  # "experts said Russia would invade": nobody's intent
            found = (found - {("HYPOTHETICAL", "would")}) | {("HYPOTHETICAL", "forecast")}
    categories = {cat for cat, _ in found}
    if "HYPOTHETICAL" in categories:
        mod = "hypothetical"
    elif "FUTURE" in categories:
        mod = "future"
    elif "REPORTED" in categories:
        mod = "reported"
    else:
        mod = "asserted"
    return Modality("NEGATED" in categories, mod, frozenset(found))
