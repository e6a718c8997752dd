"""Session 17, second wave: the channel rule and judgements in relative clauses (docs/gold-format.md,
"Decided in session 14").  A channel that carried a statement is the speaker's platform (TV, Radio),
no relay, when the speaker's side put the words on the air: a state channel airing a speech, letter or
statement, or a channel the text calls the speaker's own ("التابعة لها"، "الناطقة باسمها"); it stays
a relay when the speaker talked to it, when it reports, and for any other channel.  A verb of
judging in a relative clause with no clause or quote of its own reports nothing."""

from __future__ import annotations

import pytest

import khabar


def _claims(text: str) -> list[tuple[list[str], str | None]]:
    return [([s["text"] for s in c["sources"]], c["platform"])
            for c in khabar.read(text, published="2024-06-10").claims]


def test_the_channel_lists_load_normalised():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert cues["own_channel_heads"] == {"تلفزيون": "TV", "تلفزه": "TV", "قناه": "TV", "فضائيه": "TV", "اذاعه": "Radio",
                                         "راديو": "Radio"}   # تلفزة: the Maghreb's word (round 19)
    assert {"الرسمي", "الرسميه", "الوطنيه", "القومي", "الحكومي"} <= cues["state_channel_forms"]
    assert {"العربي", "البريطانيه"} <= cues["not_state_channel_forms"]
    assert {"كلمه", "خطاب", "رساله", "بيان"} <= cues["state_channel_occasions"]
    assert "تصريح" in cues["state_channel_occasions"]   # session 32: remarks the state's channel aired
    assert not cues["state_channel_occasions"] & {"مقابله", "تسجيل", "حوار"}
    assert cues["own_channel_markers"] == {"التابعه": "ل", "التابع": "ل", "الناطقه": "باسم", "الناطق": "باسم"}
    assert {"اعتبر", "صنف", "وصف"} <= cues["judging_verbs"]


@pytest.mark.parametrize("text, platform", [
    ("وقال الرئيس في كلمة بثها التلفزيون الرسمي إن الحكومة ستستقيل.", "TV"),
    ("وقال الوزير في خطاب نقلته الإذاعة الوطنية إن الحكومة ستستقيل.", "Radio"),
    ("وقال الوزير في تصريح بثه التلفزيون الرسمي إن الحكومة ستستقيل.", "TV"),   # remarks aired (session 32)
    ("وقالت الرئاسة في بيان أذاعه التلفزيون الجزائري إن الحكومة ستستقيل.", "TV"),
    ("وقالت الجماعة في بيان بثته قناة الصمود التابعة لها إن مقاتليها أسقطوا طائرة.", "TV"),
    ("وقالت الحركة في تسجيل نشرته إذاعة الفرقان الناطقة باسمها إن مقاتليها أسقطوا طائرة.", "Radio"),
])
def test_the_speakers_own_channel_is_the_platform(text, platform):
    claims = _claims(text)
    assert len(claims) == 1 and len(claims[0][0]) == 1 and claims[0][1] == platform


@pytest.mark.parametrize("text, relay", [
    ("وقال الوزير في تسجيل بثته قناة الجزيرة إن الحكومة ستستقيل.", "قناة الجزيرة"),   # another channel
    ("وقال الوزير في مقابلة بثها التلفزيون الرسمي إن الحكومة ستستقيل.", "التلفزيون الرسمي"),   # he talked to it
    ("وقال الوزير في بيان بثه التلفزيون العربي إن الحكومة ستستقيل.", "التلفزيون العربي"),   # a channel's name
    ("وقال الوزير في بيان نقلته وكالة الأنباء الرسمية إن الحكومة ستستقيل.", "وكالة الأنباء الرسمية"),   # no channel
])
def test_other_carriers_stay_relays(text, relay):
    claims = _claims(text)
    assert len(claims) == 1 and len(claims[0][0]) == 2 and claims[0][0][1].startswith(relay)


def test_a_participle_after_an_act_carried_by_the_own_channel_takes_it_as_platform():
    text = "وتبنت الحركة الهجوم في بيان بثته إذاعة الأندلس التابعة لها، زاعمة أن مقاتليها قتلوا عشرين جنديا."
    assert _claims(text) == [(["الحركة"], "Radio")]


def test_a_verb_after_the_own_channel_named_by_abra_takes_it_as_platform():
    text = "وتبنت الحركة الهجوم عبر إذاعة الأندلس الناطقة باسمها، وزعمت أن مقاتليها قتلوا عشرين جنديا."
    assert _claims(text) == [(["الحركة"], "Radio")]


@pytest.mark.parametrize("text, claims", [
    ("وسيطرت الحركة، التي تعتبرها واشنطن منظمة إرهابية، على البلدة.", 0),
    ("ويعد المهرجان من أبرز التظاهرات التي تعتبرها الوزارة واجهة للبلاد.", 0),
    ("وزار الوفد المدينة التي وصفها الوزير بأنها «مدينة منكوبة».", 1),   # a clause and a quote of its own
    ("وقالت الحركة، التي تعتبرها واشنطن منظمة إرهابية، إن مقاتليها انسحبوا.", 1),   # the main verb reports
    ("واعتبرها الوزير خطوة إيجابية.", 1),   # no relative clause: a judgement of its own speaker
])
def test_a_judgement_in_a_relative_clause_reports_nothing(text, claims):
    assert len(_claims(text)) == claims


@pytest.mark.parametrize("text, chains", [
    ("ونددت المنظمة بالاعتقالات، محمّلة السلطات «المسؤولية الكاملة» عن سلامة المعتقلين.", [["المنظمة"]]),
    ("وأدان الجيش الهجوم، محملا \"الجماعات المسلحة\" المسؤولية عن الهجوم.", [["الجيش"]]),
    ("ودان الرئيس الهجوم، محملا الحكومة المسؤولية الكاملة عن التصعيد.", []),   # blame, no words quoted
    ("ووصلت إلى المعبر عشرون شاحنة، محملة بالمساعدات \"العاجلة\".", []),   # laden
])
def test_holding_responsible_reports_with_its_object_and_a_quote(text, chains):
    from khabar.claims.attribute import _cues

    assert _cues()["participle_objects"]["محمله"] >= {"المسؤوليه"}
    assert [got for got, _ in _claims(text)] == chains
