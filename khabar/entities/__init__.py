"""Entities: recognising people, organisations, places, countries and anonymous groups,
and linking them to the knowledge base."""
