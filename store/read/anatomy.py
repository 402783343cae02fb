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
from . import thresholds
from .limits import within_bound
from .name_cards import without_name_cards

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# The old AP wire typed its dash as an underscore between spaces ("UNITED NATIONS (AP) _ The council ..."):
# its datelines end on one as others' on "--" or an em dash.
_DASH = r"(?:-{1,2}|\u2013|\u2014|_)"

# "ANBAR, Iraq June 21 (Reuters) -", "WASHINGTON (AP) —", "NEW YORK —",
# "Beirut (AFP) -", "LONDON, March 5, 2024 (Reuters) -", "KYIV, 5 March (AFP) -",
# and the agency alone: "(CNN) —", "March 5 (UPI) --"; or the outlet's tag opening the story, its call letters in
# brackets, before a dateline or the story's first words with no dash: "(CBS News) AURORA, Colo. -", "(CNN) President";
# or after one, its call letters closing it with no dash either: "Seoul, South Korea (CNN) North Korea is willing",
# whose "(CNN)" would otherwise read as the initials the place's name is given; and a dateline closed by an em dash
# with no space after its region, as the Wall Street Journal sets it: "MANCHESTER, N.H.—The Democratic National
# Committee", "BOONE, Iowa—Shortly after" (never after capitals alone: "NATO—Russia ties" opens a sentence).
_DATE_RE = (
    rf"(?:(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_RE})(?:,?\s*(?P<year2>\d{{4}}))?)"
)
# A dateline's day of the week for its date, as Asian copy writes it: "SHAH ALAM, Thurs. -", "KUALA LUMPUR, Mon. -".
WEEKDAY_RE = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DATELINE = re.compile(
    rf"""^(?P<dateline>
        (?P<lead>\((?P<lead_agency>[A-Z]{{2,5}}(?:\s[A-Z][A-Za-z.&'\-]*){{0,2}})\)\s+(?=[A-Z]))?
        (?:
            (?:
                (?P<caps>[A-Z][A-Z'.\-]+(?:\s[A-Z][A-Z'.\-]+){{0,3}})          # ALL CAPS place
              | (?P<plain>[A-Z][a-z'.\-]+(?:\s[A-Z][a-z'.\-]+){{0,2}})(?=[^()]{{0,60}}\()  # Beirut (AFP)
            )
            (?:,\s*(?P<region>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){{0,2}}))??
            (?:,?\s+(?:{_DATE_RE}|{WEEKDAY_RE}))?
          | {_DATE_RE.replace("?P<", "?P<o_")}
        )?
        (?:\s*\((?P<agency>[A-Z][A-Za-z.&'\- ]{{0,40}})\))?
    )(?(lead)(?:\s*{_DASH}\s+|(?<=\)\s))|(?:\s*{_DASH}\s+|(?<=[a-z.])\u2014(?=[A-Z][a-z])|(?<=[A-Z]{{2}}\))\s+(?=[A-Z])))""",
    re.VERBOSE,
)

