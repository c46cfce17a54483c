"""Extract war-loss claims from news articles, with grounded evidence.

Public API::

    from extractor import load_articles, create_backend, extract_article
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claims-extractor")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

from extractor.backends import create_backend
from extractor.pipeline import extract_article

__all__ = ["__version__", "create_backend", "extract_article"]
