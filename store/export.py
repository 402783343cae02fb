"""Passages -> Markdown, JSON, CSV, HTML or DOCX, each cited; written atomically, never over a file unasked.

Article text is untrusted: every format writes it as literal text. Markdown
escapes what a renderer would read as markup, HTML escapes everything and
allows no script, CSV guards cells a spreadsheet would run as a formula, and
only an http(s) address ever becomes a link.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
import re
import secrets
import stat
from pathlib import Path
from urllib.parse import quote, urlsplit

from .errors import ExportError
from .records import paragraph_number
from .sanitize import one_line, strip_controls, terminal_json

FORMATS = ("md", "json", "csv", "html", "docx")
FORMAT_LABELS = {"md": "Markdown", "json": "JSON", "csv": "CSV", "html": "HTML", "docx": "Word (DOCX)"}
BINARY_FORMATS = frozenset({"docx"})


def citation(p: dict) -> str:
    """'"Title", Agency, Author, 2014-06-21, ¶25, https://…' with whatever the article lacks left out."""
    parts = [f"\u201c{one_line(p['title'])}\u201d"] if p.get("title") else []
    parts += _details(p)
    url = source_url(p)
    return ", ".join(parts + ([url] if url else []))


def _details(p: dict) -> list[str]:
    """The citation after the title: agency or site, by-line, date, ¶N."""
    parts = [one_line(p[key]) for key in ("agency", "byline", "published") if p.get(key)]
    # A reader checking the citation must know the passage is not the whole paragraph.
    parts.append(f"\u00b6{paragraph_number(p['seq'])}" + (" (excerpt)" if p.get("excerpt") else ""))
    return parts


def source_url(p: dict) -> str | None:
    """The article's web address when its source is one (a saved page's canonical URL), else None.

    Only http and https qualify, so a source such as `javascript:…` never
    becomes a link; characters that could end a link early are percent-encoded.
    """
    source = one_line(p.get("source") or "")
    try:
        parts = urlsplit(source)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(source, safe=":/?#[]@!$&'()*+,;=%~")


def _record(p: dict) -> dict:
    # A store written by another tool may hold anything: every text field is
    # cleaned, since an export goes to a terminal as often as to a file.
    def clean(key: str) -> str | None:
        value = p.get(key)
        return one_line(value) if isinstance(value, str) else value

    return {
        "article_id": p["article_id"],
        "title": clean("title"),
        "agency": clean("agency"),
        "author": clean("byline"),
        "published": clean("published"),
        "url": source_url(p),
        "source": clean("source"),
        "paragraph": paragraph_number(p["seq"]),
        "paragraph_id": p["paragraph_id"],
        "text": strip_controls(p["text"]),
        "note": strip_controls(p["note"]) if p.get("note") else p.get("note"),
        "citation": citation(p),
    }


def render(passages: list[dict], fmt: str, heading: str | None = None) -> bytes:
    """The file exactly as written: UTF-8 (CSV with a byte-order mark), or a DOCX document."""
    if fmt == "docx":
        return _docx(passages, heading)
    text = render_text(passages, fmt, heading)
    # The mark tells a spreadsheet the file is UTF-8; without it Excel reads cp1252.
    return (("\ufeff" if fmt == "csv" else "") + text).encode("utf-8")


def render_text(passages: list[dict], fmt: str, heading: str | None = None) -> str:
    """A text format as text (the preview, the clipboard); DOCX has none."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in BINARY_FORMATS:
        raise ExportError(f"{FORMAT_LABELS[fmt]} is not a text format")
    if fmt == "json":
        return terminal_json([_record(p) for p in passages]) + "\n"
    if fmt == "csv":
        return _csv([_record(p) for p in passages])
    if fmt == "html":
        return _html(passages, heading)
    return _markdown(passages, heading)


def _exported_line(count: int) -> str:
    return f"Exported by newsx-tui on {dt.date.today().isoformat()}; {count} passage(s)."


# -- Markdown ----------------------------------------------------------------

# Characters a Markdown renderer reads as markup anywhere in a line (emphasis,
# code, links and images, raw HTML, entities, tables, strikethrough), and the
# ones it reads as markup at the start of a line (headings, lists, setext rules).
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
_MD_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))")


def md_escape(text: str) -> str:
    """Text that any CommonMark renderer shows literally: `<img …>` stays text, `[x](…)` is no link."""
    lines = []
    for line in text.split("\n"):
        line = _MD_INLINE.sub(r"\\\1", line)
        m = _MD_LINE_START.match(line)
        if m:
            marker = m.group(2)
            line = m.group(1) + (f"{marker}\\" if marker[0].isdigit() else f"\\{marker}") + line[m.end():]
        lines.append(line)
    return "\n".join(lines)


def _md_citation(p: dict) -> str:
    title = f"\u201c{md_escape(one_line(p['title']))}\u201d" if p.get("title") else ""
    url = source_url(p)
    if title and url:
        title = f"[{title}](<{url}>)"
    parts = ([title] if title else []) + [md_escape(d) for d in _details(p)]
    if url and not title:
        parts.append(f"<{url}>")
    return ", ".join(parts)


