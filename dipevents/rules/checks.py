"""Checks: what a candidate needs to be an event, once its parties are known."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actions.types import NOMINAL_UNTARGETED
from ..arguments import REFLEXIVES
from ..engine import Candidate, Coded, Stop, rule

if TYPE_CHECKING:
    from ..coding import SentenceCoder


@rule("check-actor", "checks", "The sanctions were imposed.")
def actor(c: Candidate, x: SentenceCoder) -> None:
    """No event without an actor."""
    if not c.actors:
        raise Stop("no actor")


@rule("check-nominal-target", "checks", "Ukrainians said they suffered an attack by Russian forces.",
      path="noun")
def nominal_target(c: Candidate, x: SentenceCoder) -> None:
    """A nominal event needs a target (but for a few types that stand alone: "Russia's troop
    buildup"); a speaker who tells of it still accuses its actor."""
    if c.targets or len(c.actors) >= 2 or c.entry.type in NOMINAL_UNTARGETED:
        return
    x.emit_claim(c, Coded(c.found, c.actors[0], None, c.entry.type, c.entry.cameo,
                          c.construction))
    raise Stop("a nominal event with no target")


@rule("check-people-arriving", "checks", "Hundreds of Syrian refugees arrived in Greece.",
      path="verb")
def people_arriving(c: Candidate, x: SentenceCoder) -> None:
    """Refugees, migrants or crowds arriving somewhere pay no state visit: a visit is made by
    officials, governments and their envoys."""
    if c.entry.mode == "visit" and all(a.sector in ("CVL", "REB") for a in c.actors) and any(
            s.lemma_.lower() in x.words.refugees or s.lemma_.lower() in x.words.crowds
            or x.resolver.role_sector(s) == "CVL" for s in c.subjects):
        raise Stop("people arriving somewhere, not a visit")


@rule("check-reflexive", "checks", "Ukraine will defend itself.")
def reflexive(c: Candidate, x: SentenceCoder) -> None:
    """ "Ukraine will defend itself": no other party."""
    if c.slot is not None and c.slot.lower_ in REFLEXIVES:
        raise Stop("the target is the actor itself")


@rule("check-sanctioned-compound", "checks", "Britain announced new Russia sanctions.")
def sanctioned_compound(c: Candidate, x: SentenceCoder) -> bool:
    """ "Russia sanctions": the state a sanctions compound names is their target."""
    if c.targets or c.entry.type != "SANCTION":
        return False
    c.targets = x.args.named_in_compound(c.found.trigger, c.actors)
    return bool(c.targets)
