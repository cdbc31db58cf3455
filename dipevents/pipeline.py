"""The spaCy pipeline, loaded once, split into a cheap pass and a parse.

The cheap pass is the tokenizer plus the actor gazetteer (a phrase matcher compiled from the
knowledge base): hundreds of thousands of words a second. The parse (tagger, parser,
lemmatizer) runs only on the sentences the cheap pass selects. The statistical NER is not
loaded: it costs more than the parser and the gazetteer, not the NER, names our actors; dates
come from our own patterns (``dates.find_date_expressions``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from .actors import KnowledgeBase, default_kb
from .fastattrs import use_fast_attributes
from .namematch import PlainNames
from .spacymodel import INSTALL_HINT, ModelError, find_model
from .tables import read_words

# Components the extractor does not use: skipping them is most of the speed-up.
UNUSED = ("ner",)
HYPHENATED_VERBS = [f"{stem}{end}" for stem in ("test-fire", "test-launch")
                    for end in ("", "s", "d", "ed", "ing", "es")
                    if not (stem.endswith("e") and end in ("ed", "es"))
                    and not (stem.endswith("h") and end in ("s", "d"))]
BATCH_SIZE = 64  # spaCy's memory grows with the batch; 32-128 is the measured sweet spot


BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n")
# A wire-copy dateline opening a paragraph: "KYIV, Feb 10 (Reuters) - ", "GENEVA — ".
DATELINE_PREFIX = re.compile(r"[A-Z][A-Z .'-]{1,30}(?:,[^\n–—-]{0,40}?)?\s+[-–—]+\s+")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-blank paragraph."""
    out: list[tuple[int, str]] = []
    pos = 0
    for block in BLANK_LINES.split(text):
        start = text.index(block, pos)
        pos = start + len(block)
        if block.strip():
            out.append((start, block))
    return out


# Paragraphs longer than this are split into sentences piece by piece (spaCy refuses a text
# over ``nlp.max_length``, and one Doc of a whole book is memory), and a "sentence" longer
# than MAX_SENTENCE (a table, a list with no full stops) is cut into units of that size: the
# longest sentence in the gold sets is 430 characters, so real sentences are never cut.
MAX_PIECE = 100_000
MAX_SENTENCE = 2_000
BREAKS = ("\n", ". ", "; ", " ")  # where a piece may end, best first


def pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) of ``text`` in pieces of at most ``limit`` characters, each ending at
    a line break, else after a full stop or semicolon, else at a space, else at the limit."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for mark in BREAKS:
            at = text.rfind(mark, start + limit // 2, end)
            if at >= 0:
                end = at + len(mark)
                break
        yield start, text[start:end]
        start = end
    yield start, text[start:]


# Words after a place's name that make one name with it ("Idlib Governorate").
ADMIN_WORDS = frozenset({"Governorate", "Province", "District", "Region", "Oblast", "State",
                         "Prefecture", "County", "Department", "Municipality", "Krai"})
COMPASS = frozenset({"West", "East", "North", "South", "Western", "Eastern", "Northern", "Southern"})
# Capitalised words that may stand beside a gazetteer place without making a longer name of it:
# "Central Kabul", "Greater Damascus", "Abha International Airport", "Aleppo City", "Delhi High
# Court"; and titles (data/titles.tsv), before a surname or after a seat: "Mr Putin", "Sheikh
# Tamim", "the Kano Emir".
PLACE_NEIGHBOURS = ADMIN_WORDS | COMPASS | frozenset({
    "Central", "Greater", "Upper", "Lower", "Old", "New", "City", "International", "Airport",
    "Air", "Base", "Port", "Harbour", "Harbor", "Camp", "Prison", "Valley", "Mountains",
    "High", "Metropolitan", "Municipal", "Norte", "Sur", "Sul", "Oriental", "Occidental"})
TITLES = read_words("titles.tsv")


class Gazetteer:
    """The knowledge base as one phrase matcher that marks each actor name as an entity whose
    ``ent_id_`` is the actor id: longest match first, then leftmost; on the same span the
    pattern loaded last (a user's file) wins.

    It does what spaCy's entity ruler does, without the ruler's per-call bookkeeping (it
    recounts every pattern it holds on each call), which was a tenth of the cheap pass.
    """

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)
        self.roles = kb.roles
        # match key -> (label, id, rank, whether the name must stand alone)
        self.keys: dict[int, tuple[str, str, int, bool]] = {}
        by_key: dict[str, list[str]] = {}
        for rank, p in enumerate(kb.patterns.values()):
            key = f"{p.label}|{p.id}|{'alone' if p.alone else ''}"
            by_key.setdefault(key, []).append(p.text)
            self.keys[nlp.vocab.strings.add(key)] = (p.label, p.id, rank, p.alone)
        self.plain = PlainNames(nlp)
        for key, texts in by_key.items():
            hashed = nlp.vocab.strings[key]
            other = []
            for text in texts:
                if self.plain.plain(text):
                    self.plain.add(hashed, text)
                else:
                    other.append(text)
            if other:
                self.matcher.add(key, list(nlp.tokenizer.pipe(other)))

    def __call__(self, doc: Doc) -> Doc:
        keys = self.keys
        matches = sorted({*self.matcher(doc), *self.plain(doc)},
                         key=lambda m: (m[2] - m[1], -m[1], keys[m[0]][2]), reverse=True)
        spans: list[Span] = []
        taken: set[int] = set()
        named = {i for _, start, end in matches for i in range(start, end)}
        roles = self.roles
        for key, start, end in matches:
            if start in taken or end - 1 in taken:
                continue
            # "Maidan Wardak Province" is the region "Wardak Province" under a longer name.
            typed = doc[end - 1].text in ADMIN_WORDS
            if keys[key][3] and ((_longer_name(doc, start - 1, named, roles) and not typed)
                                 or _longer_name(doc, end, named, roles)):
                continue  # "Ben Carson", "Arlington National": a piece of a name it does not know
            if end - start == 1 and keys[key][0] == "PERSON" \
                    and _longer_name(doc, start - 1, named, roles):
                continue  # a bare surname after an unknown first name: "Muhyiddin Yassin"
            if end - start == 1 and doc[start].text in COMPASS and end < len(doc) \
                    and doc[end].is_title:
                continue  # "West Darfur", "West Java": a direction, not the West
            label, ent_id, _, _ = keys[key]
            if label == "GPE" and end < len(doc) and doc[end].text in ADMIN_WORDS \
                    and end not in taken:
                end += 1  # "Idlib Governorate", "Ituri Province": one name, not a cut one
            spans.append(Span(doc, start, end, label=label, span_id=ent_id))
            taken.update(range(start, end))
        doc.ents = sorted(spans, key=lambda span: span.start)
        return doc


def _longer_name(doc: Doc, i: int, named: set[int], roles: dict[str, str]) -> bool:
    """Whether token ``i`` beside a gazetteer place continues a proper name: a capitalised
    word that is no other match, no common word ("In Kabul"), no place word ("Kabul
    Province", "Central Kabul") and no role ("Delhi Police", "Kano Governor")."""
    if i < 0 or i >= len(doc) or i in named:
        return False
    tok = doc[i]
    return (tok.is_alpha and (tok.is_title or tok.is_upper) and not tok.is_stop
            and tok.text not in PLACE_NEIGHBOURS and tok.lower_ not in TITLES
            and tok.lower_ not in roles)


