"""People's names merged, tuned on rounds 24-43 (session 26b): a long name misspelt by one letter changed inside it
(in the body or only in the title), the first of a person's two surnames alone, and a surname opening on its particles
that the model took for a body's name, as it took the full name. Each on made-up copy and on the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_long_name_misspelt_by_one_letter_changed_is_one_name():
    keys = {m.text: m.entity_key for m in extract_text(
        "Queen Nefertutiti's tomb was found at last\n\n"
        "Queen Nefertotiti's tomb lay under the sand for 3,000 years, scientists say. The team found it near Luxor, "
        "and Nefertotiti's jewels were in it, Professor Harlan Oduya said.\n"
    ).mentions}
    assert keys["Nefertutiti"] == keys["Nefertotiti"]  # the title's misspelling
    forms = by_alias(extract_text(
        "Tomb found\n\n"
        "Queen Nefertutiti's tomb lay under the sand for 3,000 years, scientists say. The team found it near Luxor, "
        "and Queen Nefertotiti's jewels were in it, Professor Harlan Oduya said.\n"
    ))
    assert forms["Nefertutiti"] is forms["Nefertotiti"]  # the body's
    # two names of eight letters one letter apart are two people's: Khomeini's successor Khamenei
    forms = by_alias(extract_text(
        "Blogger jailed\n\n"
        "The blogger criticised Ayatollah Ali Khamenei, the supreme leader. His site quoted Ayatollah Ruhollah Khomenei, "
        "the founder of the republic. Khamenei's office did not comment.\n"
    ))
    assert forms["Khamenei"] is not forms.get("Ruhollah Khomenei")
    keys = {m.text: m.entity_key for m in page("abc/tutankhamen_mummy.txt").mentions}
    assert keys["Tutenkhamen"] == keys["Tutankhamen"]  # "King Tutenkhamen's penis was there all along"


def test_the_first_of_two_surnames_alone_is_the_persons():
    forms = by_alias(extract_text(
        "Mummy study\n\n"
        "But according to mummy expert Dr Anselm Gruber Vigl, the pharaoh was built normally.\n\n"
        "Gruber is caretaker of the Iceman, and was a member of the team.\n\n"
        "\"It is clearly visible,\" Gruber says.\n"
    ))
    assert forms["Gruber"] is forms["Anselm Gruber Vigl"]
    mummy = by_alias(page("abc/tutankhamen_mummy.txt"))
    assert mummy["Egarter"] is mummy["Eduard Egarter Vigl"]


def test_a_surname_opening_on_its_particles_is_the_persons_the_model_took_for_a_body():
    fertility = by_alias(page("abc/paternal_age_fertility.txt"))
    assert fertility["de La Rochebrochard"] is fertility["Elise de La Rochebrochard"]
