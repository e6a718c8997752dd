import pytest

from khabar.text.clitics import Segmenter, _zipf_table, default_segmenter
from khabar.text.lexicon import default_lexicon


def pieces(word):
    return [word[a:b] for a, b in default_segmenter().segment(word)]


@pytest.mark.parametrize("word, expected", [
    ("وأعلنت", ["و", "أعلنت"]),
    ("لإطلاق", ["ل", "إطلاق"]),
    ("محتجزيها", ["محتجزي", "ها"]),
    ("ولم", ["و", "لم"]),
    ("وحسب", ["و", "حسب"]),
    ("سيجعل", ["س", "يجعل"]),
    ("ويعتقد", ["و", "يعتقد"]),
    ("لشبكة", ["ل", "شبكة"]),
    ("جثثهم", ["جثث", "هم"]),
    ("استقالتهما", ["استقالت", "هما"]),
    ("والدعوات", ["و", "الدعوات"]),
    ("بالوسطاء", ["ب", "الوسطاء"]),
    ("للإفراج", ["ل", "لإفراج"]),
    ("وبحرًا", ["و", "بحرًا"]),
    ("وأوضح", ["و", "أوضح"]),
    ("ووفق", ["و", "وفق"]),
])
def test_clitics_split_from_known_hosts(word, expected):
    assert pieces(word) == expected


@pytest.mark.parametrize("word", ["لبنان", "كان", "وزير", "وسط", "بوتين", "فلسطين", "بغداد", "باريس",
                                  "بيروت", "بشار", "فيصل", "برًا", "منشور", "قطاع", "مليونًا", "شخصًا",
                                  "بالي", "بعلى"])
def test_words_that_merely_begin_with_clitic_letters_stay_whole(word):
    assert pieces(word) == [word]


def test_future_particle_only_before_an_imperfect_verb():
    assert pieces("سلام") == ["سلام"]
    assert pieces("سيارة") == ["سيارة"]


def test_segments_cover_the_word_exactly():
    for word in ["وبالتالي", "فسيعلنون", "لكنهم", "ببساطة", "وللمرة"]:
        assert "".join(pieces(word)) == word


def test_pronoun_after_a_preposition_still_splits():
    assert pieces("منها") == ["من", "ها"]
    assert pieces("جنودنا") == ["جنود", "نا"]


@pytest.mark.parametrize("word", ["وكالة", "وكالات", "وكالتها"])
def test_a_host_that_only_looks_definite_does_not_force_a_split(word):
    """وكالة is not و + ك + الـ + ة: the article needs a noun of three letters or more after it."""
    assert pieces(word)[0] not in ("و", "وك")


@pytest.mark.parametrize("word, expected", [("واليد", ["و", "اليد"]), ("بالدم", ["ب", "الدم"])])
def test_short_definite_hosts_still_split_on_their_likelihood(word, expected):
    assert pieces(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("فرقها", ["فرق", "ها"]),                    # فرق is far likelier than رق: no ف
    ("كلفها", ["كلف", "ها"]),
    ("ولجانها", ["و", "لجان", "ها"]),            # لجان is far likelier than ولجان
    ("وميليشياتها", ["و", "ميليشيات", "ها"]),
    ("لصلاحياته", ["ل", "صلاحيات", "ه"]),
    ("بأصواتهم", ["ب", "أصوات", "هم"]),
])
def test_a_proclitic_is_weighed_on_the_stem_the_pronoun_leaves(word, expected):
    assert pieces(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("وزارة", ["وزارة"]),          # a final ة is no pronoun
    ("بيانا", ["بيانا"]),          # نا after a short stem is not weighed so
    ("ولايته", ["ولايت", "ه"]),    # ولاية before its pronoun, not و + لاية
])
def test_stem_weighing_leaves_these_alone(word, expected):
    assert pieces(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("كلها", ["كل", "ها"]), ("وكلها", ["و", "كل", "ها"]), ("بكلها", ["ب", "كل", "ها"]), ("كلهم", ["كل", "هم"]),
])
def test_a_stem_and_pronoun_beat_a_proclitic_and_a_likelier_looking_host(word, expected):
    """كلها is كل + ها ("all of it"), not ك + لها ("like to her"): the readings are weighed
    against each other, not only against the whole word."""
    assert pieces(word) == expected


def test_no_conjunction_after_a_preposition():
    """لولا is not ل + و + لا: a conjunction opens a word, it never follows a preposition."""
    assert pieces("لولا") == ["لولا"]


@pytest.mark.parametrize("word", ["كمينا", "أمينا", "دينا", "سجينا", "تعيينا"])
def test_accusative_of_a_noun_in_nun_is_not_host_plus_na(word):
    """"نصب كمينا": كمين with the alef of the accusative, not كمي + نا."""
    assert [word[a:b] for a, b in default_segmenter().segment(word)] == [word]


