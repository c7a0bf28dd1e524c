"""The decision editor: symbol, dates, status and mandates, with inline errors and a live
preview of what the decision will do, computed by the engine on the unsaved form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.app import decision_form as df
from planner.app.decision_form import ErrorPlace, HeadFields, MandateFields, RuleFields, Slot
from planner.app.edits import EditError, decision_to_form, put_decision
from planner.app.workspace import Workspace
from planner.domain.model import Decision, Plan, Report
from planner.domain.symbols import normalise_symbol
from planner.timeline.translatable import QT_TRANSLATE_NOOP
from planner.ui.changes_panel import change_lines, change_summary
from planner.ui.widgets import (
    OptionalDate,
    date_field,
    discard_confirmed,
    error_label,
    named,
    pydate,
    qdate,
    reserve_lines,
)
from planner.ui.wording import Names, day_text, elided, fill_in, series_name, words

RULE_LABELS = {
    "": QT_TRANSLATE_NOOP("DecisionEditor", "(none)"),
    "at_session": QT_TRANSLATE_NOOP("DecisionEditor", "at a named session"),
    "next_session": QT_TRANSLATE_NOOP("DecisionEditor", "at the next session"),
    "after_event": QT_TRANSLATE_NOOP("DecisionEditor", "at the first session after an event"),
    "periodic": QT_TRANSLATE_NOOP("DecisionEditor", "every N years"),
    "with_series": QT_TRANSLATE_NOOP("DecisionEditor", "after each review of a series"),
}
EFFECT_LABELS = {
    "add": QT_TRANSLATE_NOOP("DecisionEditor", "add — the rule's sessions"),
    "replace": QT_TRANSLATE_NOOP("DecisionEditor", "replace — from its effective date"),
    "terminate": QT_TRANSLATE_NOOP("DecisionEditor", "terminate — end the report line"),
    "defer": QT_TRANSLATE_NOOP("DecisionEditor", "defer — move one session's report"),
    "merge": QT_TRANSLATE_NOOP("DecisionEditor", "merge — fold into another report"),
}


class MandateForm(QGroupBox):
    """One mandate: report, effect and only the rule fields that rule needs."""

    def __init__(
        self,
        workspace: Workspace,
        changed: Callable[[], object],
        new_reports: Sequence[Report] = (),
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("Mandate"))
        self.workspace = workspace
        self.proposed_reports = {r.id: r for r in new_reports}  # proposed, not in the plan yet
        plan = workspace.plan
        cal = workspace.engine.calendar
        self.report = named(QComboBox(), "mandateReport")
        self.report.setEditable(True)
        self.report.addItems([r.id for r in plan.reports])
        for i, r in enumerate(plan.reports):
            self.report.setItemData(i, r.title, Qt.ItemDataRole.ToolTipRole)
        self.new_title = named(
            QLineEdit(placeholderText=self.tr("Title of the new report line")), "newReportTitle"
        )
        self.effect = named(QComboBox(), "mandateEffect")
        for key, label in EFFECT_LABELS.items():
            self.effect.addItem(QCoreApplication.translate("DecisionEditor", label), key)
        self.rule_type = named(QComboBox(), "ruleType")
        self.rule_body = named(QComboBox(), "ruleBody")
        self.rule_body.addItems([b.id for b in plan.bodies])
        self.session = named(QComboBox(), "ruleSession")
        self.event_choice = named(QComboBox(), "ruleEvent")
        for e in cal.sorted_events():
            self.event_choice.addItem(f"{e.name} ({day_text(e.end)})", e.id)
        self.series = named(QComboBox(), "ruleSeries")
        for es in plan.event_series:
            self.series.addItem(series_name(es.name) or es.id, es.id)
        self.every = named(
            QSpinBox(
                minimum=df.EVERY_YEARS[0],
                maximum=df.EVERY_YEARS[1],
                value=1,
                suffix=self.tr(" year(s)"),
            ),
            "ruleEvery",
        )
        self.first = named(
            QLineEdit(placeholderText=self.tr("a year, or a session id")), "ruleFirst"
        )
        self.until_year = named(QLineEdit(placeholderText=self.tr("year (optional)")), "ruleUntil")
        self.prep = named(
            QSpinBox(minimum=df.PREP_WEEKS[0], maximum=df.PREP_WEEKS[1], suffix=self.tr(" weeks")),
            "rulePrep",
        )
        today = workspace.options.today or date.today()
        self.series_from = OptionalDate(self.tr("from"), None, today)
        self.series_until = OptionalDate(self.tr("until"), None, today)
        self.from_session = named(QComboBox(), "fromSession")
        self.to_session = named(QComboBox(), "toSession")
        self.into = named(QComboBox(), "mergeInto")
        self.into.addItems([r.id for r in plan.reports])
        self.error = error_label()
        self.error.setObjectName("mandateError")

        self.form = QFormLayout(self)
        self.form.setFormAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.rows: dict[str, QWidget] = {}
        for key, label, widget in (
            ("report", self.tr("Report"), self.report),
            ("new_title", self.tr("New report"), self.new_title),
            ("effect", self.tr("Effect"), self.effect),
            ("rule_type", self.tr("Rule"), self.rule_type),
            ("rule_body", self.tr("Body"), self.rule_body),
            ("session", self.tr("Session"), self.session),
            ("event", self.tr("Event"), self.event_choice),
            ("series", self.tr("Series"), self.series),
            ("every", self.tr("Every"), self.every),
            ("first", self.tr("First"), self.first),
            ("until_year", self.tr("Until"), self.until_year),
            ("prep", self.tr("Preparation"), self.prep),
            ("series_from", self.tr("Reviews"), self.series_from),
            ("series_until", "", self.series_until),
            ("from_session", self.tr("From session"), self.from_session),
            ("to_session", self.tr("To session"), self.to_session),
            ("into", self.tr("Into report"), self.into),
        ):
            self.form.addRow(label, widget)
            self.rows[key] = widget
        self.form.addRow(self.error)

        self._loading = False
        self.effect.currentIndexChanged.connect(self._effect_changed)
        self.rule_type.currentIndexChanged.connect(self._arrange)
        self.rule_body.currentIndexChanged.connect(self._body_changed)
        self.report.currentTextChanged.connect(self._arrange)
        for box in (
            self.report,
            self.effect,
            self.rule_type,
            self.rule_body,
            self.session,
            self.event_choice,
            self.series,
            self.from_session,
            self.to_session,
            self.into,
        ):
            box.currentTextChanged.connect(lambda *_: changed())
        for spin in (self.every, self.prep):
            spin.valueChanged.connect(lambda *_: changed())
        self.new_title.textChanged.connect(self._title_typed)
        for line in (self.first, self.until_year, self.new_title):
            line.textChanged.connect(lambda *_: changed())
        for od in (self.series_from, self.series_until):
            od.check.toggled.connect(lambda *_: changed())
            od.edit.dateChanged.connect(lambda *_: changed())
        self._effect_changed()
        self._body_changed()

    # --- arranging the visible fields -------------------------------------------------

    def _effect_changed(self) -> None:
        effect = self.effect.currentData()
        current = self.rule_type.currentData()
        self.rule_type.blockSignals(True)
        self.rule_type.clear()
        limits = {  # where the effect does not schedule, a rule only limits it to one body
            "": self.tr("at every body"),
            "next_session": self.tr("only at one body"),
        }
        scheduling = effect in df.SCHEDULING
        for key in df.rule_choices(effect):
            label = (
                QCoreApplication.translate("DecisionEditor", RULE_LABELS[key])
                if scheduling
                else limits[key]
            )
            self.rule_type.addItem(label, key)
        i = self.rule_type.findData(current)
        self.rule_type.setCurrentIndex(max(0, i))
        self.rule_type.blockSignals(False)
        self._arrange()

    def _body_changed(self) -> None:
        body = self.rule_body.currentText()
        cal = self.workspace.engine.calendar
        sessions = cal.by_body[body].sessions if body in cal.by_body else ()
        current = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        for s in sessions:
            text = f"{s.name} — {day_text(s.start)}"
            if s.status != "confirmed":
                text = fill_in(self.tr("%1 (projected)"), text)
            self.session.addItem(text, s.id)
        i = self.session.findData(current)
        self.session.setCurrentIndex(max(0, i))
        self.session.blockSignals(False)
        for combo in (self.from_session, self.to_session):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if combo is self.from_session:
                combo.addItem(self.tr("(none)"), None)
            names = Names(self.workspace.plan, cal)
            for s in cal.sorted_sessions():
                combo.addItem(f"{names.session(s.id)} — {day_text(s.start)}", s.id)
            i = combo.findData(current)
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)

    def _known(self) -> set[str]:
        return {r.id for r in self.workspace.plan.reports}

    def _arrange(self) -> None:
        shown = df.shown_rows(
            self.effect.currentData(),
            self.rule_type.currentData() or "",
            self.report.currentText(),
            self._known(),
        )
        for key, widget in self.rows.items():
            self.form.setRowVisible(widget, key in shown)

    def _title_typed(self, title: str) -> None:
        """Keep each new report line's title while moving between mandates."""
        report = df.new_report(self.report.currentText(), title, self._known())
        if report is not None:
            self.proposed_reports[report.id] = report

    # --- values -------------------------------------------------------------------------

    def load(self, m: dict[str, Any]) -> None:
        """Show mandate `m` (interchange shape)."""
        titles = {rid: r.title for rid, r in self.proposed_reports.items()}
        self._show(df.mandate_fields(m, titles))

    def _show(self, f: MandateFields) -> None:
        self._loading = True
        self.report.setCurrentText(f.report)
        self.new_title.setText(f.new_title)
        self.effect.setCurrentIndex(max(0, self.effect.findData(f.effect)))
        self.rule_type.setCurrentIndex(max(0, self.rule_type.findData(f.rule_type)))
        rule = f.rule
        if rule is not None:
            self.rule_body.setCurrentText(rule.body)
            self._body_changed()
            for combo, key in (
                (self.session, rule.session),
                (self.event_choice, rule.event),
                (self.series, rule.series),
            ):
                if key is not None:
                    combo.setCurrentIndex(max(0, combo.findData(key)))
            self.every.setValue(rule.every_years)
            self.first.setText(rule.first)
            self.until_year.setText(rule.until_year)
            self.prep.setValue(rule.prep_weeks)
            if rule.series_span is not None:
                for od, day in zip(
                    (self.series_from, self.series_until), rule.series_span, strict=True
                ):
                    od.check.setChecked(day is not None)
                    if day is not None:
                        od.edit.setDate(qdate(day))
        self.from_session.setCurrentIndex(max(0, self.from_session.findData(f.from_session)))
        self.to_session.setCurrentIndex(max(0, self.to_session.findData(f.to_session)))
        if f.into is not None:
            self.into.setCurrentText(f.into)
        self._loading = False
        self._arrange()

    def fields(self) -> MandateFields:
        """What the fields hold, as plain values."""
        return MandateFields(
            report=self.report.currentText(),
            new_title=self.new_title.text(),
            effect=self.effect.currentData(),
            rule_type=self.rule_type.currentData() or "",
            rule=RuleFields(
                body=self.rule_body.currentText(),
                session=self.session.currentData(),
                event=self.event_choice.currentData(),
                series=self.series.currentData(),
                every_years=self.every.value(),
                first=self.first.text(),
                until_year=self.until_year.text(),
                prep_weeks=self.prep.value(),
                series_span=(self.series_from.value(), self.series_until.value()),
            ),
            from_session=self.from_session.currentData(),
            to_session=self.to_session.currentData(),
            into=self.into.currentText(),
        )

    def value(self) -> dict[str, Any]:
        """The mandate in the interchange shape."""
        return df.mandate_data(self.fields())

    def new_report(self) -> Report | None:
        return df.new_report(self.report.currentText(), self.new_title.text(), self._known())


