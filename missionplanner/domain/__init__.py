"""Pure domain model: records, enumerations, validation. No I/O, no Qt, no SQL."""
