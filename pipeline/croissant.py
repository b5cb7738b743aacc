"""croissant.json: Croissant 1.1 metadata (with the RAI vocabulary) for the dataset folder.

ML tooling (mlcroissant, TFDS, dataset search engines) reads this file to find the files, their
checksums and the typed fields of each table. Files are FileObjects with their sha256; each
table is a FileSet (`<table>/*.parquet`) whose RecordSet fields come from the Arrow schemas
and carry the same descriptions as the Parquet field metadata.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from pipeline.card import LIMITATIONS, TAGS
from pipeline.summary import TABLE_DESCRIPTIONS, Summary
from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA

CONFORMS_TO = ["http://mlcommons.org/croissant/1.1", "http://mlcommons.org/croissant/RAI/1.0"]
PARQUET = "application/x-parquet"
# The standard Croissant 1.1 JSON-LD context (as mlcroissant writes it), plus `rai`.
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "description": {"@container": "@language"},
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "name": {"@container": "@language"},
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
RAI = {
    "rai:dataCollection": "News article texts as scrapers or people saved them (plain text "
    "files, JSON lines, JSON and CSV exports), gathered into raw batches; each batch is one "
    "folder of inputs. No text was written or edited for the dataset.",
    "rai:dataCollectionType": ["Web Scraping", "Secondary Data Analysis"],
    "rai:dataCollectionRawData": "Raw batch files are kept by the producer under data/raw and "
    "versioned with DVC; every record names its input (source_uri) and the sha256 of its raw "
    "bytes (source_sha256).",
    "rai:dataPreprocessingProtocol": [
        "Decode (UTF-8, UTF-16, cp1252 fallback, mixed-encoding repair), normalise newlines "
        "and NFC.",
        "Assign every non-empty line a role (title, standfirst, byline, date, body, caption, "
        "credit, media_label, boilerplate) and parse fields from those lines by rules.",
        "Validate every record against the pandera schemas; failures go to rejects.",
        "Cluster exact and near-duplicate copies (MinHash LSH, verified Jaccard or "
        "containment); keep one canonical article per cluster.",
    ],
    "rai:dataLimitations": LIMITATIONS,
    "rai:dataBiases": "Coverage follows the collected outlets and the wire agencies they "
    "reprint; outlets and agencies are recognised from a list of known organisations "
    "(pipeline/knowledge/organisations.csv), so unlisted ones appear as null.",
    "rai:dataUseCases": "Media studies (who reprints whom, credits and bylines), "
    "misinformation and wire-copy research, and NLP on deduplicated news text. Not for "
    "republishing the articles.",
    "rai:personalSensitiveInformation": "Names of journalists and photographers (reporters, "
    "meta_authors, media.photographers) and of people mentioned in the news texts. No other "
    "personal data is collected; the texts were public when collected.",
    "rai:dataReleaseMaintenancePlan": "Versions follow semver (dataset.version in "
    "params.yaml); each release is a git tag vX.Y.Z whose data is in the project's DVC "
    "remote, so any released version can be loaded again exactly.",
}


def data_type(kind: pa.DataType) -> str:
    if pa.types.is_date(kind):
        return "sc:Date"
    if pa.types.is_floating(kind):
        return "sc:Float"
    if pa.types.is_integer(kind):
        return "sc:Integer"
    if pa.types.is_boolean(kind):
        return "sc:Boolean"
    return "sc:Text"


def field(record_set: str, file_set: str, column: pa.Field) -> dict[str, Any]:
    """A Croissant Field for one column; lists are arrays, structs get one subField each."""
    kind = column.type
    node: dict[str, Any] = {
        "@type": "cr:Field",
        "@id": f"{record_set}/{column.name}",
        "name": column.name,
        "description": (column.metadata or {}).get(b"description", b"").decode(),
    }
    source = {"fileSet": {"@id": file_set}, "extract": {"column": column.name}}
    if pa.types.is_list(kind):
        node["isArray"] = True
        node["arrayShape"] = "-1"
        kind = kind.value_type
    if pa.types.is_struct(kind):
        node["subField"] = [
            {
                "@type": "cr:Field",
                "@id": f"{record_set}/{column.name}/{child.name}",
                "name": child.name,
                "dataType": data_type(child.type.value_type)
                if pa.types.is_list(child.type)
                else data_type(child.type),
                **({"isArray": True, "arrayShape": "-1"} if pa.types.is_list(child.type) else {}),
                "source": {**source, "transform": {"jsonPath": child.name}},
            }
            for child in kind
        ]
    else:
        node["dataType"] = data_type(kind)
        node["source"] = source
    return node


def record_set(table: str, schema: pa.Schema, description: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "cr:RecordSet",
        "@id": table,
        "name": table,
        "description": description,
        "field": [field(table, f"{table}-parquet", column) for column in schema],
    }
    if table != "rejects":
        node["key"] = {"@id": f"{table}/article_id"}
    if table == "duplicates":
        for item in node["field"]:
            if item["name"] == "duplicate_of":
                item["references"] = {"field": {"@id": "articles/article_id"}}
    return node


def build(summary: Summary) -> dict[str, Any]:
    """The Croissant JSON-LD document (a dict; the caller writes it with sorted keys)."""
    distribution: list[dict[str, Any]] = [
        {
            "@type": "cr:FileObject",
            "@id": f.path,
            "name": f.path,
            "description": f"{f.table}: {f.rows:,} rows.",
            "contentUrl": f.path,
            "contentSize": f"{f.size} B",
            "encodingFormat": PARQUET,
            "sha256": f.sha256,
        }
        for f in summary.files
    ]
    tables = TABLE_DESCRIPTIONS
    distribution += [
        {
            "@type": "cr:FileSet",
            "@id": f"{table}-parquet",
            "name": f"{table}-parquet",
            "description": f"Parquet part files of the {table} table (checksums: the "
            "FileObjects of the same folder).",
            "encodingFormat": PARQUET,
            "includes": f"{table}/*.parquet",
        }
        for table in tables
    ]
    schemas = {"articles": ARTICLE_SCHEMA, "duplicates": ARTICLE_SCHEMA, "rejects": REJECT_SCHEMA}
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": summary.name,
        "description": f"{summary.description} Built by copydesk {summary.copydesk_version} "
        f"(schema {summary.schema_version}, parameters {summary.params_hash}).",
        "version": summary.version,
        "license": summary.license,
        "inLanguage": summary.languages,
        "keywords": TAGS,
        "citeAs": f"@misc{{{summary.name}, title = {{{summary.name}}}, "
        f"version = {{{summary.version}}}}}",
        **RAI,
        "distribution": distribution,
        "recordSet": [record_set(t, schemas[t], d) for t, d in tables.items()],
    }
