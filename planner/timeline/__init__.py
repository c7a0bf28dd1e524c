"""The timeline: what it shows (data), where (geometry), and the one painter used by
the screen and every export."""
