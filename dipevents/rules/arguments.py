"""Who acts and whom the event is aimed at, as the parse says (stages actors, targets and
setting). Nominal events ("the talks", "an attack") read their own words first, then the
setting they stand in; verbs read their subject and the slots the lexicon names."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..actions import types
from ..actions.types import FORCE_TYPES, SYMMETRIC_TYPES
from ..arguments import distinct
from ..engine import Candidate, Coded, Stop, rule
from ..modality import classify
from ..model import Actor
from ..parse import pobjs

if TYPE_CHECKING:
    from ..coding import SentenceCoder

# "Ordered French troops to leave": the verbs of a demanded withdrawal.
LEAVING = frozenset({"leave", "withdraw", "depart", "quit", "go", "exit"})
# Who acts during protests without protesting ("police fired tear gas during protests").
AUTHORITY_SECTORS = frozenset({"COP", "MIL", "GOV", "IGO", "JUD"})
# What a state's own people do to their government: blame, protest, demand, refuse.
OWN_PEOPLE_TYPES = frozenset({"ACCUSE", "PROTEST", "REQUEST", "REJECT"})
# "The army" with no nationality is the last-named party of these sectors.
ARMED_SECTORS = frozenset({"MIL", "COP", "REB"})


# -- actors ---------------------------------------------------------------------------------

@rule("actors-noun-words", "actors", "Russia's attack on Kyiv killed ten people.", path="noun")
def noun_words(c: Candidate, x: SentenceCoder) -> bool:
    """A nominal event's own words name its actor ("Russia's attack", "a visit by Truss")."""
    c.actors = x.args.noun_actors(c.found.trigger, c.entry.type)
    return bool(c.actors)


@rule("actors-fought-in", "actors",
      "Forty Afghan soldiers were killed in fighting with the Taliban.", path="noun")
def fought_in(c: Candidate, x: SentenceCoder) -> bool:
    """ "Forty soldiers were killed in fighting with the Taliban": those the clause says fell
    fought the party the fighting was with."""
    trigger = c.found.trigger
    verb = trigger.head.head
    if c.actors or c.kind != "ASSAULT" or trigger.dep_ != "pobj" or trigger.head.lower_ != "in" \
            or not pobjs(trigger, ["with"]):
        return False
    fallen = [k for k in verb.children if k.dep_ == "nsubjpass"]
    c.actors = [a for a in x.resolver.resolve_each(fallen) if x.resolver.kb.is_state(a.code)]
    sector = x.resolver.role_sector(fallen[0]) if fallen else None
    if not c.actors and sector in ("MIL", "COP"):
        # "security force members ... in fighting with the Taliban in Kunduz": a state's
        # forces fall where the fighting was
        places = [a for p in x.args.places_of_the_act(c.found, True)
                  for a in x.resolver.resolve_all(p) if x.resolver.kb.is_state(a.code)]
        c.actors = [replace(a, sector=sector, location=None) for a in places[:1]]
    return bool(c.actors)


@rule("actors-drawn-from", "actors", "The invasion drew condemnation from the G7.",
      path="noun")
def drawn_from(c: Candidate, x: SentenceCoder) -> bool:
    """ "The invasion drew condemnation from the G7", the "from" hung on the verb."""
    found = c.found
    if c.actors or found.trigger.dep_ != "dobj" \
            or found.anchor.lemma_.lower() not in x.words.provocations:
        return False
    c.actors = x.resolver.resolve_each(pobjs(found.anchor, ["from"]))
    return bool(c.actors)


@rule("actors-gerund-agent", "actors", "Two Afghan soldiers died in shelling by Taliban fighters.",
      path="verb")
def gerund_agent(c: Candidate, x: SentenceCoder) -> bool:
    """ "Killed in shelling by Taliban fighters": a gerund under a preposition with a "by"
    phrase of its own is done by that phrase's party, not by the clause's subject."""
    verb = c.found.verb
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj"):
        return False
    agents = pobjs(verb, ["by"])
    c.actors = x.resolver.resolve_each(agents)
    if c.actors:
        c.subjects = agents
    return bool(c.actors)


