"""Names of the plan tables, without importing the ORM (start-up reads this)."""

# the tables that hold a plan's content, in every schema revision (`settings` came with
# schema 0002): what a plan file must have, and what a team role is granted
CONTENT_TABLES = (
    "plan_info",
    "bodies",
    "session_series",
    "sessions",
    "event_series",
    "events",
    "reports",
    "decisions",
    "mandates",
    "tracking",
)
