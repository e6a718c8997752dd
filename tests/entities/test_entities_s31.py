"""Round-s31 mechanisms of entity recognition and linking.

- A bare "الحكومة" names back only a body named as a government (linking.yaml institution_names):
  the knowledge base's kind "government" also holds presidencies, royal courts and sovereignty
  councils, which a bare "الحكومة" never names.
- A one-word institution ("الحكومة"، "الجيش"، "الشرطة") never goes on a person's name: after a
  titled name it is the verb's object, its own entity."""

from khabar.entities.link import linking

from tests.entities.reading import entities_of, owner_of


def test_institution_names_are_loaded_and_normalised():
    names = linking()["institution_names"]
    assert "حكومه" in names["government"]


def test_a_bare_government_does_not_name_back_a_presidency():
    entities = entities_of("دانت الرئاسة التركية الهجوم على مركز الشرطة في باكستان. وقال وزير الداخلية الباكستاني "
                           "إن الحكومة ستعقد اجتماعا أمنيا لبحث الهجمات في باكستان.")
    presidency = owner_of(entities, "الرئاسة التركية")
    government = owner_of(entities, "الحكومة")
    assert presidency is not None and government is not None
    assert government is not presidency
    assert government["country"] == "PAK"


def test_a_bare_government_does_not_name_back_a_sovereignty_council():
    entities = entities_of("اجتمع مجلس السيادة الانتقالي في السودان أمس، ثم أعلنت الحكومة خطة لإعادة الإعمار.")
    council = owner_of(entities, "مجلس السيادة الانتقالي")
    government = owner_of(entities, "الحكومة")
    assert council is not None and government is not None and government is not council


def test_a_bare_government_still_names_back_a_government():
    entities = entities_of("رحبت الحكومة السودانية بالاتفاق، وقالت الحكومة إنها ستنفذه.")
    assert owner_of(entities, "الحكومة") is owner_of(entities, "الحكومة السودانية")


def test_an_institution_after_a_titled_name_is_no_part_of_the_name():
    entities = entities_of("وطالب النائب عن البصرة كريم الساعدي الحكومة بإرسال قوات إضافية إلى المدينة.")
    person = owner_of(entities, "كريم الساعدي")
    assert person is not None and person["type"] == "PER"
    assert owner_of(entities, "الحكومة")["type"] == "ORG"


# --- an attack named by its place is the article's incident, no named event (patterns.yaml events.place_heads)

def test_an_attack_named_by_its_place_is_no_event_entity():
    entities = entities_of("قتل ثلاثة أشخاص في هجوم القدس أمس، وأعلنت الشرطة اعتقال مشتبه به في تفجير بيشاور.")
    assert not any(e["type"] == "EVENT" for e in entities)
    assert owner_of(entities, "القدس")["type"] == "GPE"


def test_a_dated_attack_and_an_accord_named_by_a_city_stay_events():
    entities = entities_of("استذكر المشاركون هجوم السابع من أكتوبر، ووقعت الأطراف اتفاق الدوحة للسلام.")
    assert owner_of(entities, "هجوم السابع من أكتوبر")["type"] == "EVENT"
    assert any(e["type"] == "EVENT" and "الدوحة" in m["text"] for e in entities for m in e["mentions"])


# --- bodies named bare: the anti-ISIS coalition (knowledge base) and a counter-terrorism service (institutions)

def test_the_international_coalition_named_bare():
    entities = entities_of("وقال التحالف الدولي إن طائراته قصفت مواقع للتنظيم قرب الرقة في سوريا.")
    assert owner_of(entities, "التحالف الدولي")["name"] == "Global Coalition to Defeat ISIS"


def test_a_counter_terrorism_service_named_bare_is_the_home_states():
    entities = entities_of("دخلت الشرطة العراقية أطراف الفلوجة، ثم اقتحمت قوات جهاز مكافحة الإرهاب مركز المدينة غرب العراق.")
    service = owner_of(entities, "جهاز مكافحة الإرهاب")
    assert service is not None and service["country"] == "IRQ"
    assert service is not owner_of(entities, "الشرطة العراقية")


# --- spellings news writes for a generated city (knowledge/data/places-s31ent.yaml)

def test_saint_petersburg_as_news_writes_it():
    entities = entities_of("أقلعت الطائرة متجهة إلى مدينة سان بطرسبورغ الروسية، ثم عادت إلى سانت بطرسبورغ.")
    city = owner_of(entities, "سان بطرسبورغ")
    assert city is not None and city["type"] == "GPE" and city["country"] == "RUS"
    assert owner_of(entities, "سانت بطرسبورغ") is city


def test_all_parties_a_call_addresses_are_a_group():
    entities = entities_of("وأدانت الوزارة الهجوم، داعية جميع الأطراف إلى ضبط النفس.")
    parties = owner_of(entities, "جميع الأطراف")
    assert parties is not None and parties["type"] == "GROUP"
    assert owner_of(entities_of("وقال إن بلاده تتواصل مع جميع الأطراف."), "جميع الأطراف") is None
