"""Saved web pages: the article's blocks and metadata, via trafilatura.

trafilatura finds the main text and drops the page around it (navigation,
related links, cookie banners, comments). It is asked for no images (with
them it loses whole lists and headings on some pages), so figure captions are
read from the page's own <figure> markup and put back where the page prints
them, among the story's blocks. Each block
carries a kind hint only where the markup states it (h1 title, h2-h6
subhead, figcaption caption, a standfirst/dek class, a table's row as body,
a list's item as item, and more for a paragraph the page wrote inside the same
element as the block before it, after a blank line); everything else is left
for store/anatomy.py to judge.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import ReadError
from ..sanitize import one_line
from . import limits, thresholds

_HTML_START = re.compile(
    r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article)\b",
    re.I | re.S,
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.I,
)
_HTML_END = re.compile(r"</(?:html|body)\s*>", re.I)
# Browsers stamp "Save page as" copies with where the page came from.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
# Class names sites give the summary under the headline (not "intro" or
# "lede": those mark the story's first paragraph, which is body).
_DEK_CLASS = re.compile(r"(?:^|[\s_\-])(?:standfirst|dek|strapline|sub-?title|sub-?headline|summary)(?:$|[\s_\-])", re.I)
_BLOCK_TAGS = {"p", "quote", "item", "head", "code"}
# A table whose cells hold paragraphs, headings or lists lays out a page; its rows are not data.
_LAYOUT_TAGS = _BLOCK_TAGS | {"list", "table"}
_BYLINE_CLASS = re.compile(r"byline|(?:^|[\s_\-])(?:author|authors|article-author)(?:$|[\s_\-])", re.I)
_BY = re.compile(r"^By\b", re.I)
# A card that pops up over a name in a paragraph (its photo, headlines about the person): its
# text is in the paragraph's markup but not in what a reader sees there.
_WIDGET_CLASS = re.compile(r"(?:rollover|tooltip|popover|hover-?card|popup)[\w-]*[-_](?:block|card|content|box|panel|body)\b", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Class names of the element holding the words under a picture ("caption", "wp-caption-text", "wf_caption").
_CAPTION_CLASS = re.compile(r"(?:^|[\s_\-])caption(?:$|[\s_\-])", re.I)
# Screen-reader labels sites put before a caption.
_CAPTION_LABEL = re.compile(r"^(?:image|media|video|photo|picture)\s+caption\s*[,:]\s*", re.I)


@dataclass
class Page:
    """A page's article: blocks in reading order, each (kind hint or None, text), and metadata."""

    blocks: list[tuple[str | None, str]] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def _head_text(data: bytes) -> str:
    head = data[:2048]
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    if len(head) > 3 and head[1] == 0 and head[0] != 0:
        return head.decode("utf-16-le", errors="ignore")
    if len(head) > 3 and head[0] == 0 and head[1] != 0:
        return head.decode("utf-16-be", errors="ignore")
    return head.decode("latin-1")