@rule("actors-subject", "actors", "Russia imposed sanctions on Ukraine.", path="verb")
def subject(c: Candidate, x: SentenceCoder) -> bool:
    """A verb's subject, or the agent of a passive, or the subject it inherits."""
    if c.actors:
        return False
    c.subjects, c.passive = x.args.subjects(c.found.verb)
    c.actors = x.resolver.resolve_each(c.subjects)
    return bool(c.actors)


@rule("actors-located", "actors", "Protesters rallied in Tbilisi.", path="verb")
def located(c: Candidate, x: SentenceCoder) -> bool:
    """People with no nationality belong to the state the sentence places them in."""
    if c.actors or c.passive:
        return False
    c.actors = x.args.located(c.subjects, c.found.verb)
    return bool(c.actors)


@rule("actors-forces-placed", "actors", "Houthi fighters and government troops clashed in Aden.",
      path="verb")
def forces_placed(c: Candidate, x: SentenceCoder) -> bool:
    """ "Houthi forces and pro-government troops clash in Hodeidah": forces of a state the
    sentence does not name, beside a party it does, belong to the state it places them in."""
    if not c.actors or c.passive:
        return False
    unplaced = [k for s in c.subjects for k in s.conjuncts if x.resolver.resolve(k) is None
                and (k.lemma_.lower() in x.words.forces or x.resolver.role_sector(k) == "MIL")]
    known = {a.code for a in c.actors}
    placed = [replace(a, sector="MIL", location=None)
              for a in x.args.located(unplaced, c.found.verb) if a.code not in known]
    c.actors += placed
    return bool(placed)


@rule("actors-agent-of-the-act", "actors",
      "Two Afghan soldiers were killed in shelling by Taliban fighters.", path="verb")
def agent_of_the_act(c: Candidate, x: SentenceCoder) -> bool:
    """ "Soldiers were killed in shelling by the army", "in an attack by rebels": the actor
    of a passive with no agent of its own is the agent of the force act it happened in (and
    the passive's subject, the soldiers' state, its target)."""
    if c.actors or not c.passive:
        return False
    acts = [a for prep in c.found.verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
            for a in prep.children if a.dep_ in ("pobj", "pcomp") and _force(x, a)]
    c.actors = x.resolver.resolve_each([p for act in acts for p in pobjs(act, ["by"])])
    return bool(c.actors)


def _force(x: SentenceCoder, tok: Token) -> bool:
    """Whether a word names a force act: an event noun of a force type, or such a verb."""
    if tok.pos_ == "VERB":
        entry = x.triggers.verb_entry(tok)
        return entry is not None and entry.type in FORCE_TYPES
    return x.args.act_type(tok) in FORCE_TYPES


@rule("actors-expelled-from", "actors", "Russian diplomats were expelled from Poland.",
      path="verb")
def expelled_from(c: Candidate, x: SentenceCoder) -> bool:
    """An agentless expulsion is made by the state the expelled are sent from."""
    if c.actors or not c.passive or c.entry.mode != "expel":
        return False
    c.actors = x.resolver.resolve_each(pobjs(c.found.verb, ["from"]))
    return bool(c.actors)


@rule("actors-ordered-to-leave", "actors", "Mali ordered French troops to leave.", path="verb")
def ordered_to_leave(c: Candidate, x: SentenceCoder) -> None:
    """ "Ordered French troops to leave": not the actor's own deployment but a demand that
    the other withdraw (derive.tsv ``leave``); "ordered its troops to withdraw" is the
    withdrawal, coded as such."""
    if c.entry.mode != "deploy":
        return
    owners = _others_forces(x, c.found.verb, c.actors)
    leave = any(k.dep_ == "xcomp" and k.lemma_.lower() in LEAVING
                for k in c.found.verb.children)
    if not (owners or leave):
        return
    derived = types.derived("leave", c.kind)
    if leave and derived is not None:
        kind, cameo, suffix = derived
        for actor in c.actors:
            for owner in owners:
                x.emit(c, Coded(c.found, actor, owner, kind, cameo, c.construction + suffix))
    raise Stop("an order about where forces go, not a deployment")


