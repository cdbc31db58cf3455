"""Retyping: contexts that change the type the lexicon gave (stage retype)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..actions.types import Retype, retypes
from ..engine import Candidate, Stop, rule
from ..modality import classify
from ..parse import infinitive, pobjs

if TYPE_CHECKING:
    from ..coding import SentenceCoder


@rule("retype-retaliation", "retype", "Iran retaliated against Israel.", path="verb")
def retaliation(c: Candidate, x: SentenceCoder) -> bool:
    """ "Will respond", "vowed to retaliate": a threat; "retaliated against X": force;
    "responded by expelling", "responded that": the act or the words say what."""
    found = c.found
    if c.entry.mode != "retaliate":
        return False
    told = classify(found.anchor)
    fired = False
    if told.modality not in ("future", "hypothetical"):
        if found.trigger.lemma_.lower() == "respond":
            raise Stop("a response done is coded by what it did")
        c.kind, c.cameo, fired = "ASSAULT", "190", True
    elif not told.intent:
        raise Stop("others' forecast of a retaliation")  # "Israel is expected to retaliate"
    if any(not x.args.hostile_act(t) for t in pobjs(found.trigger, ["to"])):
        raise Stop("it answers no hostile act")  # "prepares to respond to NATO's proposals"
    head = found.verb.head
    governing = x.triggers.verb_entry(head) if head != found.verb else None
    if found.verb.dep_ in ("ccomp", "xcomp") and governing is not None \
            and governing.type == "THREATEN" and governing.mode != "retaliate":
        raise Stop("the warning that governs it is the threat")  # "warned it would respond"
    return fired


@rule("retype-table", "retype", "Russian troops arrived in Mali.")
def table(c: Candidate, x: SentenceCoder) -> bool:
    """The rows of ``retype.tsv``, in order; each row that applies joins the trail."""
    fired = False
    for row in retypes():
        if _applies(row, c, x):
            c.kind, c.cameo = row.to, row.cameo
            c.trail.append(f"retype-{row.id}")
            fired = True
    return fired


@rule("retype-entry-by-forces", "retype", "A Lebanese man crossed into Israel.")
def entry_by_forces(c: Candidate, x: SentenceCoder) -> None:
    """Going into a state is an event when forces do it (the table made it MOBILIZE): "a
    Lebanese man crossed into Israel" is no visit."""
    if c.entry.mode == "enter" and c.kind != "MOBILIZE":
        raise Stop("only forces entering a state make an event")


def _applies(row: Retype, c: Candidate, x: SentenceCoder) -> bool:
    if (row.type and row.type != c.kind) or (row.mode and row.mode != c.entry.mode) \
            or (row.pos and row.pos != c.path):
        return False
    return all(_holds(name, arg, c, x) for name, arg in row.when)


def _holds(name: str, arg: str, c: Candidate, x: SentenceCoder) -> bool:
    if name == "subject":
        words = _words(arg, x)
        return any(t.lemma_.lower() in words for t in c.subjects)
    if name == "subject-act":
        return any(x.args.act_type(t) == arg for t in c.subjects)
    if name == "trigger":
        return c.found.trigger.lemma_.lower() in _words(arg, x)
    if name == "light":
        return c.found.light is not None and c.found.light.lemma_.lower() in _words(arg, x)
    if name == "sectors":
        return all(a.sector in _listed(arg) for a in c.actors)
    if name == "to":
        words = _words(arg, x)
        # NORP: "to displaced Afghans"; an "of" object: "to a large number of Syrians"
        return any(t.lemma_.lower() in words or t.lower_ in words or t.ent_type_ in words
                   for o in pobjs(c.found.trigger, ["to"]) for t in (o, *pobjs(o, ["of"])))
    if name == "purpose":  # "sent jets to destroy the reactor": what the sending was for
        kinds = _listed(arg)
        for k in c.found.trigger.children:
            entry = x.triggers.verb_entry(k) if k.dep_ in ("xcomp", "advcl") \
                and infinitive(k) else None
            if entry is not None and entry.type in kinds:
                return True
        return False
    if name == "alone":
        return len({a.code for a in c.actors}) == 1
    return bool(c.targets)  # "target"


def _words(arg: str, x: SentenceCoder) -> frozenset[str]:
    """The words of a condition's argument: listed words and the words of @classes."""
    return frozenset().union(*(x.lex.classes.get(w[1:], frozenset()) if w.startswith("@")
                               else {w} for w in _listed(arg)))


@lru_cache(maxsize=64)
def _listed(arg: str) -> frozenset[str]:
    """The words of a condition's |-separated argument, split once per argument."""
    return frozenset(arg.split("|"))
