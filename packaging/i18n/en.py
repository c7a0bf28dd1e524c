# English needs a translation file only for plural forms (singular, plural).
T: dict[str, str] = {}  # every other text is its own translation
N = {
    "%n overdue": ["%n overdue", "%n overdue"],
    "%n problem(s)": ["%n problem", "%n problems"],
    "%n requirement(s)": ["%n requirement", "%n requirements"],
    "Problems (%n)": ["Problems (%n)", "Problems (%n)"],
    "adds %n requirement(s)": ["adds %n requirement", "adds %n requirements"],
    "removes %n requirement(s)": ["removes %n requirement", "removes %n requirements"],
    "moves %n requirement(s)": ["moves %n requirement", "moves %n requirements"],
    "changes %n": ["changes %n", "changes %n"],
    "Projection horizon: %n year(s)": ["Projection horizon: %n year", "Projection horizon: %n years"],
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
