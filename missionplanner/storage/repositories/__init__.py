"""Repositories: each turns one kind of domain record into rows and back."""
