"""Take clean article text apart: paragraph kinds, dateline, credits, duplicates.

Real scraped pages repeat captions, glue credits to the last paragraph,
print section subheads inline and trail site furniture after the story.
Every rule here is about the shape of wire copy, never about one article.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..records import Anatomy, Paragraph

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DASH = r"(?:-{1,2}|\u2013|\u2014)"

# "ANBAR, Iraq June 21 (Reuters) -", "WASHINGTON (AP) —", "NEW YORK —",
# "Beirut (AFP) -", "LONDON, March 5, 2024 (Reuters) -", "KYIV, 5 March (AFP) -",
# and the agency alone: "(CNN) —", "March 5 (UPI) --".
_DATE_RE = (
    rf"(?:(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_RE})(?:,?\s*(?P<year2>\d{{4}}))?)"
)
_DATELINE = re.compile(
    rf"""^(?P<dateline>
        (?:
            (?:
                (?P<caps>[A-Z][A-Z'.\-]+(?:\s[A-Z][A-Z'.\-]+){{0,3}})          # ALL CAPS place
              | (?P<plain>[A-Z][a-z'.\-]+(?:\s[A-Z][a-z'.\-]+){{0,2}})(?=[^()]{{0,60}}\()  # Beirut (AFP)
            )
            (?:,\s*(?P<region>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){{0,2}}))??
            (?:,?\s+{_DATE_RE})?
          | {_DATE_RE.replace("?P<", "?P<o_")}
        )?
        (?:\s*\((?P<agency>[A-Z][A-Za-z.&'\- ]{{0,40}})\))?
    )\s*{_DASH}\s+""",
    re.VERBOSE,
)

_PHOTO_CREDIT = re.compile(
    r"\((?:[A-Z][\w.]*\s)*(?:Photo|Photograph|Image|Picture|Video)\b[^()]*\)\s*$"
    r"|\b(?:REUTERS|AFP|Getty Images|AP Photo|EPA|Xinhua)/"
    r"|^(?:In this|This) (?:\w+ ){0,6}(?:photo|image|picture|video|file photo|handout)\b"
    r"|^(?:Photo|Image|Picture|Caption)\s*:"
    r"|^(?:Image|Media|Video) (?:caption|source)\s*,",
    re.IGNORECASE,
)

# Parenthesised credits at the end of the story: "(Reporting by X; Editing by Y)".
_TRAILING_CREDITS = re.compile(
    r"\s*\((?P<credits>[^()]*\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|"
    r"[Tt]ranslat\w+|[Gg]raphics|[Ff]act-checking)\s+by\b[^()]*)\)\s*$"
)
_CREDIT_LINE = re.compile(
    r"^\(?(?P<credits>(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Written|"
    r"Translated|Graphics)\s+by\b.*?)\)?\.?$",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"^(?:(?:The\s+)?(?:Associated Press|AP|AFP|Reuters)\s+)?(?:writers?|reporters?|correspondents?)\s+"
    r"(?P<names>.+?)\s+contributed(?:\s+to\s+this\s+(?:report|story))?\.?$",
    re.IGNORECASE,
)
# "By Jane Doe", "By JANE DOE and Ali Veli, Associated Press", "By Jane Doe | Reuters",
# "By Jane Doe, BBC News, Kyiv".
_BYLINE = re.compile(
    r"^By:?\s+(?P<names>[A-Z][^,|\u00b7\u2022\n]{2,80}?)"
    r"(?:\s*(?:,|\||\u00b7|\u2022|\s[\u2013\u2014-]\s)\s*(?P<outlet>[^\n]{2,80}))?$"
)
# The lines under a byline that say who the writer is: "Chief international
# correspondent", "BBC News, Kyiv", "Reporting from Gaza".
_ROLE_LINE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|contributor|staff|bureau|news|"
    r"reporting from|analyst|producer)\b",
    re.IGNORECASE,
)
_ROLE_WORDS = re.compile(r"\b(?:correspondent|reporter|editor|writer|columnist|contributor|staff|analyst|producer)\b", re.I)
_WEEKDAYS = {d.lower() for d in calendar.day_name} | {d.lower() for d in calendar.day_abbr}
# Words a time stamp line is made of ("Published 5 March 2024, 10:43 GMT",
# "Updated 9:12 AM EST, Tue March 5, 2024", "2 hours ago").
_STAMP_WORDS = _WEEKDAYS | set(_MONTHS) | {
    "published", "updated", "posted", "first", "last", "modified", "on", "at", "am", "pm", "a", "m", "p",
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "cst", "cdt", "pst", "pdt", "pt", "ist", "jst",
    "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day", "days", "h", "th", "st", "nd", "rd",
}

_BOILERPLATE = {
    "related topics", "more on this story", "related content", "related links", "see also",
    "also read", "read next", "latest news", "most viewed", "don't miss", "dont miss", "top stories",
    "more to explore", "share this page", "image source", "media caption", "image caption",
    "before you go", "popular in the community", "what's hot", "whats hot", "close",
    "advertisement", "advertising", "related", "related articles", "related stories",
    "related coverage", "read more", "more from", "share", "share this", "share this article",
    "share this story", "sign up", "subscribe", "newsletter", "comments", "view comments",
    "follow us", "trending", "trending now", "most popular", "most read", "you may also like",
    "recommended", "recommended for you", "click here", "loading", "skip to content",
    "accept cookies", "more stories", "editor's picks", "watch", "listen",
    "next story", "previous story", "back to top", "print", "email", "tweet",
}
_BOILERPLATE_PREFIX = re.compile(
    r"^(?:©|\(c\)|copyright\b|all rights reserved|our standards:|sign up for|subscribe to|"
    r"click here|follow (?:us|@)|read more:|related:|this article was|"
    # consent banners and paywalls that a page shows instead of, or around, the story
    r"(?:we|this (?:site|website)) uses? cookies|we value your privacy|by continuing to (?:use|browse)|"
    r"(?:please )?enable javascript|you must enable javascript|(?:subscribe|sign in|log in|register) to "
    r"(?:continue|read|get unlimited)|already a subscriber)",
    re.IGNORECASE,
)
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on",
    "or", "over", "the", "to", "up", "via", "vs", "with",
}
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")


def _split_blocks(text: str) -> list[str]:
    """Paragraphs are separated by blank lines or single newlines; hard-wrapped text is unwrapped."""
    lines = [line.strip() for line in text.split("\n")]
    nonblank = [len(line) for line in lines if line]
    if not nonblank:
        return []
    widths = sorted(nonblank)
    wrapped = len(widths) >= 8 and widths[int(len(widths) * 0.9)] <= 100
    wrap_width = widths[-1] if wrapped else 0
    blocks: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                blocks.append(" ".join(current))
                current = []
            continue
        current.append(line)
        # A line of a hard-wrapped paragraph fills most of the width; a
        # short line, or one that ends a sentence well short of it, ends it.
        if not wrapped or len(line) < wrap_width * 0.7:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return [" ".join(b.split()) for b in blocks if b.strip()]


def _dedupe(blocks: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """A block printed twice (a caption above and below its photo) is kept once."""
    seen: set[str] = set()
    kept = []
    for block in blocks:
        key = block[1].casefold()
        if key in seen:
            continue
        seen.add(key)
        kept.append(block)
    return kept


def _norm(block: str) -> str:
    return re.sub(r"[^\w' ]", "", block.replace("\u2019", "'")).strip().casefold()


def is_boilerplate(block: str) -> bool:
    return _norm(block) in _BOILERPLATE or bool(_BOILERPLATE_PREFIX.match(block))


def _headline_like(block: str, max_words: int = 16) -> bool:
    """Short, not a sentence: a title, dek or subhead."""
    words = block.split()
    if not words or len(words) > max_words or len(block) > 160:
        return False
    if block.endswith((".", "!", ":", ";", ",")) and not block.endswith("..."):
        return False
    return not block.startswith(("\"", "\u201c", "("))


def _is_capitalised(block: str) -> bool:
    """Title Case or ALL CAPS, as subheads are."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019\-]*", block)]
    if not words:
        return False
    if block.upper() == block:
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def _is_prose(block: str) -> bool:
    return bool(_SENTENCE_END.search(block)) or len(block.split()) >= 20


def parse_credits(text: str) -> list[dict[str, str]]:
    """'Additional reporting by A in Baghdad; Editing by B and C' -> [{role, name}, ...]."""
    credits = []
    for part in re.split(r";|\.\s+(?=[A-Z])", text):
        m = re.match(r"\s*(?P<role>[A-Za-z\- ]+?)\s+by\s+(?P<names>.+)", part.strip())
        if not m:
            continue
        role = m["role"].strip().lower()
        for name in _split_names(m["names"]):
            credits.append({"role": role, "name": name})
    return credits


def _split_names(names: str) -> list[str]:
    out = []
    for name in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", names.strip().rstrip(".")):
        # "Ahmed Rasheed in Baghdad" -> "Ahmed Rasheed"
        name = re.sub(r"\s+(?:in|from|at)\s+[A-Z].*$", "", name).strip(" .")
        if name.isupper() and len(name) > 3:
            name = name.title()
        if name and name[0].isupper():
            out.append(name)
    return out


def _year_for(month: int, day: int, text: str) -> int | None:
    """The year of a dateline that gives only month and day, read from the story's own dates."""
    full = re.findall(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", text)
    dates = []
    for mon, d, y in full:
        try:
            dates.append(dt.date(int(y), _MONTHS[mon.rstrip(".").lower()], int(d)))
        except (ValueError, KeyError):
            continue
    if dates:
        ref = max(dates)
        # A dateline shortly after a year's end follows a December date.
        year = ref.year
        try:
            if dt.date(year, month, day) < ref - dt.timedelta(days=180):
                year += 1
        except ValueError:
            return None
        return year
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    this_year = dt.date.today().year
    years = [y for y in years if y <= this_year]
    return max(years) if years else None


def _year_near(month: int, day: int, reference: str | None) -> int | None:
    """The year that puts month/day on or just before the reference date (a story is dated when filed)."""
    try:
        ref = dt.date.fromisoformat((reference or "")[:10])
        year = ref.year
        if dt.date(year, month, day) > ref + dt.timedelta(days=31):
            year -= 1
        return year
    except ValueError:
        return None


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _place_name(raw: str) -> str:
    if raw.isupper():
        return " ".join(w.capitalize() if "." not in w else w.title() for w in raw.split())
    return raw


def match_dateline(block: str) -> re.Match[str] | None:
    m = _DATELINE.match(block)
    if not m:
        return None
    if m["agency"]:
        return m
    if not (m["caps"] and len(m["caps"]) >= 3):
        return None
    return m


# A Markdown heading: "# Headline", "## Subhead".
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")


def dissect(text: str) -> Anatomy:
    """Clean article text -> its anatomy."""
    blocks: list[tuple[str | None, str]] = []
    for block in _split_blocks(text):
        m = _MD_HEADING.match(block)
        if m:
            blocks.append(("title" if len(m[1]) == 1 and not blocks else "subhead", m[2]))
        else:
            blocks.append((None, block))
    return dissect_blocks(blocks, text)


def dissect_blocks(
    blocks: list[tuple[str | None, str]], text: str | None = None, reference: str | None = None
) -> Anatomy:
    """Blocks in reading order, each with a kind hint or None -> the article's anatomy.

    A hint comes from markup (a page's h1, h2, figcaption, standfirst) and
    is kept unless the block is site furniture; unhinted blocks are judged
    by their shape. The first block is the title. A dateline that gives no
    year takes it from `reference` (an ISO date the page states), else from
    the dates in `text`, the whole article.
    """
    blocks = _dedupe(blocks)
    anatomy = Anatomy()
    if not blocks:
        return anatomy
    text = text if text is not None else "\n\n".join(b for _, b in blocks)

    hints = [hint for hint, _ in blocks]
    kinds: list[str] = [hint or "body" for hint in hints]
    texts = [block for _, block in blocks]
    extra: dict[int, str] = {}  # index -> credit text split off the block

    kinds[0] = "title"
    anatomy.title = texts[0]

    dateline_at = None
    byline_at = None
    for i, block in enumerate(texts[1:], start=1):
        if is_boilerplate(block):
            kinds[i] = "boilerplate"
        elif hints[i] or kinds[i] != "body":
            continue
        elif _PHOTO_CREDIT.search(block):
            kinds[i] = "caption"
        elif dateline_at is None and (m := match_dateline(block)):
            dateline_at = i
            _read_dateline(anatomy, m, text, reference)
        elif (m := _BYLINE.match(block)) and len(block) < 160:
            kinds[i] = "credit"
            byline_at = i
            _read_byline(anatomy, m)
        elif byline_at is not None and i - byline_at <= 2 and _is_role_line(block):
            kinds[i] = "credit"
            byline_at = i
        elif _is_timestamp(block):
            kinds[i] = "credit"
            anatomy.published = anatomy.published or _stamp_date(block)
        elif (m := _CREDIT_LINE.match(block)) and len(block) < 400:
            kinds[i] = "credit"
            anatomy.credits.extend(parse_credits(m["credits"]))
        elif (m := _CONTRIBUTED.match(block)) and len(block) < 300:
            kinds[i] = "credit"
            anatomy.credits.extend({"role": "contributing", "name": n} for n in _split_names(m["names"]))
        elif m := _TRAILING_CREDITS.search(block):
            credits = parse_credits(m["credits"])
            if credits and m.start() > 0:
                anatomy.credits.extend(credits)
                texts[i] = block[: m.start()].rstrip()
                extra[i] = block[m.start():].strip()

    # The story ends with its last prose paragraph; short lines after it
    # (a heading included: it heads nothing) are site furniture.
    last_prose = max(
        (i for i, k in enumerate(kinds) if k == "body" and _is_prose(texts[i])), default=0
    )
    for i in range(last_prose + 1, len(texts)):
        if kinds[i] in {"body", "subhead"} and (i in extra or not _is_prose(texts[i])):
            kinds[i] = "boilerplate"

    first_body = next(
        (i for i, k in enumerate(kinds) if k == "body" and (i == dateline_at or _is_prose(texts[i]))),
        len(texts),
    )
    for i in range(1, len(texts)):
        if hints[i] == "dek" and i > first_body and kinds[i] == "dek":
            kinds[i] = "body"  # a summary box inside the story is not its dek
        if kinds[i] != "body" or hints[i]:
            continue
        if i < first_body and _headline_like(texts[i], max_words=30):
            kinds[i] = "dek"
        elif i > first_body and _headline_like(texts[i], max_words=10) and _is_capitalised(texts[i]):
            kinds[i] = "subhead"

    seq = 0
    for i, (kind, block) in enumerate(zip(kinds, texts)):
        anatomy.paragraphs.append(Paragraph(seq, kind, block))
        seq += 1
        if i in extra:
            anatomy.paragraphs.append(Paragraph(seq, "credit", extra[i]))
            seq += 1
    anatomy.dek = next((p.text for p in anatomy.paragraphs if p.kind == "dek"), None)
    return anatomy


def _read_byline(anatomy: Anatomy, m: re.Match[str]) -> None:
    names = _split_names(m["names"])
    anatomy.byline = ", ".join(names) if names else m["names"].strip()
    anatomy.credits.extend({"role": "byline", "name": n} for n in names)
    rest = (m["outlet"] or "").strip()
    if _is_timestamp(rest):  # "By Jane Doe · March 5, 2024"
        anatomy.published = anatomy.published or _stamp_date(rest)
        return
    parts = [p.strip() for p in re.split(r"[,|\u00b7\u2022]", rest) if p.strip()]
    outlet = next((p for p in parts if not _ROLE_WORDS.search(p) and not _is_timestamp(p)), None)
    if outlet and not anatomy.agency:
        anatomy.agency = outlet


def _is_role_line(block: str) -> bool:
    return len(block.split()) <= 10 and not _SENTENCE_END.search(block) and bool(_ROLE_LINE.search(block))


def _is_timestamp(block: str) -> bool:
    if len(block) > 90:
        return False
    words = re.findall(r"[A-Za-z]+", block)
    return (
        bool(re.search(r"\d", block))
        and all(w.lower().rstrip(".") in _STAMP_WORDS for w in words)
        and any(w.lower() in _MONTHS or w.lower() == "ago" for w in words)
    )


def _stamp_date(block: str) -> str | None:
    m = re.search(rf"\b{_DATE_RE}", block)
    if not m:
        return None
    month, day, year = (m["month"], m["day"], m["year"]) if m["month"] else (m["month2"], m["day2"], m["year2"])
    return _iso(int(year), _MONTHS[month.rstrip(".").lower()], int(day)) if year else None


def _read_dateline(anatomy: Anatomy, m: re.Match[str], text: str, reference: str | None = None) -> None:
    anatomy.dateline = re.sub(rf"\s*{_DASH}\s*$", "", m["dateline"]).strip()
    if m["caps"] or m["plain"]:
        anatomy.place = _place_name(m["caps"] or m["plain"])
    if m["agency"]:
        anatomy.agency = m["agency"].strip()
    date = next(
        ((m[f"{p}month{s}"], m[f"{p}day{s}"], m[f"{p}year{s}"]) for p in ("", "o_") for s in ("", "2") if m[f"{p}month{s}"]),
        None,
    )
    if date:
        month = _MONTHS[date[0].rstrip(".").lower()]
        day = int(date[1])
        year = int(date[2]) if date[2] else (_year_near(month, day, reference) or _year_for(month, day, text))
        anatomy.published = _iso(year, month, day)
