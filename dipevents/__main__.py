"""``python -m dipevents``: the same command line as the ``dipevents`` script."""

from .cli import main

main()
