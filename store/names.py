"""Names as text: folding keys, titles, acronyms, transliteration variants, headline case.

Pure string rules shared by entity resolution, the gazetteer and speaker
attribution; nothing here knows spaCy or the store.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# Arabic and other definite articles written before names: "al-Qaim", "el Baradei", "ash-Sham".
NAME_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "the"})
# Words that join the content words of a long name and have no letter in its acronym.
FUNCTION_WORDS = frozenset({"of", "in", "and", "the", "for", "on", "at", "to", "de", "du", "des", "la", "le", "&"})

# Titles, ranks and offices written before a name; a span made only of these is not a name. Malaysia's honours and
# its states' chief minister ("Menteri Besar Datuk Abu Hassan Omar"), not "Tan Sri" (Tan is a surname too). The
# abbreviated plurals before two names or more ("Reps. Chris Collins (R-N.Y.) and Duncan Hunter", "Govs. Chris
# Christie of New Jersey and John Kasich of Ohio"), which title the first.
TITLES = frozenset(
    """
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend father sheikh sheik shaikh imam
    ayatollah grand mullah cleric rabbi bishop archbishop cardinal pope king queen prince princess emir
    crown sultan president vice prime premier minister chancellor secretary deputy acting former interim
    senator sen sens rep reps representative congressman congresswoman governor gov govs mayor judge justice chief
    general gen major maj lieutenant lt colonel col brigadier brig captain capt sergeant sgt corporal cpl
    private pvt admiral adm commander cmdr marshal field staff spokesman spokeswoman spokesperson
    ambassador envoy foreign defence defense interior finance health state us uk un
    opposition leader mp mep msp administrator director commissioner outgoing colonel officer sheriff detective
    superintendent chair chairman chairwoman ceo attorney principal coach supt inspector manager lecturer treasurer
    adviser advisor associate assistant magistrate emeritus
    datuk dato datin tunku tengku menteri besar
    """.split()
)

# Titles of courtesy, which any person may carry and no office is named by ("Mr Kennedy", not a minister).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"})

# Names of one party, which copy uses as freely as each other: "the Tories" are the Conservatives
# (Britain's, Canada's), "the GOP" the Republicans. Each is the words before "party", folded.
_PARTY_NAMES = (("conservative", "tory"), ("republican", "gop"))

# Their names, which name the party whether or not the article writes "party" after one.
KNOWN_PARTY_NAMES = frozenset(name for names in _PARTY_NAMES for name in names)

# Words of a creed that, capitalised, name a party's member ("a Communist deputy") and, in the plural, the
# party acting ("the Communists"): copy writes them without "party" as freely as the party names above.
PARTY_CREEDS = frozenset({"democrat", "liberal", "socialist", "nationalist", "unionist", "communist"})


# Parties' short names, which copy writes as a member's adjective before her name or her parliament's ("Lib
# Dem Norman Baker", "SNP Holyrood leader"), besides the known names and creeds above.
PARTY_SHORT_NAMES = KNOWN_PARTY_NAMES | PARTY_CREEDS | frozenset(
    {"lib dem", "liberal democrat", "social democrat", "labour", "green", "snp", "ukip", "dup", "sdlp", "plaid", "plaid cymru", "sinn fein"}
)


def party_names(party: str) -> tuple[str, ...]:
    """A party's name (its words before "party", folded) and the other names it goes by."""
    return next((names for names in _PARTY_NAMES if party in names), (party,))


_APOSTROPHES = "'\u2019\u2018`\u02bc\u02bb\u00b4"

# The possessive's "'s", with either apostrophe, as the tokenizer splits it off a word: "Acme 's".
APOSTROPHE_S = ("'s", "\u2019s")
# The endings of a word written as an owner's: "Acme's", "Acme\u2019s", a plural's "the Smiths'".
_POSSESSIVE_ENDINGS = APOSTROPHE_S + ("s'", "s\u2019")
# 1980s wire copy typed a double quote for the apostrophe: "Nigeria"s".
_TYPED_QUOTE_S = ('"s',)