# A picture's credit at the end of a paragraph: in parentheses, "(Reuters Photo: …)", "(AP Photo/…)"; after a
# caption's sentence, "… what's next in the case. Photo: AP."; or in square brackets, "[photos via AP, Acme]".
# The one definition: it makes a paragraph a caption here, and the nlp stage names nothing inside it.
PHOTO_CREDIT_TAIL = (
    r"\([^()]*\b(?:Photo|Photograph|Image|Picture|Video|File)\b[^()]*\)\s*$"
    r"|(?<=[.!?\"\u201d])\s*(?:Photo|Photograph|Image|Picture)\s*:\s*[^:]{2,80}$"
    r"|\[(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?)\s+(?:via|by|courtesy(?:\s+of)?)\s[^\[\]]+\]\s*$"
)
_PHOTO_CREDIT = re.compile(
    PHOTO_CREDIT_TAIL + r"|\b(?:REUTERS|AFP|Getty Images|AP Photo|EPA|Xinhua)/"
    r"|^(?:In this|This) (?:\w+ ){0,6}(?:photo|image|picture|video|file photo|handout)\b"
    r"|^(?:Photo|Image|Picture|Caption)\s*:"
    r"|^(?:Image|Media|Video) (?:caption|source)\s*,"
    # a video player's caption among the paragraphs: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:48"
    r"|^just watched\b.{0,200}\breplay more videos\b"
    r"|\((?:Photo |Image )?Credit\s*:[^()]*\)\s*$|\.\s+Credit\s*:\s*[^.]{2,60}\.?$"
    r"|\b(?:photos?|images?|pictures?)\s*:?\s*\u00a9"
    # a caption's "expand" control left in its text
    r"|\s\[\+\]$",
    re.IGNORECASE,
)
# Agency photo captions date the picture in full ("…, left, shake hands in Hanoi, Vietnam
# Wednesday, Nov. 20, 2019."); a story's own text says "on Wednesday".
_CAPTION_DATE = re.compile(
    rf"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+{_MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}\b"
)
# ... and end on where it was taken: "… on Tuesday, Nov. 19, 2019, in Los Angeles."
_CAPTION_PLACE = re.compile(r",?\s+in\s+[A-Z][\w.'\- ]{1,40}(?:,\s*[A-Z][\w.'\- ]{1,30})?\.?$")
# A picture's credit naming its sources with slashes, closing a short line: "(NASA/JPL-Caltech/ASU)".
_SLASH_CREDIT = re.compile(r"\((?:[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*)*/)+[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*)*\)$")

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
# "Keith Bradsher contributed reporting from Hong Kong.", "Fox News' Jane Doe contributed to this report."
_CONTRIBUTED_BY_NAME = re.compile(
    r"^(?:[A-Z][\w.&]*(?:\s[A-Z][\w.&]*){0,3}[\u2019']s?\s+)?"
    r"(?P<names>[A-Z][\w.\-\u2019']+(?:\s+(?:[A-Z][\w.\-\u2019']+|and|,))+?)\s+contributed\s+"
    r"(?:reporting|research|additional reporting|to this (?:report|story|article))\b[^.]{0,80}\.?$"
)
# "By Jane Doe", "By JANE DOE and Ali Veli, Associated Press", "By Jane Doe | Reuters",
# "By Jane Doe, BBC News, Kyiv"; a blog's "Posted By: Jane Doe", and a stray comma the page left after the names
# ("By Jane Doe and Ali Veli,").
_BYLINE = re.compile(
    r"^(?:Posted\s+)?[Bb]y:?\s+(?P<names>[A-Z][^,|\u00b7\u2022\n]{2,80}?)"
    r"(?:\s*(?:,|\||\u00b7|\u2022|\s[\u2013\u2014-]\s)\s*(?P<outlet>[^\n]{2,80}))?,?$"
)
# A page's count of reader comments: "149comments", "Comments (78 comments)".
_COMMENT_COUNT = re.compile(r"^(?:comments\s*\(\s*)?\d+\s*comments?\s*\)?$", re.I)
# One piece of a date on a line of its own: "24", "Jul", "2012", "9:44am, EDT".
_DATE_PART = re.compile(
    rf"^(?:\d{{1,2}}|{_MONTH_RE}|(?:19|20)\d\d|\d{{1,2}}:\d\d\s*(?:[ap]\.?m\.?)?,?(?:\s*[A-Z]{{2,4}})?)$", re.I
)
# The lines under a byline that say who the writer is: "Chief international
# correspondent", "BBC News, Kyiv", "Reporting from Gaza".
_ROLE_LINE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|contributor|staff|bureau|news|"
    r"reporting from|analyst|producer)\b",
    re.IGNORECASE,
)
# A writer's note at the end of the story: "Jane Doe (jane@example.com) is the editor of …".
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'\u2019\-]+(?:\s[A-Z][\w.'\u2019\-]+){1,3}(?:\s*\([^)]{1,80}\))?,?\s+(?:is|was|has been)\s+"
    r"(?:a|an|the)\b[^.]{0,120}?\b(?:editor|writer|reporter|correspondent|author|columnist|contributor|journalist|publisher)s?\b"
)
# How to reach the writer: "Write to Jane Doe at jane@example.com", "Email Jane Doe at … or follow
# her @janedoe", "Have a tip? Jane Doe may be reached at …".
_NAME = r"[A-Z][\w.'\u2019\-]+(?: [A-Z][\w.'\u2019\-]+){0,3}"
_CONTACT = re.compile(
    rf"^(?:[Hh]ave a tip\?\s*)?(?:[Ww]rite to|[Ee]-?mail|[Cc]ontact) {_NAME} at [\w.+\-]+@"
    rf"|\b{_NAME} (?:may|can) be reached at [\w.+\-]+@"
    r"|\b(?i:follow (?:him|her|them|me) (?:on (?:twitter|facebook|instagram|x|threads|bluesky)|@\w))",
)
# A wire story's sign-off, its last line: the reporter and the desk that filed it
# ("-- Dmitry Solovyov, Moscow Newsroom, +7095 941 8520").
_WIRE_SIGNOFF = re.compile(
    r"^-{1,2}\s*(?P<name>[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){1,3}),\s*"
    r"(?P<desk>(?:[A-Z][\w.'\-]*\s){1,3}(?:[Nn]ewsroom|[Bb]ureau|[Dd]esk))\b"
)
# "By" as a paragraph of its own: the names are the next line.
_BY_ALONE = re.compile(r"^By:?$", re.I)
# A by-line with the page's date run into it ("By Jane Doe Nov. 19, 2019 8:03 am ET",
# "By Jane Doe Updated March 5, 2024"): the names end where the date or stamp begins.
_BYLINE_DATED = re.compile(
    rf"^[Bb]y:?\s+(?P<names>[A-Z].{{2,200}}?)\s*(?:[|,\u00b7\u2022]\s*)?(?:\b[Oo]n\s+)?"
    rf"(?P<stamp>(?:(?:Published|Updated|Posted)\b.*|{_DATE_RE}.*|\d{{1,2}}:\d\d.*))$"
)
# The jobs a by-line names after its writer ("Jane Doe, Political correspondent").
BYLINE_JOBS = frozenset({"correspondent", "reporter", "editor", "writer", "columnist", "contributor", "analyst", "producer"})
_ROLE_WORDS = re.compile(rf"\b(?:{'|'.join(sorted(BYLINE_JOBS | {'staff'}))})\b", re.I)
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
    # what a newsletter form says once used ("Thank you" alone may be a line of an interview)
    "thanks for signing up",
}
_BOILERPLATE_PREFIX = re.compile(
    r"^(?:©|\(c\)|copyright\b|all rights reserved|our standards:|sign up for|subscribe to|"
    r"click here|follow (?:us|@)|read more:|related:|"
    # consent banners and paywalls that a page shows instead of, or around, the story
    r"(?:we|this (?:site|website)) uses? cookies|we value your privacy|by continuing to (?:use|browse)|"
    r"(?:please )?enable javascript|you must enable javascript|(?:subscribe|sign in|log in|register) to "
    r"(?:continue|read|get unlimited)|already a subscriber|"
    # a publisher's reprint notice, and a page's own address printed as a line
    r"this copy is for your personal,? non-commercial use|https?://\S+$|"
    # a release's or a paper's footnote references: "[1] Alarm fatigue: ..., Ruskin KJ, ..."
    r"\[\d{1,3}\]\s)",
    re.IGNORECASE,
)
# Promotions and widgets the page puts among the story's paragraphs: newsletter and app
# prompts, sharing and following, membership pitches, related-link teasers. Those that open the
# paragraph are matched at its start only (one pattern tried at every position cost half a
# millisecond an article); the rest are searched for anywhere in it.
_PROMO_OPENING = re.compile(
    r"(?:loading\W*|advertisement|story continues below(?: advertisement)?|scroll to continue.*)$"
    r"|(?:sign up|subscribe|register)\b.{0,200}\b(?:newsletter|inbox|briefing|e-?mail|updates|digest)\b"
    r"|(?:start|get|begin) your (?:day|morning|week)\b"
    r"|(?:get|download) (?:the|our) [\w ]{0,30}\bapp\b"
    r"|(?:like|enjoy(?:ed)?|love)(?: this| the)? (?:story|article)\b.{0,40}\bshare\b"
    r"|if you (?:enjoyed|liked|value) (?:this|our) (?:article|story|journalism|reporting)\b"
    r"|follow (?:us|[\w .]{1,60}?) on (?:facebook|twitter|x|instagram|linkedin|tiktok|threads)\b"
    r"|(?:see|read|watch) (?:more|also|next)\s*:|(?:don'?t miss|more on this|related)\s*[:\-]"
    # a teaser for another story on the site: "Also on example.com Headline of it"
    r"|also on (?:[\w-]+\.)+[a-z]{2,}\b"
    r"|get [\w ]{1,40} delivered\b"
    # a content-management shortcode the page failed to render: "[button link=…]Send us…[/button]"
    r"|\[(\w+)\b[^\]]*\].*\[/\1\]$"
    r"|(?:get|receive)\b.{0,60}\b(?:delivered (?:straight |right |directly )?to|(?:right|straight) (?:in|to|into)) your inbox\b"
    r"|(?:get|unlock) (?:unlimited |full |exclusive |instant )?access to\b.{0,200}\b(?:subscri\w+|membership|for as little as)\b"
    r"|listen (?:to|live)\b.{0,60}\blive\b"
    # a pointer to another page: "You can view our June open thread here."
    r"|(?:you can )?(?:view|read|see|find|watch|listen to|click)\b[^.]{0,60}\bhere\.?$"
    # a newsletter or share form's messages
    r"|(?:an error has occurred|there was an error processing your|this (?:article|story) has been sent to"
    r"|keep an eye on your inbox|thanks? (?:you )?for (?:signing up|subscribing))\b"
    r"|(?:the times|we) (?:is|are) committed to publishing a diversity of letters",
    re.IGNORECASE,
)
_PROMO_ANYWHERE = re.compile(
    r"\bnewsletter\b.{0,120}\b(?:sign up|subscribe|inbox|delivered|for free)\b"
    r"|\b(?:sign up|subscrib\w*)\b.{0,120}\bnewsletters?\b"
    r"|\[(?:insight|video|pics|poll|latest|gallery|revealed|analysis)\]"
    r"|\bclick here (?:for|to)\b"
    r"|\bcomments? (?:are|is) (?:moderated|closed)\b|\bmoderating (?:all )?comments\b"
    r"|we'?d like to hear what you think"
    r"|\blisten (?:back|again) (?:here|now)\b",
    re.IGNORECASE,
)
# A box of the site's own promotions set in brackets among the paragraphs, each part sending the reader to its
# newsletter, blog, report or guide, or to follow it: "[ Keep up on the day's news with InfoWorld's Today's Headlines
# newsletter. | Get ... from InfoWorld's Tech Watch blog. ]", "(For updates ..., follow IBNLive on Facebook, Twitter
# and Pinterest)". The whole paragraph is bracketed, so no sentence of the story that mentions a newsletter is taken.
_PROMO_BOX = re.compile(
    r"^[\[(][^\[\]()]*\b(?:newsletters?|blog|special report|deep dive|follow\b[^|]{0,60}?\bon (?:facebook|twitter|x|instagram|linkedin))\b"
    r"[^\[\]()]*[\])]$",
    re.IGNORECASE,
)
# What a sign-up form says around its fields: a validation prompt, a consent box, the unsubscribe notice. No sentence
# of a story writes two of them, so a paragraph holding two is the form however long its option lists run (a country
# picker's two hundred names: "Choose your country United States of America Afghanistan Albania ...").
_FORM_PROMPTS = re.compile(
    r"\b(?:please enter a valid e-?mail|please (?:select|choose) your (?:country|region|state)|(?:choose|select) your country"
    r"|i (?:can )?confirm (?:that )?i have read and (?:accept|agree)|you (?:may|can) unsubscribe\b.{0,60}?\bat any time"
    r"|by (?:signing up|subscribing|clicking)\b.{0,80}?\b(?:agree|accept)|sign up now|enter your e-?mail)\b",
    re.IGNORECASE,
)
# Editor's notes: the publisher's words about the story (kind "note"), kept and shown but
# never read as the story.
_EDITORS_NOTE = re.compile(
    r"^(?:\*\s*)?(?:this (?:article|story|report|post|piece|column|headline) (?:was|has been|had been) "
    r"(?:amended|updated|corrected|changed|edited|revised|clarified|reprinted|republished)"
    r"|an earlier version of this (?:article|story|report|post|headline)"
    r"|(?:correction|clarification|editor'?s note|update(?:d)?|disclaimer)\s*(?:\(.{0,40}\))?\s*:)",
    re.IGNORECASE,
)
# Headings that open the page's tail (related links, a slideshow, readers' comments): from one
# of them on, nothing is the story's.
_TAIL_HEADING = re.compile(
    r"^(?:related(?: (?:stories|articles|content|coverage|links|news|reading|topics|posts|videos))?|more (?:from|on|stories|news|in|about)\b.{0,40}|(?:reader )?comments?(?: \(\d+\))?"
    r"|(?:\d+ )?comments?|(?:photo )?(?:slideshow|gallery)|you (?:may|might) (?:also )?(?:like|be interested in)"
    r"|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|(?:also )?read next"
    r"|trending(?: now| stories)?|latest (?:news|stories|headlines)|top stories|what to read next|join the conversation"
    r"|(?:leave|post|add) a (?:comment|reply))$",
    re.IGNORECASE,
)
# The tail headings that open readers' comments, whose sentences are no more of the story.
_COMMENTS_HEADING = re.compile(r"^(?:(?:reader |\d+ )?comments?(?: \(\d+\))?|join the conversation|(?:leave|post|add) a (?:comment|reply))$", re.IGNORECASE)
# A release's boilerplate heading: "About Acme Health", "About the Acme Institute" (a name, no sentence).
_ABOUT_HEADING = re.compile(r"^About (?:the )?(?P<name>[A-Z][\w.&'\u2019\-]*(?: (?:[A-Z][\w.&'\u2019\-]*|of|and|for|&)){0,8})\s*:?$")
# The words a sentence cannot end on: a paragraph ending on one was cut short.
_DANGLING = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "with", "said", "says", "told", "that", "who", "which", "whose", "its", "their", "his", "her",
}
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on",
    "or", "over", "the", "to", "up", "via", "vs", "with",
}
# Latin and CJK sentence ends (。！？ and the closing 」』 of a Japanese quote).
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]\u3002\uff01\uff1f\u300d\u300f]$")


