"""Session 20's trigger pass on unseen outlets, each mechanism on its own: a clause opened by بعدما or
"بعد/قبل أن" after an event noun of its type is another act, not the noun's predicate; a bare ambiguous
form (رشق، فجر، منع) right after a subordinating conjunction, before its subject, is the verb; the directive
وجّه (REQUEST) with the bodies it directs, not وجّه رسالة nor توجّه (headed to); a sense-off word with a
pronoun left on it (زواره); the plural زوّار of a hollow verb's agent noun; research that finds (توصل
الباحثون) no deal.  Their behaviour in composed sentences: data/trigger_probes_s20.yaml."""

from test_events_trigger_probes import coded_triggers  # noqa: F401  (the fixture that spies on code_sentence)
from test_trigger_mechanisms_s18 import _coded, _words   # the s18 helpers: a sentence's coded events, plain words
from khabar.events.code import (_form_v_reading, _hollow_agents_plural, _lexical, _object_pronoun_reading, _plural_agent, _sequel,
                                _subordinated, _unsuffixed, _verb_by_stem, _n, triggers)


def test_the_new_lists_load_normalised():
    t = triggers()
    assert {"بعدما", "عندما", "حين", "لما"} <= t["subordinators"] and t["sequels"] <= t["subordinators"]
    spec = t["verbs"][_n("وجه")]
    assert spec["type"] == "REQUEST" and spec["no_form_v"] and {"الجهات", "الاجهزه"} <= spec["needs"]
    assert "السلطات المختصه" in spec["needs"]                       # a two-word body, normalised
    assert {"رساله", "كلمه", "نحو"} <= t["senses_off"][_n("وجه")] and "الي" not in t["senses_off"][_n("وجه")]
    assert t["sense_windows"][_n("وجه")] == spec["window"] == 12                  # past a ruler's long name
    assert "الباحثون" in t["subject_senses_off"][_n("توصل")]


def test_a_sequel_clause_opens_at_its_conjunction():
    words = _words("اندلعت المواجهات بعد أن اغتال مسلحون قائدا")
    assert _sequel(words, 3) and not _sequel(words, 2)              # at أن after بعد, not at بعد
    assert _sequel(_words("اندلعت المواجهات بعدما اغتال"), 2)
    assert not _sequel(_words("قال إن أن"), 2)                       # أن after no temporal link
    assert not _sequel(_words("المواجهات عندما هاجم"), 1)            # عندما may tell the same act: no sequel


def test_a_conjunction_right_before_a_word_subordinates_it():
    assert _subordinated(_words("أصيب عشرة عندما فجر مسلحون عبوة"), 3)
    assert _subordinated(_words("أصيبوا قبل أن رشق محتجون"), 3)
    assert not _subordinated(_words("وصل المصلون منذ فجر الجمعة"), 3)
    assert not _subordinated(_words("فجر"), 0)


def test_unnamed_agents_counted_or_not():
    assert _plural_agent(_words("فجر انتحاري نفسه"), 1)
    assert _plural_agent(_words("فجر ثلاثة انتحاريين أحزمتهم"), 1)     # a count, the genitive plural after it
    assert _plural_agent(_words("هاجم خمسة مسلحين الحاجز"), 1)        # مسلحين ← مسلحون
    assert not _plural_agent(_words("فجر ثلاثة أيام"), 1) and not _plural_agent(_words("فجر اليوم"), 1)


def test_form_v_of_a_no_form_v_verb_is_no_directive():
    found = _verb_by_stem("توجه")
    assert found and found[1] == "وجه" and _form_v_reading("توجه", found)   # the stem rule alone reads it so
    assert _form_v_reading("يتوجه", _verb_by_stem("يتوجه") or (found[0], "وجه"))
    assert not _form_v_reading("يوجه", found)                               # form II's imperfect stays
    assert _lexical("توجه", "توجه")[2][0] is None and _lexical("توجهت", "توجه")[2][0] is None
    assert _lexical("وجه", "وجه")[2][0]["type"] == "REQUEST"


