"""khabar's event database: an embedded SQLite store of records (docs/store.md).

    from khabar.store import Store
    with Store("khabar.db") as store:
        store.add_record(khabar.read(text))
"""

from khabar.store.db import AddResult, Store, StoreBusy, entity_key
from khabar.store.prepare import pipeline_version, prepare
from khabar.store.schema import SCHEMA_VERSION

__all__ = ["AddResult", "SCHEMA_VERSION", "Store", "StoreBusy", "entity_key", "pipeline_version", "prepare"]
