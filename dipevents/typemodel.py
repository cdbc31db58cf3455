"""The learned event-type model: a second opinion on what a sentence's event is.

The rules find who and whom; a dictionary names an event only when it holds the word, and
picks one code when several words fire. A text classifier trained on labelled sentences
(:mod:`training`, ``make train``) scores each sentence for every PLOVER type and for ``NONE``
(no event). The extractor asks it only where measured to help (:data:`USES`).

The model is a spaCy pipeline directory holding one ``textcat_multilabel`` component; only
that component runs, on the extractor's own tokenized sentences, so it adds no tokenizer pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .actions import Entry
from .tables import DATA_DIR, read_tsv, split_list

COMPONENT = "textcat_multilabel"
NONE = "NONE"  # the label of a sentence with no event
DEFAULT_MODEL = DATA_DIR / "typemodel"

# What the model may do, each adopted only where k-fold figures showed a gain
# (devtools/kfold.py):
#   find    emit an event of the model's type where the rules found none in a sentence
#   choose  where the rules give one actor and target several types, keep the model's pick
#   veto    a confident NONE drops the events of weak rules (opinion.weak)
#   retype  where the rules give a sentence one type and the model is sure of another
USES = ("find", "choose", "veto", "retype")
DEFAULT_USES: frozenset[str] = frozenset({"find"})

Scores = dict[str, float]


class TypeModelError(Exception):
    """A type model that cannot be loaded; the message says which and why."""


@dataclass(frozen=True)
class Thresholds:
    """Confidence a use needs, chosen on held-out folds (devtools/kfold.py)."""

    find: float = 0.4
    veto: float = 0.9
    retype: float = 0.9


class TypeModel:
    """A loaded type model: scores per sentence."""

    def __init__(self, nlp: Language, thresholds: Thresholds | None = None) -> None:
        self.textcat = nlp.get_pipe(COMPONENT)
        self.labels: tuple[str, ...] = tuple(self.textcat.labels)
        self.thresholds = thresholds or Thresholds()

    @classmethod
    def load(cls, path: Path) -> TypeModel:
        try:
            return cls(spacy.load(path))
        except (OSError, KeyError, ValueError) as exc:
            raise TypeModelError(f"cannot load the type model {path}: {exc}") from exc

    def scores(self, docs: Sequence[Doc]) -> list[Scores]:
        """Each doc's score for every label, in one batch."""
        if not docs:
            return []
        rows = self.textcat.predict(list(docs))
        return [dict(zip(self.labels, map(float, row), strict=True)) for row in rows.tolist()]


def top(scores: Scores, n: int = 3) -> list[tuple[str, float]]:
    """The ``n`` best labels with their scores, best first."""
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def best_event(scores: Scores) -> tuple[str, float]:
    """The best event type (``NONE`` excluded) and its score."""
    return max(((k, v) for k, v in scores.items() if k != NONE), key=lambda kv: (kv[1], kv[0]))


@lru_cache(maxsize=4)
def load_type_model(spec: str | None = None) -> TypeModel | None:
    """``None``: the shipped model, when the package holds one; ``"none"``: no model; else the
    path of a model directory (``dipevents train``)."""
    if spec is not None and spec.lower() == "none":
        return None
    if spec is None:
        return TypeModel.load(DEFAULT_MODEL) if (DEFAULT_MODEL / "meta.json").exists() else None
    path = Path(spec)
    if not (path / "meta.json").exists():
        raise TypeModelError(f"{path}: not a type model directory (no meta.json; "
                             "make one with: dipevents train LABELLED.jsonl -o DIR)")
    return TypeModel.load(path)


@lru_cache(maxsize=1)
def _type_codes() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {row["type"]: (row["cameo"], tuple(split_list(row["targets"])))
            for row in read_tsv(DATA_DIR / "type-codes.tsv")}


def model_entry(kind: str, lemma: str) -> Entry:
    """A lexicon entry for a verb no lexicon lists, of the type the model gives: its CAMEO code
    and target slots are the type's own (``type-codes.tsv``)."""
    cameo, targets = _type_codes()[kind]
    return Entry(trigger=lemma, pos="verb", type=kind, cameo=cameo, mode=None, targets=targets,
                 objects=frozenset(), origin=f"model:{kind}")
