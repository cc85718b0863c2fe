"""Analysis to flags, pure: one module per kind of check."""
