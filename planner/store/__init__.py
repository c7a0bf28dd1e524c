"""Plans on disk or on a PostgreSQL server: the store, its migrations, the JSON interchange."""
