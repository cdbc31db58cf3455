"""dipevents: who did what to whom, and when, from news text.

    >>> import dipevents
    >>> events = dipevents.extract("Russia imposed sanctions on Ukraine.", date="2022-02-10")

Heavy imports (spaCy) happen on first use, so ``dipevents --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "extract_documents"]

if TYPE_CHECKING:
    from .api import extract, extract_documents


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_documents"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'dipevents' has no attribute {name!r}")