def looks_like_html(data: bytes) -> bool:
    """Does the file start the way a web page does (in any encoding we read)?"""
    return bool(_HTML_START.match(_head_text(data)))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its <meta> or XML declaration, if any."""
    m = _DECLARED.search(data[:8192])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii")


def cut_short(html: str) -> str | None:
    """Why a page looks cut short, or None: it stops inside a tag, or it opened <html> and closes
    neither body nor html. Such a page is still read for what it holds, as a browser shows it
    (HTML lets a page leave both end tags out), and the reason goes to the ingest report."""
    tail = html[-4096:]
    if tail.rfind("<") > tail.rfind(">"):
        return "the page is truncated (it ends inside a tag)"
    if re.search(r"<html\b", html[:4096], re.I) and not _HTML_END.search(html):
        return "the page may be truncated (it never closes </body> or </html>)"
    return None


def read_page(html: str) -> Page:
    """The main article of a page, or ReadError when it has none."""
    source = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    tree = _parse(source)
    order = _page_order(tree)
    caption_texts = {text for kind, text in order if kind == "caption"} | _figure_texts(tree)
    byline = _byline(tree)
    deks = {_text(el) for el in tree.iter() if isinstance(el.tag, str) and _DEK_CLASS.search(el.get("class") or "")}
    tried = []
    for precise in (True, False):
        # Precision mode finds no story, or only a line of it, on some pages (one in an
        # unusual container); then the balanced mode's text is read too, and the longer
        # story wins when it is much longer.
        # trafilatura prunes the tree it is given; the balanced retry needs it whole, so it reads
        # the page parsed again (a copy of the tree for every page cost more than a parse for the few).
        doc = _extract(tree if precise else _parse(source), precise)
        blocks = _blocks_of(doc, caption_texts, deks)
        story = sum(len(text) for hint, text in blocks if hint in (None, "body", "item", "more"))
        tried.append((story, doc, blocks))
        if story >= thresholds.SHORT_STORY_CHARS:
            break
    story, doc, blocks = tried[0]
    if len(tried) > 1 and tried[1][0] > story * thresholds.RETRY_GAIN:
        story, doc, blocks = tried[1]
    elif len(tried) > 1 or _list_left_out(blocks, order):
        balanced = tried[1][2] if len(tried) > 1 else _blocks_of(_extract(_parse(source), False), caption_texts, deks)
        blocks = _lists_between(blocks, balanced)
    if not story:
        raise ReadError("the page has no article text")
    page = Page(
        blocks=_place_captions(blocks, order),
        title=_clean(doc.title),
        author=_clean(doc.author),
        date=doc.date,
        sitename=_clean(doc.sitename),
        url=doc.url or _saved_from(html),
    )
    if page.blocks[0][0] != "title" and page.title:
        page.blocks.insert(0, ("title", page.title))
    if byline and not any(text in byline for _, text in page.blocks):
        at = 2 if len(page.blocks) > 1 and page.blocks[1][0] == "dek" else 1
        page.blocks[at:at] = [(None, line) for line in byline]
    return page


def _parse(source: str):
    """The page's tree as extraction reads it, or ReadError."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        raise ReadError("the page cannot be parsed as HTML") from None
    # Script frameworks put empty comments inside sentences (`<p>The mayor, <!-- -->Jane Roe,
    # said…</p>`) and trafilatura drops a comment with the text after it, so they go first,
    # each leaving its following text where it stood.
    etree.strip_tags(tree, etree.Comment)
    _drop_hidden_widgets(tree)
    return tree


def _drop_hidden_widgets(tree) -> None:
    """Inside paragraphs, drop what a reader never sees there (hidden text, pop-up cards),
    keeping the text that follows each."""
    doomed = [
        el
        for p in tree.iter("p")
        for el in p.iterdescendants()
        if isinstance(el.tag, str)
        and (
            _WIDGET_CLASS.search(el.get("class") or "")
            or el.get("hidden") is not None
            or _HIDDEN_STYLE.search(el.get("style") or "")
        )
    ]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _blocks_of(doc, caption_texts: set[str], deks: set[str]) -> list[tuple[str | None, str]]:
    return _blocks(doc.body, caption_texts, deks) if doc is not None and doc.body is not None else []


def _list_left_out(blocks: list[tuple[str | None, str]], order: list[tuple[str, str]]) -> bool:
    """Does the page hold a list item written in words, between two of the story's blocks, that
    the story lacks? Only then is the page read in balanced mode as well (it costs half as much
    again as reading it)."""
    have = {text for _, text in blocks}
    left_out = started = False
    for kind, text in order:
        if text in have:
            if left_out:
                return True
            started = True
        elif started and kind == "item" and len(text.split()) >= thresholds.LEFT_OUT_ITEM_WORDS:
            left_out = True
    return False


def _lists_between(precise, balanced):
    """Precision mode drops some plain lists inside a story (a list of features after "it lets
    you:"); the list items balanced mode keeps between two blocks both modes keep are put back."""
    from difflib import SequenceMatcher

    a = [t for _, t in precise]
    b = [t for _, t in balanced]
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    out = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        out.extend(precise[i1:i2])
        if tag == "insert" and 0 < n < len(ops) - 1:
            out.extend(block for block in balanced[j1:j2] if block[0] == "item")
    return out


