"""Arrow schemas of the published tables, with pandera's field descriptions in the metadata.

pandera owns the meaning of each column; this module fixes its physical Arrow type, so that
every writer (local or Ray) produces byte-compatible Parquet.
"""

import pyarrow as pa

from schemas.articles import ArticleModel
from schemas.rejects import RejectModel

MEDIA_TYPE = pa.struct(
    [
        ("kind", pa.string()),
        ("slug", pa.string()),
        ("caption", pa.string()),
        ("credit", pa.string()),
        ("photographers", pa.list_(pa.string())),
        ("agencies", pa.list_(pa.string())),
    ]
)
BOILERPLATE_TYPE = pa.struct([("text", pa.string()), ("rule", pa.string())])

_ARTICLE_TYPES: dict[str, pa.DataType] = {
    "article_id": pa.string(),
    "source_uri": pa.string(),
    "source_sha256": pa.string(),
    "batch": pa.string(),
    "url": pa.string(),
    "title": pa.string(),
    "body": pa.string(),
    "dateline_place": pa.string(),
    "reporters": pa.list_(pa.string()),
    "outlet": pa.string(),
    "publisher": pa.string(),
    "published": pa.date32(),
    "meta_authors": pa.list_(pa.string()),
    "meta_published": pa.date32(),
    "media": pa.list_(MEDIA_TYPE),
    "boilerplate": pa.list_(BOILERPLATE_TYPE),
    "line_roles": pa.list_(pa.string()),
    "quality_flags": pa.list_(pa.string()),
    "encoding": pa.string(),
    "language": pa.string(),
    "cluster_id": pa.string(),
    "duplicate_of": pa.string(),
    "similarity": pa.float64(),
    "method": pa.string(),
}
_REJECT_TYPES: dict[str, pa.DataType] = {
    "source_uri": pa.string(),
    "source_sha256": pa.string(),
    "batch": pa.string(),
    "stage": pa.string(),
    "reason": pa.string(),
    "detail": pa.string(),
    "raw_text": pa.string(),
}


def _described(model: type, types: dict[str, pa.DataType]) -> pa.Schema:
    columns = model.to_schema().columns  # type: ignore[attr-defined]
    if list(columns) != list(types):
        raise RuntimeError(f"Arrow types and pandera model disagree: {list(columns)}")
    fields = []
    for name, arrow_type in types.items():
        col = columns[name]
        meta = {b"description": (col.description or "").encode()}
        fields.append(pa.field(name, arrow_type, nullable=bool(col.nullable), metadata=meta))
    return pa.schema(fields)


ARTICLE_SCHEMA = _described(ArticleModel, _ARTICLE_TYPES)
REJECT_SCHEMA = _described(RejectModel, _REJECT_TYPES)
