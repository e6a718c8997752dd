"""Session 21's second trigger pass, each mechanism on its own: a verb marked `objectless` (نقل) with its
destination right after it is the passive, told of the carried, and codes nothing; a relative clause set off by
commas between a light verb's subject and its noun is crossed; a verb marked `passive_plural` (قتل، اعتقل، اختطف)
in the plural past with no object after it is the passive told of the victims, an act only with an agent cue.
Their behaviour in composed sentences: data/trigger_probes_s21b.yaml."""

from test_events_trigger_probes import coded_triggers  # noqa: F401  (the fixture that spies on code_sentence)
from test_trigger_mechanisms_s18 import _coded, _words   # the s18 helpers: a sentence's coded events, plain words
from khabar.events.code import _n, _objectless, _relative_aside_after, triggers


def _types(text: str, found) -> list[str]:
    return [t for t, _, _ in _coded(text, found)]


def test_the_new_lists_load_normalised():
    t = triggers()
    assert t["verbs"][_n("نقل")]["objectless"] >= {_n("إلى"), _n("إليها")}
    assert {_n("إثر"), _n("فورا")} <= t["destination_skips"] and _n("إلى") not in t["destination_skips"]
    assert {_n("خلال"), _n("في"), "و"} <= t["passive_next"]
    assert all(t["verbs"][_n(v)].get("passive_plural") for v in ("قتل", "اعتقل", "اختطف"))
    assert not t["verbs"][_n("هاجم")].get("passive_plural")


def test_a_destination_right_after_the_verb():
    into = triggers()["verbs"][_n("نقل")]["objectless"]
    assert _objectless(_words("نقل الي مستشفي اريحا"), 0, into)
    assert _objectless(_words("نقل علي اثر ها الي المستشفي"), 0, into)   # past a short adverbial and its pronoun
    assert not _objectless(_words("نقلت ها الي المستشفي"), 0, into)     # a pronoun right after it: its object
    assert not _objectless(_words("نقلت الطواقم الجرحي الي المستشفي"), 0, into)
    assert not _objectless(_words("نقل"), 0, into)


def test_a_relative_clause_between_commas():
    words = _words("شن الجيش ، الذي يقوده الفريق البرهان ، هجوما")
    assert _relative_aside_after(words, 2) == 8 and words[8].norm == _n("هجوما")
    assert _relative_aside_after(_words("شن الجيش ، الذي يقوده الفريق . هجوما"), 2) is None   # no closing comma
    assert _relative_aside_after(_words("شن الجيش ، ثم هجوما"), 2) is None                   # no relative opens
    assert _relative_aside_after(_words("شن الجيش الذي يقوده"), 1) is None                    # no comma there


def test_carried_is_no_act_and_carrying_is(coded_triggers):
    for text in ("وأصيب 14 آخرون نُقلوا إلى المستشفى الجهوي.", "وأصيب شاب بجروح نقل على إثرها إلى مستشفى أريحا.",
                 "وقصفت الطائرات النقطة الطبية التي نقل إليها المصابون."):
        assert "AID" not in _types(text, coded_triggers), text
    for text in ("ونقلت طواقم الهلال الأحمر الجرحى إلى مستشفى رفيديا.", "وأصيب عدد من المواطنين ونقلتهم سيارات الإسعاف إلى مستشفى الشفاء."):
        assert "AID" in _types(text, coded_triggers), text


def test_a_light_verb_across_a_relative_clause(coded_triggers):
    found = _coded("ونفذت قوات الاحتلال، التي اقتحمت المخيم فجرا، حملة اعتقالات واسعة.", coded_triggers)
    assert any(kind == "COERCE" and text.startswith("نفذت قوات الاحتلال") for kind, text, _ in found), found


def test_killed_in_the_plural_with_no_object(coded_triggers):
    for text in ("وقال المتحدث إن نحو 20 من المهاجمين قتلوا خلال المطاردة.", "وأضاف أن ثلاثة منهم قتلوا.",
                 "وأعلنت النقابة أن خمسة صحفيين اعتقلوا أثناء تغطيتهم المسيرة."):
        assert not {"ASSAULT", "COERCE"} & set(_types(text, coded_triggers)), text
    for text in ("وزعم التنظيم أن عناصره قتلوا 14 عسكريا.", "وقالت مصادر إن ثلاثة مدنيين قتلوا برصاص قناصة في الحي.",
                 "وزعمت الحركة أن مقاتليها قتلوا «عشرات من الجنود»."):
        assert "ASSAULT" in _types(text, coded_triggers), text


def test_adjectives_joined_before_the_phrase():
    from khabar.events.code import _ceased, _past_adjectives
    words = _words("وقف فوري و دائم ل اطلاق النار")
    assert _past_adjectives(words, 1) == 4 and words[4].norm == "ل"
    assert _past_adjectives(_words("وقف فوري ل اطلاق"), 1) == 2
    assert _past_adjectives(_words("وقف فوري و الجيش"), 1) == 2                # و before no adjective: the run ends
    assert _ceased(words, 5)                                                    # past the run, still ceased
    assert _ceased(_words("وقف فوري و شامل و مستدام ل اطلاق"), 7)
    assert not _ceased(_words("وقف الجيش الذي بدا ل اطلاق"), 5)                  # no adjectives: three words back only


def test_a_share_suspected(coded_triggers):
    from khabar.events.code import _charged
    assert _charged(_words("للاشتباه بمشاركت هما في اطلاق النار"), 4)
    assert _charged(_words("يشتبه بضلوع ه في الهجوم"), 4)
    assert not _charged(_words("شارك الجيش في الهجوم"), 3)                      # a share told, no suspicion
    assert not _charged(_words("للاشتباه بمشاركت هما في المسيرة ثم في الهجوم"), 8)
    assert "ASSAULT" not in _types("وأوقفت الشرطة شخصين للاشتباه بمشاركتهما في إطلاق النار.", coded_triggers)
    assert "ASSAULT" in _types("وشارك عشرات المسلحين في إطلاق النار على الدورية.", coded_triggers)


def test_a_ceasefire_with_adjectives_joined(coded_triggers):
    for text in ("وطالب الملك بوقف فوري ودائم لإطلاق النار في غزة.", "ودعت القمة إلى وقف فوري وشامل ومستدام لإطلاق النار."):
        found = _types(text, coded_triggers)
        assert "ASSAULT" not in found and "RETREAT" in found, (text, found)