def _split_blocks(text: str) -> list[str]:
    """Paragraphs are separated by blank lines or single newlines; hard-wrapped text is unwrapped."""
    lines = [line.strip() for line in text.split("\n")]
    nonblank = [len(line) for line in lines if line]
    if not nonblank:
        return []
    widths = sorted(nonblank)
    wrapped = (
        len(widths) >= thresholds.WRAP_MIN_LINES
        and widths[int(len(widths) * thresholds.WRAP_QUANTILE)] <= thresholds.WRAP_MAX_WIDTH
    )
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
        if not wrapped or len(line) < wrap_width * thresholds.WRAP_FULL_LINE:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return [" ".join(b.split()) for b in blocks if b.strip()]


def _dedupe(blocks: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """A block printed twice close together (a caption above and below its photo, a teaser
    repeating the headline) is kept once. Far apart, a repeat is the story's own: the same
    heading over each of a guide's sections, the same line under each of its tables."""
    last_seen: dict[str, int] = {}
    kept: list[tuple[str | None, str]] = []
    for block in blocks:
        key = block[1].casefold()
        at = last_seen.get(key)
        last_seen[key] = len(kept)
        if at is not None and (len(kept) - at <= thresholds.REPEAT_WINDOW or block[0] == "caption"):
            continue
        kept.append(block)
    return kept


def _norm(block: str) -> str:
    return re.sub(r"[^\w' ]", "", block.replace("\u2019", "'")).strip().casefold()


def is_boilerplate(block: str) -> bool:
    if _norm(block) in _BOILERPLATE or _BOILERPLATE_PREFIX.match(block) or _a_sign_up_form(block):
        return True
    return len(block) < thresholds.PROMO_MAX_CHARS and bool(
        _PROMO_OPENING.match(block) or _PROMO_ANYWHERE.search(block) or _PROMO_BOX.match(block)
    )


def _a_sign_up_form(block: str) -> bool:
    return len({m.group(0).casefold() for m in _FORM_PROMPTS.finditer(block)}) >= 2


# A video's or a photo's caption run in after the label the BBC's pages print among the paragraphs (a page read as
# text keeps it; read from its markup the label is dropped and the line hinted a caption): "Media playback is
# unsupported on your device Media caption ...", "Image copyright Reuters Image caption ...".
_LABELLED_CAPTION = re.compile(r"\s*(?:(?:Media playback is unsupported on your device\s+)?Media caption|Image copyright\b.{1,80}?\bImage caption)\s")
# The credit line an embedded post ends on, run into its text: "... or if this would be too triggering — Rich Lowry
# (@RichLowry) October 24, 2019".
_POST_CREDIT = re.compile(r"[\u2014\u2013-]\s*[^()\n]{1,60}\(@\w+\)\s+(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s*$")


def _set_apart_kind(block: str) -> str | None:
    """The kind of a paragraph the page set among the story's that is none of it, told by its label or its credit: a
    video's or photo's caption under the page's label ("media"), an embedded post ("post"). Judged last, on what the
    rest left body, so the story's shape (where its prose starts and ends) is judged as before."""
    if _LABELLED_CAPTION.match(block):
        return "media"
    if _POST_CREDIT.search(block):
        return "post"
    return None


def is_caption(block: str) -> bool:
    """A photo's caption or credit printed among the paragraphs."""
    block = _once(block)
    if _PHOTO_CREDIT.search(block):
        return True
    if _SLASH_CREDIT.search(block) and len(block.split()) <= thresholds.CAPTION_MAX_WORDS:
        return True
    m = _CAPTION_DATE.search(block)
    if m is None or len(block.split()) > thresholds.CAPTION_MAX_WORDS:
        return False
    if _CAPTION_PLACE.fullmatch(block, m.end()):
        return True
    return not re.search(r"\b(?:on|since|until|by|before|after|from|last|this|next)\s*$", block[: m.start()], re.I)


def _once(block: str) -> str:
    """A line the page printed twice, glued ("…in Los Angeles.Los Angeles Lakers' …"), read once."""
    half = len(block) // 2
    for cut in (half, half + 1):
        if block[:cut].strip() == block[cut:].strip():
            return block[:cut].strip()
    return block


def strip_title_suffix(title: str, known: list[str | None]) -> str:
    """'Headline | World news | Example Times' -> 'Headline'; 'Headline - Jane Doe' -> 'Headline'.

    Segments after a bar are a page's section and site names when short; after a dash, only
    a segment that names the site, its address or the writer (`known`) goes, since a dash
    also joins the halves of a real headline.
    """
    keys = [_squash(k) for k in known if k and _squash(k)]
    for name in known:
        # "Headline-Site Name": the dash lost its spaces on the page
        if name and len(name) >= 3:
            title = re.sub(rf"\s*[|\u2013\u2014\-:\u00b7\u2022]\s*{re.escape(name)}\s*$", "", title, flags=re.I) or title
    # "Opinion|Headline": a section's name before a bar
    title = re.sub(r"^\w+(?:\s\w+)?\s*\|\s*(?=\S)", "", title)
    parts = re.split(r"\s+(\||\u2013|\u2014|-|::|\u00b7|\u2022)\s+", title)
    while len(parts) >= 3:
        sep, last = parts[-2], parts[-1]
        key = _squash(last)
        named = bool(key) and any(key in k or k in key for k in keys)
        if not (named or (sep == "|" and len(last.split()) <= 4)):
            break
        parts = parts[:-2]
    return " ".join(parts).strip() or title


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold().removeprefix("www."))


