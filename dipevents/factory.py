"""Building an extractor: the model, the knowledge base and the lexicon it reads, once per
configuration and process. The API, the worker processes and the CLI all build theirs here,
so none of them imports another."""

from __future__ import annotations

from functools import lru_cache

from .actions import default_lexicon
from .actors import default_kb
from .events import Extractor
from .pipeline import load


@lru_cache(maxsize=4)
def get_extractor(model: str | None = None, include_hypothetical: bool = False,
                  lexicons: tuple[str, ...] = (), select: bool = True,
                  actors: tuple[str, ...] = (), day_first: bool = False) -> Extractor:
    """One extractor per configuration and process: the model loads once."""
    return Extractor(load(model, actors), default_kb(actors), default_lexicon(lexicons),
                     include_hypothetical, select, day_first)