@rule("actors-state-in-custody", "actors",
      "A former Peruvian defence minister was arrested in Lima.", path="verb")
def state_in_custody(c: Candidate, x: SentenceCoder) -> bool:
    """ "A former minister is arrested", "two activists were sentenced": an arrest or a
    sentence no one is named for is done by the state where it happened, else by the state of
    the person it is done to (its government: police, courts)."""
    verb = c.found.verb
    if c.actors or not c.passive or c.kind != "COERCE" \
            or verb.lemma_.lower() not in x.words.custody:
        return False
    held = x.resolver.resolve_each([k for k in verb.children if k.dep_ == "nsubjpass"])
    places = [a for a in x.resolver.resolve_each(pobjs(verb, ["in"])) if a.sector != "IGO"]
    state = (places or held or [None])[0]
    if state is None:
        return False
    # the police arrest, the courts sentence (each a party facing the held of its own state)
    sector = "JUD" if verb.lemma_.lower() in ("sentence", "convict", "jail", "imprison") else "COP"
    c.actors = [replace(state, sector=sector, location=None)]
    return True


@rule("actors-forces-moved", "actors", "Russian troops were deployed to Belarus.", path="verb")
def forces_moved(c: Candidate, x: SentenceCoder) -> bool:
    """ "Russian troops were deployed to Belarus", "Kenyan peacekeepers were sent to Haiti":
    forces moved with no one named for it are moved by their own state."""
    verb = c.found.verb
    if c.actors or not c.passive or c.kind not in ("MOBILIZE", "AID") \
            or c.entry.mode not in ("deploy", "peacekeeping"):
        return False
    moved = [k for k in verb.children if k.dep_ == "nsubjpass"
             and (k.lemma_.lower() in x.words.forces or x.resolver.role_sector(k) == "MIL")]
    c.actors = [replace(a, sector="MIL", location=None) for a in x.resolver.resolve_each(moved)
                if x.resolver.kb.is_state(a.code)]
    c.targets = [t for t in c.targets if all(distinct(a, t) for a in c.actors)]
    return bool(c.actors)


@rule("actors-story-government", "actors",
      "Afghan forces fought the Taliban. The government urged the Taliban to extend the truce.",
      path="verb")
def story_government(c: Candidate, x: SentenceCoder) -> bool:
    """ "The government", "the authorities" with no state of their own, as the subject: the
    one state the story has named (none or several: no actor)."""
    if c.actors or len(c.subjects) != 1:
        return False
    noun = c.subjects[0]
    if noun.lemma_.lower() not in STORY_BODIES or any(
            k.dep_ in ("amod", "compound", "poss", "nmod", "prep") for k in noun.children):
        return False
    named = [a for a in x.resolver.context.recent
             if a.sector is None and x.resolver.kb.is_state(a.code)]
    if len({a.code for a in named}) != 1:
        return False
    state = named[-1]
    c.actors = [x.resolver.actor_at(noun, state.name, state.code, x.resolver.role_sector(noun))]
    return True


@rule("actors-no-force-moved", "actors", "The party mobilised its pressure groups.",
      path="verb")
def no_force_moved(c: Candidate, x: SentenceCoder) -> None:
    """ "Mobilised pressure groups", "deployed diplomats": no force moved."""
    entry = c.entry
    if entry.mode in ("deploy", "mobilize") and c.found.light is None and not entry.objects \
            and _civil_object(x, c.found.verb):
        raise Stop("what is moved is no force")


# The bodies a story's state acts through, named with no state ("the government said").
STORY_BODIES = frozenset({"government", "authority", "authorities"})


# -- targets --------------------------------------------------------------------------------

@rule("targets-between", "targets", "Talks between Armenia and Azerbaijan resumed.",
      path="noun")
def between(c: Candidate, x: SentenceCoder) -> bool:
    """ "Talks between X and Y": the parties are the targets (and, with no other actor, the
    actors too: see setting)."""
    c.pair = x.resolver.resolve_each(pobjs(c.found.trigger, ["between"]))
    if c.pair:
        c.targets, c.open_target = c.pair, False
    return bool(c.pair)


