"""Context: targets a sentence leaves to the story ("condemned the act", "the island", "its
neighbour", "vowed retaliation"), and the events each actor makes (stage context)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actions.types import FORCE_TYPES, NEEDS_TARGET, OBJECT_CONTENT, UNTARGETED_TYPES
from ..arguments import DOMESTIC_SECTORS, PLACE_PREPS, distinct
from ..engine import Candidate, Coded, rule
from ..model import Actor
from ..parse import pobjs
from .arguments import ARMED_SECTORS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..coding import SentenceCoder

# "The two countries", "both nations", "the three states": how many were named before.
COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
Choice = tuple[list[Actor], str]  # the targets an actor's event takes, and its rule id


@rule("context-open", "context", "Japan lodged a protest.")
def open_slot(c: Candidate, x: SentenceCoder) -> bool:
    """Context stands in for a filler that refers back ("around the island"), and, but for
    types often aimed at no one, for a slot the sentence leaves empty."""
    c.contextual = c.open_target and not c.nominal and (c.kind not in UNTARGETED_TYPES
                                                         or c.slot is not None)
    return c.contextual


@rule("context-own-government", "context", "Students staged demonstrations across Indonesia.")
def own_government(c: Candidate, x: SentenceCoder) -> bool:
    """People protesting at no one named protest their own government (see events.py)."""
    if c.contextual and c.kind == "PROTEST" and c.slot is None \
            and all(a.sector in DOMESTIC_SECTORS for a in c.actors):
        c.contextual = False
        return True
    return False


@rule("context-asked-for", "context", "The UN called for a ceasefire.", path="verb")
def asked_for(c: Candidate, x: SentenceCoder) -> bool:
    """ "Called for a ceasefire" asks for something, of no one named."""
    if c.contextual and c.kind == "REQUEST" and c.slot is None \
            and pobjs(c.found.verb, ["for"]):
        c.contextual = False
        return True
    return False


@rule("context-force-on-a-thing", "context", "Russia violated the ceasefire.")
def force_on_a_thing(c: Candidate, x: SentenceCoder) -> bool:
    """ "Violated the ceasefire": whose, context cannot tell; but "an operation in the
    neighbouring country" names a state the story is about."""
    if c.contextual and c.kind in FORCE_TYPES and c.slot is not None \
            and c.slot.lemma_.lower() not in x.words.places:
        c.contextual = False
        return True
    return False


@rule("context-several-places", "context",
      "Norway, Ireland and Spain recognised Palestine; Israel recalled its envoys from the "
      "three countries.")
def several_places(c: Candidate, x: SentenceCoder) -> bool:
    """ "From nearby countries": several, none of them named; but "the three countries" are
    the last three the story named."""
    slot = c.slot
    if slot is None or slot.tag_ != "NNS" or slot.lemma_.lower() not in x.words.places:
        return False
    c.contextual = False
    count = next((COUNTS[k.lower_] for k in slot.children if k.lower_ in COUNTS), 0)
    c.group = x.resolver.last_states(count) if count else []
    return True


@rule("context-events", "context", "Russia imposed sanctions on Ukraine.")
def events(c: Candidate, x: SentenceCoder) -> bool:
    """One event per actor and target; the target each actor's event takes is the first
    that :data:`FINDERS` gives, in order, and that finder's id joins the event's trail."""
    for actor in c.actors:
        mine = [t for t in c.targets if distinct(actor, t)]
        if c.targets and not mine:
            # The only party named is the actor itself: no event, but a speaker who says it
            # happened still accuses the actor.
            x.emit_claim(c, Coded(c.found, actor, None, c.kind, c.cameo, c.construction))
            continue
        how, found_by = c.construction, ""
        for finder_id, finder in FINDERS:
            if mine:
                break
            chosen = finder(c, x, actor)
            if chosen is not None:
                (mine, suffix), found_by = chosen, finder_id
                how = c.construction + suffix
        if not mine and c.entry.mode in ("claim", "describe"):
            continue  # what was said of no one in particular is no accusation
        extra = (found_by,) if found_by else ()
        for target in mine or [None]:
            coded = Coded(c.found, actor, target, c.kind, c.cameo, how,
                          patient=None if target else _patient(c, x, actor))
            if target is None and coded.patient is None and c.kind in NEEDS_TARGET:
                # force or a sanction aimed at nothing the sentence names, not even a place:
                # no event to check (a speaker who tells of it still accuses the actor)
                x.emit_claim(c, coded)
                continue
            x.emit(c, coded, extra)
            if target is not None and c.mutual:
                x.emit(c, Coded(c.found, target, actor, c.kind, c.cameo, how + "-reverse"),
                       (*extra, "pairing-reverse"))
    return True


