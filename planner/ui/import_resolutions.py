"""File ▸ Import Resolutions…: read resolutions, review what they propose, commit as one edit.

The officer chooses files (AKN XML, Word, PDF, text) or pastes a text. The review
lists each resolution and the mandates it proposes, each with its paragraph (the
source words highlighted), the rule it became and the engine's live "what it will
do"; each is accepted, edited in the decision editor or rejected. Sure proposals
start accepted, unsure ones wait for a decision. Nothing touches the plan until
Import, which commits every accepted resolution as one undoable edit; a resolution
already in the plan is updated, never duplicated.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.app.edits import EditError
from planner.app.resolution_review import Choice, Review, ReviewResult
from planner.app.workspace import Workspace
from planner.intake.document import ResolutionDocument
from planner.intake.errors import IntakeError
from planner.intake.read import SUFFIXES, read_document, read_text
from planner.timeline.painter import DecisionSel
from planner.ui import import_review_text as text
from planner.ui.changes_panel import change_summary
from planner.ui.decision_editor import DecisionEditor, OptionalDate
from planner.ui.import_review_text import ReviewText
from planner.ui.widgets import named
from planner.ui.wording import words

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

WHERE = Qt.ItemDataRole.UserRole  # (document index, proposal index or -1)
FOLDER_SETTING = "import/folder"
COLUMNS = 4


def import_resolutions(window: MainWindow) -> None:
    """The menu command: review, then commit what was accepted as one undoable edit."""
    ws = window.workspace
    if ws.read_only:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ImportResolutionsDialog", "Read-only"),
            words().read_only(ws.read_only_reason, ws.read_only_detail),
        )
        return
    dialog = ImportResolutionsDialog(ws, window.settings, window)
    dialog.choose_files()  # cancelled: the review opens empty, to paste a text instead
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
        return
    outcome = dialog.outcome
    change = window.editing.commit(outcome.plan, ReviewText().imported(len(outcome.touched)))
    if change is not None and outcome.touched:
        window.select(DecisionSel(outcome.touched[0]))


class PasteTextDialog(QDialog):
    """A pasted resolution text, with what a bare text cannot say."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteTextDialog")
        self.setWindowTitle(self.tr("Paste a Resolution"))
        self.resize(760, 560)
        self.read_document: ResolutionDocument | None = None
        self.text = named(QPlainTextEdit(), "pastedText")
        self.text.setPlaceholderText(
            self.tr(
                "Paste the resolution here: its numbered operative paragraphs, one per line or block."
            )
        )
        self.symbol = named(QLineEdit(placeholderText="A/RES/80/123"), "pastedSymbol")
        self.body = named(QComboBox(), "pastedBody")
        self.body.addItem(self.tr("(not known)"), "")
        for b in workspace.plan.bodies:
            self.body.addItem(b.id, b.id)
        today = workspace.options.today or date.today()
        self.adopted = OptionalDate(self.tr("known"), None, today)
        self.error = named(QLabel(), "pasteError")
        self.error.setStyleSheet(f"color: {text.ERROR_COLOR};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Symbol"), self.symbol)
        form.addRow(self.tr("Adopted by"), self.body)
        form.addRow(self.tr("Adopted on"), self.adopted)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def accept(self) -> None:
        try:
            self.read_document = read_text(
                self.text.toPlainText(),
                self.tr("pasted text"),
                symbol=self.symbol.text().strip() or None,
                body=self.body.currentData() or None,
                adopted=self.adopted.value(),
            )
        except IntakeError as exc:
            self.error.setText(exc.problem)
            self.error.show()
            return
        super().accept()


