"""Times: calendars (month names, weekdays, Hijri) and, later, time detection."""