def _markdown(passages: list[dict], heading: str | None) -> str:
    lines = [f"# {md_escape(one_line(heading or 'Passages'))}", "", f"*{_exported_line(len(passages))}*", ""]
    for p in passages:
        text = md_escape(strip_controls(p["text"]))
        lines += [f"> {line}" if line else ">" for line in text.splitlines() or [""]]
        lines += [">", f"> \u2014 {_md_citation(p)}"]
        if p.get("note"):
            lines.append(f"\n*Note:* {md_escape(one_line(p['note']))}")
        lines.append("")
    return "\n".join(lines)


# -- CSV -----------------------------------------------------------------------

# A cell starting with one of these is run as a formula by Excel, LibreOffice
# and Google Sheets; a leading apostrophe makes it text (OWASP's advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(records: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(records[0]) if records else ["text"], lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _csv_cell(v) for k, v in r.items()} for r in records)
    return out.getvalue()


# -- HTML ----------------------------------------------------------------------

_HTML_STYLE = (
    "body{font-family:Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;line-height:1.5}"
    "blockquote{margin:1.5em 0 .3em;padding-left:1em;border-left:3px solid #999}"
    "figure{margin:0 0 1.5em}figcaption{font-size:.9em;color:#444}.note{font-style:italic}"
)


def _html(passages: list[dict], heading: str | None) -> str:
    """One self-contained page: no script, nothing loaded from elsewhere, every article string escaped."""
    esc = lambda s: html.escape(s, quote=True)  # noqa: E731
    title = esc(one_line(heading or "Passages"))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        # Even a page edited by hand later runs no script and loads nothing.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title><style>{_HTML_STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        f"<p><em>{esc(_exported_line(len(passages)))}</em></p>",
    ]
    for p in passages:
        text = "<br>\n".join(esc(line) for line in strip_controls(p["text"]).splitlines())
        cite = f"\u201c{esc(one_line(p['title']))}\u201d" if p.get("title") else ""
        url = source_url(p)
        if cite and url:
            cite = f'<a href="{esc(url)}" rel="noopener noreferrer">{cite}</a>'
        details = [esc(d) for d in _details(p)]
        if url and not cite:
            details.append(f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>')
        caption = ", ".join(([f"<cite>{cite}</cite>"] if cite else []) + details)
        parts.append(f"<figure><blockquote><p>{text}</p></blockquote><figcaption>\u2014 {caption}</figcaption>")
        if p.get("note"):
            parts.append(f'<p class="note">Note: {esc(one_line(p["note"]))}</p>')
        parts.append("</figure>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


# -- DOCX ----------------------------------------------------------------------


def _docx(passages: list[dict], heading: str | None) -> bytes:
    """A Word document: the heading, each passage as a quote, its citation on the line below."""
    from docx import Document  # imported here: only a DOCX export pays for loading it

    doc = Document()
    title = one_line(heading or "Passages")
    doc.core_properties.title = title
    doc.add_heading(title, level=1)
    doc.add_paragraph().add_run(_exported_line(len(passages))).italic = True
    for p in passages:
        doc.add_paragraph(strip_controls(p["text"]), style="Quote")
        doc.add_paragraph(f"\u2014 {citation(p)}")
        if p.get("note"):
            doc.add_paragraph().add_run(f"Note: {one_line(p['note'])}").italic = True
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# -- writing -------------------------------------------------------------------

# Names of an open descriptor rather than of a file: written through, like a pipe.
_DESCRIPTOR_PATH = re.compile(r"/dev/(stdout|stderr|fd/\d+)|/proc/(self|\d+)/fd/\d+")


def write(content: bytes, path: str | Path, *, force: bool = False) -> Path:
    """Write `content` to `path` atomically; refuse to overwrite unless forced.

    The content goes to a temporary file beside `path`, which then takes the
    name in one step: a crash leaves the old file or the new one, never half
    of either. Without `force` the step is a hard link, which fails if
    anything (even a dangling symlink) took the name since we looked.
    A FIFO, a device or a descriptor (`/dev/stdout`) is written in place:
    renaming over it would replace the node itself with a file.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(f"{path} is a directory")
    if _written_in_place(path):
        _write_in_place(content, path)
        return path
    if (path.exists() or path.is_symlink()) and not force:
        raise _exists(path)
    if not path.parent.exists():
        raise ExportError(f"cannot write {path}: folder {path.parent} does not exist")
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: {path.parent} is a file, not a folder")
    tmp = _create_temp(path)
    try:
        with os.fdopen(os.open(tmp, os.O_WRONLY), "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, path)
        else:
            _link_no_clobber(tmp, path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _written_in_place(path: Path) -> bool:
    if _DESCRIPTOR_PATH.fullmatch(str(path)):
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # nothing there (or unreachable): the ordinary path says why
    return not stat.S_ISREG(mode)


def _write_in_place(content: bytes, path: Path) -> None:
    # No O_CREAT or O_TRUNC: the node stays what it is; O_APPEND keeps a
    # shell's `>>` intact when /dev/stdout leads to a regular file.
    try:
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY), "wb") as fh:
            fh.write(content)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None


def _exists(path: Path) -> ExportError:
    return ExportError(f"{path} already exists; choose another name or overwrite explicitly (--force)")


def _create_temp(path: Path) -> Path:
    """An empty file beside `path`, created with the user's umask like any new file."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    raise ExportError(f"cannot write {path}: no free temporary name in {path.parent}")


def _link_no_clobber(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise _exists(path) from None
    except OSError:
        # A file system without hard links: the check and the rename are two steps.
        if path.exists() or path.is_symlink():
            raise _exists(path) from None
        os.replace(tmp, path)
