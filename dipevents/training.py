"""Training the event-type model (:mod:`typemodel`) on labelled sentences.

Two kinds of labelled input are read, one JSON record a line:

* a **labelled sentence** (the ``plv.dev.jsonl`` format): ``{"text": ..., "label": "ACCUSE"}``
  (or ``"labels": [...]`` for several types; ``"NONE"`` for a sentence with no event);
* a **gold document** (the ``*.gold.jsonl`` format, ``GUIDELINES.md``): its text is split into
  sentences as the extractor splits it; a sentence holding the evidence of a required event is
  labelled with that event's type (several types make a multi-label example), a sentence with
  no event is a ``NONE`` example. That class is what keeps the model quiet on quiet text.
  Sentences with only optional events, and every sentence of a document whose evidence
  cannot be found in its text, are left out rather than guessed.

Training is reproducible: a fixed seed, a fixed order of examples and epochs, one thread's
arithmetic; the same data gives the same weights, byte for byte.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example as SpacyExample
from spacy.util import fix_random_seed, minibatch

from .actions.types import PLOVER_TYPES
from .inputs import json_lines
from .typemodel import COMPONENT, NONE

# Bag-of-words over words and word pairs: classifies tens of thousands of sentences a second on
# one core, where a fine-tuned tok2vec costs a second tok2vec pass per sentence (issue 14's
# figures). 2**16 hash rows keep the model at about 4 MB.
ARCHITECTURE = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                "ngram_size": 2, "no_output_layer": False, "length": 2 ** 16}
SEED = 0
EPOCHS = 10
BATCH = 16
DROPOUT = 0.2
LABELS = (*PLOVER_TYPES, NONE)


@dataclass(frozen=True)
class Labelled:
    """One training sentence: its text, its types, and the document it came from (folds keep
    the sentences of one document together)."""

    text: str
    labels: frozenset[str]
    group: str


class TrainingDataError(Exception):
    """A training file that cannot be read; the message names the file and line."""


Splitter = Callable[[str], Iterable[tuple[int, Doc]]]


def read_labelled(path: Path, sentences: Splitter) -> list[Labelled]:
    """Every example of a labelled file, in file order."""
    out: list[Labelled] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise TrainingDataError(f"{path}: cannot read: {exc}") from exc
    try:
        records = list(json_lines(lines, str(path)))
    except ValueError as exc:
        raise TrainingDataError(str(exc)) from None
    for lineno, where, record in records:
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise TrainingDataError(f"{where}: a record needs a \"text\" string")
        group = f"{path.name}:{record.get('doc_id', lineno)}"
        if "events" in record:
            out += from_gold(record, group, sentences, where)
        else:
            out.append(Labelled(record["text"], _labels(record, where), group))
    if not out:
        raise TrainingDataError(f"{path}: no labelled sentences")
    return out


def _labels(record: dict[str, Any], where: str) -> frozenset[str]:
    raw = record.get("labels", record.get("label"))
    labels = [raw] if isinstance(raw, str) else raw
    if not isinstance(labels, list) or not labels:
        raise TrainingDataError(f"{where}: a record needs \"label\" (a PLOVER type or NONE), "
                                "\"labels\" (a list of them) or \"events\" (a gold document)")
    bad = [x for x in labels if x not in LABELS]
    if bad:
        raise TrainingDataError(f"{where}: unknown label {bad[0]!r} (labels are the PLOVER "
                                f"types and {NONE})")
    return frozenset(labels)


def from_gold(record: dict[str, Any], group: str, sentences: Splitter,
              where: str) -> Iterator[Labelled]:
    """The sentences of a gold document, labelled with the types of the events they hold."""
    text = record["text"]
    spans: list[tuple[int, int, str, bool]] = []
    for event in record["events"]:
        evidence = event.get("evidence") or ""
        at = text.find(evidence) if evidence else -1
        if event.get("action") not in PLOVER_TYPES:
            raise TrainingDataError(f"{where}: unknown event type {event.get('action')!r}")
        if at < 0:
            if not event.get("optional"):
                return  # a required event we cannot place: no sentence can be called quiet
            continue
        spans.append((at, at + len(evidence), event["action"], bool(event.get("optional"))))
    for offset, doc in sentences(text):
        end = offset + len(doc.text)
        over = [s for s in spans if s[0] < end and offset < s[1]]
        required = frozenset(kind for _, _, kind, optional in over if not optional)
        if required:
            yield Labelled(doc.text, required, group)
        elif not over:
            yield Labelled(doc.text, frozenset({NONE}), group)


def train(examples: list[Labelled], make_doc: Callable[[str], Doc], seed: int = SEED,
          epochs: int = EPOCHS) -> Language:
    """A blank English pipeline with one multi-label text classifier over ``LABELS``."""
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(COMPONENT, config={"model": ARCHITECTURE})
    for label in LABELS:
        textcat.add_label(label)
    data = [SpacyExample.from_dict(make_doc(x.text),
                                   {"cats": {label: float(label in x.labels) for label in LABELS}})
            for x in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for batch in minibatch([data[i] for i in order], size=BATCH):
            nlp.update(batch, sgd=optimizer, drop=DROPOUT)
    counts = Counter(label for x in examples for label in x.labels)
    nlp.meta["name"] = "dipevents_types"
    nlp.meta["description"] = "dipevents event-type model (bag-of-words multi-label textcat)"
    nlp.meta["dipevents"] = {"examples": len(examples), "labels": dict(sorted(counts.items())),
                             "seed": seed, "epochs": epochs}
    return nlp


def save(nlp: Language, out: Path, sources: list[str]) -> None:
    """Write the model as a directory ``spacy.load`` and ``--type-model`` read."""
    nlp.meta["dipevents"]["sources"] = sources
    nlp.to_disk(out)


def train_files(paths: list[Path], out: Path, model: str | None = None, seed: int = SEED,
                epochs: int = EPOCHS) -> Language:
    """Train on labelled files (sentences or gold documents) and write the model to ``out``;
    sentences are split and tokenized by the extractor's own pipeline."""
    from .pipeline import load

    pipeline = load(model)
    examples = [x for path in paths for x in read_labelled(path, pipeline.sentences)]
    nlp = train(examples, pipeline.nlp.make_doc, seed, epochs)
    save(nlp, out, [path.name for path in paths])
    return nlp
