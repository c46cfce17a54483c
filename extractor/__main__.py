"""``python -m extractor``: the same command line as the ``extractor`` script."""

from extractor.cli import run

run()