def looks_cut(block: str) -> bool:
    """A paragraph that stops mid-sentence: on a comma, a dash or a word no sentence ends on.
    (An open quotation is no sign: a quote running on into the next paragraph is left open.)"""
    words = block.split()
    if len(words) < thresholds.CUT_MIN_WORDS or _headline_like(block, max_words=thresholds.CUT_HEADLINE_WORDS):
        return False
    last = words[-1].casefold()
    return block.endswith((",", "\u2014", " -", "(")) or last in _DANGLING


def _headline_long(block: str, max_words: int = thresholds.HEADLINE_MAX_WORDS) -> bool:
    """As long as a headline may be, and not empty."""
    words = block.split()
    return bool(words) and len(words) <= max_words and len(block) <= thresholds.HEADLINE_MAX_CHARS


def _ends_on(block: str, marks: tuple[str, ...]) -> bool:
    """Whether the block ends on one of the marks, not on an ellipsis. (A sentence may end inside its closing
    quote mark: 'should be careful "not to raise false alarms."')"""
    ended = block.rstrip("\"\u201d\u2019'")
    return ended.endswith(marks) and not ended.endswith("...")


def _headline_like(block: str, max_words: int = thresholds.HEADLINE_MAX_WORDS) -> bool:
    """Short, not a sentence: a title, dek or subhead."""
    if not _headline_long(block, max_words) or _ends_on(block, (".", "!", ":", ";", ",")):
        return False
    return not block.startswith(("\"", "\u201c", "("))


