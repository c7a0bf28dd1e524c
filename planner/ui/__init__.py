"""The Qt desktop front end."""
