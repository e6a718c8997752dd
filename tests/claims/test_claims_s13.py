"""Session 13 mechanisms of the claims stage: the platform after a noun whose possessive the
reading splits off ("على منصته إكس"), and the gender of a verbal noun of saying after ب taken
from the verb its clause opens with ("وختمت بالقول إن")."""

from __future__ import annotations

import pytest

import khabar


def _claims(text: str):
    return [(c["cue"]["text"], [s["text"] for s in c["sources"]], c["platform"])
            for c in khabar.read(text, published="2024-06-10").claims]


@pytest.mark.parametrize("text, platform", [
    ("وكتب وزير الخارجية الإيراني على منصته إكس أن بلاده لا تريد التصعيد.", "X"),
    ("وقال المتحدث باسم الحركة على قناته في تلغرام إن المقاتلين انسحبوا.", "Telegram"),
    ("وكتبت النائبة على صفحتها «فيسبوك» أن الجلسة تأجلت.", "Facebook"),
])
def test_platform_after_a_noun_with_its_possessive(text, platform):
    claims = _claims(text)
    assert len(claims) == 1 and claims[0][2] == platform


@pytest.mark.parametrize("verb", ["وختمت", "واختتمت حديثها"])
def test_saying_noun_after_bi_takes_the_gender_of_its_verb(verb):
    text = ("تراجع التمويل\n\nوقالت مديرة المنظمة في الأردن إن التمويل تراجع هذا العام.\n\n"
            f"{verb} بالقول إن الوضع لا يحتمل مزيدا من التأخير.")
    claims = _claims(text)
    assert [c[0] for c in claims] == ["قالت", "القول"]
    assert claims[1][1] == ["مديرة المنظمة في الأردن"]


def test_saying_noun_after_bi_of_a_masculine_verb_still_goes_back_to_a_man():
    text = ("تراجع التمويل\n\nوقالت مديرة المنظمة إن التمويل تراجع. وقال وزير التخطيط إن الحكومة ستساعد.\n\n"
            "وختم بالقول إن الوضع صعب.")
    assert _claims(text)[-1][:2] == ("القول", ["وزير التخطيط"])


# -- the article's own outlet named in Arabic letters, its Latin name in the source ---------------

def test_latin_letters_load_with_their_schema():
    from khabar.claims.component import _letters

    letters = _letters()
    assert set(letters) == {"arabic", "latin", "articles", "glued", "shortest", "shortest_with_semivowels",
                            "media_words", "arabic_media_words", "arabic_kind_words", "arabizi_digits", "egyptian_g",
                            "long_vowels"}
    assert all(len(group) == 2 and cls in ("w", "y") for group, cls in letters["long_vowels"])   # (session 19, s22b)
    assert all(word == word.lower() for word in letters["media_words"])   # matched lower-cased
    assert set(letters["arabic_media_words"].values()) <= letters["media_words"]   # keyed as a media word
    assert all(len(cls) == 1 for cls in letters["arabic"].values())
    groups = [group for group, _ in letters["latin"]]
    assert groups == sorted(groups, key=len, reverse=True)   # longest group read first (sh before s)
    assert letters["arabic"]["ق"] == letters["arabic"]["ك"] == dict(letters["latin"])["q"]


@pytest.mark.parametrize("latin, arabic", [
    ("Al Ayam", "الأيام"), ("Altaghyeer", "التغيير"), ("El Bilad", "البلاد"), ("Lebanon 24", "لبنان 24"),
    ("Al Watan (Oman)", "صحيفة الوطن"), ("Echorouk", "الشروق"), ("Alarabiya", "العربية"),
    ("Asharq Al-Awsat", "الشرق الأوسط"), ("Hespress", "هسبريس"),
])
def test_an_outlet_is_heard_in_its_latin_name(latin, arabic):
    from khabar.claims.component import _heard_as, _latin_keys

    assert _heard_as(arabic, _latin_keys(latin))


@pytest.mark.parametrize("latin, arabic", [
    ("Asharq Al-Awsat", "الشرق"),        # a part of the name is another outlet
    ("Al-Quds Al-Arabi", "القدس"),
    ("Lebanon 24", "رويترز"), ("Al Ayam", "اليوم"),
    ("Al Ain", "العين"),                 # too short to tell
])
def test_another_or_a_partial_name_is_not_the_outlet(latin, arabic):
    from khabar.claims.component import _heard_as, _latin_keys

    assert not _heard_as(arabic, _latin_keys(latin))


def test_the_own_outlet_named_in_arabic_leaves_the_chain():
    text = "الأيام - خاص\n\nوأفاد مصدر مسؤول في الوفد البحريني لـ\"الأيام\" بأن الزيارة ستتضمن توقيع مذكرات."
    chains = lambda source: [[s["text"] for s in c["sources"]]   # noqa: E731
                             for c in khabar.read(text, source=source).claims]
    assert chains({"outlet": "Al Ayam"}) == [["مصدر مسؤول في الوفد البحريني"]]
    assert chains({"outlet": "Reuters"}) == [["مصدر مسؤول في الوفد البحريني", "الأيام"]]


def test_a_known_outlet_is_not_the_own_one_by_its_sound_when_the_base_knows_both():
    # "Al-Sharq" (Qatar) and "الشروق" (Egypt) sound alike; the knowledge base knows both apart
    text = "وصول الوفد\n\nوقال مصدر مسؤول لبوابة الشروق إن الوفد وصل إلى الدوحة."
    claims = khabar.read(text, source={"outlet": "Al-Sharq (Qatar)"}).claims
    assert [[s["text"] for s in c["sources"]] for c in claims] == [["مصدر مسؤول", "بوابة الشروق"]]
