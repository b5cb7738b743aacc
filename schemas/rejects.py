"""pandera model of the `rejects` table: every input the pipeline could not accept, and why."""

import pandera.polars as pa

from schemas import checks

STAGES = ("ingest", "parse", "validate")


class RejectModel(pa.DataFrameModel):
    """One quarantined input record, with the reason a researcher needs to fix or drop it."""

    source_uri: str = pa.Field(
        str_length={"min_value": 1},
        description="Input path relative to the project root; '#N' names the record in a file.",
    )
    source_sha256: str = pa.Field(
        str_matches=checks.SHA256_HEX, description="sha256 of the input's raw bytes."
    )
    batch: str = pa.Field(description="Name of the raw batch.")
    stage: str = pa.Field(isin=list(STAGES), description="Stage that rejected the record.")
    reason: str = pa.Field(
        str_length={"min_value": 1},
        description="Reason code (empty, binary, undecodable, malformed_json, missing_text, "
        "or a failed schema check).",
    )
    detail: str = pa.Field(description="Human-readable explanation with the failing value.")
    raw_text: str = pa.Field(nullable=True, description="The decoded text, where it decoded.")

    class Config:
        strict = True
        coerce = False
