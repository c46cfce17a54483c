"""Reference ledgers: daily cumulative loss figures that claims are checked against.

Ledger format (CSV, UTF-8, one header row):

- ``date``: ``YYYY-MM-DD``, one row per date (no duplicates; order does not matter);
- one column per category code of ``schemas.Category`` (``tanks``, ``artillery_systems``,
  ``casualties`` ...), each cell a cumulative whole number, or empty when unknown;
  ``personnel`` is read as ``casualties`` (the General Staff's personnel figure counts killed
  and wounded together);
- any other column is ignored.

Optional corrections file beside it, ``NAME.corrections.csv`` for ``NAME.csv``, with columns
``date,category,change``: the part of that day's change that revises earlier totals rather
than counting new losses. A decrease in the ledger with a negative correction on that date (or
the day before) is a revision, not an error.

The shipped default is the General Staff of the Armed Forces of Ukraine's series of Russian
losses (``data/genstaff_russian_losses.csv``; attribution and license in ``data/NOTICE.md``).
"""

from extractor.ledger.load import (
    COLUMN_ALIASES,
    default_ledger,
    ledger_from_option,
    load_ledger,
    parse_ledger,
)
from extractor.ledger.model import Correction, Ledger, LedgerError

__all__ = [
    "COLUMN_ALIASES",
    "Correction",
    "Ledger",
    "LedgerError",
    "default_ledger",
    "ledger_from_option",
    "load_ledger",
    "parse_ledger",
]
