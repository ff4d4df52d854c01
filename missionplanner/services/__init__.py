"""Use-cases over storage: one transaction each, returning a ChangeSet. No Qt."""
