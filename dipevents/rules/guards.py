"""Guards: whether a verb trigger makes an event at all, before anyone is looked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..arguments import distinct
from ..engine import Candidate, Stop, rule
from ..parse import pobjs

if TYPE_CHECKING:
    from ..coding import SentenceCoder

# A speaker's words of consequences warn only of what will or could follow.
WARNING_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "'ll"})


@rule("guard-intent-to-harm", "guards", "Russia vowed to hit Ukraine.", path="verb")
def intent_to_harm(c: Candidate, x: SentenceCoder) -> None:
    """An intent to do harm is a threat, not an agreement ("vowed to hit Russia")."""
    if c.entry.mode == "intent" and _conflictual_complement(x, c.found.verb):
        raise Stop("the intent is to harm: a threat, coded from the complement")


@rule("guard-warning-of-another", "guards",
      "Britain warned that a Russian invasion could begin within days.", path="verb")
def warning_of_another(c: Candidate, x: SentenceCoder) -> None:
    """A warning addressed to no one of what another party may do is a forecast."""
    if c.entry.type == "THREATEN" and _warns_of_another(x, c.found.verb):
        raise Stop("a forecast of another party's act, not a threat")


@rule("guard-warning-of-a-deed", "guards",
      "Israel struck Gaza in what it said was retaliation.", path="verb")
def warning_of_a_deed(c: Candidate, x: SentenceCoder) -> None:
    """Words of consequences said of a deed done are no warning ("what it said was
    retaliation"): a warning speaks of what will or could follow."""
    if c.entry.mode == "warn" and not any(
            a.dep_ == "aux" and a.lower_ in WARNING_MODALS
            for k in c.found.verb.children if k.dep_ == "ccomp"
            for clause in (k, *k.conjuncts) for a in clause.children):
        raise Stop("said of a deed done, not of what will follow")


@rule("guard-mishap", "guards", "A convoy carrying the minister struck a landmine, killing six.",
      path="verb")
def mishap(c: Candidate, x: SentenceCoder) -> None:
    """ "A convoy struck a landmine", "the patrol hit a roadside bomb": the subject suffered
    the blast; whoever laid the mine is not named, so there is no attack by the subject, nor
    by the killing that follows ("..., killing six people")."""
    verb = c.found.verb
    verbs = (verb, verb.head) if verb.dep_ in ("advcl", "conj") else (verb,)
    if c.entry.type == "ASSAULT" and any(
            v.lemma_.lower() in x.words.collisions and k.dep_ == "dobj"
            and k.lemma_.lower() in x.words.hazards for v in verbs for k in v.children):
        raise Stop("the subject ran into an explosive: a mishap, not an attack by it")


@rule("guard-source-only", "guards", "Russia must withdraw its troops, Britain said.", path="verb")
def source_only(c: Candidate, x: SentenceCoder) -> None:
    """ "X did Y, officials said": the speech verb only names a source (but what a speaker
    calls aggression in a quote is the speaker's accusation, and what a quote says another
    must do the speaker's demand: '"Russia must withdraw," the chancellor said')."""
    if "ccomp" in c.entry.targets and all(
            k.i < c.found.verb.i and not (c.entry.mode in ("claim", "demand") and quoted(k))
            for k in c.found.verb.children if k.dep_ == "ccomp"):
        raise Stop("the speech verb names a source")


def quoted(clause: Token) -> bool:
    """Whether a clause stands in quotation marks: the speaker's own words."""
    first = clause.left_edge
    return any(t.is_quote for t in (first, first.nbor(-1) if first.i > 0 else first))


def _conflictual_complement(x: SentenceCoder, verb: Token) -> bool:
    for comp in verb.children:
        if comp.dep_ == "xcomp":
            entries = [x.triggers.verb_entry(comp)]
            entries += [e for _, e in x.triggers.light_objects(comp)]
            if any(e is not None and x.lex.cameo[e.cameo].quad_class >= 3 for e in entries):
                return True
    return False


def _warns_of_another(x: SentenceCoder, verb: Token) -> bool:
    """A warning addressed to no one about what someone else may do: its clause's subject
    is another party or another party's act ("a Russian invasion could begin"), not the
    speaker's own ("warned it would respond", "warned that sanctions would follow")."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    clauses = [comp for comp in verb.children if comp.dep_ == "ccomp"]
    if any(t.lemma_.lower() in x.words.consequences for c in clauses for t in c.subtree):
        return False  # "said a British step could end relations": the speaker's
    subjects = [s for comp in clauses
                for s in comp.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].pos_ == "PRON":
        return False
    said = x.resolver.resolve_each(x.args.subjects(verb)[0])
    others = x.resolver.resolve_all(subjects[0])
    return bool(others) and all(distinct(s, o) for s in said for o in others)


@rule("guard-control-of-a-body", "guards", "Hezbollah took control of the Lebanese government.",
      path="verb")
def control_of_a_body(c: Candidate, x: SentenceCoder) -> None:
    """Taking control of a government, a parliament or a ministry is politics, not force:
    only control of a place is taken by force ("took control of the city")."""
    if c.entry.mode != "occupy" or "control" not in c.entry.objects:
        return
    held = [p for k in c.found.verb.children if k.dep_ == "dobj" for p in pobjs(k, ["of"])]
    if any(x.resolver.role_sector(p) in ("GOV", "LEG", "JUD") for p in held):
        raise Stop("control of a body, not of a place")