def _headless(first: str) -> bool:
    """A story that opens on its lede, with no headline (a newspaper's archive text, copy pasted without its
    title): a first block longer than any headline that ends as a sentence does."""
    return bool(first.split()) and not _headline_long(first) and _ends_on(first, (".", "!", "?"))


def _is_capitalised(block: str) -> bool:
    """Title Case or ALL CAPS, as subheads are."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019\-]*", block)]
    if not words:
        return False
    if block.upper() == block:
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def _between_prose(kinds: list[str], texts: list[str], i: int) -> bool:
    return 0 < i < len(texts) - 1 and all(kinds[j] == "body" and _is_prose(texts[j]) for j in (i - 1, i + 1))


def _story_goes_on(texts: list[str], i: int) -> bool:
    """Whether the story goes on after the tail heading texts[i]: a box of related links the page sets between two of the
    story's paragraphs ("More on Election 2016", "More on the victims"), whose links the reader left out, is followed by
    more of the story, sentences in sentence case, where the page's tail holds headlines, captions and a sign-off. Not
    readers' comments, which are sentences too."""
    if _COMMENTS_HEADING.match(_norm(texts[i])):
        return False
    after = texts[i + 1 : i + 1 + thresholds.STORY_AFTER_BOX_LOOK]
    story = [t for t in after if len(t.split()) >= thresholds.STORY_SENTENCES_MIN_WORDS and _ends_on(t, (".", "!", "?")) and not _is_capitalised(t)]
    return len(story) >= thresholds.STORY_AFTER_BOX_MIN


