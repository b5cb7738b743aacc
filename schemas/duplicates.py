"""pandera model of the `duplicates` table: copies of a canonical article, and how they match.

Same columns and value checks as `articles`; the copy columns are required here. That each
`duplicate_of` names an existing article is a cross-table check (`pipeline.gate`).
"""

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

from schemas import checks
from schemas.articles import ArticleFields


class DuplicateModel(ArticleFields):
    """One copy of a story whose canonical article is in `articles`."""

    duplicate_of: str = pa.Field(
        str_matches=checks.ARTICLE_ID,
        description="For a copy: article_id of the canonical it duplicates.",
    )
    similarity: float = pa.Field(
        in_range={"min_value": 0.0, "max_value": 1.0},
        description="For a copy: verified similarity to its canonical (1.0 for exact).",
    )
    method: str = pa.Field(
        isin=list(checks.DUPLICATE_METHODS),
        description="For a copy: how it was matched (exact, near, containment).",
    )

    @pa.check("duplicate_of", name="not_itself")
    def not_itself(cls, data: PolarsData) -> pl.LazyFrame:
        """A copy duplicates another article, never itself."""
        return data.lazyframe.select(pl.col(data.key) != pl.col("article_id"))