@rule("targets-slots", "targets", "Russia imposed sanctions on Ukraine.")
def slots(c: Candidate, x: SentenceCoder) -> bool:
    """The object and the prepositions the lexicon names, then where the parties stand."""
    if c.pair:
        return False
    c.targets, c.slot, c.open_target = x.args.targets(c.found, c.passive, c.actors)
    return bool(c.targets)


@rule("targets-threatened-place", "targets", "Turkey threatened to launch an operation in Idlib.",
      path="verb")
def threatened_place(c: Candidate, x: SentenceCoder) -> bool:
    """ "Threatened to launch an operation in Idlib": a threat that names no one is aimed at
    the state where the threatened act would happen."""
    if c.kind != "THREATEN" or c.targets:
        return False
    for clause in (k for k in c.found.verb.children if k.dep_ == "xcomp"):
        for tok in clause.subtree:
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into", "inside"):
                found = [a for a in x.resolver.resolve_all(tok)
                         if all(distinct(b, a) for b in c.actors)]
                if found:
                    c.targets, c.slot = found[:1], tok
                    return True
    return False


@rule("targets-place-of-the-act", "targets",
      "Boko Haram fighters attacked a convoy taking families back to their homes in Borno State.")
def place_of_the_act(c: Candidate, x: SentenceCoder) -> bool:
    """Force used on no named party hits the state where the sentence says it was used: a
    place under a locative preposition anywhere in the act's own phrase ("a convoy taking
    people to their homes in Borno State", "a mosque in Quetta, Balochistan, Pakistan"), not in
    its subject ("troops based in Belarus") nor in a clause of its own. Rebels strike at their
    own state; a state's forces at home act on no one the sentence names."""
    if c.kind not in FORCE_TYPES or c.targets or c.pair or not c.actors:
        return False
    for place in x.args.places_of_the_act(c.found, c.nominal):
        found = [replace(a, sector=None, location=None) for a in x.resolver.resolve_all(place)
                 if a.sector != "IGO"]
        if found and all(distinct(o, found[0]) or o.sector == "REB" for o in c.actors):
            c.targets, c.slot = found[:1], place
            return True
    return False


@rule("targets-emergency-rule", "targets", "The Chilean government declared a state of emergency.")
def emergency_rule(c: Candidate, x: SentenceCoder) -> bool:
    """A state of emergency, a curfew or a lockdown that names no one is imposed on the
    state's own people (GUIDELINES.md: domestic events count), who are the target."""
    trigger = c.found.trigger
    declared = trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() == "state"
    if c.targets or c.pair or not c.actors \
            or not (trigger.lemma_.lower() in x.words.emergency_rule or declared):
        return False  # "declared a state of siege": any state of exception
    state = c.actors[0]
    if state.sector not in (None, "GOV", "MIL", "COP") or not x.resolver.kb.is_state(state.code):
        return False
    c.targets = [x.resolver.actor_at(trigger, state.name, state.code, "CVL")]
    return True


@rule("targets-brokered-deal", "targets", "Israel and Hamas agreed to a truce brokered by Qatar.",
      path="verb")
def brokered_deal(c: Candidate, x: SentenceCoder) -> bool:
    """The parties to the deal a mediator brokered."""
    if c.entry.mode != "mediate" or c.targets:
        return False
    c.targets = _deal_parties(x, c.found.verb)
    return bool(c.targets)


@rule("targets-passive", "targets", "Ukraine was attacked by Russia.", path="verb")
def passive(c: Candidate, x: SentenceCoder) -> bool:
    """A passive verb is marked so in the construction."""
    if c.passive:
        c.construction += "-passive"
    return c.passive


# -- setting --------------------------------------------------------------------------------

@rule("setting-between-parties", "setting", "Talks between Armenia and Azerbaijan resumed.",
      path="noun")
def between_parties(c: Candidate, x: SentenceCoder) -> bool:
    """ "Fighting between X and Y" with no other actor: the parties act on each other."""
    if c.actors or len(c.pair) < 2:
        return False
    c.actors, c.construction = c.pair, "nominal-between"
    return True


