"""The read stage: bytes -> an article's anatomy (inputs, decoding, HTML, paragraph kinds,
dateline and credits, size limits). No spaCy, no SQL."""

from .article import prepare
from .inputs import ARTICLE_SUFFIXES, STDIN, Item, Skipped, expand_paths, read_input, walk_inputs

__all__ = ["ARTICLE_SUFFIXES", "STDIN", "Item", "Skipped", "expand_paths", "prepare", "read_input", "walk_inputs"]
