"""Actor resolution: the knowledge base (kb) and the rules that map parse words to it (resolve)."""

from .kb import Entry, KnowledgeBase, default_kb

__all__ = ["Entry", "KnowledgeBase", "default_kb"]