def possessive_ending(word: str, *, typed_quote: bool = False) -> str:
    """The ending that writes `word` as an owner's ("'s", "\u2019s", a plural's "s'"), "" when it has none;
    `typed_quote` also reads the wire's double quote typed for the apostrophe ("Nigeria"s")."""
    endings = _POSSESSIVE_ENDINGS + _TYPED_QUOTE_S if typed_quote else _POSSESSIVE_ENDINGS
    return next((e for e in endings if word.endswith(e)), "")


def fold(text: str) -> str:
    """Casefolded, in ASCII letters, typographic apostrophes made straight.

    anyascii, not NFKD: NFKD keeps letters that are not a base letter plus an accent
    ("Łódź" stays "łodz", "Ørsted" "ørsted", "Kılıçdaroğlu" keeps its dotless ı), so two
    spellings of one name would get two keys."""
    if text.isascii():
        return text.lower().replace("`", "'")
    text = text.translate({ord(ch): "'" for ch in _APOSTROPHES})
    return anyascii(text).casefold().replace("`", "'")


# Keys of names are asked for again and again: the rules that compare an article's names do so
# pair by pair (every alias of one entity against every alias of another), resolution again per
# stored candidate. An article holds a few hundred names, so a small cache answers nearly all.
_KEYS_CACHED = 4096


@lru_cache(maxsize=_KEYS_CACHED)
def name_key(name: str) -> str:
    """Spelling-insensitive key: case, accents, hyphens, apostrophes and periods folded."""
    text = fold(name).replace("'", "").replace(".", "")
    if text.isascii():
        return " ".join(text.replace("-", " ").split())
    return re.sub(r"[\s\-\u2010-\u2015]+", " ", text).strip()


@lru_cache(maxsize=_KEYS_CACHED)
def bare_key(name: str) -> str:
    """name_key without a leading definite article: 'al-Qaim' and 'Qaim' share it."""
    words = name_key(name).split(" ")
    if len(words) > 1 and words[0] in NAME_ARTICLES:
        words = words[1:]
    return " ".join(words)


# Generational suffixes after a surname: "Patrick Carlineo Jr." is a Carlineo.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_words(name: str) -> list[str]:
    """The words of a person's name without a generational suffix."""
    ws = name.split()
    while len(ws) > 1 and ws[-1].lower().strip(".,") in NAME_SUFFIXES:
        ws = ws[:-1]
    return ws


def surname_key(name: str) -> str:
    """The last word of a name, article and suffix dropped: 'Nuri al-Maliki' -> 'maliki'."""
    ws = name_words(name)
    return bare_key(ws[-1]) if ws else ""


@lru_cache(maxsize=_KEYS_CACHED)
def translit_key(name: str) -> str:
    """A skeleton that romanisations of one name share: Baiji/Beiji/Bayji, Qaeda/Qaida, Kaim/Qaim.

    Vowel runs (y included inside a word) fold to one 'a', q to k, doubled letters to one.
    Only used together with other evidence: short names collide (Hassan/Husein).
    """
    out = []
    for word in (w for w in name_key(name).split(" ") if w not in NAME_ARTICLES):
        word = word.replace("q", "k").replace("ph", "f").replace("ou", "u")
        word = word[0] + re.sub(r"[aeiouy]+", "a", word[1:]) if word else word
        word = re.sub(r"(.)\1+", r"\1", word)
        out.append(word)
    return " ".join(out)


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'\u2019.\-]*", text)


def is_title_word(word: str) -> bool:
    parts = [part for part in fold(word).replace(".", "").strip(",").split("-") if part]
    return bool(parts) and all(part in TITLES for part in parts)


# Titles American copy writes before a name and nowhere else as one: a legislature's presiding officer ("Speaker Paul
# Ryan"), a minister ("Pastor Kevin Swanson", "Fr. Frank Pavone"), a state legislator ("Assemblywoman Claudia Tenney"),
# "Pres." for president. The model's span leaves them out, so a name written with one is the person's name, as "Sen.
# Marco Rubio" is. Not TITLES: after a body's name the body is named ("House Speaker" is the House's, which the
# article names), and alone they are common nouns ("a speaker at the rally", "the pastor said").
_OPENING_TITLES = frozenset({"speaker", "pastor", "fr", "pres", "assemblyman", "assemblywoman"})


def _opening_title(word: str) -> bool:
    return fold(word).replace(".", "") in _OPENING_TITLES