def _blocks(body, caption_texts: set[str], deks: set[str]) -> list[tuple[str | None, str]]:
    """trafilatura's body -> (kind hint, text) blocks; a line a figure holds is a caption."""
    blocks: list[tuple[str | None, str]] = []
    placed: set[str] = set()

    def caption(text: str) -> None:
        if text not in placed:
            blocks.append(("caption", text))
            placed.add(text)

    def loose(text: str | None) -> None:
        # trafilatura leaves some paragraphs as bare text between its elements (the words
        # after a heading, before the next tag): they are the story's as much as a <p>.
        line = one_line(text or "")
        if line:
            blocks.append((None, line))

    def visit(el) -> None:
        if el.tag == "row" and not any(d.tag in _LAYOUT_TAGS for d in el.iterdescendants()):
            # A table row reads as one line, its cells in order; the markup says it is the
            # story's (a results table, a list of figures), so it never ends the story.
            text = " ".join(t for cell in el if (t := _text(cell)))
            if text:
                blocks.append(("body", text))
        elif el.tag in _BLOCK_TAGS:
            opened = len(blocks)
            for text in filter(None, [_text(el)] if el.tag in {"head", "code"} else _paragraphs(el)):
                if text in caption_texts:
                    caption(text)
                elif el.tag == "head":
                    if (el.get("rend") or "h1") == "h1" and not any(hint == "title" for hint, _ in blocks):
                        blocks.insert(0, ("title", text))  # a kicker above the headline reads after it
                    else:
                        blocks.append(("subhead", text))
                elif el.tag == "p" and (_DEK_CLASS.search(el.get("class") or "") or text in deks):
                    blocks.append(("dek", text))
                elif el.tag == "item":
                    blocks.append(("item", text))
                else:
                    blocks.append(("more" if len(blocks) > opened else None, text))
        else:
            loose(el.text)
            for child in el:
                visit(child)
        loose(el.tail)

    loose(body.text)
    for child in body:
        visit(child)
    return blocks


def _extract(tree, precise: bool) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=True,
        favor_precision=precise,
        # The date the page states in its markup, first published; htmldate's
        # extensive search runs regexes over every script and costs three
        # quarters of reading a page, to guess dates a story may only mention.
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
    )


def _byline(tree) -> list[str]:
    """The lines of the article's "By ..." block, which trafilatura drops as page furniture."""
    scope = next(tree.iter("article"), tree)  # not a teaser's by-line in a sidebar
    for el in scope.iter():
        if not isinstance(el.tag, str) or not _BYLINE_CLASS.search(el.get("class") or ""):
            continue
        children = [_text(c) for c in el if isinstance(c.tag, str) and c.tag in {"p", "div", "span", "li"}]
        lines = [t for t in children if t] if len(children) > 1 else [_text(el)]
        if lines and _BY.match(lines[0]) and len(" ".join(lines)) < thresholds.BYLINE_BLOCK_MAX_CHARS:
            return lines
    return []


# The elements whose text trafilatura's blocks are made of, to find the story's blocks in the page.
_TEXT_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "pre"}


