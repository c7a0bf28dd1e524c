"""One form for the plan's other records (bodies, reports, sessions, series, events,
tracking): fields from a short spec, errors shown at the field, OK only when valid."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.app.edits import EditError
from planner.domain.model import Plan
from planner.domain.recurrence import RecurrenceError, upcoming
from planner.ui.date_field import DateField
from planner.ui.widgets import (
    ERROR_STYLE,
    OptionalDate,
    date_field,
    discard_confirmed,
    error_label,
    named,
    pydate,
    reserve_lines,
)
from planner.ui.wording import day_text, words


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text, int, date, optdate, bool, choice, multiline, optint
    choices: Sequence[str] = ()
    minimum: int = 0
    maximum: int = 100_000
    readonly: bool = False
    placeholder: str = ""


@dataclass
class RecordSpec:
    title: str
    fields: list[Field]
    apply: Callable[[Plan, dict[str, Any]], Plan]  # raises EditError
    values: dict[str, Any] = field(default_factory=dict)


class RecordEditor(QDialog):
    """`result_plan` holds the edited plan once accepted."""

    def __init__(self, plan: Plan, spec: RecordSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.spec = spec
        self.result_plan: Plan | None = None
        self.setWindowTitle(spec.title)
        self.setObjectName("recordEditor")
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.form = form = QFormLayout()
        for f in spec.fields:
            widget = self._widget(f, spec.values.get(f.key))
            widget.setObjectName(f.key)
            self.widgets[f.key] = widget
            self.labels[f.key] = f.label
            form.addRow(f.label, widget)
        # one message slot of fixed height under the form: a message appearing never moves
        # the fields; the field it is about is outlined
        self.general = error_label()
        self.general.setObjectName("generalError")
        self.errors: dict[str, QLabel] = {f.key: self.general for f in spec.fields}
        self.extra = named(QLabel(), "extraInfo")
        self.extra.setWordWrap(True)
        self.extra.setStyleSheet("color: #5F6B7A;")
        self.extra.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        if "rrule" in self.widgets:  # a series: its RRULE in words and the next dates
            reserve_lines(self.extra, 3)
        else:
            self.extra.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.extra)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=100)
        self._timer.timeout.connect(self.validate)
        self.validate()
        self._as_opened = self.data()

    def reject(self) -> None:
        if self.data() != self._as_opened and not discard_confirmed(self):
            return
        super().reject()

    def _widget(self, f: Field, value: Any) -> QWidget:
        changed = self._changed
        w: QWidget
        if f.kind == "int":
            w = spin = QSpinBox(minimum=f.minimum, maximum=f.maximum)
            spin.setValue(int(value if value is not None else f.minimum))
            spin.valueChanged.connect(changed)
        elif f.kind == "date":
            w = day = date_field(date.fromisoformat(value) if value else date.today())
            day.dateChanged.connect(changed)
        elif f.kind == "optdate":
            w = optional = OptionalDate(
                "", date.fromisoformat(value) if value else None, date.today()
            )
            optional.check.toggled.connect(changed)
            optional.edit.dateChanged.connect(changed)
        elif f.kind == "bool":
            w = check = QCheckBox()
            check.setChecked(bool(value))
            check.toggled.connect(changed)
        elif f.kind == "choice":
            w = choice = QComboBox()
            choice.addItems(list(f.choices))
            choice.setCurrentText("" if value is None else str(value))
            choice.currentTextChanged.connect(changed)
        elif f.kind == "multiline":
            w = text = QPlainTextEdit(value or "")
            text.setFixedHeight(60)
            text.textChanged.connect(changed)
        else:  # text, optint
            w = line = QLineEdit("" if value is None else str(value), placeholderText=f.placeholder)
            line.textChanged.connect(changed)
        w.setEnabled(not f.readonly)
        return w

    def _changed(self, *_: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._timer.start()

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.spec.fields:
            w = self.widgets[f.key]
            if isinstance(w, QSpinBox):
                out[f.key] = w.value()
            elif isinstance(w, OptionalDate):
                v = w.value()
                out[f.key] = v.isoformat() if v else None
            elif isinstance(w, QCheckBox):
                out[f.key] = w.isChecked()
            elif isinstance(w, QComboBox):
                out[f.key] = w.currentText() or None
            elif isinstance(w, QPlainTextEdit):
                out[f.key] = w.toPlainText().strip()
            elif isinstance(w, QLineEdit):
                text = w.text().strip()
                if f.kind == "optint":
                    out[f.key] = int(text) if text.lstrip("-").isdigit() else (text or None)
                else:
                    out[f.key] = text
            else:
                assert isinstance(w, DateField), f.kind
                out[f.key] = pydate(w.date()).isoformat()
        return out

    def _outline(self, key: str | None) -> None:
        """The label of the field a message is about turns red (same size, nothing moves)."""
        for k, widget in self.widgets.items():
            label = self.form.labelForField(widget)
            if label is not None:
                label.setStyleSheet(ERROR_STYLE if k == key else "")

    def validate(self) -> bool:
        self.general.hide()
        data = self.data()
        self._describe(data)
        try:
            self.result_plan = self.spec.apply(self.plan, data)
        except EditError as exc:
            self.result_plan = None
            key = exc.field.split(".")[0].split("[")[0]
            label = self.labels.get(key)
            self.general.setText(words().edit_error(exc, label or ""))
            self.general.show()
            self._outline(key if label else None)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self._outline(None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def _describe(self, data: dict[str, Any]) -> None:
        """For a series: a readable summary of its RRULE and the next occurrences."""
        rrule = data.get("rrule")
        if not rrule:
            return
        try:
            start = date.fromisoformat(str(data.get("from")))
            until = date.fromisoformat(data["until"]) if data.get("until") else None
            coming = upcoming(rrule, start, until, date.today(), 5)
        except (RecurrenceError, ValueError, TypeError):
            self.extra.setText("")
            self.extra.hide()
            return
        text = words().rrule(rrule)
        if coming:
            shown = words().listing([day_text(d) for d in coming])
            text += "<br>" + self.tr("Next: %1").replace("%1", shown)
        else:
            text += "<br>" + self.tr("No occurrence in the range.")
        self.extra.setText(text)
        self.extra.show()

    def accept(self) -> None:
        self._timer.stop()
        if self.validate():
            super().accept()
