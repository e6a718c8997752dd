"""The knowledge base: countries, cities, curated places, organisations and people, with
every Arabic form they are written in.  `knowledge_base()` loads it once per process."""

from khabar.knowledge.kb import Alias, Entry, KnowledgeBase, knowledge_base

__all__ = ["Alias", "Entry", "KnowledgeBase", "knowledge_base"]
