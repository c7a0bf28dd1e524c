# English needs a translation file only for plural forms (singular, plural).
T: dict[str, str] = {}  # every other text is its own translation
N = {
    "Wrote %1 (%n page(s))": ["Wrote %1 (%n page)", "Wrote %1 (%n pages)"],  # File ▸ Export PDF Handout, once written
    "%n overdue": ["%n overdue", "%n overdue"],
    "%n problem(s)": ["%n problem", "%n problems"],
    "%n requirement(s)": ["%n requirement", "%n requirements"],
    "Problems (%n)": ["Problems (%n)", "Problems (%n)"],
    "adds %n requirement(s)": ["adds %n requirement", "adds %n requirements"],
    "removes %n requirement(s)": ["removes %n requirement", "removes %n requirements"],
    "moves %n requirement(s)": ["moves %n requirement", "moves %n requirements"],
    "changes %n": ["changes %n", "changes %n"],
    "Projection horizon: %n year(s)": [
        "Projection horizon: %n year",
        "Projection horizon: %n years",
    ],
    "%n new report line(s)": ["%n new report line", "%n new report lines"],
    "%n tracking row(s)": ["%n tracking row", "%n tracking rows"],
}

# --- issue 15: forms, window, the engine's diagnostics in words ---
N |= {
    # File ▸ Import Resolutions
    "every %n year(s)": ["every year", "every %n years"],
    "%n proposal(s)": ["%n proposal", "%n proposals"],
    "%n resolution(s)": ["%n resolution", "%n resolutions"],
    "%n already in the plan": ["%n already in the plan", "%n already in the plan"],
    "%n new mandate(s)": ["%n new mandate", "%n new mandates"],
    "edited: %n mandate(s)": ["edited: %n mandate", "edited: %n mandates"],
    "%n resolution(s) cannot be imported as they stand: edit or reject them": [
        "%n resolution cannot be imported as it stands: edit or reject it",
        "%n resolutions cannot be imported as they stand: edit or reject them",
    ],
    "Import %n resolution(s)": ["Import %n resolution", "Import %n resolutions"],
}

# team plans (planner/ui/team_features.py)
N["%n change(s) brought back"] = ["%n change brought back", "%n changes brought back"]

# --- issue 15, after the rebase: words for the engine's codes, the forms and the window ---
N |= {
    "re-mandates %n requirement(s)": ["re-mandates %n requirement", "re-mandates %n requirements"],
    "%n requirement(s) in the current result": ["%n requirement in the current result", "%n requirements in the current result"],
    "%n report(s) due": ["%n report due", "%n reports due"],
    "every %n year(s) from %1": ["every year from %1", "every %n years from %1"],
    "(%n week(s) to prepare)": ["(%n week to prepare)", "(%n weeks to prepare)"],
    "every %n month(s)": ["every month", "every %n months"],
    "every %n week(s)": ["every week", "every %n weeks"],
    "every %n day(s)": ["every day", "every %n days"],
    "“%1” at %2: %n words estimated, above the limit of %3. Shorten it.": ["“%1” at %2: %n word estimated, above the limit of %3. Shorten it.", "“%1” at %2: %n words estimated, above the limit of %3. Shorten it."],
    "This change would leave %n mandate(s) naming a session or event that no longer exists: change those decisions first.": ["This change would leave %n mandate naming a session or event that no longer exists: change that decision first.", "This change would leave %n mandates naming a session or event that no longer exists: change those decisions first."],
}
