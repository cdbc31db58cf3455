"""Action classification: the trigger lexicon and the CAMEO table behind its codes."""

from .lexicon import Cameo, Entry, Lexicon, default_lexicon

__all__ = ["Cameo", "Entry", "Lexicon", "default_lexicon"]