def _page_order(tree) -> list[tuple[str, str]]:
    """The page in reading order as ("text", a paragraph's text; "item" for a list's), ("caption", a line under a
    picture: a figure's figcaption, else the lines a small figure holds, or an element whose
    class names it a caption) and ("headline", an h1's text): read before trafilatura prunes the
    tree, to put the captions back among the story's blocks."""
    order: list[tuple[str, str]] = []
    inside: set = set()  # a caption's own elements, read with it
    for el in tree.iter():
        if el in inside or not isinstance(el.tag, str):
            continue
        if el.tag == "figure":
            if next(el.iter("img", "source", "picture"), None) is None:
                continue
            caption = next(el.iter("figcaption"), None)
            lines = [_text(caption)] if caption is not None else [_text(line) for line in el.iter("p", "li")]
            lines = [text for line in lines if (text := _CAPTION_LABEL.sub("", line))]
            if sum(map(len, lines)) < thresholds.FIGURE_MAX_CHARS:
                order.extend(("caption", line) for line in lines)
        elif _CAPTION_CLASS.search(el.get("class") or "") and (text := _CAPTION_LABEL.sub("", _text(el))):
            if len(text) < thresholds.FIGURE_MAX_CHARS:
                order.append(("caption", text))
                inside.update(el.iterdescendants())
        elif el.tag in _TEXT_TAGS and (text := _text(el)):
            order.append(({"h1": "headline", "li": "item"}.get(el.tag, "text"), text))
    return order


def _place_captions(blocks: list[tuple[str | None, str]], order: list[tuple[str, str]]) -> list[tuple[str | None, str]]:
    """Each figure's caption before the first of the story's blocks the page prints after it, when
    the headline or one of the story's blocks comes before it too: a figure outside the story (a
    sidebar's, a teaser's) has none of the story around it."""
    at: dict[str, int] = {}
    for i, (_, text) in enumerate(blocks):
        at.setdefault(text, i)
    have = set(at)
    before: dict[int, list[str]] = {}
    pending: list[str] = []
    reached = -1
    headline = False
    for kind, text in order:
        if kind == "caption":
            if (reached >= 0 or headline) and text not in have:
                pending.append(text)
                have.add(text)
            continue
        headline = headline or kind == "headline"
        if (i := at.get(text, -1)) > reached:
            reached = i
            before.setdefault(i, []).extend(pending)
            pending = []
    placed: list[tuple[str | None, str]] = []
    for i, block in enumerate(blocks):
        placed.extend(("caption", text) for text in before.get(i, []))
        placed.append(block)
    return placed


def _figure_texts(tree) -> set[str]:
    """Every line of text a <figure> holds (captions written as lists, credits, a photo's
    title), so that trafilatura's copy of one in the body is read as a caption. A figure
    holding a whole story's worth of text is a page built oddly, not a picture."""
    found: set[str] = set()
    for figure in tree.iter("figure"):
        lines = {
            _CAPTION_LABEL.sub("", _text(el))
            for el in figure.iter("p", "li", "figcaption", "span", "div", "cite", "small")
        }
        lines.discard("")
        if sum(len(line) for line in lines) < thresholds.FIGURE_MAX_CHARS:
            found |= lines
    return found


def _paragraphs(el) -> list[str]:
    """A block's paragraphs: one, unless the page wrote its paragraph breaks as blank lines
    (`<br><br>`) inside it, or its lines (`<br>`) add up to more than a paragraph may hold (a
    page of verse, a list or a whole story set as lines of one block)."""
    lines = _lines(el)
    paragraphs, current = [], []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    out: list[str] = []
    for lines_of_one in paragraphs:
        text = one_line(" ".join(lines_of_one))
        if len(text) > limits.MAX_PARAGRAPH_CHARS:
            out.extend(one_line(line) for line in lines_of_one)
        else:
            out.append(text)
    return out


def _lines(el) -> list[str]:
    """A block's text cut at its line breaks (a page's <br>, trafilatura's <lb>)."""
    from lxml import etree

    lines = [""]
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if node.tag in {"lb", "br"}:
            if event == "start":
                lines.append("")
        elif event == "start" and isinstance(node.tag, str):
            lines[-1] += node.text or ""
        if event == "end" and node is not el:
            lines[-1] += node.tail or ""
    return lines


def _text(el) -> str:
    for br in el.iter("br", "lb"):
        br.tail = " " + (br.tail or "")
    return one_line("".join(el.itertext()))


def _clean(value: str | None) -> str | None:
    value = one_line(value) if value else ""
    return value or None


def _saved_from(html: str) -> str | None:
    m = _SAVED_FROM.search(html[:4096])
    return m.group(1) if m else None
