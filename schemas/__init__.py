"""The copydesk data contract: what every published table holds and what its values may be.

`SCHEMA_VERSION` follows semver: adding a nullable column or relaxing a check is a minor bump;
removing, renaming or narrowing a column (new or stricter check, type change, nullable to
required) is a major bump; descriptions alone are a patch. `copydesk schema diff` applies these
rules to the committed exports in `schemas/export/`.
"""

from schemas.arrow import ARTICLE_SCHEMA, BOILERPLATE_TYPE, MEDIA_TYPE, REJECT_SCHEMA
from schemas.articles import ArticleModel
from schemas.duplicates import DuplicateModel
from schemas.rejects import RejectModel

SCHEMA_VERSION = "2.0.1"
# The published tables, each with its pandera model.
MODELS = {"articles": ArticleModel, "duplicates": DuplicateModel, "rejects": RejectModel}

__all__ = [
    "ARTICLE_SCHEMA",
    "BOILERPLATE_TYPE",
    "MEDIA_TYPE",
    "MODELS",
    "REJECT_SCHEMA",
    "SCHEMA_VERSION",
    "ArticleModel",
    "DuplicateModel",
    "RejectModel",
]
