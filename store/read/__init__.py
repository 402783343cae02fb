"""The read stage: bytes -> an article's anatomy (inputs, decoding, HTML, paragraph kinds,
dateline and credits, size limits). No spaCy, no SQL."""

from .article import prepare
from .inputs import STDIN, Item, Skipped, expand_paths, is_article_name, read_input, walk_inputs

__all__ = ["STDIN", "Item", "Skipped", "expand_paths", "is_article_name", "prepare", "read_input", "walk_inputs"]
