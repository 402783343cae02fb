"""What to ingest: files named, folders walked, stdin; and the bytes of each.

Nothing here raises for one bad input: a path that cannot be read becomes a
Skipped with its reason, which ingest reports among the results.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import limits
from ..errors import ReadError

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".md"}
# Archives of saved pages (the article-extraction benchmark's, a crawler's) keep each page gzipped.
GZIP_SUFFIX = ".gz"
GZIP_MAGIC = b"\x1f\x8b"
STDIN = "-"


def is_article_name(name: str) -> bool:
    """An article file by its name: `page.html`, or `page.html.gz` for a gzipped one."""
    path = Path(name)
    if path.suffix.lower() == GZIP_SUFFIX:
        path = Path(path.stem)
    return path.suffix.lower() in ARTICLE_SUFFIXES


@dataclass
class Skipped:
    """An input that names no readable article: reported as failed, never fatal to the run."""

    source: str
    reason: str


Item = Path | str | Skipped


def walk_inputs(paths: Iterable[str]) -> Iterator[Item]:
    """Every article file under `paths` (folders recursively), '-' for stdin, and a Skipped per bad input."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw).expanduser()
        if not os.path.lexists(path):
            yield Skipped(raw, "no such file or directory")
        elif not path.exists():
            yield Skipped(raw, "broken symbolic link")
        elif path.is_dir():
            found = False
            for item in _walk(path):
                found = found or isinstance(item, Path)
                yield item
            if not found:
                looked = ", ".join(sorted(ARTICLE_SUFFIXES))
                yield Skipped(raw, f"no articles in this folder (looked for {looked}, each also gzipped)")
        else:
            yield path


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str]:
    """Like walk_inputs, but a path that does not exist or a folder with no articles raises ReadError."""
    for item in walk_inputs(paths):
        if isinstance(item, Skipped):
            if item.reason.startswith(("no such file", "no articles", "broken symbolic")):
                raise ReadError(f"{item.source}: {item.reason}")
            continue
        yield item


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    """Article files under `folder` in name order; hidden entries, other files and a
    browser's "<page>_files" folder of images and scripts are passed over."""
    errors: list[OSError] = []
    visited: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=errors.append):
        while errors:
            exc = errors.pop(0)
            yield Skipped(str(exc.filename or root), _os_reason(exc))
        st = os.stat(root)
        visited.add((st.st_dev, st.st_ino))
        pages = {Path(f).stem for f in files if Path(f).suffix.lower() in {".html", ".htm"}}
        kept = []
        for d in sorted(dirs):
            if d.startswith(".") or (d.endswith("_files") and d.removesuffix("_files") in pages):
                continue
            full = os.path.join(root, d)
            try:
                sub = os.stat(full)
            except OSError as exc:
                yield Skipped(full, _os_reason(exc))
                continue
            if (sub.st_dev, sub.st_ino) in visited:
                if _is_ancestor(full, root):
                    yield Skipped(full, f"directory loop: a link back to {os.path.realpath(full)}, not followed")
                continue  # the same folder reached twice by links: read once
            kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith(".") or not is_article_name(name):
                continue
            yield Path(root) / name
    for error in errors:
        yield Skipped(str(error.filename), _os_reason(error))


def _is_ancestor(link: str, root: str) -> bool:
    target = os.path.realpath(link)
    here = os.path.realpath(root)
    return here == target or here.startswith(target.rstrip(os.sep) + os.sep)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


def read_input(item: Path | str) -> tuple[bytes, str]:
    """The bytes of one input and the source it is stored under, or ReadError."""
    if item == STDIN:
        data = sys.stdin.buffer.read(limits.MAX_INPUT_BYTES + 1)
        if data.startswith(GZIP_MAGIC):
            data = _gunzip(data)
        limits.check_input_size(len(data), data[:2048])
        return data, "<stdin>"
    path = Path(item)
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise ReadError("is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise ReadError("not a regular file")
        with path.open("rb") as fh:
            head = fh.read(2048)
            if head.startswith(GZIP_MAGIC):
                data = _gunzip(head + fh.read(limits.MAX_INPUT_BYTES + 1 - len(head)))
                limits.check_input_size(len(data), data[:2048])
                return data, str(path.resolve())
            limits.check_input_size(st.st_size, head)
            data = head + fh.read(limits.MAX_INPUT_BYTES + 1 - len(head))
    except OSError as exc:
        raise ReadError(_os_reason(exc)) from None
    return data, str(path.resolve())


def _gunzip(data: bytes) -> bytes:
    """A gzipped input's content, read no further than the largest input allowed: a small
    archive can expand a thousandfold, and the size checks must see that before memory does."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            return fh.read(limits.MAX_INPUT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReadError(f"not a readable gzip file ({exc})") from None
