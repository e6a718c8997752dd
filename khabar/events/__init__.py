"""Events: PLOVER-coded actions with actors, recipients, place, date, figures and status."""