def _is_prose(block: str) -> bool:
    return bool(_SENTENCE_END.search(block)) or len(block.split()) >= thresholds.PROSE_MIN_WORDS


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
        # a handle or the writer's role or outlet run into the name ("Jane Doe@jdoe",
        # "Jane DoeStaff Writer", "Jane DoeFOXBusiness")
        name = re.sub(r"@\w+", "", name)
        name = re.split(rf"\s+(?:{_MONTH_RE}\s+\d|On\s+\d|\d)", name)[0]
        name = re.split(
            r"(?<=[a-z])(?=(?:[A-Z][a-z]+ )?(?:Writer|Reporter|Editor|Correspondent|Columnist)\b|[A-Z]{2,})", name
        )[0].strip(" .")
        if name.isupper() and len(name) > 3:
            name = name.title()
        if name and name[0].isupper():
            out.append(name)
    return out


def _year_for(month: int, day: int, text: str) -> int | None:
    """The year of a dateline that gives only month and day, read from the story's own full dates."""
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
            if dt.date(year, month, day) < ref - dt.timedelta(days=thresholds.DATELINE_YEAR_TURN_DAYS):
                year += 1
        except ValueError:
            return None
        return year
    # A bare year says what the story is about ("1986 profits", "by 1990"), not when it was filed: in
    # the wire stories of tests/articles/reuterswire/ the latest such year was the filing year in 7
    # of 36, so none is taken; the story stays undated rather than dated wrong.
    return None


def _year_near(month: int, day: int, reference: str | None) -> int | None:
    """The year that puts month/day on or just before the reference date (a story is dated when filed)."""
    try:
        ref = dt.date.fromisoformat((reference or "")[:10])
        year = ref.year
        if dt.date(year, month, day) > ref + dt.timedelta(days=thresholds.DATELINE_AFTER_PAGE_DAYS):
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


# A wire dateline on a line of its own, with no dash (the story starts on the next line): an ALL CAPS place, its
# state or country, and the date, "MOSCOW 1996-08-23", "LAS CRUCES, N.M. 1996-08-22", "WASHINGTON, Aug. 22".
_DATELINE_LINE = re.compile(
    rf"""(?P<place>[A-Z][A-Z'.\-]{{2,}}(?:\s[A-Z][A-Z'.\-]+){{0,3}}|[A-Z]{{1,2}}(?:\s[A-Z][A-Z'.\-]+){{1,3}})
        (?:,\s*(?P<region>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){{0,2}}))?
        ,?\s+(?:\d{{4}}-\d\d-\d\d|{_DATE_RE})""",
    re.VERBOSE,
)


def match_dateline_line(block: str) -> re.Match[str] | None:
    """A line that is only a wire dateline: its place (and region) and date, no dash and no story after them."""
    return _DATELINE_LINE.fullmatch(block.strip())


def match_wire_signoff(block: str) -> re.Match[str] | None:
    """A wire story's sign-off: the reporter's name (group "name") and the desk that filed it."""
    return _WIRE_SIGNOFF.match(block) if len(block) < thresholds.CREDIT_NOTE_MAX_CHARS else None