def leading_title_length(text: str) -> int:
    """Characters of titles/ranks at the start of a name ('Major-General Qassim ...' -> 14)."""
    pos = 0
    spans = list(re.finditer(r"\S+", text))
    for k, m in enumerate(spans):
        word = m.group().rstrip(",")
        if not (is_title_word(word) or k < len(spans) - 1 and _opening_title(word)):
            return m.start() if pos else 0
        pos = m.end()
    return pos  # every word is a title


# Words of a title that qualify an office rather than name one: "Foreign" in "Foreign Minister".
_TITLE_MODIFIERS = frozenset(
    "foreign defence defense interior finance health state us uk un deputy vice acting former"
    " interim opposition crown grand field staff chief prime outgoing associate assistant emeritus".split()
)


def is_person_title(word: str) -> bool:
    """A title only a person holds ('Chancellor', 'Major-General'), not a qualifier ('Foreign')."""
    parts = [w for w in fold(word).replace(".", "").strip(",").split("-") if w]
    return bool(parts) and parts[-1] in TITLES and parts[-1] not in _TITLE_MODIFIERS


def trailing_title_length(text: str) -> int:
    """Characters of titles at the end of a name ('FEMA Administrator' -> 14), never the whole name."""
    ws = list(re.finditer(r"\S+", text))
    if ws and not is_person_title(ws[-1].group()):
        return 0  # "Islamic State", "School of Public Health": a qualifier alone is no office
    n = len(ws)
    while n > 1 and is_title_word(ws[n - 1].group()):
        n -= 1
    if ws and n < len(ws) and ws[n - 1].group().casefold() in FUNCTION_WORDS:
        return 0  # "Joint Chiefs of Staff": the last word belongs to the name
    return len(text) - ws[n - 1].end() if ws and n < len(ws) else 0


# The letters after a barrister's name, senior or Queen's (King's) Counsel, which no body carries.
COUNSELS_LETTERS = frozenset({"QC", "SC", "KC"})


def counsel_named(text: str) -> bool:
    """"Stephen Hall SC", "Rod Smith SC": a given name and a surname, then a counsel's letters."""
    *name, last = text.split(" ")
    return last in COUNSELS_LETTERS and len(name) == 2 and all(w.istitle() and w.replace("-", "").replace("'", "").isalpha() for w in name)


def is_acronym(text: str) -> bool:
    # ("AT and T": a wire's "AT&T", its "&" written "and"; see entities.partnerships.initials_joined_by_and)
    return bool(re.fullmatch(r"[A-Z]{2,8}|(?:[A-Z]\.){2,6}|[A-Z]{1,4}&[A-Z]{1,4}|[A-Z]{1,2} and [A-Z]|[A-Z] and [A-Z]{2}", text))


def initials(name: str, skip_function_words: bool = True) -> str:
    letters = []
    for word in re.split(r"[\s\-]+", name):
        if not word or (skip_function_words and word.casefold() in FUNCTION_WORDS):
            continue
        if word.casefold() in NAME_ARTICLES and "-" in name:
            continue
        letters.append(word[0])
    return "".join(letters).upper()


# Country acronyms that leading_title_length cuts off a name as a qualifier ("UK Independence Party").
_QUALIFYING_ACRONYMS = ("US", "UK", "UN")


# A firm's legal form, which ends its name and opens none: "Boeing Co", "Merck and Co Inc", "Volkswagen AG", "Fiat SpA",
# "Siemens GmbH", "Gazprom PJSC" (a Russian joint-stock company, which copy's "Gazprom PJSC CEO Alexey Miller" reads as
# a person's name whose surname the firm's arm "Gazprom Neft PJSC" shares).
# The one list every rule about firms' names reads (folded; a final period dropped).
LEGAL_FORMS = frozenset("co inc corp corporation ltd limited llc plc sa ag nv se spa gmbh jsc ojsc pjsc".split())

# The legal forms closing a name, as a name writes them (capitalised or in capitals), which its acronym may leave
# out: "BMW" of "Bayerische Motoren Werke AG", "BP" of "British Petroleum Co Plc".
_LEGAL_FORM_AT_END = re.compile(
    r"(?:\s+(?:" + "|".join(sorted({w.capitalize() for w in LEGAL_FORMS} | {w.upper() for w in LEGAL_FORMS})) + r")\.?)+$"
)


