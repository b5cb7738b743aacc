"""The copydesk data contract: what every published table holds and what its values may be.

`SCHEMA_VERSION` follows semver: adding a nullable column is a minor bump; removing, renaming
or narrowing a column is a major bump.
"""

from schemas.arrow import ARTICLE_SCHEMA, BOILERPLATE_TYPE, MEDIA_TYPE, REJECT_SCHEMA
from schemas.articles import ArticleModel
from schemas.rejects import RejectModel

SCHEMA_VERSION = "1.0.0"

__all__ = [
    "ARTICLE_SCHEMA",
    "BOILERPLATE_TYPE",
    "MEDIA_TYPE",
    "REJECT_SCHEMA",
    "SCHEMA_VERSION",
    "ArticleModel",
    "RejectModel",
]
