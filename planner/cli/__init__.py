"""The `planner` command line."""
