"""Persistence: the only package that knows SQL and the SQLite file format."""
