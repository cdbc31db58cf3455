"""From a word on the parse to an actor code: gazetteer entity, modifiers, role words, context.

Resolution looks first at the entity the word belongs to, then at the words that modify it
("Russian troops", "Russia's defence ministry", "the government of Iran"), and takes the sector
from role words ("troops" -> MIL). Pronouns and "the two sides" fall back on what the document
has mentioned so far, which :class:`Context` keeps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date

from spacy.tokens import Doc, Span, Token

from ..model import Actor
from .kb import MEDIA_ID, KnowledgeBase

# Dependency relations through which a modifier names the head's actor, in order of trust.
MODIFIER_DEPS = ("poss", "amod", "compound", "nmod", "npadvmod", "appos")
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
THING_PRONOUNS = {"it", "its"}
PAIR_NOUNS = {"leader", "side", "country", "nation", "government", "delegation", "president",
              "minister", "power", "state", "party"}


@dataclass
class Context:
    """What a document has said so far: the reference date and the actors mentioned."""

    day: Date | None
    recent: list[Actor] = field(default_factory=list)
    last_person: Actor | None = None
    last_subject: Actor | None = None


class Resolver:
    """Resolves tokens of one parsed paragraph to actors."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, offset: int, context: Context) -> None:
        self.kb = kb
        self.offset = offset
        self.context = context
        self.entity_at: dict[int, Span] = {t.i: ent for ent in doc.ents for t in ent}

    # -- entities -----------------------------------------------------------------------------
    def is_media(self, tok: Token) -> bool:
        ent = self.entity_at.get(tok.i)
        return ent is not None and ent.ent_id_ == MEDIA_ID

    def from_entity(self, ent: Span, head: Token | None = None) -> Actor | None:
        """The actor a gazetteer entity stands for, its sector refined by the head's role word."""
        if not ent.ent_id_ or ent.ent_id_ == MEDIA_ID:
            return None
        entry = self.kb.resolve_id(ent.ent_id_, self.context.day)
        if entry is None:
            return None
        sector = entry.sector
        if head is not None and entry.kind in ("state", "demonym", "place"):
            sector = self.role_sector(head) or sector
        start, end = ent.start_char, ent.end_char
        if head is not None and head.i not in range(ent.start, ent.end):
            start, end = min(start, head.idx), max(end, head.idx + len(head))
        text = ent.doc.text[start:end]
        return Actor(text=text, name=entry.name, code=entry.code, sector=sector,
                     start=start + self.offset, end=end + self.offset, location=entry.location)

    def role_sector(self, tok: Token) -> str | None:
        """CAMEO sector from a role word: the head noun, or a title with its compounds."""
        compounds = [c for c in tok.lefts if c.dep_ == "compound"]
        if compounds:
            phrase = " ".join(t.text.lower() for t in compounds + [tok])
            for start in range(len(compounds) + 1):
                sub = " ".join(phrase.split()[start:])
                if sub in self.kb.roles:
                    return self.kb.roles[sub]
        return self.kb.roles.get(tok.lemma_.lower()) or self.kb.roles.get(tok.lower_)

    # -- resolution ---------------------------------------------------------------------------
    def resolve(self, tok: Token) -> Actor | None:
        """The actor a single noun (no coordination) refers to, or None."""
        ent = self.entity_at.get(tok.i)
        if ent is not None:
            if ent.ent_id_ == MEDIA_ID:
                return None
            if ent.ent_id_:
                return self.from_entity(ent, tok)
        low = tok.lower_
        if tok.pos_ == "PRON":
            if low in PERSON_PRONOUNS:
                return self.context.last_person
            if low in THING_PRONOUNS:
                return self.context.last_subject
            return None
        seen = {tok.i}
        frontier = [tok]
        for _depth in range(3):
            nxt: list[Token] = []
            for node in frontier:
                for child in self._modifiers(node):
                    if child.i in seen:
                        continue
                    seen.add(child.i)
                    cent = self.entity_at.get(child.i)
                    if cent is not None and cent.ent_id_ == MEDIA_ID:
                        continue
                    if cent is not None and cent.ent_id_:
                        actor = self.from_entity(cent, tok)
                        if actor is not None:
                            return actor
                    nxt.append(child)
            frontier = nxt
        return None

    @staticmethod
    def _modifiers(tok: Token) -> list[Token]:
        mods = [c for dep in MODIFIER_DEPS for c in tok.children if c.dep_ == dep]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                mods += [c for c in prep.children if c.dep_ == "pobj"]
        return mods

    def pair(self, tok: Token) -> list[Actor]:
        """ "The two leaders", "both sides": the last two actors the document named."""
        if tok.lemma_.lower() not in PAIR_NOUNS:
            return []
        if not any((c.dep_ == "nummod" and c.lower_ == "two")
                   or (c.dep_ in ("det", "predet") and c.lower_ == "both") for c in tok.children):
            return []
        codes: list[Actor] = []
        for actor in reversed(self.context.recent):
            if actor.code not in {a.code for a in codes}:
                codes.append(actor)
            if len(codes) == 2:
                break
        if len(codes) < 2:
            return []
        span = tok.doc[tok.left_edge.i:tok.i + 1]
        return [Actor(span.text, a.name, a.code, a.sector, span.start_char + self.offset,
                      span.end_char + self.offset) for a in reversed(codes)]

    def resolve_all(self, tok: Token) -> list[Actor]:
        """Every actor a noun phrase names: coordinated heads and coordinated modifiers."""
        pair = self.pair(tok)
        if pair:
            return pair
        out: list[Actor] = []
        for head in [tok, *tok.conjuncts]:
            actor = self.resolve(head)
            if actor is None:
                continue
            out.append(actor)
            # "US and Russian officials": the modifier's conjuncts name actors too.
            for mod in self._modifiers(head):
                for conj in mod.conjuncts:
                    cent = self.entity_at.get(conj.i)
                    if cent is not None and cent.ent_id_:
                        other = self.from_entity(cent, head)
                        if other is not None:
                            out.append(other)
        unique: dict[str, Actor] = {}
        for actor in out:
            unique.setdefault(actor.code, actor)
        return list(unique.values())

    def remember(self, sent: Span) -> None:
        """Record the sentence's mentions for later pronouns and "the two sides"."""
        for ent in sent.ents:
            actor = self.from_entity(ent)
            if actor is None:
                continue
            self.context.recent.append(actor)
            entry_kind = self.kb.entries[ent.ent_id_][0].kind
            if entry_kind == "person":
                self.context.last_person = actor
            elif ent.root.dep_ in ("nsubj", "nsubjpass"):
                self.context.last_subject = actor
        del self.context.recent[:-20]
