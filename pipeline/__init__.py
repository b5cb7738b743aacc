"""copydesk: raw news article text to a versioned, deduplicated Parquet dataset.

`pipeline.load(path_or_repo, rev=None, table="articles")` reads a published table back.
"""

from pipeline.loader import DatasetError, load

__version__ = "0.1.0"

__all__ = ["DatasetError", "__version__", "load"]
