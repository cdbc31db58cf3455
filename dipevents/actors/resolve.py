"""From a word on the parse to an actor code: gazetteer entity, modifiers, role words, context.

Resolution looks first at the entity the word belongs to, then at the words that modify it
("Russian troops", "Russia's defence ministry", "the government of Iran"), and takes the sector
from role words ("troops" -> MIL). Pronouns and "the two sides" fall back on what the document
has mentioned so far, which :class:`Context` keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date as Date

from spacy.tokens import Doc, Span, Token

from ..actions.types import HOSTILE_TYPES
from ..model import Actor
from ..parse import ancestors, prep_objects
from .kb import NO_ACTOR, PEOPLE, KnowledgeBase

# Dependency relations through which a modifier names the head's actor, in order of trust.
MODIFIER_DEPS = ("poss", "amod", "compound", "nmod", "npadvmod", "appos")
# States whose people's names put the family name first ("Wang Yi", "Kim Jong Un", "Hun Sen").
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "SGP", "KOR", "PRK", "VNM", "KHM"})
# Participles and adjectives that tie people to a party: "hackers linked to Russia's GRU".
AFFILIATIONS = frozenset({"affiliate", "belong", "link", "tie", "connect", "loyal", "ally", "allied"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
BORDER_NOUNS = {"border", "frontier", "boundary"}
PERSON_PAIR_NOUNS = {"leader", "president", "minister"}
PAIR_NOUNS = {"leader", "side", "country", "nation", "government", "delegation", "president",
              "minister", "power", "state", "party"}


@dataclass
class Context:
    """What a document has said so far: the reference date, the actors mentioned and the
    events reported.

    Events are kept as running indexes, updated by :meth:`record`, rather than as a list that
    each lookup would scan again: a lookup costs the number of distinct parties, not the
    number of earlier events, so time stays linear in a document's length.
    """

    day: Date | None
    recent: list[Actor] = field(default_factory=list)
    # The same mentions with the sector of the role word they modify ("Sudan's army": MIL).
    roled: list[Actor] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)  # "Truss" -> the person's id
    # People the knowledge base does not know, by surname, as the sentence that named them
    # placed them: "Guatemalan President Jimmy Morales" makes a later "Morales" GTM GOV.
    named: dict[str, Actor] = field(default_factory=dict)
    last_person: Actor | None = None
    last_subject: Actor | None = None
    # For each code, how often each other party dealt with it (either way), in the order met.
    partners: dict[str, Counter[str]] = field(default_factory=dict)
    # kind -> actor code -> [events of that kind by it, index of its last one, that actor]
    doers: dict[str, dict[str, list]] = field(default_factory=dict)
    # actor code -> (index, actor) of its last event, and of its last hostile one
    last_by: dict[str, tuple[int, Actor]] = field(default_factory=dict)
    last_hostile_by: dict[str, tuple[int, Actor]] = field(default_factory=dict)
    # (target code, kind or None) -> the last other party that did that to the target
    last_on: dict[tuple[str, str | None], Actor] = field(default_factory=dict)
    events: int = 0

    def record(self, actor: Actor, kind: str, target: Actor | None) -> None:
        """An asserted event, in document order."""
        index = self.events = self.events + 1
        slot = self.doers.setdefault(kind, {}).setdefault(actor.code, [0, 0, actor])
        slot[0], slot[1], slot[2] = slot[0] + 1, index, actor
        self.last_by[actor.code] = (index, actor)
        if kind in HOSTILE_TYPES:
            self.last_hostile_by[actor.code] = (index, actor)
        if target is None or target.code == actor.code:
            return
        self.partners.setdefault(actor.code, Counter())[target.code] += 1
        self.partners.setdefault(target.code, Counter())[actor.code] += 1
        self.last_on[(target.code, kind)] = self.last_on[(target.code, None)] = actor


# Words for part of a group, whose "of" object is who they are: "one of its soldiers".
PARTITIVES = frozenset({"one", "two", "three", "four", "five", "some", "several", "many",
                        "most", "all", "none", "each", "both", "few", "dozens", "hundreds"})
# Words for a number of people, whose "of" object says who they are.
CROWDS = frozenset({"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million",
                    "millions", "dozen", "dozens", "score", "scores", "group", "crowd", "crowds",
                    "handful", "number", "members", "member"})


class Resolver:
    """Resolves tokens of one parsed paragraph to actors."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, offset: int, context: Context,
                 acts: frozenset[str] = frozenset(), quoting: frozenset[str] = frozenset(),
                 patient_acts: frozenset[str] = frozenset()) -> None:
        self.kb = kb
        self.acts = acts
        self.patient_acts = patient_acts  # acts whose "of" object suffers them, not does them
        self.quoting = quoting  # verbs that introduce a quotation, whose subject is its "we"
        self.hostile = False  # set while resolving the target of force
        self.offset = offset
        self.context = context
        self.text = doc.text  # Doc.text joins every token on each access
        # Doc.ents rebuilds its spans on every access: read it once per paragraph.
        self.ents: list[Span] = [e for e in doc.ents if e.ent_id_]
        self.entity_at: dict[int, Span] = {i: ent for ent in self.ents
                                           for i in range(ent.start, ent.end)}

    # -- entities -----------------------------------------------------------------------------
    def is_media(self, tok: Token) -> bool:
        ent = self.entity_at.get(tok.i)
        return ent is not None and ent.ent_id_.startswith(NO_ACTOR)

    def from_entity(self, ent: Span, head: Token | None = None, widen: bool = True
                    ) -> Actor | None:
        """The actor a gazetteer entity stands for, its sector refined by the head's role word;
        its text runs to the head unless ``widen`` is off (a conjunct: "... and Russia")."""
        if not ent.ent_id_ or ent.ent_id_.startswith(NO_ACTOR):
            return None
        entry = self.kb.resolve_id(ent.ent_id_, self.context.day)
        if entry is None:
            return None
        sector = entry.sector
        # "a court in Cairo", "the Caracas mayor": the role word, not the seat, gives the sector.
        if head is not None and entry.kind in ("state", "demonym", "place", "seat"):
            sector = self.role_sector(head) or sector
        start, end = ent.start_char, ent.end_char
        if widen and head is not None and head.i not in range(ent.start, ent.end):
            start, end = min(start, head.idx), max(end, head.idx + len(head))
        text = self.text[start:end]
        return Actor(text=text, name=entry.name, code=entry.code, sector=sector,
                     start=start + self.offset, end=end + self.offset, location=entry.location)

    @staticmethod
    def ethnic(tok: Token) -> bool:
        """ "Ethnic Albanians": a people by descent, not the citizens of a state; where they
        live says which state they belong to."""
        return any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in tok.children)

    def role_sector(self, tok: Token) -> str | None:
        """CAMEO sector from a role word: the head noun, a title with its compounds ("Foreign
        Minister"), or the nearest role word in the title before a name ("EU Ambassador Ivan
        Smirnov")."""
        compounds = [c for c in tok.lefts if c.dep_ == "compound"]
        modifiers = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]  # "armed groups"
        if modifiers:
            words = [t.text.lower() for t in modifiers + [tok]]
            for start in range(len(words)):
                sub = " ".join(words[start:])
                if sub in self.kb.roles:
                    return self.kb.roles[sub]
        own = self.kb.roles.get(tok.lemma_.lower()) or self.kb.roles.get(tok.lower_)
        if own:
            return own
        if self.ethnic(tok):
            return "CVL"
        for child in reversed(compounds):  # "opposition candidates", "EU Ambassador Smirnov"
            # the qualifier first: an "opposition leader" is of the opposition
            for part in child.subtree:
                sector = self.kb.roles.get(part.lower_) or self.kb.roles.get(part.lemma_.lower())
                if sector:
                    return sector
        if tok.lemma_.lower() in CROWDS:  # "thousands of students", "a group of refugees"
            for part in prep_objects(tok, ("of",)):
                # "thousands of Hungarians": a crowd of a nation is its people
                return self.role_sector(part) or ("CVL" if part.ent_type_ == "NORP"
                                                  else None)
        return None

    # -- resolution ---------------------------------------------------------------------------
    def resolve(self, tok: Token) -> Actor | None:
        """The actor a single noun (no coordination) refers to, or None."""
        ent = self.entity_at.get(tok.i)
        if ent is not None:
            if ent.ent_id_ == PEOPLE and not self.ethnic(tok):  # "Iraqi Kurds": placed by
                return self._direct_modifier(tok, [  # its modifiers, a people of no code
                    c for c in tok.children if c.dep_ in MODIFIER_DEPS
                    and c.i not in range(ent.start, ent.end)])
            if ent.ent_id_.startswith(NO_ACTOR) or self.ethnic(tok):
                return None
            if ent.ent_id_:
                return self._stated(tok, ent) or self.from_entity(ent, tok)
        if tok.pos_ == "PRON":
            if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
                return self._relative(tok)
            return self.pronoun(tok)
        if tok.text in self.context.surnames and tok.pos_ == "PROPN":
            return self.from_surname(tok)
        if tok.text in self.context.named and tok.pos_ == "PROPN" and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            known = self.context.named[tok.text]
            return self.actor_at(tok, known.name, known.code, known.sector)
        if tok.lower_ in PARTITIVES:  # "one of its soldiers", "two of the Iranian diplomats"
            whole = prep_objects(tok, ("of",))
            if whole:
                return self.resolve(whole[0])
        # "his Russian counterpart" is Russian, but "its consulate in Damascus" is its own: a
        # possessive pronoun yields to the head's direct modifiers, not to its prepositions.
        direct = [c for c in tok.children if c.dep_ in MODIFIER_DEPS]
        if tok.lemma_.lower() in BORDER_NOUNS:  # "its borders with Ukraine": the other side
            direct = prep_objects(tok, ("with",)) + direct
        return self._direct_modifier(tok, direct) or self._nested_modifier(tok, direct)

    def _stated(self, tok: Token, ent: Span) -> Actor | None:
        """For a person from an imported dictionary (roles to 2014, some filed under the wrong
        state), what the sentence itself says comes first: "Mauritania's President X", "the
        chairman of the African Union Commission X"."""
        entries = self.kb.entries.get(ent.ent_id_, ())
        if not entries or entries[0].source != "phoenix":
            return None
        inside = set(range(ent.start, ent.end))
        direct = [c for t in ent for c in t.children
                  if c.dep_ in MODIFIER_DEPS and c.i not in inside]
        return self._direct_modifier(tok, direct) or self._nested_modifier(tok, direct)

    def _relative(self, tok: Token) -> Actor | None:
        """ "The UAE, which Sudan accuses of ...", not "the accusation, which X denied" (only
        a noun of the main clause: a relative clause after a nested object is too often
        attached to the wrong noun)."""
        noun = tok.head.head
        if noun.lemma_.lower() in self.acts or not (
                noun.dep_ in ("nsubj", "nsubjpass") or noun.head.dep_ == "ROOT"):
            return None
        return self.resolve(noun)

    def _direct_modifier(self, tok: Token, direct: list[Token]) -> Actor | None:
        for child in direct:
            actor = self._entity_modifier(child, tok)
            if actor is not None:
                return actor
        for child in direct:  # "al-Shabaab leader Ahmed Godane in Somalia": the title first
            if child.dep_ == "compound":
                for part in child.subtree:
                    if part != child and part.dep_ in MODIFIER_DEPS:
                        actor = self._entity_modifier(part, tok)
                        if actor is not None:
                            return actor
        for child in direct:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                actor = self.pronoun(child)
                if actor is not None:
                    return self._with_sector(actor, tok)
        return None

    def _nested_modifier(self, tok: Token, direct: list[Token]) -> Actor | None:
        """Modifiers of modifiers, three levels deep, nearest first."""
        seen = {tok.i, *(c.i for c in direct)}
        frontier = [tok, *direct]
        for _depth in range(3):
            nxt: list[Token] = []
            for node in frontier:
                for child in self._modifiers(node):
                    if child.i in seen:
                        continue
                    seen.add(child.i)
                    if child.dep_ == "poss" and child.pos_ == "PRON":
                        continue
                    # "Sidhoum, Algeria's leading activist": the apposition's role word gives
                    # the sector
                    role = node if node.dep_ == "appos" and self.role_sector(node) else tok
                    actor = self._entity_modifier(child, role)
                    if actor is not None:
                        return actor
                    if not self.is_media(child):
                        nxt.append(child)
            frontier = nxt
        return None

    def _entity_modifier(self, child: Token, head: Token) -> Actor | None:
        cent = self.entity_at.get(child.i)
        if cent is None or not cent.ent_id_ or cent.ent_id_.startswith(NO_ACTOR):
            return None
        if cent.text == "Western" and head.tag_ == "NN":
            return None  # "a Western leader" is one Western state's, not the West's
        if child.dep_ == "compound" and child.head == head and self.role_sector(head) is None \
                and self._kind(child) == "seat":
            return None  # "the Minsk agreements", "the Paris accord": where, not who
        return self.from_entity(cent, head)

    def pronoun(self, tok: Token) -> Actor | None:
        """A personal or possessive pronoun: the subject of a governing clause in the same
        sentence ("the UK announced it was ..."), else the last person or subject mentioned."""
        low = tok.lower_
        if low in FIRST_PERSON:
            return self.speaker(tok)
        if low in PLURAL_PRONOUNS:
            group = self.plural(tok)
            return group[0] if group else None
        if low not in PERSON_PRONOUNS and low not in THING_PRONOUNS:
            return None
        if tok.dep_ == "poss" and tok.head.dep_ == "conj" and low in THING_PRONOUNS:
            return self.resolve(tok.head.head)  # "Nato and its members"
        person = low in PERSON_PRONOUNS
        # An object pronoun is not its own clause's subject ("Erdogan ... urged him"); a
        # possessive usually is ("Venezuela closed its embassy").
        in_object = tok.dep_ in ("dobj", "dative", "pobj") or (
            # ... but not when the object is attacked: "Israel struck its consulate" (Iran's).
            self.hostile and tok.dep_ == "poss" and tok.head.dep_ in ("dobj", "dative", "pobj"))
        actor, avoid = self._clause_subject(tok, person, in_object)
        if actor is not None:
            return actor
        if in_object and not person:
            actor = self._earlier_its(tok)
            if actor is not None and actor.code not in avoid:
                return actor
        return self._nearest_mention(tok, person, avoid)

    def _clause_subject(self, tok: Token, person: bool, in_object: bool
                        ) -> tuple[Actor | None, set[str]]:
        """The subject of the pronoun's clause or a governing one, of the pronoun's kind, and
        the codes it cannot be (the subject of its own clause, for an object)."""
        node = tok.head
        while node.pos_ not in ("VERB", "AUX") and node.head != node:
            node = node.head  # up to the pronoun's own clause
        avoid: set[str] = set()
        own_clause = in_object
        for _ in range(6):
            for child in node.children:
                # A singular pronoun never stands for a coordinated subject ("Iran and Turkey").
                if child.dep_ == "nsubj" and child.i < tok.i and child.pos_ != "PRON" \
                        and not child.conjuncts:
                    actor = self.resolve(child)
                    if actor is not None and own_clause:
                        avoid.add(actor.code)
                    elif actor is not None and person == (self._kind(child) == "person"):
                        return actor, avoid
            if node.head == node:
                break
            # A clause with no subject of its own ("..., accusing it of") shares its head's.
            own_clause = own_clause and (node.dep_ == "conj" or (
                node.dep_ in ("advcl", "xcomp") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in node.children)))
            node = node.head
        return None, avoid

    def _earlier_its(self, tok: Token) -> Actor | None:
        """ "Lashed out at the UAE over its decision to normalise ties with Israel, accusing
        it of betrayal": an object "it" is whom an earlier "its" was, not the last name."""
        for prev in reversed(tok.doc[:tok.i]):  # back to the sentence's start
            if prev.lower_ == "its" and prev.dep_ == "poss":
                return self.pronoun(prev)
            if prev.is_sent_start:
                break
        return None

    def _nearest_mention(self, tok: Token, person: bool, avoid: set[str]) -> Actor | None:
        """The nearest preceding mention of the right kind in the sentence, then the
        document's last person or subject."""
        sent_start = tok.i
        while sent_start > 0 and not tok.doc[sent_start].is_sent_start:
            sent_start -= 1
        for ent in reversed([e for e in self.ents if sent_start <= e.start and e.end <= tok.i]):
            if person == (self._kind(ent.root) == "person") and not ent.ent_id_.startswith(NO_ACTOR):
                actor = self.from_entity(ent)
                if actor is not None and actor.code not in avoid:
                    return actor
        fallback = self.context.last_person if person else self.context.last_subject
        return fallback if fallback is None or fallback.code not in avoid else None

    def speaker(self, tok: Token) -> Actor | None:
        """ "We", "our" in a quotation: whoever the sentence says is speaking ("'We call on
        Russia to ...,' the minister said")."""
        for node in ancestors(tok, 8):
            if node.lemma_.lower() in self.quoting and node.i != tok.i:
                for child in node.children:
                    if child.dep_ == "nsubj" and child.pos_ != "PRON":
                        return self.resolve(child)
        return None

    def plural(self, tok: Token) -> list[Actor]:
        """ "They", "their": the plural or coordinated subject of a governing clause in the
        same sentence ("Palestinian leaders said they would ...", "Iran and Turkey ... their")."""
        for node in ancestors(tok.head, 6):
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.right_edge.i < tok.i \
                        and child.pos_ != "PRON" and (child.conjuncts or child.tag_ in ("NNS", "NNPS")):
                    actors = self.resolve_all(child)
                    if actors:
                        return actors
        if tok.dep_ in ("dobj", "dative", "pobj"):
            # "thanked EU leaders and urged them": an object before it, nearest first
            for prev in reversed(tok.sent[:tok.i - tok.sent.start]):
                if prev.dep_ in ("dobj", "dative", "pobj") and prev.pos_ != "PRON" and (
                        prev.conjuncts or prev.tag_ in ("NNS", "NNPS")):
                    actors = self.resolve_all(prev)
                    if actors:
                        return actors
        return []

    def from_surname(self, tok: Token) -> Actor | None:
        """ "Truss", "Ms Truss" after "Liz Truss": the person the document introduced."""
        entry = self.kb.resolve_id(self.context.surnames[tok.text], self.context.day)
        if entry is None:
            return None
        return self.actor_at(tok, entry.name, entry.code, entry.sector)

    def entity_actor(self, tok: Token, head: Token) -> Actor | None:
        """The actor of the gazetteer entity ``tok`` belongs to, sector from ``head``."""
        ent = self.entity_at.get(tok.i)
        if ent is None or not ent.ent_id_:
            return None
        return self.from_entity(ent, head)

    def kind_of(self, tok: Token) -> str | None:
        return self._kind(tok)

    def _kind(self, tok: Token) -> str | None:
        """The knowledge-base kind (person, state, ...) of the entity ``tok`` belongs to."""
        ent = self.entity_at.get(tok.i)
        entries = self.kb.entries.get(ent.ent_id_) if ent is not None else None
        return entries[0].kind if entries else None

    def _with_sector(self, actor: Actor, head: Token) -> Actor:
        return replace(actor, sector=self.role_sector(head) or actor.sector)

    def actor_at(self, tok: Token, name: str, code: str, sector: str | None) -> Actor:
        """An actor whose evidence is the word ``tok`` itself ("students", "Truss")."""
        start = tok.idx + self.offset
        return Actor(tok.text, name, code, sector, start, start + len(tok))

    def _modifiers(self, tok: Token) -> list[Token]:
        """Words that may name the actor of ``tok``: modifiers, then "of", "by", "from" objects
        ("the government of Iran", "legislation signed by X", "a move from Russia")."""
        mods = [c for dep in MODIFIER_DEPS for c in tok.children if c.dep_ == dep]
        lemma = tok.lemma_.lower()
        # "the invasion of Ukraine" names its victim, not its actor
        preps = set() if lemma in self.patient_acts else {"of"}
        if lemma in self.kb.roles or tok.lower_ in self.kb.roles or self.role_sector(tok):
            preps |= {"by", "from", "in", "throughout", "across"}  # "police in Jericho"
        elif lemma in self.acts:
            preps |= {"by", "from"}  # "a visit by Netanyahu", "a move from Russia"
        if lemma in BORDER_NOUNS:
            preps.add("with")
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in AFFILIATIONS \
                and not any(c.dep_ == "dobj" for c in tok.head.children):
            # "Gunmen linked to al-Shabaab attacked ...", parsed with "linked" the main verb
            mods += prep_objects(tok.head, ("with", "to"))
        # "of" first: "the withdrawal of Serbian forces from Bosnia" is the forces'.
        for child in sorted(tok.children, key=lambda c: c.lower_ != "of"):
            if child.dep_ in ("prep", "agent") and child.lower_ in preps:
                mods += [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "acl":
                mods += [p for a in child.children if a.dep_ == "agent"
                         for p in a.children if p.dep_ == "pobj"]
                if child.lemma_.lower() == "represent":  # "officials representing Iran"
                    mods += [o for o in child.children if o.dep_ == "dobj"]
            if child.dep_ in ("acl", "amod") and child.lemma_.lower() in AFFILIATIONS:
                # "workers affiliated with", "hackers linked to", "fighters loyal to"
                mods += prep_objects(child, ("with", "to"))
        return mods

    def last_pair(self, people: bool = False) -> list[Actor]:
        """The pair in focus: the two parties that have dealt with each other most in the
        document's events so far, else the last two distinct actors (people, if asked) named."""
        latest = {a.code: a for a in self.context.recent}
        dyads = Counter({tuple(sorted((a, b))): n for a, c in self.context.partners.items()
                         for b, n in c.items() if a in latest and b in latest})
        if dyads:
            (a, b), _ = dyads.most_common(1)[0]
            return [latest[a], latest[b]]
        found: list[Actor] = []
        for actor in reversed(self.context.recent):
            if people and actor.sector not in ("GOV", "MIL", "IGO", "LEG"):
                continue
            if actor.code not in {a.code for a in found}:
                found.append(actor)
            if len(found) == 2:
                return list(reversed(found))
        return []

    def last_with_sector(self, sector: str, exclude: str) -> Actor | None:
        """The latest actor mentioned with this sector, other than ``exclude``: whom "the army"
        or "the government" with no nationality refers back to."""
        return next((a for a in reversed(self.context.roled)
                     if a.sector == sector and a.code != exclude), None)

    def salient(self, exclude: str) -> Actor | None:
        """The party a sentence leaves implicit for actor ``exclude``: the one it has dealt
        with most in this document's events so far, else the actor most mentioned recently
        (the latest on a tie)."""
        latest_by_code = {a.code: a for a in self.context.recent}
        partners = self.context.partners.get(exclude)
        if partners:
            for code, _ in partners.most_common():
                if code in latest_by_code:
                    return latest_by_code[code]
        counts: Counter[str] = Counter()
        last_seen: dict[str, int] = {}
        for i, actor in enumerate(self.context.recent):
            if actor.code != exclude:
                counts[actor.code] += 1
                last_seen[actor.code] = i
        if not counts:
            return None
        return latest_by_code[max(counts, key=lambda c: (counts[c], last_seen[c]))]

    def last_event_actor(self, exclude: str, kind: str | None = None,
                         hostile: bool = False) -> Actor | None:
        """Who did the last thing the document reported (of ``kind``, when the words name
        one; a hostile act first, when ``hostile``), other than ``exclude``: what "the
        strikes", "those demands", and, condemned, "the act" refer back to."""
        doers = {code: slot for code, slot in self.context.doers.get(kind, {}).items()
                 if code != exclude}
        if doers:
            # "condemned the attack": whoever the document reports attacking most, the one who
            # attacked last on a tie.
            return max(doers.values(), key=lambda slot: (slot[0], slot[1]))[2]
        for last in ((self.context.last_hostile_by if hostile else {}), self.context.last_by):
            others = [seen for code, seen in last.items() if code != exclude]
            if others:
                return max(others, key=lambda seen: seen[0])[1]
        return None

    def last_to_act_on(self, code: str, kind: str | None = None) -> Actor | None:
        """Who last did something (of ``kind``, when given) to ``code``: what its
        "retaliation" answers, whom its denial of an accusation answers."""
        return self.context.last_on.get((code, kind))

    def last_states(self, count: int) -> list[Actor]:
        """The last ``count`` distinct states the document named as such ("Norway, Ireland and
        Spain ... the three countries"), or none if it named fewer."""
        found: dict[str, Actor] = {}
        for actor in reversed(self.context.recent):
            named = self.kb.patterns.get((actor.text, "GPE"))  # by name, not "Palestinian"
            if named is not None and named.id == actor.code and actor.code not in found:
                found[actor.code] = actor
                if len(found) == count:
                    return list(reversed(found.values()))
        return []

    def salient_state(self, exclude: str, among: frozenset[str] | None = None) -> Actor | None:
        """The state (named as such, not through its officials) the document mentions most,
        other than ``exclude`` (and one of ``among``, when given); the latest on a tie."""
        states = [a for a in self.context.recent if a.sector is None and a.code != exclude
                  and (among is None or a.code in among)]
        if not states:
            return None
        counts = Counter(a.code for a in states)
        return max(reversed(states), key=lambda a: counts[a.code])

    def pair(self, tok: Token) -> list[Actor]:
        """ "The two leaders", "both sides": the last two actors the document named."""
        if tok.lemma_.lower() not in PAIR_NOUNS:
            return []
        if not any((c.dep_ == "nummod" and c.lower_ == "two")
                   or (c.dep_ in ("det", "predet") and c.lower_ == "both") for c in tok.children):
            return []
        codes = self.last_pair(people=tok.lemma_.lower() in PERSON_PAIR_NOUNS)
        start = tok.left_edge.i
        while tok.doc[start].is_space:  # a line break the parser hung on the phrase
            start += 1
        span = tok.doc[start:tok.i + 1]
        return [Actor(span.text, a.name, a.code, a.sector, span.start_char + self.offset,
                      span.end_char + self.offset) for a in codes]

    def resolve_each(self, tokens: Iterable[Token]) -> list[Actor]:
        """The actors of each noun phrase, in order: subjects, "from" objects, partners."""
        return [a for tok in tokens for a in self.resolve_all(tok)]

    def resolve_all(self, tok: Token) -> list[Actor]:
        """Every actor a noun phrase names: coordinated heads and coordinated modifiers."""
        owners = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(
            tok, ("of",))  # "the leaders of both countries"
        for candidate in (tok, *owners):
            pair = self.pair(candidate)  # "the two sides", "the two countries' chiefs"
            if pair:
                return pair
        if tok.lower_ in PLURAL_PRONOUNS and tok.pos_ == "PRON":
            return self.plural(tok)
        out: list[Actor] = []
        for head in [tok, *tok.conjuncts]:
            actor = self.resolve(head)
            if actor is None:
                continue
            if actor.code in self.kb.members:  # "the Quad": each of its members
                out += [replace(actor, code=m, name=self.kb.name_of(m), sector=None)
                        for m in self.kb.members[actor.code]]
                continue
            out.append(actor)
            # "US and Russian officials": the modifier's conjuncts name actors too.
            for mod in self._modifiers(head):
                for conj in mod.conjuncts:
                    cent = self.entity_at.get(conj.i)
                    if cent is not None and cent.ent_id_:
                        # "Pakistani troops", but only "China" of "officials representing
                        # Iran and China"
                        near = 0 <= head.i - cent.end <= 2
                        other = self.from_entity(cent, head, widen=near)
                        if other is not None:
                            out.append(other)
        unique: dict[str, Actor] = {}
        for actor in out:
            unique.setdefault(actor.code, actor)
        return list(unique.values())

    def record_event(self, actor: Actor, kind: str, target: Actor | None) -> None:
        """Remember who did what to whom, for targets later sentences leave implicit."""
        self.context.record(actor, kind, target)

    def remember(self, sent: Span) -> None:
        """Record the sentence's mentions for later pronouns and "the two sides"."""
        for ent in (e for e in self.ents if sent.start <= e.start and e.end <= sent.end):
            actor = self.from_entity(ent)
            if actor is None:
                continue
            self.context.recent.append(actor)
            head = ent.root.head
            roled = ent.root.dep_ in ("poss", "compound", "amod") and head.i not in range(
                ent.start, ent.end) and self.kb.roles.get(head.lemma_.lower())
            self.context.roled.append(self._with_sector(actor, head) if roled else actor)
            is_subject = ent.root.dep_ in ("nsubj", "nsubjpass")
            if self._kind(ent.root) == "person" and len(ent) > 1:
                # family name first where the given name is hyphenated ("Lai Ching-te" -> Lai)
                # or the name is Chinese, Korean, Vietnamese... ("Wang Yi" -> Wang)
                family_first = actor.code in FAMILY_FIRST or (
                    len(ent) > 2 and any(t.text == "-" for t in ent[1:]))
                self.context.surnames[ent[0 if family_first else -1].text] = ent.ent_id_
            if self._kind(ent.root) == "person":
                if is_subject or self.context.last_person is None:
                    self.context.last_person = actor
            elif is_subject:
                self.context.last_subject = actor
        for tok in sent:
            self._remember_named(tok)
        del self.context.recent[:-40]
        del self.context.roled[:-40]

    def _remember_named(self, tok: Token) -> None:
        """An unknown person's full name with a title and a state ("Guatemalan President Jimmy
        Morales"): the surname stands for them for the rest of the document."""
        if tok.pos_ != "PROPN" or tok.i in self.entity_at or tok.dep_ == "compound" \
                or not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in
                           self.entity_at and c.i == tok.i - 1 for c in tok.children):
            return
        direct = [c for c in tok.children if c.dep_ in MODIFIER_DEPS]
        actor = self._direct_modifier(tok, direct)
        if actor is not None and actor.sector is not None:
            self.context.named.setdefault(tok.text, actor)
