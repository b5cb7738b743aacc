"""copydesk: raw news article text to a versioned, deduplicated Parquet dataset."""

__version__ = "0.1.0"
