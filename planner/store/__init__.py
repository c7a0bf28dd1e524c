"""Plans on disk: the SQLite store, its migrations, and the JSON interchange format."""
