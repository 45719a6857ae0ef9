"""The standard replies booklet: managers keep the answers; anyone can print the booklet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Actor
from models.core.errors import DomainError
from models.core.location import check_output_file
from models.counter import replies

from ui.common.history_dialog import open_history
from ui.common.operations import Op, follow_changes
from ui.common.widgets import NO_SILENT_CUT, set_combo_data, show_message
from ui.common.write_gate import mark_writing
from ui.shell import labels
from ui.shell.messages import describe


class RepliesView(QWidget):
    def __init__(self, actor_getter: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_changes(self, self.refresh)  # a reply saved or retired, here or elsewhere
        self._actor_getter = actor_getter
        self._editing: int | None = None
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(self.tr("Standard replies"), self)
        title.setObjectName("pageTitle")
        self.print_button = QPushButton(self.tr("Save the booklet as PDF..."), self)
        self.print_button.clicked.connect(self.choose_booklet_file)
        head.addWidget(title, 1)
        head.addWidget(self.print_button)
        outer.addLayout(head)
        intro = QLabel(
            self.tr(
                "Agreed answers to what customers object to most often. Replies of the commonest "
                "categories come first; each use is counted."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

        row = QHBoxLayout()
        outer.addLayout(row, 1)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._selected)
        row.addWidget(self.list, 3)

        editor = QGroupBox(self.tr("Reply"), self)
        form = QFormLayout(editor)
        self.category = QComboBox(editor)
        self.title = QLineEdit(editor)
        self.title.setMaxLength(NO_SILENT_CUT)
        self.title.setPlaceholderText(self.tr("What the customer says or wants"))
        self.text = QPlainTextEdit(editor)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The answer we agreed to give"))
        # Said at the counter ("I'm so sorry...") is not what the record and letters say.
        self.written = QPlainTextEdit(editor)
        self.written.setTabChangesFocus(True)
        self.written.setPlaceholderText(
            self.tr("What the record and letters say, e.g. Apologised; refunded the same day.")
        )
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Situation"), self.title)
        form.addRow(self.tr("Answer"), self.text)
        form.addRow(self.tr("In the record"), self.written)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"), editor)
        self.save_button = QPushButton(self.tr("Save"), editor)
        self.save_button.setObjectName("primary")
        self.retire_button = QPushButton(self.tr("Retire"), editor)
        self.history_button = QPushButton(self.tr("History"), editor)
        mark_writing(self.save_button, self.retire_button)
        self.history_button.clicked.connect(self.show_history)
        for button in (self.new_button, self.retire_button, self.history_button, self.save_button):
            buttons.addWidget(button)
        form.addRow("", buttons)
        row.addWidget(editor, 2)
        self.new_button.clicked.connect(self.new_reply)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.dialog: QFileDialog | None = None

    def refresh(self) -> None:
        # The booklet is a manager's to keep: a clerk reads and prints it, and is not
        # offered to change it (the domain refuses it whichever way it is asked).
        manager = self._actor_getter().is_manager
        for button in (self.new_button, self.save_button, self.retire_button, self.history_button):
            button.setVisible(manager)
        self.title.setReadOnly(not manager)
        self.text.setReadOnly(not manager)
        self.category.setEnabled(manager)
        keep = self._editing
        self.category.clear()
        for cat in labels.category_tree().top:
            self.category.addItem(cat.name(labels.language()), cat.code)
        self.list.clear()
        lang = labels.language()
        for reply in replies.ranked(include_retired=True):
            text = f"{labels.category(reply.category)} · {reply.title(lang)}"
            if not reply.active:
                retired = self.tr("retired")
                text += f"  ({retired})"
            used = self.tr("used %n time(s)", "", reply.use_count)
            text += f"\n{used}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, reply.id)
            if keep == reply.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.new_reply()

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error)

    @Slot()
    def _selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        reply = next(
            r
            for r in replies.ranked(include_retired=True)
            if r.id == item.data(Qt.ItemDataRole.UserRole)
        )
        self._editing = reply.id
        set_combo_data(self.category, reply.category)
        self.title.setText(reply.title(labels.language()))
        self.text.setPlainText(reply.text(labels.language()))
        self.written.setPlainText(reply.written_texts.get(labels.language(), ""))
        self.retire_button.setText(self.tr("Bring back") if not reply.active else self.tr("Retire"))
        self.retire_button.setEnabled(True)

    @Slot()
    def new_reply(self) -> None:
        self._editing = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.title.clear()
        self.text.clear()
        self.written.clear()
        self.retire_button.setEnabled(False)
        self.title.setFocus()

    @Slot()
    def save(self) -> None:
        actor, reply_id, lang = self._actor_getter(), self._editing, labels.language()
        category, title = self.category.currentData() or "", self.title.text()
        text, written = self.text.toPlainText(), self.written.toPlainText()
        Op(
            self,
            lambda: replies.save_reply(
                actor,
                category=category,
                title=title,
                text=text,
                written=written,
                lang=lang,
                reply_id=reply_id,
            ),
        ).success(self._saved).failure(self._refused).run()

    def _saved(self, reply: replies.Reply) -> None:
        """The list was drawn again on ``changed``: the saved reply is the one open."""
        self._editing = reply.id
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == reply.id:
                self.list.setCurrentRow(row)
        self._say(self.tr("Reply saved."))

    def _refused(self, text: str, _exc: BaseException) -> None:
        self._say(text, error=True)

    @Slot()
    def show_history(self) -> None:
        if self._editing is None:
            return
        self.history = open_history(
            self,
            self._actor_getter(),
            self.tr("History of the reply"),
            "standard_reply",
            self._editing,
        )
        if self.history is None:
            self._say(self.tr("Only a manager may read the audit history."), error=True)

    @Slot()
    def toggle_retired(self) -> None:
        if self._editing is None:
            return
        current = next(r for r in replies.ranked(include_retired=True) if r.id == self._editing)
        actor, reply_id = self._actor_getter(), self._editing
        Op(self, lambda: replies.set_retired(actor, reply_id, current.active)).failure(
            self._refused
        ).success(lambda _r: None).run()

    @Slot()
    def choose_booklet_file(self) -> None:
        self.dialog = QFileDialog(
            self, self.tr("Save the booklet"), str(Path.home() / "standard-replies.pdf")
        )
        self.dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        self.dialog.setDefaultSuffix("pdf")
        self.dialog.fileSelected.connect(lambda name: self.write_booklet(Path(name)))
        self.dialog.open()

    def write_booklet(self, path: Path) -> None:
        try:
            check_output_file(path)
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        lang = labels.language()

        def make() -> int:  # on the op's thread
            from reports.booklet import write_booklet  # reportlab loads only when needed

            return write_booklet(path, lang)

        def refused(text: str, exc: BaseException) -> None:
            if isinstance(exc, OSError):
                text = (
                    self.tr("Could not write %1: %2")
                    .replace("%1", str(path))
                    .replace("%2", exc.strerror or str(exc))
                )
            self._say(text, error=True)

        Op(self, make, writes=False).success(
            lambda count: self._say(
                self.tr("Booklet with %1 replies saved to %2")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )
        ).failure(refused).run()