@rule("setting-protest-in-place", "setting", "Protests in Iran entered their second day.",
      path="noun")
def protest_in_place(c: Candidate, x: SentenceCoder) -> bool:
    """ "Protests in Iran", "demonstrations across France": protests no one is named for are
    the people of the place they are in (and, aimed at no one, at their own government)."""
    if c.actors or c.entry.type != "PROTEST":
        return False
    trigger = c.found.trigger
    places = pobjs(trigger, ("in", "across", "throughout"))
    if not places and c.found.anchor != trigger:
        places = pobjs(c.found.anchor, ("in", "across", "throughout"))
    for place in places:
        state = x.resolver.resolve(place)
        if state is not None and state.sector in (None, "GOV") and state.code.isalpha() \
                and len(state.code) == 3 and state.code != "WEST":
            c.actors = [replace(state, sector="CVL")]
            c.construction = "nominal-place"
            return True
    return False


@rule("setting-protesting-people", "setting", "Hundreds of Sudanese marched on the palace.",
      path="verb")
def protesting_people(c: Candidate, x: SentenceCoder) -> bool:
    """A crowd or a nation's people who protest ("hundreds of Sudanese", "Iranians") are
    its civilians, not its state (and, aimed at no one, protest their own government)."""
    if c.entry.type != "PROTEST" or not c.actors or any(a.sector for a in c.actors):
        return False
    people = [s for s in c.subjects for t in (s, *pobjs(s, ["of"]))
              if t.lemma_.lower() in x.words.crowds or t.ent_type_ == "NORP"]
    if not people:
        return False
    c.actors = [replace(a, sector="CVL") if x.resolver.kb.is_state(a.code) else a
                for a in c.actors]
    return True


@rule("setting-their", "setting", "Putin and Biden met. Their talks lasted two hours.",
      path="noun")
def their(c: Candidate, x: SentenceCoder) -> bool:
    """ "Their talks": the pair the story is about."""
    if c.actors or c.entry.type not in SYMMETRIC_TYPES or not any(
            k.dep_ == "poss" and k.lower_ == "their" for k in c.found.trigger.children):
        return False
    c.actors, c.construction = x.resolver.last_pair(), "nominal-their"
    return True


@rule("setting-clause-subject", "setting", "Blinken raised human rights during talks with Wang Yi.",
      path="noun")
def clause_subject(c: Candidate, x: SentenceCoder) -> bool:
    """ "Pelosi spoke during a meeting with Tsai", "youths threw stones during
    demonstrations": the clause's subject takes part (not the police acting during protests)."""
    found, entry = c.found, c.entry
    if c.actors or not (entry.type in SYMMETRIC_TYPES and c.targets or entry.type == "PROTEST") \
            or found.anchor == found.trigger \
            or any(k.dep_ == "poss" for k in found.trigger.children) \
            or found.trigger.head.lower_ == "against":  # "warning against a deal"
        return False
    subjects, passive = x.args.subjects(found.anchor)
    if not subjects:
        # "Lavrov said he was disappointed by talks with Truss": who speaks of the talks
        # took part in them.
        root = found.trigger.sent.root
        if root.lemma_.lower() in x.words.claims:
            subjects, passive = x.args.subjects(root)
    if passive:
        return False
    c.actors = [a for t in subjects for a in x.resolver.resolve_all(t)
                if entry.type != "PROTEST" or a.sector not in AUTHORITY_SECTORS]
    c.construction = "nominal-clause"
    return True


@rule("setting-own-people", "setting", "Protesters blamed the Iranian government for the crisis.",
      path="verb")
def own_people(c: Candidate, x: SentenceCoder) -> bool:
    """People with no nationality or place who blame, protest to or ask a state's government
    are its own people (GUIDELINES.md: protesters protest their own government)."""
    if c.actors or len(c.targets) != 1 or c.kind not in OWN_PEOPLE_TYPES:
        return False
    target = c.targets[0]
    people = [s for s in c.subjects if x.resolver.role_sector(s) == "CVL"
              or s.lemma_.lower() in x.words.crowds]
    if not people or target.sector not in ("GOV", None) or not x.resolver.kb.is_state(target.code):
        return False
    c.actors = [x.resolver.actor_at(people[0], target.name, target.code, "CVL")]
    return True


