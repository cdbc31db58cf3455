"""Queries over the dependency parse that rules of every stage share: prepositional objects,
stranded prepositions, condition clauses and the bounded climb up the tree. Pure functions of
the parse, in one place, so a rule asks rather than walks."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Span, Token


def pobjs(head: Token, preps: Collection[str],
          deps: tuple[str, ...] = ("prep", "agent", "dative")) -> list[Token]:
    """Objects of the given prepositions under ``head``, in the order ``preps`` lists them
    ("strikes in Syria against IS targets": against, then in), a stranded preposition's object
    included. A set has no order of its own (and a per-process hash order): its hits keep the
    parse's."""
    found = [(c.lower_, p) for c in head.children if c.dep_ in deps and c.lower_ in preps
             for p in (stranded(c, head) if c.n_rights == 0 else
                       [clause_subject(p) for p in c.children if p.dep_ == "pobj"]
                       or [s for p in c.children if p.dep_ == "pcomp" and asks(p)
                           for s in p.children if s.dep_ in ("nsubj", "nsubjpass")])]
    if len(found) > 1 and isinstance(preps, (list, tuple)):
        order = {p: i for i, p in enumerate(preps)}
        found.sort(key=lambda hit: order[hit[0]])
    return [p for _, p in found]


PHRASE_TAIL = frozenset({"compound", "nummod", "amod", "nmod", "quantmod", "case"})


def phrase_span(tok: Token) -> tuple[int, int]:
    """Character range of the noun phrase ``tok`` heads: its modifiers before it and the
    names and "of" phrases after it ("dozens of IS members"), not its clauses, appositions or
    other prepositional phrases, which say more than who or what it is."""
    last = tok
    for child in tok.rights:
        if child.dep_ not in PHRASE_TAIL and not (child.dep_ == "prep" and child.lower_ == "of"):
            break
        last = child.right_edge
    first = next(t for t in tok.subtree if not t.is_punct or t.i >= tok.i)
    return first.idx, last.idx + len(last)


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of ``tok``'s own "prep" children among ``preps``, in the parse's order (no
    agents, no stranded objects): what a noun phrase says of who it names ("the leaders *of*
    both countries", "linked *to* al-Shabaab")."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


QUESTION_WORDS = frozenset({"whether", "how", "why", "if", "what", "when", "where"})


def infinitive(clause: Token) -> bool:
    """A "to" clause: "sent jets *to destroy*", "permission for aircraft *to land*"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def negated(clause: Token) -> bool:
    """A clause with a negation of its own: "will *not* lift the embargo"."""
    return any(c.dep_ == "neg" for c in clause.children)


def asks(clause: Token) -> bool:
    """An embedded question ("an inquiry into *whether* X was spied on", "into *how* troops
    treated prisoners") or a "to" clause the parser hung on the preposition ("met with King
    Salman *to express* concerns"), whose subject is who the phrase is about."""
    return infinitive(clause) or any(c.dep_ in ("mark", "advmod") and c.lower_ in QUESTION_WORDS
                                     for c in clause.children)


def clause_subject(pobj: Token) -> Token:
    """Who a "for ... to" clause is about, where the parser made its verb the object:
    "permission for Qatari aircraft *to land*" is about the aircraft."""
    if pobj.pos_ in ("VERB", "NOUN") and infinitive(pobj):
        return next((c for c in pobj.children if c.dep_ == "nsubj"), pobj)
    return pobj


def stranded(prep: Token, head: Token) -> list[Token]:
    """The object of a preposition with nothing after it (so pobjs asks), because the parser
    made a reduced relative after it a clause of its own: "granted asylum to five officers
    holed up in the embassy", with "officers" the subject of "holed"."""
    return [s for v in head.children if v.dep_ in ("advcl", "ccomp", "conj") and v.i > prep.i
            for s in v.children if s.dep_ == "nsubj" and s.left_edge.i == prep.i + 1]


def conditions(clause: Token) -> list[Token]:
    """The "if" and "unless" clauses a clause hangs on ("... unless Israel rescinded")."""
    return [c for c in clause.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]


def ancestors(tok: Token, limit: int) -> Iterator[Token]:
    """``tok`` and the heads above it, at most ``limit`` tokens, up to the root: the bounded
    climb that finds the clause a word belongs to or the verb that governs it."""
    node = tok
    for _ in range(limit):
        yield node
        if node.head == node:
            return
        node = node.head


def main_verb(sent: Span, reporting: Collection[str], into_reported: bool) -> Token | None:
    """The verb a sentence is about: its root; with ``into_reported``, what a reporting root
    tells of ("officials said troops shelled the town": shelled). None when the root is no
    verb (a headline's noun phrase, a copula)."""
    verb = sent.root
    while into_reported and verb.lemma_.lower() in reporting:
        told = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
        if told is None:
            break
        verb = told
    return verb if verb.pos_ == "VERB" else None