def match_dateline(block: str) -> re.Match[str] | None:
    m = _DATELINE.match(block)
    if not m:
        return None
    if m["agency"] or m["lead"]:
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
    the dates in `text`, the whole article. A block longer than a paragraph may be is read
    as the consecutive paragraphs limits.within_bound cuts it into.
    """
    blocks = _dedupe([(hint, part) for hint, block in blocks for part in within_bound(without_name_cards(block))])
    anatomy = Anatomy()
    if not blocks:
        return anatomy
    text = text if text is not None else "\n\n".join(b for _, b in blocks)

    # A list item is judged as any block the markup says nothing of; being one only lets it
    # stand after the story's last prose (below).
    items = {i for i, (hint, _) in enumerate(blocks) if hint == "item"}
    # The paragraphs a page wrote inside one element (split at its blank lines) are judged one by
    # one, but where the story ends is judged on the element as the page made it (below).
    element = list(range(len(blocks)))
    for i, (hint, _) in enumerate(blocks):
        if hint == "more" and i:
            element[i] = element[i - 1]
    hints = [None if hint in ("item", "more") else hint for hint, _ in blocks]
    kinds: list[str] = [hint or "body" for hint in hints]
    texts = [block for _, block in blocks]
    extra: dict[int, str] = {}  # index -> credit text split off the block

    # Text kept from a page may open on furniture above the headline: its date and time (split over
    # lines on some sites), a by-line, a comment count. The headline is the first block after them.
    lead = _furniture_above_headline(texts, anatomy) if not hints[0] else 0
    for i in range(lead):
        kinds[i] = "credit"
    # A source with no headline (a wire or treebank text that opens on its story) starts with its lede:
    # read as body, so its names and statements count, while it still names the article in lists.
    kinds[lead] = "title" if hints[lead] or not _headless(texts[lead]) else "body"
    anatomy.title = texts[lead]

    dateline_at = None
    byline_at = None
    for i in range(lead + 1, len(texts)):
        block = texts[i]
        if is_boilerplate(block):
            kinds[i] = "boilerplate"
        elif _EDITORS_NOTE.match(block) and len(block) < thresholds.NOTE_MAX_CHARS:
            kinds[i] = "note"
        elif hints[i] or kinds[i] != "body":
            continue
        elif is_caption(block):
            kinds[i] = "caption"
        elif dateline_at is None and (m := match_dateline(block)):
            dateline_at = i
            _read_dateline(anatomy, m, text, reference)
        elif _BY_ALONE.match(block):
            kinds[i] = "credit"
            byline_at = i
        elif byline_at == i - 1 and _BY_ALONE.match(texts[i - 1]) and (m := _BYLINE.match(f"By {block}")):
            kinds[i] = "credit"
            byline_at = i
            _read_byline(anatomy, m)
        elif (m := _BYLINE_DATED.match(block)) and len(block) < thresholds.DATED_BYLINE_MAX_CHARS:
            kinds[i] = "credit"
            byline_at = i
            _read_dated_byline(anatomy, m)
        elif (m := _BYLINE.match(block)) and len(block) < thresholds.BYLINE_MAX_CHARS:
            kinds[i] = "credit"
            byline_at = i
            _read_byline(anatomy, m)
        elif byline_at is not None and i - byline_at <= thresholds.ROLE_LINES_AFTER_BYLINE and _is_role_line(block):
            kinds[i] = "credit"
            byline_at = i
        elif _is_timestamp(block):
            kinds[i] = "credit"
            anatomy.published = anatomy.published or _stamp_date(block)
        elif (m := _CREDIT_LINE.match(block)) and len(block) < thresholds.CREDIT_LINE_MAX_CHARS:
            kinds[i] = "credit"
            anatomy.credits.extend(parse_credits(m["credits"]))
        elif (m := _CONTRIBUTED.match(block) or _CONTRIBUTED_BY_NAME.match(block)) and len(block) < thresholds.CREDIT_NOTE_MAX_CHARS:
            kinds[i] = "credit"
            anatomy.credits.extend({"role": "contributing", "name": n} for n in _split_names(m["names"]))
        elif m := match_wire_signoff(block):
            kinds[i] = "credit"
            anatomy.credits.append({"role": "reporting", "name": m["name"]})
        elif _CONTACT.search(block) and len(block) < thresholds.CREDIT_NOTE_MAX_CHARS:
            kinds[i] = "credit"
        elif i >= len(texts) - thresholds.AUTHOR_BIO_LAST and _AUTHOR_BIO.match(block) and len(block) < thresholds.AUTHOR_BIO_MAX_CHARS:
            kinds[i] = "credit"
        elif m := _TRAILING_CREDITS.search(block):
            credits = parse_credits(m["credits"])
            if credits and m.start() > 0:
                anatomy.credits.extend(credits)
                texts[i] = block[: m.start()].rstrip()
                extra[i] = block[m.start():].strip()

    # A heading that opens the page's tail (related links, a slideshow, comments) ends the
    # story, once the story has begun: everything of the page after it is furniture.
    prose_seen = 0
    for i in range(1, len(texts)):
        if kinds[i] == "body" and _is_prose(texts[i]):
            prose_seen += 1
        elif prose_seen >= thresholds.TAIL_AFTER_PROSE and kinds[i] in {"body", "subhead", "boilerplate"} and _TAIL_HEADING.match(
            _norm(texts[i])
        ):
            if _story_goes_on(texts, i):
                kinds[i] = "boilerplate"  # a box of links set inside the story, its links left out: the story goes on
                continue
            for j in range(i, len(texts)):
                if kinds[j] in {"body", "subhead", "dek"}:
                    kinds[j] = "boilerplate"
            break
    _about_sections(kinds, texts)

    # The story ends with its last prose paragraph; short lines after it
    # (a heading included: it heads nothing) are site furniture. Not a table's rows, nor the
    # items of a list written in words (a list of links to stories is headlines in Title Case).
    whole: dict[int, list[str]] = {}
    for i, block in enumerate(texts):
        whole.setdefault(element[i], []).append(block)
    last_prose = max(
        (i for i, k in enumerate(kinds) if k == "body" and _is_prose(" ".join(whole[element[i]]))), default=0
    )
    for i in range(last_prose + 1, len(texts)):
        story_line = hints[i] == "body" or (
            i in items and len(texts[i].split()) >= thresholds.ITEM_MIN_WORDS and not _is_capitalised(texts[i])
        )
        if kinds[i] in {"body", "subhead"} and not story_line and (i in extra or not _is_prose(texts[i])):
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
        if i < first_body and _headline_like(texts[i], max_words=thresholds.DEK_MAX_WORDS):
            kinds[i] = "dek"
        elif i > first_body and _headline_like(texts[i], max_words=thresholds.SUBHEAD_MAX_WORDS) and _is_capitalised(texts[i]):
            kinds[i] = "subhead"
        elif (
            i > first_body and _headline_like(texts[i]) and not _is_capitalised(texts[i]) and not looks_cut(texts[i])
            and _between_prose(kinds, texts, i)
        ):
            # a short line in sentence case that ends no sentence, standing between two
            # paragraphs of the story: the words under a picture (subheads are hinted by
            # their markup or written in Title Case)
            kinds[i] = "caption"

    seq = 0
    for i, (kind, block) in enumerate(zip(kinds, texts)):
        if kind == "body":
            kind = _set_apart_kind(block) or kind
        anatomy.paragraphs.append(Paragraph(seq, kind, block))
        seq += 1
        if i in extra:
            anatomy.paragraphs.append(Paragraph(seq, "credit", extra[i]))
            seq += 1
    anatomy.dek = next((p.text for p in anatomy.paragraphs if p.kind == "dek"), None)
    retitle(anatomy, [anatomy.byline, anatomy.agency])
    for p in anatomy.paragraphs:
        if p.kind == "body" and looks_cut(p.text):
            anatomy.warnings.append(
                f"paragraph {p.seq + 1} looks cut short (ends mid-sentence: \u2026{p.text[-40:]})"
            )
    return anatomy


def _furniture_above_headline(texts: list[str], anatomy: Anatomy) -> int:
    """How many blocks open the text above its headline as page furniture; their date and by-line are
    read into `anatomy`. Never all of them: a text of furniture alone keeps its last block as title."""
    lead = 0
    while lead < len(texts) - 1:
        block = texts[lead]
        if _is_timestamp(block) or _COMMENT_COUNT.match(block) or _DATE_PART.match(block):
            lead += 1
        elif (m := _BYLINE.match(block)) and len(block) < thresholds.BYLINE_MAX_CHARS:
            _read_byline(anatomy, m)
            lead += 1
        else:
            break
    if lead:
        anatomy.published = anatomy.published or _stamp_date(" ".join(texts[:lead]))
    return lead


def _about_sections(kinds: list[str], texts: list[str]) -> None:
    """A news release ends with its issuers' boilerplate: a heading "About Acme Health" whose next
    block opens with that name ("Acme Health is a ..."). From the first such heading on, the page
    describes its issuers, not the story: furniture, whose names are no one the story is about."""
    for i in range(1, len(texts) - 1):
        m = _ABOUT_HEADING.match(texts[i])
        if m and kinds[i] in {"body", "subhead"} and len(texts) - i <= thresholds.ABOUT_SECTION_LAST \
                and texts[i + 1].startswith(m["name"].split()[0]) and any(k == "body" for k in kinds[:i]):
            for j in range(i, len(texts)):
                if kinds[j] in {"body", "subhead", "dek"}:
                    kinds[j] = "boilerplate"
            return


def retitle(anatomy: Anatomy, known: list[str | None]) -> None:
    """Take the site, section and writer's names off the end of the title (and its paragraph)."""
    if not anatomy.title:
        return
    title = strip_title_suffix(anatomy.title, known + [c["name"] for c in anatomy.credits if c["role"] == "byline"])
    for p in anatomy.paragraphs:
        if p.kind == "title" and p.text == anatomy.title:
            p.text = title
    anatomy.title = title


