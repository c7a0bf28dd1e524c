"""The application layer both front ends (GUI and CLI) use. No widgets here."""