@rule("setting-provoker", "setting",
      "China landed a plane on the reef, prompting a protest from Vietnam.", path="noun")
def provoker(c: Candidate, x: SentenceCoder) -> bool:
    """ "China landed a plane there, prompting a protest from Vietnam": aimed at China."""
    found = c.found
    if not c.actors or c.targets or found.trigger.dep_ != "dobj" \
            or found.anchor.lemma_.lower() not in x.words.provocations:
        return False
    subjects, passive = x.args.subjects(found.anchor)
    if passive:
        return False
    c.targets = [a for t in subjects for a in x.resolver.resolve_all(t)
                 if all(distinct(b, a) for b in c.actors)]
    return bool(c.targets)


@rule("setting-claimed-responsibility", "setting",
      "A bomb killed ten people in Mogadishu. Al-Shabaab claimed responsibility for the attack.")
def claimed_responsibility(c: Candidate, x: SentenceCoder) -> bool:
    """ "Al-Shabaab claimed responsibility for the attacks": who claims it did it, and, where
    the sentence names no one it hit, it hit the state the story is about."""
    trigger = c.found.trigger
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "for" or c.targets \
            or prep.head.lemma_.lower() != "responsibility" or prep.head.dep_ != "dobj":
        return False
    if not c.actors:
        subjects, passive = x.args.subjects(prep.head.head)
        c.actors = [] if passive else x.resolver.resolve_each(subjects)
        c.construction = "nominal-claimed"
    if not c.actors:
        return False
    hit = x.resolver.salient_state(c.actors[0].code) or x.resolver.salient(c.actors[0].code)
    c.targets = [hit] if hit is not None else []
    return True


@rule("setting-announced", "setting", "Britain said more sanctions would follow.",
      path="noun")
def announced(c: Candidate, x: SentenceCoder) -> bool:
    """ "Britain said more sanctions would follow": the speaker's own measures."""
    trigger, anchor = c.found.trigger, c.found.anchor
    if c.actors or trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head != anchor \
            or anchor.dep_ != "ccomp" or anchor.i <= anchor.head.i \
            or anchor.head.lemma_.lower() not in x.words.claims \
            or classify(anchor).modality not in ("future", "hypothetical"):
        return False
    speaker, passive = x.args.subjects(anchor.head)
    if passive:
        return False
    c.actors = x.resolver.resolve_each(speaker)
    c.construction = "nominal-announced"
    return True


# -- helpers --------------------------------------------------------------------------------

def _others_forces(x: SentenceCoder, verb: Token, actors: list[Actor]) -> list[Actor]:
    """The other states whose forces a deployment verb moves, if they are not the actor's."""
    objects = [k for k in verb.children if k.dep_ == "dobj"
               and k.lemma_.lower() in x.words.forces]
    return [f for obj in objects for f in x.resolver.resolve_all(obj)
            if all(distinct(a, f) for a in actors)]


def _civil_object(x: SentenceCoder, verb: Token) -> bool:
    """Whether what a deployment verb moves is something other than forces or arms."""
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    arms = x.words.forces | x.words.weapons
    return bool(objects) and all(
        o.lemma_.lower() not in arms and o.lower_ not in arms
        and x.resolver.role_sector(o) not in ARMED_SECTORS for o in objects)


def _deal_parties(x: SentenceCoder, verb: Token) -> list[Actor]:
    """The parties to the deal a mediator brokered: "Israel and Hamas agreed to a truce
    brokered by Qatar" -> Israel, Hamas."""
    if verb.dep_ not in ("acl", "relcl"):
        return []
    node = verb.head
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep", "dobj") or node.head == node:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subjects, passive = x.args.subjects(node)
            return [] if passive else x.resolver.resolve_each(subjects)
    return []
