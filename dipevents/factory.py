"""Building an extractor: the model, the knowledge base and the lexicon it reads, once per
configuration and process. The API, the worker processes and the CLI all build theirs here,
so none of them imports another."""

from __future__ import annotations

from functools import lru_cache

from .actions import default_lexicon
from .actors import default_kb
from .events import Extractor
from .opinion import Opinion
from .pipeline import load
from .typemodel import DEFAULT_USES, load_type_model


@lru_cache(maxsize=4)
def get_extractor(model: str | None = None, include_hypothetical: bool = False,
                  lexicons: tuple[str, ...] = (), select: bool = True,
                  actors: tuple[str, ...] = (), day_first: bool = False,
                  type_model: str | None = None) -> Extractor:
    """One extractor per configuration and process: the models load once. ``type_model``
    is a type model's directory, ``"none"``, or None for the shipped one."""
    types = load_type_model(type_model)
    opinion = Opinion(types, DEFAULT_USES) if types is not None else None
    return Extractor(load(model, actors), default_kb(actors), default_lexicon(lexicons),
                     include_hypothetical, select, day_first, opinion)
