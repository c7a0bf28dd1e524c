"""Mandate Planner: which reports the Secretary-General owes to which session, and why."""

__version__ = "0.1.0"
