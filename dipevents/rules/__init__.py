"""The construction rules; importing this package registers them with :mod:`dipevents.engine`.

Each stage's rules live in one module (guards; actors, targets and setting in arguments;
checks; retype; pairing; context), and run in the order that module defines them."""

from . import arguments, checks, context, guards, pairing, retype  # noqa: F401  (registers)
