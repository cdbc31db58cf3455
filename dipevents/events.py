"""From documents to event records: paragraphs, the parse, coded events, modality, dates.

The sentence-level coding lives in :mod:`dipevents.coding`; this module walks a document,
keeps the context that coreference needs, and turns each coded event into a record with its
evidence, modality and date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date as Date
from functools import partial

from spacy.tokens import Doc, Span, Token

from .actions import Lexicon
from .actions.types import derived
from .actors import KnowledgeBase
from .actors.resolve import Context, Resolver
from .arguments import DOMESTIC_SECTORS, WordClasses, that_clause
from .coding import REVERSE, Coded, SentenceCoder
from .dates import find_date_expressions
from .dates import resolve as resolve_date
from .engine import Candidate
from .headlines import HeadlineRepair
from .modality import Modality, classify, conditional
from .model import Action, Actor, Event, EventDate, Words
from .opinion import Opinion
from .parse import phrase_span
from .pipeline import TITLES, Pipeline
from .selection import Selector, has_actor
from .triggers import Found, Triggers
from .typemodel import Scores

# Cues that make the statement the event and leave the act itself undone.
PROMISES = frozenset({"vow", "pledge", "promise", "threaten", "willing", "ready", "prepared"})


# Sentences tokenized, parsed and coded together: enough to fill spaCy's batches with many
# short documents, and a bound on what a long document holds in memory at once.
WINDOW = 512


@dataclass
class DocumentState:
    """What coding a document carries from one sentence to the next."""

    doc_id: str
    day: Date | None
    context: Context = field(init=False)
    events: list[Event] = field(default_factory=list)
    dyad_dates: dict[frozenset[str], EventDate] = field(default_factory=dict)
    seen: set[tuple] = field(default_factory=set)
    sentences: int = 0  # units coded so far: the index of the next one

    def __post_init__(self) -> None:
        self.context = Context(self.day)


@dataclass
class Unit:
    """A sentence after the cheap pass (tokens, gazetteer), parsed if it was selected."""

    offset: int  # of the sentence in the document text
    doc: Doc
    selected: bool = False
    scores: Scores | None = None  # the type model's, when one is loaded


class Extractor:
    """Turns documents into events with one pipeline, knowledge base and lexicon.

    Paragraphs are split on blank lines, then into sentences by punctuation; ``select`` parses
    only the sentences the cheap pass picks (:mod:`selection`). Turning it off parses every
    sentence the same way and must give the same events, only slower.
    """

    def __init__(self, pipeline: Pipeline, kb: KnowledgeBase, lexicon: Lexicon,
                 include_hypothetical: bool = False, select: bool = True,
                 day_first: bool = False, opinion: Opinion | None = None) -> None:
        self.pipeline = pipeline
        self.kb = kb
        self.lex = lexicon
        self.include_hypothetical = include_hypothetical
        self.select = select
        self.day_first = day_first  # numeric dates ("2/10/2022") are day/month
        self.selector = Selector(lexicon, pipeline.lemma_exceptions)
        self.triggers = Triggers(lexicon)
        self.headlines = HeadlineRepair(lexicon, pipeline)
        self.words = WordClasses(lexicon)  # the word classes coding reads, read once
        # When set, proper names that resolved to no actor are counted here (--unresolved),
        # and the gazetteer mentions that did resolve under the key RESOLVED.
        self.unresolved: Counter[str] | None = None
        # When set, every candidate the rules saw is kept here with its history (explain).
        self.explained: list[Candidate] | None = None
        self.opinion = opinion  # the type model and its uses (None: the rules alone)
        self.explained_units: list[Unit] | None = None  # the sentences explain shows scores of

    def extract(self, doc_id: str, text: str, day: Date | None) -> list[Event]:
        """Events of one document, in text order, one per (tuple, sentence)."""
        return self.extract_many([(doc_id, text, day)])[0]

    def extract_many(self, items: Sequence[tuple[str, str, Date | None]]) -> list[list[Event]]:
        """Events of several documents, in input order.

        Sentences are tokenized, parsed and coded in windows of at most ``WINDOW``: several
        short documents share a window (spaCy's batches stay full), a long one is worked
        through window by window with its context carried over, so memory is bounded by the
        window, not by the document."""
        states = [DocumentState(doc_id, day) for doc_id, _, day in items]
        window: list[tuple[DocumentState, Unit]] = []
        for state, (_, text, _) in zip(states, items, strict=True):
            for offset, doc in self.pipeline.sentences(text):
                window.append((state, Unit(offset, doc)))
                if len(window) >= WINDOW:
                    self._code_window(window)
                    window = []
        self._code_window(window)
        return [drop_untargeted_duplicates(state.events) for state in states]

    def explain(self, text: str, day: Date | None
                ) -> tuple[list[Candidate], list[Event], list[tuple[str, Scores]]]:
        """Every candidate event of ``text`` with the stages and rules it went through (and
        the rule that stopped it), the events extracted, and the type model's scores of each
        sentence (none without a model); every sentence is parsed."""
        select, self.select, self.explained = self.select, False, []
        units: list[Unit] = []
        self.explained_units = units
        try:
            events = self.extract("text", text, day)
            return self.explained, events, [(u.doc.text, u.scores) for u in units
                                             if u.scores is not None]
        finally:
            self.select, self.explained, self.explained_units = select, None, None

    def code_units(self, doc_id: str, day: Date | None, units: list[Unit]) -> list[Event]:
        """Events of a document given as sentence units already parsed (how tests code a
        parse they repaired or broke by hand)."""
        state = DocumentState(doc_id, day)
        for unit in units:
            self._unit(state, unit)
            state.sentences += 1
        return drop_untargeted_duplicates(state.events)

    def _code_window(self, window: list[tuple[DocumentState, Unit]]) -> None:
        self._select([unit for _, unit in window])
        chosen = [unit for _, unit in window if unit.selected]
        parsed = self.headlines.repair(list(self.pipeline.parse(u.doc for u in chosen)))
        for unit, doc in zip(chosen, parsed, strict=True):
            unit.doc = doc
        for state, unit in window:
            self._unit(state, unit)
            state.sentences += 1

    def _select(self, units: list[Unit]) -> None:
        """Which units to parse: those the cheap pass wants, and, with a model that may find
        events no trigger names, those it is confident of that could have an actor."""
        opinion = self.opinion
        if opinion is not None:
            for unit, scores in zip(units, opinion.model.scores([u.doc for u in units]),
                                    strict=True):
                unit.scores = scores
        if self.explained_units is not None:
            self.explained_units += units
        for unit in units:
            unit.selected = not self.select or self.selector.wants(unit.doc) or (
                opinion is not None and opinion.wants(unit.scores)
                and has_actor(unit.doc))

    def _unit(self, state: DocumentState, unit: Unit) -> None:
        """Code one sentence unit of a document, in document order."""
        # A sentence's index is that of its unit (punctuation split), parsed or not, so that
        # indices do not depend on selection.
        index, context = state.sentences, state.context
        resolver = Resolver(self.kb, unit.doc, unit.offset, context, self.words.act_nouns,
                            self.words.quoting, self.words.patient_acts)
        if not unit.selected:
            # Not parsed: its mentions still count for later pronouns and "the two sides".
            resolver.remember(unit.doc[:])
            return
        coder = SentenceCoder(self.lex, self.triggers, resolver, self.words, self.explained)
        for sent in unit.doc.sents:
            found: list[Event] = []
            coded_events = list(coder.code(sent))
            if self.opinion is not None and unit.scores is not None:
                coded_events = self.opinion.revise(coder, sent, unit.scores, coded_events)
            for coded in coded_events:
                for event in self._events(state.doc_id, index, sent, unit.offset, coded,
                                          state.day):
                    key = (event.key(), index)
                    if key not in state.seen:
                        state.seen.add(key)
                        found.append(event)
            # Remembered after the sentence, so its events don't stand in for each other.
            for event in found:
                inherit_date(event, state.dyad_dates)
                # (as stated: "Serbia signed a pact with Russia" is Serbia's doing,
                # whose "pact" a later sentence condemns)
                if event.modality == "asserted" and not event.negated \
                        and REVERSE not in event.rules:
                    resolver.record_event(event.actor, event.action.type, event.target)
            state.events += found
            resolver.remember(sent)
            if self.unresolved is not None:
                self.unresolved.update(unresolved_names(sent, resolver, self.kb))
                self.unresolved[RESOLVED] += sum(
                    1 for e in resolver.ents if sent.start <= e.start < sent.end)

    def _events(self, doc_id: str, index: int, sent: Span, offset: int, coded: Coded,
                day: Date | None) -> list[Event]:
        """The record for a coded event, and the events its modality derives (derive.tsv): a
        stated intent to harm is a threat, to help an intent to cooperate, preparing force a
        show of it, saying one will not help a refusal."""
        mod, rules = self._modality(coded)
        if self._rejected(mod):
            return []  # "refused to lift sanctions": the refusal is the event
        target = coded.target or domestic_target(coded)
        if target is not coded.target:
            rules += ("target-own-government",)
        record = partial(self._record, doc_id, index, sent, offset, coded, target=target,
                         day=day)
        stated = Modality(False, "asserted", mod.cues)
        refusal = derived("refusal", coded.type) if mod.negated else None

        def refused() -> Event:
            kind, cameo, suffix = refusal
            return record(kind, cameo, stated, coded.construction + suffix,
                          (*rules, "derive-refusal"))

        if refusal is not None and coded.type == "AGREE" and ("NEGATED", "fail") in mod.cues:
            return [refused()]  # "failed to reach agreement": each side rejected the other's terms
        if target is None and (mod.negated or coded.type == "CONSULT"
                               or mod.modality == "reported"):
            # "unwilling to negotiate", "willing to talk about arms control", "accused the
            # rebels of violating the ceasefire": no party named (the accusation is the event);
            # but "will not accept any more refugees": the refusal stands with no party named
            return [refused()] if refusal is not None and mod.intent else []
        intent = derived("intent", coded.type)
        # "vowed to hit Russia", "said they would boycott": what is vowed, or harm someone
        # says they would do, is not yet done; the threat is the event.
        promised = mod.intent and target is not None and intent is not None and (
            bool({cue for _, cue in mod.cues} & PROMISES)
            or (("FUTURE", "would") in mod.cues and intent[0] == "THREATEN"))
        out: list[Event] = []
        if (mod.modality != "hypothetical" or self.include_hypothetical) and not promised:
            out.append(record(coded.type, coded.cameo, mod, coded.construction, rules))
        if REVERSE in coded.rules or not mod.intent:
            return out  # only the stated actor intends
        if not mod.negated and target is not None and intent is not None:
            name = "intent"
            preparation = derived("preparation", coded.type)
            if intent[0] == "THREATEN" and ("FUTURE", "prepare") in mod.cues \
                    and preparation is not None:
                name, intent = "preparation", preparation
            kind, cameo, suffix = intent
            out.append(record(kind, cameo, stated, coded.construction + suffix,
                              (*rules, f"derive-{name}")))
        if refusal is not None:
            out.append(refused())
        return out

    def _modality(self, coded: Coded) -> tuple[Modality, tuple[str, ...]]:
        """What the parse says of the event (negated, future, hypothetical, reported), as the
        rules that changed it see it; with their ids."""
        mod, rules = classify(coded.found.anchor), coded.rules
        if self.lex.cameo[coded.cameo].material \
                and conditional(coded.found.anchor):
            # a deed on a condition is hypothetical; a warning or a demand on one is made
            mod, rules = mod.but("hypothetical", ("HYPOTHETICAL", "if")), (
                *rules, "modality-conditional-deed")
        anchor = coded.found.anchor
        if mod.modality == "asserted" and that_clause(anchor) \
                and anchor.head.lemma_.lower() in self.words.reports:
            # "rejected reports that its jets bombed a hospital": what reports say, not a deed
            mod, rules = mod.but("reported", ("REPORTED", anchor.head.lower_)), (
                *rules, "modality-reported-clause")
        if coded.claimed and mod.modality == "asserted":
            # "Ukraine said Russian forces had shelled Kharkiv": the shelling is Ukraine's
            # claim (its accusation is the asserted event)
            mod, rules = mod.but("reported", ("REPORTED", "said")), (*rules, "modality-claimed")
        if coded.type == "THREATEN" and coded.found.entry.mode == "retaliate":
            # "said it would respond": the words are the threat, and they were said
            mod, rules = mod.but("asserted"), (*rules, "modality-threat-said")
        return mod, rules

    def _rejected(self, mod: Modality) -> bool:
        return any(cat == "NEGATED" and any(e.type == "REJECT" for e in self.lex.verbs.get(cue, ()))
                   for cat, cue in mod.cues)

    def _record(self, doc_id: str, index: int, sent: Span, offset: int, coded: Coded, kind: str,
                cameo_code: str, mod: Modality, construction: str, rules: tuple[str, ...], *,
                target: Actor | None, day: Date | None) -> Event:
        found = coded.found
        cameo = self.lex.cameo[cameo_code]
        first = found.light if found.light is not None and found.light.i < found.trigger.i \
            else found.trigger
        start, end = first.idx, found.trigger.idx + len(found.trigger)
        lemma = found.trigger.lemma_.lower()
        if found.light is not None:
            lemma = f"{found.light.lemma_.lower()} {lemma}"
        # a Span builds both from its tokens; a line without a full stop keeps its newline, and
        # the next line starts with it: the sentence is its words
        raw = sent.text
        text, sent_start = raw.strip(), sent.start_char + len(raw) - len(raw.lstrip())
        action = Action(text=text[start - sent_start:end - sent_start],
                        lemma=lemma, type=kind,
                        mode=found.entry.mode, cameo=cameo.code, quad_class=cameo.quad_class,
                        goldstein=cameo.goldstein, start=start + offset, end=end + offset)
        tense = "future" if mod.modality == "future" else "past"
        words = None
        if target is None and coded.patient is not None:
            first_char, last_char = phrase_span(coded.patient)
            words = Words(sent.doc.text[first_char:last_char], first_char + offset,
                          last_char + offset)
        return Event(doc=doc_id, sentence=index, start=sent_start + offset,
                     end=sent_start + len(text) + offset, text=text, actor=coded.actor,
                     action=action, target=target,
                     date=event_date(sent, found, day, tense, self.day_first),
                     negated=mod.negated, modality=mod.modality,
                     rule=f"{found.entry.rule}/{construction}", rules=rules,
                     target_words=words)


RESOLVED = ""  # the --unresolved counter's key for names that did resolve
NOT_NAMES = TITLES | {"the", "of"}


def unresolved_names(sent: Span, resolver: Resolver, kb: KnowledgeBase) -> list[str]:
    """Runs of proper nouns in a sentence that no gazetteer entry covers and that the sentence
    does not place either: names a user may want to add to a dictionary. Titles, role words,
    dates, the surnames of people named earlier and names whose title or nationality word
    gives their state ("Guatemalan President Jimmy Morales") are not; a capitalised first word
    of a sentence counts only as part of a longer name."""
    names: list[str] = []
    run: list[Token] = []
    for tok in [*sent, None]:
        if tok is not None and (tok.pos_ == "PROPN" or (tok.is_title and tok.pos_ in ("ADJ", "NOUN"))) \
                and tok.i not in resolver.entity_at and tok.is_alpha \
                and tok.lower_ not in NOT_NAMES and tok.lower_ not in kb.roles \
                and not find_date_expressions(tok.text):
            run.append(tok)
            continue
        if len(run) == 1 and (run[0].text in resolver.context.surnames
                              or run[0].text in resolver.context.named):
            names.append(RESOLVED)  # "Johnson", after "Boris Johnson": by coreference
            run = []
        if run and (resolver.resolve(run[-1]) is not None or (
                # "the Syrian Armed Forces", "Indian Air Force": the words of a body whose
                # role word ends the name and resolves (here by its nationality)
                tok is not None and tok.i == run[-1].i + 1 and tok.is_title
                and resolver.role_sector(tok) and resolver.resolve(tok) is not None)):
            names.append(RESOLVED)  # "Guatemalan President Jimmy Morales": by its title
            run = []
        if run and run[0].is_sent_start and run[0].pos_ != "PROPN" and len(run) == 1:
            run = []
        if run:
            names.append(" ".join(t.text for t in run))
            run = []
    return names


def inherit_date(event: Event, dyad_dates: dict[frozenset[str], EventDate]) -> None:
    """Follow-up sentences about the same two parties keep the date the story gave them:
    "Biden on Thursday cautioned Putin ... The two leaders talked for an hour." An event
    with no date of its own takes the last stated day of its pair of actors; one with a date
    records it for the pair."""
    if event.target is None or event.modality != "asserted":
        return
    pair = frozenset((event.actor.code, event.target.code))
    if event.date.basis == "text":
        if event.date.precision == "day":
            dyad_dates[pair] = event.date
    elif event.date.basis == "document" and event.date.text is None and pair in dyad_dates:
        event.date = replace(dyad_dates[pair], basis="context")


def drop_untargeted_duplicates(events: list[Event]) -> list[Event]:
    """An event with no target is dropped where the same sentence gives the same actor and
    type a target: the targeted one says more ("has troops stationed near Ukraine")."""
    targeted = {(e.sentence, e.actor.code, e.action.type) for e in events if e.target}
    return [e for e in events
            if e.target or (e.sentence, e.actor.code, e.action.type) not in targeted]


def domestic_target(coded: Coded) -> Actor | None:
    """Protest by civilians or rebels with no stated target is aimed at their own government,
    as CAMEO coders code it ("students staged demonstrations across Indonesia")."""
    actor = coded.actor
    if coded.type != "PROTEST" or actor.sector not in DOMESTIC_SECTORS:
        return None
    return replace(actor, sector="GOV", location=None)


def event_date(sent: Span, found: Found, day: Date | None, tense: str,
               day_first: bool = False) -> EventDate:
    """The date expression on the event's own clause, else one in a clause describing its
    object ("agreed a deal to cut emissions late last year"), else the document date.

    An end point ("drills until Sunday") is not when the event happened."""
    anchors = {found.trigger.i, found.anchor.i, found.verb.i}
    verb = found.verb
    if verb.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when"
                                    for m in verb.children):
        anchors.add(verb.head.i)  # "began on Wednesday when India struck": the same time
    # Clauses that describe the event's object: "agreed a deal [to cut emissions late last
    # year]"; not complements, which are other events ("agreed to respond next week").
    governed = {t.i for obj in found.verb.children if obj.dep_ == "dobj"
                for clause in obj.children if clause.dep_ in ("relcl", "acl")
                for t in clause.subtree}
    attached: list[Span] = []
    inside: list[Span] = []
    for start, end in find_date_expressions(sent.text):
        span = sent.doc.char_span(sent.start_char + start, sent.start_char + end,
                                  alignment_mode="expand")
        if span is None or _end_point(span):
            continue
        node = span.root
        for _ in range(6):
            if node.i in anchors:
                attached.append(span)
                break
            if node.head == node or (node.pos_ in ("VERB", "AUX") and node != span.root):
                if span.root.i in governed:
                    inside.append(span)
                break
            node = node.head
    for span in attached + inside:
        resolved = resolve_date(span.text, day, tense, day_first)
        if resolved is not None:
            return EventDate(resolved.value, resolved.precision, span.text, "text")
    # An expression of its own that could not be read stays its text, and keeps the story's
    # dates from standing in for it (inherit_date).
    unread = attached[0].text if attached else None
    if day is None:
        return EventDate(None, None, unread, "none")
    return EventDate(day.isoformat(), "day", unread, "document")


def _end_point(span: Span) -> bool:
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in ("until", "till", "through", "thru")
