"""Round-s35 mechanisms of entity recognition and linking.

- Special forces named by their kind alone ("قوات خاصة"، "القوات الخاصة"، "قوة خاصة"، "وحدات خاصة") are
  an organisation (patterns.yaml institutions, kind special-forces), so that the raid or arrest they
  make has an actor: the army or security forces named before (linking.yaml unit_owners), else a body of
  their own; never the police, not a unit "من" a body named next, and with a nationality after them the
  knowledge base's armed forces still read them."""

from khabar.entities.recognise import _patterns

from tests.entities.reading import entities_of, owner_of


def test_special_force_phrases_are_loaded_and_normalised():
    phrases = _patterns()["institutions"]
    assert ("القوات", "الخاصه") in {phrase for phrase, _ in phrases["القوات"]}
    assert ("قوه", "خاصه") in {phrase for phrase, _ in phrases["قوه"]}


def test_special_forces_named_bare_are_an_organisation_of_their_own():
    entities = entities_of("وكانت الشرطة الألمانية قد اعتقلت فتى، ودهمت قوات خاصة مركزا لإيواء اللاجئين في المدينة.")
    unit = owner_of(entities, "قوات خاصة")
    assert unit is not None and unit["type"] == "ORG"
    assert unit is not owner_of(entities, "الشرطة الألمانية")


def test_the_definite_special_forces_and_a_special_force():
    entities = entities_of("واستمر إطلاق النار عدة ساعات قبل أن تطوق القوات الخاصة المكان.")
    assert owner_of(entities, "القوات الخاصة")["type"] == "ORG"
    entities = entities_of("وكان أبو أنس الليبي قد اعتقلته قوة خاصة في طرابلس السبت الماضي.")
    assert owner_of(entities, "قوة خاصة")["type"] == "ORG"


def test_a_special_unit_of_a_named_body_is_not_its_own():
    entities = entities_of("وقالت الشرطة إن وحدات خاصة من الشرطة داهمت منزله فجرا.")
    assert owner_of(entities, "وحدات خاصة") is None


def test_the_special_forces_make_the_raid():
    from khabar import read
    record = read("ودهمت قوات خاصة مركزا لإيواء اللاجئين قرب محطة القطارات في المدينة.", published=None)
    names = {e["id"]: e["name"] for e in record.entities}
    assert any(e["type"] == "COERCE" and "قوات خاصة" in [names.get(a) for a in e.get("actor") or []]
               for e in record.events)


def test_unit_owners_are_loaded():
    from khabar.entities.link import linking
    assert "army" in linking()["unit_owners"]["special-forces"]
    assert "المعروفه" in linking()["unit_naming_words"]


def test_special_forces_after_the_security_forces_are_theirs():
    entities = entities_of("وقال قائد الشرطة إن قوات الأمن طوقت المنطقة، بينما كانت قوات خاصة تتقدم نحو الفندق.")
    forces = owner_of(entities, "قوات الأمن")
    assert forces is not None and owner_of(entities, "قوات خاصة") is forces


def test_a_special_force_after_the_occupation_army_is_the_army():
    entities = entities_of("واقتحمت قوات الاحتلال الإسرائيلي مدينة نابلس، وحاصرت قوة خاصة منزلا في البلدة القديمة.")
    army = owner_of(entities, "قوات الاحتلال الإسرائيلي")
    assert army is not None and owner_of(entities, "قوة خاصة") is army


def test_a_special_unit_named_on_its_own_stays_its_own():
    entities = entities_of("وقالت قوات الأمن إن القوات الخاصة المعروفة باسم غاشان اقتحمت المطعم بعد منتصف الليل.")
    unit = owner_of(entities, "القوات الخاصة")
    assert unit is not None and unit is not owner_of(entities, "قوات الأمن")