@pytest.mark.parametrize("word, pieces", [("هاجمنا", ["هاجم", "نا"]), ("زميلنا", ["زميل", "نا"]),
                                          ("معنا", ["مع", "نا"]), ("فينا", ["في", "نا"])])
def test_na_after_a_verb_a_noun_or_a_preposition_still_splits(word, pieces):
    assert [word[a:b] for a, b in default_segmenter().segment(word)] == pieces


@pytest.mark.parametrize("word", ["وفدين", "وساما", "واحدا", "وفودا"])
def test_dual_or_accusative_of_a_frequent_noun_stays_whole(word):
    """وفدين is the dual of وفد, not و + فدين: whole word and host are weighed without the
    ending they share, and وفد is far likelier than فد."""
    assert pieces(word) == [word]


@pytest.mark.parametrize("word, expected", [("ووفدين", ["و", "وفدين"]), ("بوفدين", ["ب", "وفدين"]),
                                            ("ولقاءين", ["و", "لقاءين"])])
def test_an_unlisted_dual_of_a_frequent_noun_is_a_known_host(word, expected):
    assert pieces(word) == expected


def test_a_stem_that_is_already_inflected_takes_no_dual():
    """ترون ('you see') + ين is no dual: a name like بترونين keeps its letters."""
    segmenter = default_segmenter()
    assert segmenter._dual_score("ترونين") is None
    assert segmenter._dual_score("وفدين") is not None


def test_a_protected_name_is_not_weighed_as_a_stem_and_a_pronoun():
    """A protected name ending in ه (باشليه) is no ب + اشلي + ه, whatever اشلي's frequency."""
    segmenter = Segmenter(default_lexicon(), _zipf_table())
    word = "باشليه"
    assert len(segmenter.segment(word)) > 1   # unprotected: the stem-and-pronoun reading wins
    segmenter.protect({"باشليه"})
    assert segmenter.segment(word) == ((0, len(word)),)


@pytest.mark.parametrize("word, expected", [("سيعقد", ["س", "يعقد"]), ("فسيعقد", ["ف", "س", "يعقد"]),
                                            ("سنواصل", ["س", "نواصل"])])
def test_future_particle_splits_before_a_listed_imperfect_verb(word, expected):
    assert pieces(word) == expected


@pytest.mark.parametrize("word", ["سيارة", "سيطرة", "سنوات", "سيادة", "سينما", "ستار", "سنين"])
def test_nouns_in_si_sa_stay_whole(word):
    assert pieces(word) == [word]


def test_inflection_rules_load_with_their_schema():
    from khabar.text.clitics import _rules

    rules = _rules()
    for key in ("inflection_endings", "dual_endings", "plural_endings"):
        assert rules[key] and all(isinstance(e, str) and e for e in rules[key]), key
    assert float(rules["dual_penalty"]) > 0 and float(rules["inflection_stem_min_zipf"]) > 0


@pytest.mark.parametrize("word, expected", [("كوساما", ["كوساما"]), ("بروسيا", ["ب", "روسيا"]),
                                            ("لسوريا", ["ل", "سوريا"]), ("بأسرها", ["ب", "أسر", "ها"])])
def test_no_preposition_before_an_accusative(word, expected):
    """A preposition governs the genitive: كوساما (a town) is no ك + وساما, the accusative of
    وسام; روسيا (far likelier than روسي) and أسرها (its alef is that of ها) are no accusatives."""
    assert pieces(word) == expected


@pytest.mark.parametrize("word, expected", [("وأدان", ["و", "أدان"]), ("وأبان", ["و", "أبان"])])
def test_a_hollow_verb_in_an_is_no_dual(word, expected):
    """وأدان is و + أدان, not the dual of واد: ان is not weighed as an inflection ending."""
    assert pieces(word) == expected


def test_proclitic_prefixes_come_from_the_rules_longest_first():
    from khabar.text.clitics import proclitics

    forms = proclitics()
    assert {"و", "ف", "ب", "ل", "ك", "وب", "فل", "وك"} <= set(forms)
    assert "س" not in forms and "وس" in proclitics(future=True)
    assert [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)


def test_third_person_pronouns_are_the_ones_the_tokenizer_splits_off():
    from khabar.text.clitics import third_person_pronouns

    assert third_person_pronouns() == {"ه", "ها", "هم", "هما", "هن"}
    # each is split off a host as its own token: "محتجزيها" → محتجزي + ها
    assert pieces("محتجزيها")[-1] in third_person_pronouns()
