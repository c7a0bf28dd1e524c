"""Alembic migrations of the plan file schema, shipped inside the package."""
