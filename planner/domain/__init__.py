"""Pure-Python core: the plan model, calendar rules and the recalculation engine.

Nothing here imports Qt or SQLAlchemy (an import-linter contract and a test
enforce it), so the engine runs anywhere, including the command line.
"""
