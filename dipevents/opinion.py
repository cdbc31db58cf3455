"""The type model's second opinion on a sentence's coded events (:mod:`typemodel`).

The rules stay the backbone: they find actor, target, date, negation and modality, and say
why. The model's scores for the sentence change what they coded only in the ways
:data:`typemodel.USES` lists, each one enabled by name, and each event it touched says so in
its ``rules``: ``model-find`` (and the rule ``model:TYPE``), ``model-choose``, and the veto
leaves no event behind, only the explain trail.
"""

from __future__ import annotations

from spacy.tokens import Span

from .coding import Coded, SentenceCoder
from .parse import main_verb
from .triggers import Found
from .typemodel import NONE, Scores, TypeModel, best_event, model_entry

# The rule whose events rest on a target the story, not the sentence, gave: with events that
# rest on an event noun alone, the weak events a confident NONE may drop.
CONTEXT_TARGET = "context-open"


class Opinion:
    """The uses of one model the extractor was asked for."""

    def __init__(self, model: TypeModel, uses: frozenset[str]) -> None:
        self.model = model
        self.uses = uses

    def wants(self, scores: Scores) -> bool:
        """Whether a sentence the cheap pass passed over is worth parsing for a model event."""
        return "find" in self.uses and best_event(scores)[1] >= self.model.thresholds.find

    def revise(self, coder: SentenceCoder, sent: Span, scores: Scores,
               coded: list[Coded]) -> list[Coded]:
        """The sentence's events after the uses asked for."""
        if "veto" in self.uses and scores.get(NONE, 0.0) >= self.model.thresholds.veto:
            coded = [c for c in coded if not weak(c)]
        if "choose" in self.uses:
            coded = choose(coded, scores)
        if "retype" in self.uses:
            retype(coded, scores, self.model.thresholds.retype)
        # Where a lexicon word fired, the rules decided: "called the invasion a turning
        # point" is no accusation, whatever the words suggest.
        if not coded and not coder.triggered and "find" in self.uses:
            coded = self.find(coder, sent, scores)
        return coded

    def find(self, coder: SentenceCoder, sent: Span, scores: Scores) -> list[Coded]:
        """An event of the model's type on the sentence's main verb, where no lexicon word
        names one, the model is confident and the rules' argument finding gives it an actor
        and a target."""
        kind, score = best_event(scores)
        if score < self.model.thresholds.find:
            return []
        deed = coder.lex.cameo[model_entry(kind, "").cameo].material
        verb = main_verb(sent, coder.words.claims, into_reported=deed)
        if verb is None:
            return []
        found = Found(model_entry(kind, verb.lemma_.lower()), verb, verb)
        # Most events have a target (GUIDELINES.md); one with none is too often no event.
        coded = [c for c in coder.code_found(found) if c.target is not None]
        for c in coded:
            c.rules = (*c.rules, "model-find")
        return coded


def weak(c: Coded) -> bool:
    """An event on a target from the story, or named by an event noun alone."""
    return CONTEXT_TARGET in c.rules or (c.found.entry.pos == "noun" and c.found.light is None)


def retype(coded: list[Coded], scores: Scores, threshold: float) -> None:
    """Where the rules give a sentence one type and the model is sure of another, the model's
    type (with its generic CAMEO code)."""
    kind, score = best_event(scores)
    if score < threshold or len({c.type for c in coded}) != 1 or coded[0].type == kind:
        return
    cameo = model_entry(kind, "").cameo
    for c in coded:
        c.type, c.cameo, c.rules = kind, cameo, (*c.rules, "model-retype")


def choose(coded: list[Coded], scores: Scores) -> list[Coded]:
    """Where the rules give one actor and target events of several types, the type the model
    scores highest; the others are dropped."""
    types: dict[tuple, set[str]] = {}
    for c in coded:
        types.setdefault(_dyad(c), set()).add(c.type)
    out: list[Coded] = []
    for c in coded:
        rivals = types[_dyad(c)]
        if len(rivals) == 1:
            out.append(c)
        elif c.type == max(rivals, key=lambda t: (scores.get(t, 0.0), t)):
            c.rules = (*c.rules, "model-choose")
            out.append(c)
    return out


def _dyad(c: Coded) -> tuple:
    return (c.actor.code, c.target.code if c.target is not None else None)
