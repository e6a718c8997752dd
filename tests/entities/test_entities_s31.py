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