def without_legal_forms(name: str) -> str:
    """A firm's name without the legal forms that close it: "Japan Airlines" of "Japan Airlines Co Ltd"."""
    return _LEGAL_FORM_AT_END.sub("", name)


# A brand written as one word of capitalised words, three letters each at least: "GlaxoSmithKline" (not "McDonald").
_CAMEL_CASE = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")
_CAMEL_WORDS = re.compile(r"([a-z])(?=[A-Z])")


def acronym_of(acronym: str, name: str) -> bool:
    """True when `acronym` spells the initials of `name` ('ISIL' of 'Islamic State in Iraq and the Levant'),
    a firm's "Co" or "AG" spelt or not ('NBC' of 'National Broadcasting Co', 'PG&E' of 'Pacific Gas & Electric Co.'),
    or a country's acronym then those initials, where the name's qualifier was cut ('UKIP' of 'Independence Party')
    or kept whole ('UKIP' of 'UK Independence Party')."""
    acr = acronym.replace(".", "").replace("&", "").replace(" and ", "").upper()
    name = _CAMEL_WORDS.sub(r"\1 ", name) if _CAMEL_CASE.fullmatch(name) else name  # "GSK" of "GlaxoSmithKline"
    if len(acr) < 2 or len(name.split()) < 2:
        return False
    bare = _LEGAL_FORM_AT_END.sub("", name)
    first, _, rest = bare.partition(" ")
    if first.replace(".", "") in _QUALIFYING_ACRONYMS and len(rest.split()) > 1:
        bare = rest  # the qualifier spelt whole in the acronym, as below
    # a word that is an acronym itself gives all its letters: "EC" is no acronym of "EC Commission", the EC's
    spelt = {_initials_keeping_acronyms(n) if holds_an_acronym(n) else initials(n, skip)
             for n in {name, bare} if len(n.split()) > 1 for skip in (True, False)}
    # (its function words left out: "DfE", which writes one, is the Department for Education, no "... and Skills")
    cut = _without_its_last_pair(bare)
    spelt |= {_initials_keeping_acronyms(cut) if holds_an_acronym(cut) else initials(cut)} if cut != bare else set()
    return acr in spelt or any(acr.startswith(q) and acr[len(q):] in spelt for q in _QUALIFYING_ACRONYMS) or _mixed_initials(
        acronym.replace(".", "").replace("&", ""), bare) or _translated_initials(acr, bare) or spells_some_function_words(acr, bare)


# A name's last word joined by "and": "Centers for Disease Control and Prevention", whose acronym ("CDC") was coined
# before the word was added to the name.
_LAST_PAIR = re.compile(r"\s+and\s+[A-Z][a-z]+$")


def _without_its_last_pair(name: str) -> str:
    """The name without the "and <Word>" that closes it, if it has more than one word before ("Centers for Disease
    Control" of "Centers for Disease Control and Prevention"); else the whole name."""
    cut = _LAST_PAIR.sub("", name)
    return cut if len(cut.split()) > 1 else name


# Head nouns of a body's name that a Romance language writes first, and its acronym with them: "Partido Social Democrata"
# (PSD) is the "Social Democratic Party", the "Instituto Brasileiro do Cafe" (IBC) the "Brazilian Coffee Institute".
_HEADS_WRITTEN_FIRST = frozenset({"party", "institute", "front", "union", "movement", "council", "confederation", "federation", "association"})


def _translated_initials(acronym: str, name: str) -> bool:
    """An acronym of the body's own language that wire copy keeps beside the name it translates, the head noun its first
    letter, the other words' after it in their order or the other way round: "PSD" of "Social Democratic Party", "IBC"
    of "Brazilian Coffee Institute", "PFL" of "Liberal Front Party" (Partido da Frente Liberal). Three words or more."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in FUNCTION_WORDS]
    if len(words) < 3 or len(acronym) != len(words) or words[-1].casefold() not in _HEADS_WRITTEN_FIRST:
        return False
    rest = "".join(w[0] for w in words[:-1]).upper()
    return acronym[0] == words[-1][0].upper() and acronym[1:] in {rest, rest[::-1]}


def spells_some_function_words(acronym: str, name: str) -> bool:
    """An acronym (in capitals) spelling each word of a name of three words or more and some of its function words,
    not all: "APACS" of "Association of Payment and Clearing Services" (its "and" spelt, its "of" not)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len([w for w in words if w.casefold() not in FUNCTION_WORDS]) < 3 or not acronym.isalpha():
        return False
    spellings = {""}
    for w in words:
        letter = w[0].upper()
        spellings = {s + letter for s in spellings} | (spellings if w.casefold() in FUNCTION_WORDS else set())
        spellings = {s for s in spellings if acronym.startswith(s)}
    return acronym in spellings