def test_a_bare_object_verb_with_an_object_pronoun_is_no_directive():
    spec = triggers()["verbs"][_n("وجه")]
    assert spec["bare_object"]
    assert _object_pronoun_reading("وجهتها", (spec, "وجه")) and _object_pronoun_reading("وجهه", (spec, "وجه"))
    assert not _object_pronoun_reading("يوجه", (spec, "وجه")) and not _object_pronoun_reading("وجه", (spec, "وجه"))
    assert not _object_pronoun_reading("وجهت", (spec, "وجه"))
    assert not _object_pronoun_reading("اتهمهم", (triggers()["verbs"][_n("اتهم")], "اتهم"))   # no flag: as before
    assert _lexical("وجهتها", "وجه")[2][0] is None and _lexical("وجهت", "وجه")[2][0]["type"] == "REQUEST"


def test_a_pronoun_left_on_a_word_and_the_hollow_agents_plural():
    assert _unsuffixed("زواره") == "زوار" and _unsuffixed("مراجعيها") == "مراجعي" and _unsuffixed("له") == "له"
    assert _hollow_agents_plural("زواره", "زار") and _hollow_agents_plural("زوار", "زار")
    assert not _hollow_agents_plural("زاره", "زار") and not _hollow_agents_plural("زاروا", "زار")
    assert not _hollow_agents_plural("قصفه", "قصف")                        # not a hollow verb


def test_the_sequel_verb_is_its_own_act(coded_triggers):
    coded = _coded("واندلعت المواجهات في المخيم بعدما اغتال مسلحون قائدا أمنيا.", coded_triggers)
    assert ("ASSAULT", "اغتال", "asserted") in coded and ("ASSAULT", "المواجهات", "asserted") in coded
    coded = _coded("وأسفرت الغارة عن مقتل ثلاثة، بعد أن استهدفت طائرة مسيرة سيارتهم.", coded_triggers)
    assert any(t == "ASSAULT" and w == "استهدفت" for t, w, _ in coded)
    coded = _coded("وقالت مصادر إن ضربة صاروخية استهدفت ملعبا في المدينة.", coded_triggers)
    assert [w for t, w, _ in coded if t == "ASSAULT"] == ["ضربة"]          # still one act: its own verb


def test_a_bare_form_after_a_conjunction_is_the_verb(coded_triggers):
    assert ("ASSAULT", "رشق", "asserted") in _coded("وأصيب شرطيان بعدما رشق محتجون الدورية بالحجارة.", coded_triggers)
    assert any(w == "فجر" for _, w, _ in _coded("وقتل خمسة حين فجر انتحاري حزاما ناسفا.", coded_triggers))
    assert any(w == "منع" for _, w, _ in _coded("وتوترت الأوضاع لما منع الدرك المحتجين من العبور.", coded_triggers))
    assert not any(w.startswith("فجر") for _, w, _ in _coded("ووصل الوفد حين فجر يوم الأحد.", coded_triggers))


def test_the_directive_and_its_near_misses(coded_triggers):
    assert ("REQUEST", "وجه", "asserted") in _coded("ووجه الرئيس الأجهزة الأمنية بملاحقة الجناة.", coded_triggers)
    assert any(t == "REQUEST" for t, _, _ in _coded("وزار الملك الموقع، موجها الجهات المعنية بالتحقيق.",
                                                     coded_triggers))
    assert any(t == "REQUEST" for t, _, _ in _coded(
        "ووجه صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة الجهات المعنية بإعادة الأسر إلى منازلها.",
        coded_triggers))
    for text in ("ووجه الوزير رسالة إلى العاملين في الجهات المعنية.", "وغيرت الحافلة وجهتها دون علم الوزارة.", "ووجهت جمعية المؤسسات المالية تعليمات إلى البنوك.", "وتوجه الوزير إلى الجهات المعنية بالملف.",
                 "ووجه المدرب لاعبيه بضرورة التركيز."):
        assert not any(t == "REQUEST" for t, _, _ in _coded(text, coded_triggers)), text


def test_other_senses_now_read(coded_triggers):
    assert not any(t == "CONSULT" for t, _, _ in _coded("ويستقبل المعرض زواره يوميا.", coded_triggers))
    assert not any(t == "AGREE" for t, _, _ in _coded("وتوصل الباحثون إلى نتائج مهمة.", coded_triggers))
    assert any(t == "AGREE" for t, _, _ in _coded("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.", coded_triggers))
