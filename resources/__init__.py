"""Data files shipped with Mandate Planner (installed as the `planner.resources` package)."""