def holds_an_acronym(name: str) -> bool:
    """Whether a word of the name is an acronym itself: "EC Commission", "USA Track & Field"."""
    return any(is_acronym(w) for w in re.split(r"[\s\-]+", name))


def _initials_keeping_acronyms(name: str) -> str:
    """A name's initials where a word of it that is an acronym itself gives all its letters: "USATF" of "USA Track &
    Field", "BBCWS" of "BBC World Service"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in FUNCTION_WORDS]
    return "".join(w.replace(".", "") if is_acronym(w) else w[0] for w in words).upper()


def _mixed_initials(acronym: str, name: str) -> bool:
    """An acronym that writes the function words it keeps in lowercase and leaves out the others: "DfES" of
    "Department for Education and Skills" (its "for" kept, its "and" left out)."""
    if acronym.isupper() or not acronym.isalpha():
        return False
    ws = name.split()
    k = 0
    for letter in acronym:
        while k < len(ws) and ws[k].casefold() in FUNCTION_WORDS and not (letter.islower() and ws[k][0] == letter):
            k += 1  # a function word the acronym leaves out
        if k == len(ws) or ws[k][0].casefold() != letter.casefold() or (ws[k].casefold() in FUNCTION_WORDS) != letter.islower():
            return False
        k += 1
    return all(w.casefold() in FUNCTION_WORDS for w in ws[k:])


def acronym_opens(short: str, name: str) -> bool:
    """True when `short` is an acronym, then words the long name writes right after the words it spells: "PCS Union" of
    "Public and Commercial Services Union", "CP Air" of "Canadian Pacific Air Lines Ltd"."""
    first, _, rest = short.partition(" ")
    tail = rest.casefold().split()
    if not tail or not is_acronym(first):
        return False
    words = _LEGAL_FORM_AT_END.sub("", name).split()
    return any(
        [w.casefold() for w in words[k : k + len(tail)]] == tail and acronym_of(first, " ".join(words[:k]))
        for k in range(2, len(words) - len(tail) + 1)
    )


def headline_case(text: str) -> bool:
    """Title Case or ALL CAPS text, where a statistical tagger's case cues mislead."""
    ws = words(text)
    if len(ws) < 2:
        return bool(ws) and text.isupper() and len(ws[0]) > 3
    if sum(1 for ch in text if ch.isalpha() and ch.isupper()) > 0.8 * sum(1 for ch in text if ch.isalpha()):
        return True
    long_words = [w for w in ws if len(w) > 3]
    if len(long_words) < 3:
        return False
    return sum(1 for w in long_words if w[0].isupper()) >= 0.8 * len(long_words)


# ("arap", "son of", in Kalenjin names: "Daniel arap Moi")
NAME_PARTICLES = frozenset({"da", "do", "dos", "das", "de", "del", "della", "di", "du", "van", "von", "der", "den", "ten", "ter", "bin", "ibn", "am", "arap"})


def particle_name_start(doc, i: int) -> int:
    """The token where a name starts when a parse or a tagger cut it at a particle:
    "Rio Grande do [Sul]" (token i is "Sul"). A person's title before the name is no part of it: "President
    Daniel arap [Moi]" starts at "Daniel"."""
    while i >= 2 and doc[i - 1].lower_ in NAME_PARTICLES:
        j = i - 1
        while j >= 1 and doc[j - 1].lower_ in NAME_PARTICLES:
            j -= 1  # "von der", "de la"
        if j < 1 or doc[j - 1].pos_ != "PROPN" or not doc[j - 1].text[0].isupper():
            break
        i = j - 1
        while i > 0 and not doc[i].is_sent_start and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[0].isupper() \
                and not is_person_title(doc[i - 1].text):
            i -= 1
        if doc[i].is_sent_start:
            break
    return i