def _read_byline(anatomy: Anatomy, m: re.Match[str]) -> None:
    names = _split_names(m["names"])
    anatomy.byline = ", ".join(names) if names else m["names"].strip()
    anatomy.credits.extend({"role": "byline", "name": n} for n in names)
    rest = (m["outlet"] or "").strip()
    if _is_timestamp(rest):  # "By Jane Doe · March 5, 2024"
        anatomy.published = anatomy.published or _stamp_date(rest)
        return
    parts = [p.strip() for p in re.split(r"[,|\u00b7\u2022]", rest) if p.strip()]
    if m2 := re.search(_DATE_RE, rest):  # "By Jane Doe, Nov 18, 2019, 4:35pm EST"
        anatomy.published = anatomy.published or _stamp_date(rest[m2.start():])
    outlet = next(
        (p for p in parts if not _ROLE_WORDS.search(p) and not _is_timestamp(p) and not re.search(r"\d", p)), None
    )
    if outlet and not anatomy.agency:
        anatomy.agency = outlet


def _read_dated_byline(anatomy: Anatomy, m: re.Match[str]) -> None:
    """'By Jane Doe Jane Doe The Daily Example Biography … Nov. 19, 2019 8:03 am ET': the first
    run of names (pages print the name again in a profile box) and the date."""
    words = m["names"].split()
    end = next((k for k in range(1, len(words)) if words[k] == words[0]), len(words))
    names = " ".join(words[:end])
    if len(names.split()) > thresholds.BYLINE_MAX_NAME_WORDS or (named := _BYLINE.match(f"By {names}")) is None:
        names = " ".join(words[:3])
        named = _BYLINE.match(f"By {names}")
    if named:
        _read_byline(anatomy, named)
    anatomy.published = anatomy.published or _stamp_date(m["stamp"])


def _is_role_line(block: str) -> bool:
    return len(block.split()) <= thresholds.ROLE_LINE_MAX_WORDS and not _SENTENCE_END.search(block) and bool(_ROLE_LINE.search(block))


def _is_timestamp(block: str) -> bool:
    if len(block) > thresholds.TIMESTAMP_MAX_CHARS:
        return False
    words = re.findall(r"[A-Za-z]+", block)
    return (
        bool(re.search(r"\d", block))
        and all(w.lower().rstrip(".") in _STAMP_WORDS for w in words)
        and (
            any(w.lower() in _MONTHS or w.lower() == "ago" for w in words)
            # "Updated at 1:23 p.m.": a clock time under a stamp's own word
            or bool(re.match(r"(?:published|updated|posted)\b", block, re.I) and re.search(r"\d:\d\d", block))
        )
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
    if m["agency"] or m["lead"]:
        anatomy.agency = (m["agency"] or m["lead_agency"]).strip()
    date = next(
        ((m[f"{p}month{s}"], m[f"{p}day{s}"], m[f"{p}year{s}"]) for p in ("", "o_") for s in ("", "2") if m[f"{p}month{s}"]),
        None,
    )
    if date:
        month = _MONTHS[date[0].rstrip(".").lower()]
        day = int(date[1])
        year = int(date[2]) if date[2] else (_year_near(month, day, reference) or _year_for(month, day, text))
        anatomy.published = _iso(year, month, day)
