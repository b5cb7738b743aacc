"""Value rules shared by the pandera models and the parser, kept as plain patterns."""

# A person's name as the parser writes it: 2-5 capitalised words, no digits, no e-mail; up to
# two particles before a word ('Johan van der Berg', 'Ana de la Cruz'), 'al-'/'el-' glued to
# one ('Omar al-Rashid').
# A capital is a Latin one, accented too ('José Álvarez', 'Søren Østergaard', 'Łukasz Żak'):
# listed, not `\p{Lu}`, so that Python's re and polars' regex read the same class.
_CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
PERSON_NAME = (
    rf"^{_CAPITAL}[\w'’.\-]*(?: (?:(?:de|da|di|do|dos|das|du|van|von|der|den|del|la|le|bin|al"
    rf"|ibn) ){{0,2}}(?:(?:al|el)-)?{_CAPITAL}[\w'’.\-]*){{1,4}}$"
)
SHA256_HEX = r"^[0-9a-f]{64}$"
ARTICLE_ID = r"^[0-9a-f]{24}$"
ISO_639_1 = r"^[a-z]{2}$"
# Text left broken by a wrong decode: the replacement character or classic UTF-8-as-cp1252.
MOJIBAKE = r"\uFFFD|â€|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]"
# Markers of page furniture that must never survive into a body. ASCII \b and [0-9]: a
# Unicode word boundary makes the regex engine leave its DFA on non-ASCII text (7x slower).
BOILERPLATE_MARKERS = (
    r"(?im)^(?:leave a reply|see also(?-u:\b)|your email address will not be published"
    r"|[0-9]+(?:\.[0-9]+)?k? shares share this|share this:?$|advertisement$"
    r"|continue reading the main story)"
)
# A literal of every marker above: texts with none of them skip the regex (5x less work).
BOILERPLATE_LITERALS = (
    "leave a reply",
    "see also",
    "your email address will not be published",
    "share this",
    "advertisement",
    "continue reading the main story",
)
MEDIA_KINDS = ("photo", "video")
LINE_ROLES = (
    "title",
    "standfirst",
    "byline",
    "date",
    "body",
    "caption",
    "credit",
    "media_label",
    "boilerplate",
)
DUPLICATE_METHODS = ("exact", "near", "containment")
EARLIEST_PUBLISHED = "1800-01-01"
# The latest publication date the contract accepts: a fixed ceiling keeps validation
# deterministic (no wall clock); `copydesk validate --as-of DATE` tightens it per run.
LATEST_PUBLISHED = "2099-12-31"
# A date line may run up to a day ahead of the metadata date (time zones), no more.
PUBLISHED_SLACK_DAYS = 1
# Set on an article whose credits name an agency missing from the organisations table.
UNKNOWN_AGENCY_FLAG = "unknown_agency"
# Set on an article whose outlet is a paper the organisations table lacks, named as written.
UNKNOWN_OUTLET_FLAG = "unknown_outlet"
# Job titles, desks and organisation words: a "reporter" holding one is not a person.
NOT_PERSON = (
    r"(?i)\b(?:staff|writers?|correspondents?|reporters?|editors?|editorial|desk|bureau|"
    r"newsroom|contributors?|columnist|producers?|team|news|press|agency|wire|media|"
    r"associated|service)\b"
)
ALL_UPPERCASE = r"^[^a-z]+$"
# ISO 639-1 (2023): the two-letter codes; 'bh' was withdrawn in 2021.
_ISO_639_1 = (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho "
    "hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku "
    "kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn "
    "no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm "
    "sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi "
    "vo wa wo xh yi yo za zh zu"
)
ISO_639_1_CODES = tuple(_ISO_639_1.split())


def organisation_names() -> tuple[frozenset[str], frozenset[str]]:
    """(canonical names, lower-cased aliases) of the organisations table the parser reads.

    Imported late: the parser package imports `schemas`, so a top-level import would cycle.
    """
    from pipeline.parse.knowledge import organisations

    orgs = organisations()
    return frozenset(orgs.kinds), frozenset(orgs.canonical)
