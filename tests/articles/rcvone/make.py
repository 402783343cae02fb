"""Rebuild the plain-text stories here from the English CoNLL-2003 named-entity data (Reuters RCV1, 1996-97).

    git -C /path/to/conll2003 show 43feb3db9055166b5bb6f17afe8c54d0e6761735:CoNLL-2003/eng.train > eng.train
    python tests/articles/rcvone/make.py eng.train NAME=DOC ...
    python tests/articles/rcvone/make.py eng.train --list     # every document: number, words, marks, headline

`eng.train` (github autoih/conll2003, commit 43feb3db9055166b5bb6f17afe8c54d0e6761735, file CoNLL-2003/eng.train,
3,281,529 bytes) holds one token a line (token, part of speech, chunk tag, entity tag), documents begun by a
`-DOCSTART-` line, sentences ended by a blank line. DOC is the document's number in the file, counted from 0 in the
order of its `-DOCSTART-` lines. Only the tokens are used; the tags are not read.

Each story here is one sentence of the data a line, blank lines between (the data has no paragraph breaks): the
headline first, then the byline and the dateline when the story has them (`BRUSSELS 1996-08-22`), as the data gives
them, then the body. A sentence is its tokens joined by a space, except: no space before `, . ; : ? ! ) ] %` nor before
the clitics `'s 'S n't 're 've 'm 'll 'd`; none after `( [ $`; a bare `"` token opens or closes a quotation (no space
after an opening mark, none before a closing one), paired across the story: a `"` first in its line opens (a
quotation run on from the line before is opened again, as the wire does at a new paragraph), the others alternate;
a bare `'` after a word ending in s is a plural possessive, any other is paired within its line. Where the data's
sentence split cut a sentence, the line is mended (`_lines`): a `"` left opening at the end of a sentence goes to the
start of the next, a sentence of punctuation alone or beginning with a lower-case letter joins the line before, and a sentence after a title or month
abbreviation (`Sgt .`, `Sept .`) joins its line. Hyphenated tokens are as written; nothing else is
changed (the data's spellings, its upper-case headlines and its `...` are kept).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "%", "'s", "'S", "n't", "N'T", "'re", "'ve", "'m", "'ll", "'d"}
NO_SPACE_AFTER = {"(", "[", "$"}


def documents(path: Path) -> list[list[list[str]]]:
    """The file's documents, each a list of sentences, each a list of tokens."""
    docs: list[list[list[str]]] = []
    sentence: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if sentence and docs:
                docs[-1].append(sentence)
            sentence = []
            docs.append([])
            continue
        if not line.strip():
            if sentence and docs:
                docs[-1].append(sentence)
            sentence = []
            continue
        sentence.append(line.split(" ")[0])
    if sentence and docs:
        docs[-1].append(sentence)
    return docs


ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Sgt", "Gen", "Lt", "Col", "Capt", "Gov", "Sen", "Rep", "Prof", "St",
                 "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"}
PUNCTUATION = {".", ",", ";", ":", "?", "!", '"', "'", ")"}


def _lines(doc: list[list[str]]) -> list[list[str]]:
    """The document's sentences as lines, the data's sentence breaks mended where they split a sentence: a `"`
    that opens a quotation as the last token of a sentence goes to the start of the next; a sentence of
    punctuation alone (`"`, `.`) or beginning with a lower-case letter (`he said .`) joins the line before; a sentence that follows a title or month abbreviation
    (`Sgt .`, `Sept .`) joins the line the abbreviation ends."""
    sentences = [list(s) for s in doc]
    open_ = False  # a '"' quotation open across the document
    for i, sentence in enumerate(sentences):
        for j, tok in enumerate(sentence):
            if tok != '"':
                continue
            if j == len(sentence) - 1 and not open_ and i + 1 < len(sentences) and j > 0:
                sentence.pop()
                sentences[i + 1].insert(0, '"')
                break
            if j == 0 and not all(t in PUNCTUATION for t in sentence):
                open_ = True  # a quotation the sentence before left open is opened again
            else:
                open_ = not open_
    lines: list[list[str]] = []
    for sentence in sentences:
        if not sentence:
            continue
        if lines and (
            all(tok in PUNCTUATION for tok in sentence)
            or sentence[0][:1].islower()
            or (len(lines[-1]) >= 2 and lines[-1][-1] == "." and lines[-1][-2] in ABBREVIATIONS)
        ):
            lines[-1].extend(sentence)
        else:
            lines.append(sentence)
    return lines


def _roles(lines: list[list[str]]) -> list[list[str | None]]:
    """For each token: 'open' or 'close' for a quotation mark, 'poss' for a plural possessive, else None.
    `"` alternates open, close across the document; `'` within its line."""
    roles: list[list[str | None]] = []
    dq = False
    for line in lines:
        out: list[str | None] = [None] * len(line)
        sq = False
        for i, tok in enumerate(line):
            if tok == '"':
                if i == 0:  # a quotation run on from the line before opens again (the wire's paragraph style)
                    out[i], dq = "open", True
                else:
                    out[i] = "close" if dq else "open"
                    dq = not dq
            elif tok == "'":
                if i > 0 and line[i - 1][-1:] in ("s", "S") and not sq:
                    out[i] = "poss"
                elif i == 0:
                    out[i], sq = "open", True
                elif i == len(line) - 1 or line[i + 1] in PUNCTUATION:
                    out[i], sq = "close", False
                else:
                    out[i] = "close" if sq else "open"
                    sq = not sq
        roles.append(out)
    return roles


def sentence_text(tokens: list[str], roles: list[str | None]) -> str:
    out = ""
    glue = True  # no space before the next token
    for tok, role in zip(tokens, roles):
        if role == "open":
            out += ("" if glue else " ") + tok
            glue = True
            continue
        if role in ("close", "poss") or tok in NO_SPACE_BEFORE:
            out += tok
        else:
            out += ("" if glue else " ") + tok
        glue = tok in NO_SPACE_AFTER
    return out


def story_lines(doc: list[list[str]]) -> list[str]:
    lines = _lines(doc)
    return [sentence_text(line, roles) for line, roles in zip(lines, _roles(lines))]


def story(doc: list[list[str]]) -> str:
    return "\n\n".join(story_lines(doc)) + "\n"


def main(path: Path, wanted: list[str]) -> None:
    docs = documents(path)
    if wanted == ["--list"]:
        for n, doc in enumerate(docs):
            lines = story_lines(doc)
            body = " ".join(lines[1:])
            marks = sum(s.count('"') for s in doc)
            print(n, len(body.split()), marks, lines[0] if lines else "", sep="\t")
        return
    for item in wanted:
        name, number = item.split("=")
        (HERE / f"{name}.txt").write_text(story(docs[int(number)]), encoding="utf-8")
        print(name, number, story_lines(docs[int(number)])[0])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
