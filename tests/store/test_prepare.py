"""prepare(): what the worker hands the writer is the record, exactly, plus row material."""

from __future__ import annotations

import json

import khabar
from khabar.store import prepare

ARTICLE = """غزة - (رويترز) - قال مسؤولون في وزارة الصحة في غزة إن 12 فلسطينيا قتلوا أمس في غارة
إسرائيلية على مخيم النصيرات، وأعلنت حركة حماس أنها تدرس المقترح.
"""


def test_record_json_is_the_record_itself():
    record = khabar.read(ARTICLE, published="2024-06-10").to_dict()
    prepared = prepare(record)
    assert json.loads(prepared["record"]) == record


def test_entity_rows_leave_mentions_out_but_the_record_keeps_them():
    record = khabar.read(ARTICLE, published="2024-06-10").to_dict()
    assert record["entities"] and all(e.get("mentions") for e in record["entities"])
    prepared = prepare(record)
    rows = [json.loads(item) for item in prepared["json"]["entities"]]
    assert rows and all("mentions" not in row for row in rows)
    assert [row["id"] for row in rows] == [e["id"] for e in record["entities"]]
    stored = json.loads(prepared["record"])["entities"]
    assert all(e["mentions"] for e in stored)


def test_each_layer_item_json_matches_its_item():
    record = khabar.read(ARTICLE, published="2024-06-10").to_dict()
    prepared = prepare(record)
    for layer in ("times", "figures", "events", "claims"):
        assert [json.loads(item) for item in prepared["json"][layer]] == record[layer]