class Pipeline:
    """A loaded model: ``tokenize`` is the cheap pass, ``parse`` the rest."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.splitter = Sentencizer()
        self.lemma_exceptions = _lemma_exceptions(nlp)

    def tokenize(self, text: str) -> Doc:
        """Tokens and gazetteer entities, no statistical model."""
        return self.gazetteer(self.nlp.make_doc(text))

    def sentences(self, text: str) -> Iterator[tuple[int, Doc]]:
        """(offset, doc) of each sentence, tokenized and gazetteer-tagged.

        Paragraphs are split on blank lines first (the parser would run a heading into the
        next sentence), then by punctuation: sentences are the unit that is selected and
        parsed, so a long paragraph with one event costs one sentence's parse.
        """
        for offset, para in paragraphs(text):
            dateline = DATELINE_PREFIX.match(para)
            if dateline:  # "MOSCOW, Feb 10 (Reuters) - Russia said": the dateline is no clause
                offset, para = offset + dateline.end(), para[dateline.end():]
            for at, piece in pieces(para, MAX_PIECE):
                doc = self.splitter(self.nlp.make_doc(piece))
                for sent in doc.sents:
                    for cut, part in pieces(sent.text, MAX_SENTENCE):
                        if part.strip():
                            # Re-tokenizing the sentence is cheaper than copying it (as_doc).
                            yield offset + at + sent.start_char + cut, self.tokenize(part)

    def parse(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """The remaining components over docs from ``tokenize``, in order, in batches."""
        yield from self.nlp.pipe(docs, batch_size=BATCH_SIZE)

    def reparse(self, edits: list[tuple[Doc, int, str]]) -> list[Doc]:
        """Each ``doc`` parsed as if its token ``index`` read ``word``, on its own words: the
        parse, tags and lemmas of the variant, the text, offsets and entities of ``doc``
        (all variants in one batch)."""
        variants = []
        for doc, index, word in edits:
            words = [t.text for t in doc]
            words[index] = word
            variants.append(self.gazetteer(Doc(self.nlp.vocab, words=words,
                                               spaces=[bool(t.whitespace_) for t in doc])))
        out: list[Doc] = []
        for (doc, _, _), alt in zip(edits, self.parse(variants), strict=True):
            new = Doc(self.nlp.vocab, words=[t.text for t in doc],
                      spaces=[bool(t.whitespace_) for t in doc],
                      heads=[t.head.i for t in alt], deps=[t.dep_ for t in alt],
                      tags=[t.tag_ for t in alt], pos=[t.pos_ for t in alt],
                      morphs=[str(t.morph) for t in alt], lemmas=[t.lemma_ for t in alt])
            new.ents = [Span(new, e.start, e.end, label=e.label_, span_id=e.ent_id_)
                        for e in doc.ents]
            out.append(new)
        return out

    def __call__(self, text: str) -> Doc:
        """A fully processed text (for tests and one-off use)."""
        return next(self.parse([self.tokenize(text)]))


def _lemma_exceptions(nlp: Language) -> dict[str, list[str]]:
    """Irregular verb forms by lemma ("meet" -> ["met"]) from the model's lemmatizer tables,
    so the cheap pass can recognise inflected triggers without tagging."""
    out: dict[str, list[str]] = {}
    names = [n for n in ("lemmatizer", "dipevents_fast_lemmatizer") if n in nlp.pipe_names]
    if not names:
        return out
    lookups = getattr(nlp.get_pipe(names[0]), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return out
    table = lookups.get_table("lemma_exc")
    for pos in ("verb", "noun"):
        if pos not in table:
            continue
        for form, lemmas in table[pos].items():
            for lemma in lemmas:
                out.setdefault(lemma, []).append(form)
    return out


@lru_cache(maxsize=4)
def load(name: str | None = None, actors: tuple[str, ...] = ()) -> Pipeline:
    """The pipeline with the gazetteer of the knowledge base (plus user ``actors`` files),
    loaded once per process, model and dictionaries."""
    model = find_model(name)
    try:
        nlp = spacy.load(model, exclude=list(UNUSED))
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(f"spaCy model {model} failed to load ({exc}): {INSTALL_HINT}") from exc
    use_fast_attributes(nlp)
    for form in HYPHENATED_VERBS:  # "test-fired" is one verb, not "test - fired"
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return Pipeline(nlp, Gazetteer(nlp, default_kb(actors)))
