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
}
