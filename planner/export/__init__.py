"""Taking the plan out of the app: images, print, calendars and spreadsheets."""