class ImportResolutionsDialog(QDialog):
    """The review list. `outcome` holds the plan to commit once Import is pressed."""

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importResolutions")
        self.setWindowTitle(self.tr("Import Resolutions"))
        self.resize(1280, 800)
        self.setAcceptDrops(True)
        self.workspace = workspace
        self.settings = settings
        self.review = Review(workspace.plan)
        self.outcome: ReviewResult | None = None
        self._paths: set[Path] = set()
        self._pasted = 0

        self.add_files = named(QPushButton(self.tr("Add &Files…")), "addFiles")
        self.paste_button = named(QPushButton(self.tr("&Paste Text…")), "pasteText")
        self.hint = named(QLabel(), "importHint")
        self.hint.setText(self._hint_text())
        self.hint.setWordWrap(True)
        self.tree = named(QTreeWidget(), "reviewTree")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [
                self.tr("Resolution / paragraph"),
                self.tr("Reading"),
                self.tr("Confidence"),
                self.tr("Becomes"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.accept_button = named(QPushButton(self.tr("&Accept")), "acceptProposal")
        self.reject_button = named(QPushButton(self.tr("&Reject")), "rejectProposal")
        self.edit_button = named(QPushButton(self.tr("&Edit…")), "editProposal")
        self.detail = named(QTextBrowser(), "reviewDetail")
        self.detail.setOpenLinks(False)
        self.summary = named(QLabel(), "importSummary")
        self.summary.setWordWrap(True)
        self.problems = named(QLabel(), "importProblems")
        self.problems.setStyleSheet(f"color: {text.ERROR_COLOR};")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.add_files)
        top.addWidget(self.paste_button)
        top.addWidget(self.hint, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for b in (self.accept_button, self.reject_button, self.edit_button):
            row.addWidget(b)
        row.addStretch(1)
        ll.addLayout(row)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setSizes([760, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh_summary)
        self.add_files.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste_text)
        self.accept_button.clicked.connect(lambda: self.decide(Choice.ACCEPTED))
        self.reject_button.clicked.connect(lambda: self.decide(Choice.REJECTED))
        self.edit_button.clicked.connect(self.edit_current)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self.show_detail())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.refresh_summary()
        self._buttons_for(None)

    def _hint_text(self) -> str:
        if not self.review.documents:
            return self.tr(
                "Choose resolutions (AKN XML, Word, PDF or text), drop them here, or paste a text."
                " Nothing enters the plan until you press Import."
            )
        return self.tr(
            "Ticked proposals are imported. Unsure ones (amber) wait for your decision."
            " Nothing enters the plan until you press Import."
        )

    # --- adding documents ----------------------------------------------------------------

    def choose_files(self) -> None:
        folder = str(self.settings.value(FOLDER_SETTING, "")) if self.settings else ""
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose Resolutions"),
            folder,
            self.tr("Resolutions (%1)").replace("%1", patterns) + ";;" + self.tr("All files (*)"),
        )
        if names:
            if self.settings is not None:
                self.settings.setValue(FOLDER_SETTING, str(Path(names[0]).parent))
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        docs: list[ResolutionDocument] = []
        failures: list[tuple[str, str]] = []
        for path in paths:
            key = path.resolve()
            if key in self._paths:
                continue
            self._paths.add(key)
            try:
                docs.append(read_document(path))
            except IntakeError as exc:
                failures.append((path.name, exc.problem))
        for source, problem in failures:
            self.review.add_failure(source, problem)
        first = self.review.add(docs) if docs else []
        self.rebuild(first[0] if first else None)

    def paste_text(self) -> None:
        dialog = PasteTextDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.read_document is not None:
            self._pasted += 1
            doc = dialog.read_document
            if self._pasted > 1:
                doc = replace(doc, source=f"{doc.source} {self._pasted}")
            [index] = self.review.add([doc])
            self.rebuild(index)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()

    # --- the list ------------------------------------------------------------------------

    def rebuild(self, select: int | None = None) -> None:
        """Refill the list from the review (placement may change as documents are added)."""
        self.tree.blockSignals(True)
        self.tree.clear()
        for i, d in enumerate(self.review.documents):
            top = QTreeWidgetItem(self.tree)
            top.setData(0, WHERE, (i, -1))
            if d.proposals is not None:
                for j in range(len(d.proposals.proposals)):
                    child = QTreeWidgetItem(top)
                    child.setData(0, WHERE, (i, j))
            self._fill(top)
            top.setExpanded(True)
        self.hint.setText(self._hint_text())
        self.tree.blockSignals(False)
        if select is not None and select < self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self._item(select))
        self.refresh_summary()

    def _fill(self, item: QTreeWidgetItem) -> None:
        """Texts, check state and colours of a document row and its proposal rows."""
        i, j = item.data(0, WHERE)
        if j >= 0:
            self._fill_proposal(item, i, j)
            return
        d = self.review.documents[i]
        doc = d.document
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if doc is None:
            item.setText(0, d.source)
            item.setText(1, d.error)
            item.setText(3, self.tr("cannot be read"))
            for c in range(COLUMNS):
                item.setForeground(c, QBrush(QColor(text.ERROR_COLOR)))
            item.setFlags(flags)
            return
        item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
        item.setText(0, doc.symbol or d.source)
        item.setToolTip(0, d.source)
        item.setText(1, doc.title)
        item.setToolTip(1, doc.title)
        n = len(d.proposals.proposals) if d.proposals else 0
        item.setText(2, ReviewText().proposals(n) if n else "")
        item.setText(3, self._document_state(i))
        item.setCheckState(0, Qt.CheckState.Checked if d.included else Qt.CheckState.Unchecked)
        bold = QFont(item.font(0))
        bold.setBold(True)
        item.setFont(0, bold)
        grey = QBrush(QColor(text.QUIET_COLOR))
        for c in range(COLUMNS):
            item.setForeground(c, grey if not d.included else QBrush())
        for k in range(item.childCount()):
            child = item.child(k)
            if child is not None:
                self._fill(child)

    def _document_state(self, i: int) -> str:
        d = self.review.documents[i]
        if d.edited is not None:
            return ReviewText().edited(len(d.edited.form.get("mandates", [])))
        if d.proposals is not None and not d.proposals.proposals:
            return self.tr("asks for no report")
        if d.same_as:
            return self.tr("same resolution as %1").replace("%1", d.same_as)
        if self.review.existing(i) is not None:
            return self.tr("updates the decision in the plan")
        return self.tr("new decision")

    def _fill_proposal(self, item: QTreeWidgetItem, i: int, j: int) -> None:
        d = self.review.documents[i]
        assert d.proposals is not None
        placed = d.proposals.proposals[j]
        p = placed.proposal
        choice = d.choices[j]
        item.setText(0, self.tr("¶ %1").replace("%1", p.paragraph or "—"))
        item.setText(1, ReviewText().reading(p.reading))
        item.setToolTip(1, p.words)
        item.setText(2, ReviewText().confidence(p))
        planned = placed.planned
        if self.review.already_in_plan(i, j):
            becomes = self.tr("already in the plan")
        elif planned is not None and planned.mandate is not None:
            rule = planned.mandate.rule
            where = planned.session or (rule.body if rule is not None else "")
            if planned.new_report is not None:
                becomes = self.tr("%1 · new line “%2”").replace("%2", planned.new_report.title)
            else:
                becomes = self.tr("%1 · %2").replace("%2", planned.mandate.report)
            becomes = becomes.replace("%1", where)
        else:
            problem = planned.problem if planned is not None else ""
            becomes = self.tr("not placed: %1").replace("%1", text.problem_text(problem))
        item.setText(3, becomes)
        item.setToolTip(3, becomes)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if d.edited is None:
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if choice == Choice.ACCEPTED else Qt.CheckState.Unchecked
            )
        else:  # the edited decision stands for the document
            item.setFlags(flags)
            item.setData(0, Qt.ItemDataRole.CheckStateRole, None)
            item.setText(3, self.tr("replaced by your edit"))
        off = d.edited is not None or d.rejected or choice == Choice.REJECTED
        for c in range(COLUMNS):
            item.setForeground(c, QBrush(QColor(text.QUIET_COLOR)) if off else QBrush())
        if p.unsure and not off:
            item.setForeground(2, QBrush(QColor(text.UNSURE_COLOR)))
        font = QFont(item.font(0))
        font.setItalic(choice == Choice.OPEN and d.edited is None)
        font.setStrikeOut(choice == Choice.REJECTED and d.edited is None)
        for c in range(COLUMNS):
            item.setFont(c, font)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0 or item.data(0, WHERE) is None:
            return
        i, j = item.data(0, WHERE)
        d = self.review.documents[i]
        checked = item.checkState(0) == Qt.CheckState.Checked
        if j >= 0:
            if d.edited is not None:
                return
            d.choices[j] = Choice.ACCEPTED if checked else Choice.REJECTED
            if checked:
                d.rejected = False
        elif checked != d.included:
            self._set_document(i, Choice.ACCEPTED if checked else Choice.REJECTED)
        self._refill(i)

    def _set_document(self, i: int, choice: Choice) -> None:
        d = self.review.documents[i]
        if choice == Choice.REJECTED:
            d.rejected = True
            return
        d.rejected = False
        if d.edited is None and not d.chosen:
            d.choices = [Choice.ACCEPTED] * len(d.choices)

    def _refill(self, i: int) -> None:
        top = self._item(i)
        self.tree.blockSignals(True)
        self._fill(top)
        self.tree.blockSignals(False)
        self.show_detail()
        self._timer.start()

    def _item(self, i: int, k: int | None = None) -> QTreeWidgetItem:
        """Document `i`'s row, or the row of its proposal `k` (the tree mirrors the review)."""
        top = self.tree.topLevelItem(i)
        item = top if k is None or top is None else top.child(k)
        assert item is not None, (i, k)
        return item

    def current(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        return None if item is None else tuple(item.data(0, WHERE))

    def decide(self, choice: Choice) -> None:
        """Accept or reject the current proposal, or every proposal of the current document."""
        where = self.current()
        if where is None:
            return
        i, j = where
        d = self.review.documents[i]
        if d.proposals is None:
            return
        if j < 0:
            if choice == Choice.ACCEPTED:
                d.rejected = False
                if d.edited is None:
                    d.choices = [Choice.ACCEPTED] * len(d.choices)
            else:
                d.rejected = True
        elif d.edited is None:
            d.choices[j] = choice
            if choice == Choice.ACCEPTED:
                d.rejected = False
        self._refill(i)
        self._next_open(i, j)

    def _next_open(self, i: int, j: int) -> None:
        """After a decision on a proposal, go to the next one still open (fast review)."""
        if j < 0:
            return
        d = self.review.documents[i]
        for k in range(j + 1, len(d.choices)):
            if d.choices[k] == Choice.OPEN:
                self.tree.setCurrentItem(self._item(i, k))
                return

    # --- editing -------------------------------------------------------------------------

    def edit_current(self) -> None:
        """Open the decision editor on the document's decision, with this proposal in it."""
        where = self.current()
        if where is None:
            return
        i, j = where
        d = self.review.documents[i]
        if d.proposals is None:
            return
        form, new_reports, row = self.review.draft(i, j if j >= 0 else None)
        existing = self.review.existing(i)
        editor = DecisionEditor(
            self.workspace, existing, parent=self, proposed=form, new_reports=new_reports
        )
        editor.setWindowTitle(self.tr("Edit the Decision Read from %1").replace("%1", d.source))
        if row >= 0:
            editor.mandate_list.setCurrentRow(row)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.review.set_edited(i, editor.form_data(), editor.new_report_lines())
            self._refill(i)

    # --- detail and summary -----------------------------------------------------------------

    def show_detail(self) -> None:
        where = self.current()
        self._buttons_for(where)
        if where is None:
            self.detail.clear()
            return
        i, j = where
        d = self.review.documents[i]
        doc = d.document
        if doc is None or d.proposals is None:
            self.detail.setHtml(
                f"<h3>{escape(d.source)}</h3><p style='color:{text.ERROR_COLOR}'>"
                f"{escape(d.error)}</p>"
            )
            return
        if j < 0:
            included = d.included
            effect = self._effect(i, None) if included else ReviewText().effect_html(None)
            self.detail.setHtml(ReviewText().document_html(doc, self._document_state(i), effect))
            return
        placed = d.proposals.proposals[j]
        planned = placed.planned
        becomes = ""
        problem = ""
        if planned is not None and planned.mandate is not None:
            becomes = ReviewText().mandate(
                planned.mandate, self.workspace.plan, self.review.calendar, planned.new_report
            )
        elif planned is not None:
            problem = planned.problem
        if d.edited is not None:
            effect = ReviewText().effect_html(
                None, self.tr("Replaced by your edit of the decision.")
            )
        elif planned is None or planned.mandate is None:
            effect = ReviewText().effect_html(None)
        else:
            effect = self._effect(i, j)
        self.detail.setHtml(
            ReviewText().proposal_html(
                doc, placed.proposal, becomes, problem, self.review.already_in_plan(i, j), effect
            )
        )

    def _effect(self, i: int, j: int | None) -> str:
        """What this proposal (or this document as chosen) would do on its own."""
        try:
            plan = self.review.with_one(i, j)
        except EditError as exc:
            return ReviewText().effect_html(None, exc.message)
        return ReviewText().effect_html(self.workspace.preview(plan))

    def _buttons_for(self, where: tuple[int, int] | None) -> None:
        d = self.review.documents[where[0]] if where is not None else None
        readable = d is not None and d.proposals is not None
        self.accept_button.setEnabled(readable)
        self.reject_button.setEnabled(readable)
        self.edit_button.setEnabled(readable)

    def refresh_summary(self) -> None:
        result = self.review.result()
        counted = ReviewText()
        ok = bool(result.touched) and not result.errors
        if result.touched:
            parts = counted.resolutions(len(result.touched))
            if result.updates:
                parts += f" ({counted.updates(result.updates)})"
            parts += ", " + counted.mandates(result.mandates)
            changes = self.workspace.preview(result.plan)
            self.summary.setText(f"{parts} — {change_summary(changes)}")
        else:
            self.summary.setText(self.tr("Nothing accepted yet."))
        if result.errors:
            names = "; ".join(
                f"{self.review.documents[i].source}: {message}"
                for i, message in list(result.errors.items())[:3]
            )
            self.problems.setText(f"{counted.errors(len(result.errors))} ({names})")
            self.problems.show()
        else:
            self.problems.hide()
        self.import_button.setEnabled(ok)

    def accept(self) -> None:
        self._timer.stop()
        result = self.review.result()
        if not result.touched or result.errors:
            self.refresh_summary()
            return
        self.outcome = result
        super().accept()
