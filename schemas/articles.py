"""pandera models of the `articles` and `duplicates` tables: one set of columns, two roles.

Each field's description is the field guide's definition; the package stage copies these
descriptions into the Parquet field metadata, so the data documents itself. `ArticleFields`
holds the columns and the value checks both tables share; `ArticleModel` (parsed records and
canonical articles) adds that the copy columns stay empty, `DuplicateModel`
(schemas/duplicates.py) that they are filled.

Custom checks are named after their method: pandera renames inherited checks otherwise.
"""

import datetime as dt

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

from schemas import checks

_MEDIA = pl.Struct(
    {
        "kind": pl.Utf8,
        "slug": pl.Utf8,
        "caption": pl.Utf8,
        "credit": pl.Utf8,
        "photographers": pl.List(pl.Utf8),
        "agencies": pl.List(pl.Utf8),
    }
)
_BOILERPLATE = pl.Struct({"text": pl.Utf8, "rule": pl.Utf8})


class ArticleFields(pa.DataFrameModel):
    """One parsed news article: what the text says, where it came from, and its copies."""

    article_id: str = pa.Field(
        unique=True,
        str_matches=checks.ARTICLE_ID,
        description="Stable id: first 24 hex digits of sha256(source_uri NUL source_sha256).",
    )
    source_uri: str = pa.Field(
        str_length={"min_value": 1},
        description="Input path relative to the project root; '#N' names the record in a file.",
    )
    source_sha256: str = pa.Field(
        str_matches=checks.SHA256_HEX,
        description="sha256 of the input's raw bytes (file, JSONL line, or canonical CSV row).",
    )
    batch: str = pa.Field(description="Name of the raw batch (top folder under the raw root).")
    url: str = pa.Field(nullable=True, description="URL of the page, from input metadata.")
    title: str = pa.Field(str_length={"min_value": 1}, description="The headline text.")
    body: str = pa.Field(
        str_length={"min_value": 1},
        description="Body lines, paragraphs joined by a blank line; the dateline stays in.",
    )
    dateline_place: str = pa.Field(
        nullable=True,
        description="Place that opens the first paragraph before the dash/colon, title case.",
    )
    reporters: pl.List(pl.Utf8) = pa.Field(  # type: ignore[valid-type]
        description="People credited with writing or reporting the story, in order, each once.",
    )
    outlet: str = pa.Field(
        nullable=True,
        description=(
            "News organisation that produced the story, by text cue: its canonical name, or a "
            "paper the organisations table lacks as written (flag unknown_outlet)."
        ),
    )
    publisher: str = pa.Field(
        nullable=True,
        description="Site the copy was collected from, from input metadata only.",
    )
    published: dt.date = pa.Field(
        nullable=True,
        ge=dt.date.fromisoformat(checks.EARLIEST_PUBLISHED),
        le=dt.date.fromisoformat(checks.LATEST_PUBLISHED),
        description="Publication date from a date line or the dateline; never from captions.",
    )
    meta_authors: pl.List(pl.Utf8) = pa.Field(  # type: ignore[valid-type]
        description="Authors as the input metadata listed them, unparsed.",
    )
    meta_published: dt.date = pa.Field(
        nullable=True, description="Publication date as the input metadata gave it."
    )
    media: pl.List(_MEDIA) = pa.Field(  # type: ignore[valid-type]
        description="Photo and video blocks in order: kind, slug, caption, credit, "
        "photographers, agencies.",
    )
    boilerplate: pl.List(_BOILERPLATE) = pa.Field(  # type: ignore[valid-type]
        description="Lines the page carried that are not the article, with the rule that "
        "set them aside.",
    )
    line_roles: pl.List(pl.Utf8) = pa.Field(  # type: ignore[valid-type]
        description="Role of every non-empty input line, in input order.",
    )
    quality_flags: pl.List(pl.Utf8) = pa.Field(  # type: ignore[valid-type]
        description="Signals of a damaged or rewritten text (encoding_repaired, glued_words, "
        "truncated, no_body, non_english, ...).",
    )
    encoding: str = pa.Field(description="Encoding the raw bytes were decoded from.")
    language: str = pa.Field(
        nullable=True, isin=list(checks.ISO_639_1_CODES), description="ISO 639-1 code of the body."
    )
    cluster_id: str = pa.Field(
        str_matches=checks.ARTICLE_ID,
        description="Copy cluster: the article_id of the cluster's canonical article.",
    )
    duplicate_of: str = pa.Field(
        nullable=True, description="For a copy: article_id of the canonical it duplicates."
    )
    similarity: float = pa.Field(
        nullable=True,
        in_range={"min_value": 0.0, "max_value": 1.0},
        description="For a copy: verified similarity to its canonical (1.0 for exact).",
    )
    method: str = pa.Field(
        nullable=True,
        isin=list(checks.DUPLICATE_METHODS),
        description="For a copy: how it was matched (exact, near, containment).",
    )

    class Config:
        strict = True
        coerce = False

    @pa.check("title", "body", name="not_blank")
    def not_blank(cls, data: PolarsData) -> pl.LazyFrame:
        """Whitespace is not a headline or a story (empty strings fail str_length)."""
        text = pl.col(data.key)
        return data.lazyframe.select((text.str.len_chars() == 0) | text.str.contains(r"\S"))

    @pa.check("title", "body", name="no_mojibake")
    def no_mojibake(cls, data: PolarsData) -> pl.LazyFrame:
        """U+FFFD or UTF-8-read-as-cp1252 sequences mean the text was decoded wrongly."""
        return data.lazyframe.select(~pl.col(data.key).str.contains(checks.MOJIBAKE))

    @pa.check("body", name="no_boilerplate_markers")
    def no_boilerplate_markers(cls, data: PolarsData) -> pl.LazyFrame:
        """Comment forms, share prompts and 'See also' lists are page furniture, not story."""
        body = pl.col(data.key)
        literals = list(checks.BOILERPLATE_LITERALS)
        candidate = body.str.contains_any(literals, ascii_case_insensitive=True)
        marked = pl.when(candidate).then(body).str.contains(checks.BOILERPLATE_MARKERS)
        return data.lazyframe.select(~marked.fill_null(False))

    @pa.check("reporters", name="reporters_are_person_names")
    def reporters_are_person_names(cls, data: PolarsData) -> pl.LazyFrame:
        """Not organisations, job titles, e-mails or all-uppercase agency tags ('AFP STAFF')."""
        _, aliases = checks.organisation_names()
        name = pl.element()
        ok = (
            name.str.contains(checks.PERSON_NAME)
            & ~name.str.contains("@")
            & ~name.str.contains(checks.NOT_PERSON)
            & ~name.str.contains(checks.ALL_UPPERCASE)
            & ~name.str.to_lowercase().is_in(list(aliases))
        )
        return data.lazyframe.select(pl.col(data.key).list.eval(ok).list.all())

    @pa.check("line_roles", name="known_line_roles")
    def known_line_roles(cls, data: PolarsData) -> pl.LazyFrame:
        """Every line has one of the field guide's roles."""
        ok = pl.element().is_in(list(checks.LINE_ROLES))
        return data.lazyframe.select(pl.col(data.key).list.eval(ok).list.all())

    @pa.check("media", name="media_kind_known")
    def media_kind_known(cls, data: PolarsData) -> pl.LazyFrame:
        """A media block is a photo or a video."""
        ok = pl.element().struct.field("kind").is_in(list(checks.MEDIA_KINDS))
        return data.lazyframe.select(pl.col(data.key).list.eval(ok).list.all())

    @pa.check("media", name="agencies_known_or_flagged")
    def agencies_known_or_flagged(cls, data: PolarsData) -> pl.LazyFrame:
        """Agencies are canonical names from the organisations table, unless the article
        carries the `unknown_agency` quality flag (a credit the table does not know yet)."""
        canonical, _ = checks.organisation_names()
        known = pl.element().struct.field("agencies").list.eval(pl.element().is_in(list(canonical)))
        all_known = pl.col(data.key).list.eval(known.list.all()).list.all()
        flagged = pl.col("quality_flags").list.contains(checks.UNKNOWN_AGENCY_FLAG)
        return data.lazyframe.select(all_known | flagged)

    @pa.check("published", name="not_after_meta_published")
    def not_after_meta_published(cls, data: PolarsData) -> pl.LazyFrame:
        """A date line later than the metadata's date (plus a day for time zones) was
        misread, or came from an update line; the metadata date is the ingest-side bound."""
        bound = pl.col("meta_published") + pl.duration(days=checks.PUBLISHED_SLACK_DAYS)
        return data.lazyframe.select((pl.col(data.key) <= bound).fill_null(True))

    @pa.check("cluster_id", name="cluster_is_canonical")
    def cluster_is_canonical(cls, data: PolarsData) -> pl.LazyFrame:
        """A cluster is named by its canonical: the copy's duplicate_of, else the row itself."""
        canonical = pl.coalesce(pl.col("duplicate_of"), pl.col("article_id"))
        return data.lazyframe.select((pl.col(data.key) == canonical).fill_null(False))


class ArticleModel(ArticleFields):
    """A parsed record or a canonical article: it duplicates nothing."""

    @pa.check("duplicate_of", "similarity", "method", name="empty_for_canonical")
    def empty_for_canonical(cls, data: PolarsData) -> pl.LazyFrame:
        """Copy columns are set by dedup on `duplicates` rows only."""
        return data.lazyframe.select(pl.col(data.key).is_null())