def there(c: Candidate, x: SentenceCoder, actor: Actor) -> Choice | None:
    """ "Called on soldiers there": people of the place just named."""
    slot, verb = c.slot, c.found.verb
    if slot is None or slot.lemma_.lower() not in x.resolver.kb.roles \
            or not any(k.lower_ == "there" for k in (*slot.children, *verb.children)):
        return None
    state = x.args.state_before(slot, actor)
    return ([state], "-there") if state is not None else None


def group(c: Candidate, x: SentenceCoder, actor: Actor) -> Choice | None:
    """ "The three countries": the last three states the story named."""
    return ([g for g in c.group if distinct(actor, g)], "-group") if c.group else None


def story(c: Candidate, x: SentenceCoder, actor: Actor) -> Choice | None:
    """An open slot refers back: a place to a state of the story, an act to its doer, a
    reaction to whoever acted on the actor, an army to the last-named one, else the party
    the actor has dealt with most."""
    if not c.contextual:
        return None
    salient = _referent(c, x, actor) or x.resolver.salient(exclude=actor.code)
    return ([salient], "-context") if salient is not None else None


def _referent(c: Candidate, x: SentenceCoder, actor: Actor) -> Actor | None:
    slot, found = c.slot, c.found
    if slot is not None and slot.lemma_.lower() in x.words.places:
        # "the island", "the neighbouring country": a state named just before in the
        # sentence, else the state the story is about ("the island" is an island state).
        among = x.words.islands if slot.lemma_.lower() == "island" else None
        salient = None if any(k.dep_ == "poss" for k in slot.children) \
            else x.args.state_before(slot, actor, among)  # not "its neighbour"
        return salient or x.resolver.salient_state(actor.code, among) \
            or x.earlier_target(actor)  # "protested to Albania, ... its neighbour"
    if slot is not None and x.args.refers_to_act(slot):
        return x.act_actor(slot, found, actor)
    if found.trigger.lemma_.lower() in x.words.reactions:
        return x.last_to_act_on(actor)  # "vowed retaliation"
    if slot is not None and slot.pos_ == "NOUN" \
            and (sector := x.resolver.role_sector(slot)) in ARMED_SECTORS:
        # "accusing the army of attacks": the army last named ("the government" is rather
        # the state the story is about)
        return x.resolver.last_with_sector(sector, exclude=actor.code)
    return None


def accuser(c: Candidate, x: SentenceCoder, actor: Actor) -> Choice | None:
    """ "Vucic denied any involvement": the denial answers whoever accused him."""
    if c.kind != "REJECT" or c.found.trigger.lemma_.lower() != "deny":
        return None
    who = x.last_to_act_on(actor, "ACCUSE")
    return ([who], "-accuser") if who is not None else None


FINDERS: list[tuple[str, Callable[[Candidate, SentenceCoder, Actor], Choice | None]]] = [
    ("context-there", there), ("context-group", group), ("context-story", story),
    ("context-accuser", accuser)]


def _patient(c: Candidate, x: SentenceCoder, actor: Actor) -> Token | None:
    """The words in the target slot when they name no actor ("condemned the attacks",
    "launched an investigation into 70 employees"): the record keeps them as the target's
    text, with no code. Not a pronoun, the trigger itself, the actor's own words or what is
    asked or threatened ("urged restraint")."""
    slot = c.slot
    if slot is not None and slot.dep_ == "dobj" and x.lex.cameo[c.cameo].quad_class in (1, 2):
        # help or a concession goes to someone: "agreed to offer an aid package *to the
        # cultural sector*" names its recipient after the thing given
        slot = next(iter(pobjs(slot.head, ("to", "for", "with")) + pobjs(slot, ("to", "for"))),
                    slot)
    if slot is not None and slot.is_ancestor(c.found.trigger):
        # "declared a state of siege in the town": the phrase is the act; where it was done
        # is what it was done to
        verb = c.found.light or c.found.verb
        slot = next(iter(pobjs(c.found.trigger, PLACE_PREPS) + pobjs(slot, PLACE_PREPS)
                         + pobjs(verb, PLACE_PREPS)), None)
    if slot is None or slot.pos_ not in ("NOUN", "PROPN", "NUM") \
            or slot in (c.found.trigger, c.found.light) \
            or (c.kind in OBJECT_CONTENT and slot.dep_ == "dobj") \
            or actor.start <= slot.idx + x.resolver.offset < actor.end:
        return None
    return slot