def _mandate_label(m: dict[str, Any], titles: dict[str, str]) -> str:
    """A mandate in the list: its effect, its report line's title and its rule."""
    summary = df.mandate_summary(m)
    effect = QCoreApplication.translate(
        "DecisionEditor", EFFECT_LABELS.get(summary.effect, "?")
    ).split(" — ")[0]
    head = f"{effect} {titles.get(summary.report, summary.report or '?')}"
    if summary.only_at is not None:
        return f"{head} — " + QCoreApplication.translate("DecisionEditor", "only at %1").replace(
            "%1", summary.only_at
        )
    if summary.rule_type is None:
        return head
    rule = RULE_LABELS.get(summary.rule_type, summary.rule_type)
    return f"{head} — {QCoreApplication.translate('DecisionEditor', rule)}"


class DecisionEditor(QDialog):
    """Add or edit a decision. `result_plan` holds the new plan once accepted."""

    def __init__(
        self,
        workspace: Workspace,
        decision: Decision | None = None,
        *,
        adopted: date | None = None,
        parent: QWidget | None = None,
        proposed: dict[str, Any] | None = None,
        new_reports: Sequence[Report] = (),
    ) -> None:
        """`proposed`: a decision form to start from (e.g. read from a resolution) instead
        of `decision`, which is then the one it will replace, if any; `new_reports`: the
        report lines it proposes to create, with their titles."""
        super().__init__(parent)
        self.workspace = workspace
        self.original = decision
        self.result_plan: Plan | None = None
        self.setWindowTitle(
            self.tr("Edit %1").replace("%1", decision.symbol)
            if decision
            else self.tr("New decision")
        )
        self.setObjectName("decisionEditor")
        self.resize(980, 680)
        plan = workspace.plan
        today = workspace.options.today or date.today()
        form_data = proposed or (decision_to_form(decision) if decision else None)
        loaded = df.head_fields(
            form_data, adopted=adopted, today=today, bodies=[b.id for b in plan.bodies]
        )

        self.symbol = named(
            QLineEdit(placeholderText=self.tr("E/DEC/2011/216, or “decision 2011/216”")), "symbol"
        )
        self.symbol_note = named(QLabel(), "symbolNote")
        self.symbol_note.setStyleSheet("color: #5F6B7A;")
        self.symbol_error = error_label()
        for label in (self.symbol_note, self.symbol_error):  # sized by their shared slot
            label.setMinimumHeight(0)
            label.setMaximumHeight(16777215)
        self.body = named(QComboBox(), "body")
        self.body.addItems([b.id for b in plan.bodies])
        self.title_edit = named(QLineEdit(), "title")
        self.adopted = date_field(loaded.adopted)
        self.adopted.setObjectName("adopted")
        self.effective = OptionalDate(self.tr("effective from"), loaded.effective, loaded.adopted)
        self.status = named(QComboBox(), "status")
        status_texts = {
            "adopted": self.tr("adopted"),
            "draft": self.tr("draft"),
            "withdrawn": self.tr("withdrawn"),
        }
        for value in df.STATUSES:
            self.status.addItem(status_texts[value], value)
        self.notes = named(QPlainTextEdit(), "notes")
        self.notes.setFixedHeight(54)
        self.date_error = error_label()

        self.mandate_list = named(QListWidget(), "mandateList")
        self.add_mandate = named(QPushButton(self.tr("Add mandate")), "addMandate")
        self.remove_mandate = named(QPushButton(self.tr("Remove")), "removeMandate")
        self.mandate_form = MandateForm(workspace, self._mandate_edited, new_reports)
        self.mandates: list[dict[str, Any]] = []

        self.preview = named(QLabel(), "previewSummary")
        self.preview.setStyleSheet("font-weight: bold;")
        self.preview_list = named(QListWidget(), "previewList")
        self.general_error = error_label()
        self.general_error.setObjectName("generalError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        head = QFormLayout()
        symbol_row = QVBoxLayout()
        symbol_row.setSpacing(1)
        symbol_row.addWidget(self.symbol)
        messages = QWidget()  # the note and the error share one slot of fixed height
        reserve_lines(messages, 2)
        slot = QVBoxLayout(messages)
        slot.setContentsMargins(0, 0, 0, 0)
        slot.setSpacing(0)
        slot.addWidget(self.symbol_note)
        slot.addWidget(self.symbol_error)
        slot.addStretch(1)
        symbol_row.addWidget(messages)
        head.addRow(self.tr("Symbol"), symbol_row)
        head.addRow(self.tr("Adopted by"), self.body)
        head.addRow(self.tr("Title"), self.title_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.adopted)
        dates.addWidget(self.effective)
        dates.addWidget(QLabel(self.tr("Status")))
        dates.addWidget(self.status)
        head.addRow(self.tr("Adopted on"), dates)
        head.addRow("", self.date_error)
        head.addRow(self.tr("Notes"), self.notes)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Mandates")))
        left_layout.addWidget(self.mandate_list)
        row = QHBoxLayout()
        row.addWidget(self.add_mandate)
        row.addWidget(self.remove_mandate)
        left_layout.addLayout(row)
        split = QSplitter()
        split.addWidget(left)
        scroller = QScrollArea()  # rows coming and going inside never move the rest
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.mandate_form)
        split.addWidget(scroller)
        split.setSizes([340, 520])

        preview_box = QGroupBox(self.tr("What it will do"))
        pl = QVBoxLayout(preview_box)
        pl.addWidget(self.preview)
        pl.addWidget(self.preview_list)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 3)
        layout.addWidget(preview_box, 2)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.validate)
        for w in (self.symbol, self.title_edit):
            w.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.body.currentIndexChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.adopted.dateChanged.connect(self._adopted_changed)
        self.effective.check.toggled.connect(self._changed)
        self.effective.edit.dateChanged.connect(self._changed)
        self.mandate_list.currentRowChanged.connect(self._select_mandate)
        self.add_mandate.clicked.connect(self._add_mandate)
        self.remove_mandate.clicked.connect(self._remove_mandate)

        if form_data:
            self.symbol.setText(loaded.symbol)
            self.body.setCurrentText(loaded.body)
            self.title_edit.setText(loaded.title)
            self.status.setCurrentIndex(max(0, self.status.findData(loaded.status)))
            self.notes.setPlainText(loaded.notes)
            self.mandates = [dict(m) for m in form_data["mandates"]]
        else:
            self.body.setCurrentText(loaded.body)
        self._refresh_list()
        if self.mandates:
            self.mandate_list.setCurrentRow(0)
        self.mandate_form.setEnabled(bool(self.mandates))
        self.validate()
        self._as_opened = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        data = self.form_data()
        return (tuple((k, repr(v)) for k, v in data.items()), repr(self.mandate_form.value()))

    def reject(self) -> None:
        if self._snapshot() != self._as_opened and not discard_confirmed(self):
            return
        super().reject()

    # --- form plumbing ------------------------------------------------------------------

    def _changed(self, *_: object) -> None:
        self._timer.start()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _adopted_changed(self) -> None:
        if not self.effective.check.isChecked():
            self.effective.edit.setDate(self.adopted.date())
        self._changed()

    def _titles(self) -> dict[str, str]:
        return {r.id: elided(r.title or r.id, 50) for r in self.workspace.plan.reports}

    def _refresh_list(self) -> None:
        row = self.mandate_list.currentRow()
        self.mandate_list.blockSignals(True)
        self.mandate_list.clear()
        for m in self.mandates:
            self.mandate_list.addItem(_mandate_label(m, self._titles()))
            self.mandate_list.item(self.mandate_list.count() - 1).setToolTip(
                _mandate_label(m, self._titles())
            )
        self.mandate_list.setCurrentRow(min(row, len(self.mandates) - 1) if self.mandates else -1)
        self.mandate_list.blockSignals(False)

    def _select_mandate(self, row: int) -> None:
        self.mandate_form.setEnabled(row >= 0)
        if 0 <= row < len(self.mandates):
            self.mandate_form.load(self.mandates[row])

    def _mandate_edited(self) -> None:
        if self.mandate_form._loading:
            return
        row = self.mandate_list.currentRow()
        if 0 <= row < len(self.mandates):
            self.mandates[row] = self.mandate_form.value()
            item = self.mandate_list.item(row)
            if item is not None:
                item.setText(_mandate_label(self.mandates[row], self._titles()))
        self._changed()

    def _add_mandate(self) -> None:
        self.mandates.append(df.new_mandate(self.workspace.plan.reports, self.body.currentText()))
        self._refresh_list()
        self.mandate_list.setCurrentRow(len(self.mandates) - 1)
        self._changed()

    def _remove_mandate(self) -> None:
        row = self.mandate_list.currentRow()
        if 0 <= row < len(self.mandates):
            del self.mandates[row]
            self._refresh_list()
            self._select_mandate(self.mandate_list.currentRow())
            self._changed()

    # --- validation and preview -------------------------------------------------------------

    def head(self) -> HeadFields:
        """What the head of the form holds, as plain values."""
        return HeadFields(
            symbol=self.symbol.text(),
            body=self.body.currentText(),
            adopted=pydate(self.adopted.date()),
            effective=self.effective.value(),
            status=self.status.currentData(),
            title=self.title_edit.text(),
            notes=self.notes.toPlainText(),
        )

    def form_data(self) -> dict[str, Any]:
        """The decision in the interchange shape."""
        return df.decision_data(self.head(), self.mandates)

    def new_report_lines(self) -> list[Report]:
        """The report lines the form creates (not in the plan yet), with their titles."""
        return self._new_reports()

    def _new_reports(self) -> list[Report]:
        titles = {rid: r.title for rid, r in self.mandate_form.proposed_reports.items()}
        nr = self.mandate_form.new_report()
        if nr is not None:
            titles[nr.id] = nr.title
        known = {r.id for r in self.workspace.plan.reports}
        return df.new_report_lines(self.mandates, known, titles)

    def _label_of(self, place: ErrorPlace) -> str:
        """The label the form shows for the row of an error ("" when it has none)."""
        heads = {
            "symbol": self.tr("Symbol"),
            "adopted": self.tr("Adopted on"),
            "effective": self.tr("effective from"),
            "status": self.tr("Status"),
            "body": self.tr("Adopted by"),
            "title": self.tr("Title"),
            "notes": self.tr("Notes"),
        }
        if place.slot is not Slot.MANDATE:
            return heads.get(place.row, "")
        if not place.row:
            return ""
        widget = self.mandate_form.rows[place.row]
        label = self.mandate_form.form.labelForField(widget)
        text = label.text() if isinstance(label, QLabel) else ""
        return text.replace("&", "") or self.tr("Until")

    def _show_error(self, exc: EditError | None) -> None:
        targets = {
            Slot.SYMBOL: self.symbol_error,
            Slot.HEAD: self.date_error,
            Slot.MANDATE: self.mandate_form.error,
            Slot.GENERAL: self.general_error,
        }
        for label in targets.values():
            label.hide()
        if exc is None:
            return
        place = df.error_place(exc.field, self.mandates, self.mandate_list.currentRow())
        if place.mandate is not None:
            self.mandate_list.setCurrentRow(place.mandate)
        target = targets[place.slot]
        target.setText(words().edit_error(exc, self._label_of(place)))
        target.show()

    def validate(self) -> bool:
        """Check the form with the import rules; on success, preview its effect."""
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        data = self.form_data()
        note = df.symbol_note(data["symbol"], data["body"], data["status"])
        self.symbol_note.setText(f"→ {note}" if note else "")
        try:
            new_plan = put_decision(
                self.workspace.plan,
                data,
                replacing=self.original.symbol if self.original else None,
                new_reports=self._new_reports(),
                calendar=self.workspace.engine.calendar,
            )
        except EditError as exc:
            self._show_error(exc)
            self.result_plan = None
            ok_button.setEnabled(False)
            self.preview.setText("")
            self.preview_list.clear()
            return False
        self._show_error(None)
        self.result_plan = new_plan
        before = set(self.workspace.plan.decisions)
        changed = next((d.symbol for d in new_plan.decisions if d not in before), None)
        symbol = changed or (self.original.symbol if self.original is not None else None)
        changes, notes = self.workspace.preview_with_notes(new_plan, symbol)
        self.preview.setText(change_summary(changes))
        self.preview_list.clear()
        bodies = {b.id: b.name for b in self.workspace.plan.bodies}
        self.preview_list.addItems([line[0] for line in change_lines(changes, bodies)[:200]])
        if notes:  # what the engine says of this decision: past the horizon, no session, …
            names = Names(new_plan, self.workspace.engine.calendar)
            self.preview_list.addItems([words().diagnostic(d, names) for d in notes[:20]])
        ok_button.setEnabled(True)
        return True

    def accept(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
        if self.validate():
            super().accept()

    @property
    def decision_symbol(self) -> str:
        return normalise_symbol(
            self.symbol.text(), self.body.currentText(), draft=self.status.currentData() == "draft"
        ).symbol
