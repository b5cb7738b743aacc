"""Value rules shared by the pandera models and the parser, kept as plain patterns."""

# A person's name as the parser writes it: 2-5 capitalised words, no digits, no e-mail.
PERSON_NAME = r"^[A-Z][\w'’.\-]*(?: (?:[a-z]{1,3} )?[A-Z][\w'’.\-]*){1,4}$"
SHA256_HEX = r"^[0-9a-f]{64}$"
ARTICLE_ID = r"^[0-9a-f]{24}$"
ISO_639_1 = r"^[a-z]{2}$"
# Text left broken by a wrong decode: the replacement character or classic UTF-8-as-cp1252.
MOJIBAKE = r"\uFFFD|â€|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]"
# Markers of page furniture that must never survive into a body.
BOILERPLATE_MARKERS = (
    r"(?im)^(?:leave a reply|see also\b|your email address will not be published"
    r"|\d+(?:\.\d+)?k? shares share this|share this:?$|advertisement$"
    r"|continue reading the main story)"
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
