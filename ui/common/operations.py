"""The one way the window runs domain work that writes or may be slow.

A view hands an ``Op`` a domain call and says what to do with its result and with a
refusal; the op runs the call off the GUI thread, shows a progress window if it takes
more than a second, turns any error into one sentence in the user's language (the
same way for every view) and, after a write, tells every view through one app-wide
``changed`` signal, so no view is refreshed by hand. Modelled on Anki's CollectionOp.

Threads. peewee keeps one connection per thread (``models.storage.db.database``), so
every thread that runs a domain call opens its own connection to the register, SQLite
file or branch server, and closes it when the call ends (a restore or a move swaps the
database underneath; no connection of a thread may outlive the call that opened it).
Writes all run on ONE dedicated thread, in the order they were asked for: two saves
clicked one after the other commit in that order, as they did on the GUI thread, and
never wait on each other's lock (SQLite's BEGIN IMMEDIATE, the branch server's
advisory lock). Slow reads (a backup, a check, an export) each get a thread of their
own, so a minutes-long backup never holds up a clerk's save. The audit trail's actor
(a context variable) is carried into the thread with the call.

This is the window's only kind of background work: the register made for a month, a
connection test, the branch server's watch, the move to the server (a process of its own,
followed from an op), signing in, the register opened at the start (``wait_for``) all run
as ops, so there is one way a failure is told. No other module of ``ui/`` starts a thread
(tests/house/test_one_kind_of_background_work.py).
"""

from __future__ import annotations

import contextvars
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from models.core.errors import DomainError
from models.storage.db import database

from ui.shell.messages import describe

LOG = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int], None]  # done, total: what a job reports as it goes
SHOWN_AFTER_MS = 1000  # an op that ends sooner shows no progress window
WRAPPED_OVER = 60  # a longer label wraps, in a progress window of a fixed width
WRAPPED_WIDTH = 480


class Cancelled(Exception):
    """Raised by a job that stopped because its op was cancelled (``Op.is_cancelled``):
    nothing is told as a failure, and ``cancelled(...)`` runs instead."""


class ChangeBus(QObject):
    """What every view listens to instead of being refreshed by hand."""

    changed = Signal()  # a write went through: what a view shows may be out of date
    connection_lost = Signal()  # an op found the branch server gone
    idle = Signal()  # no op is running any more


class _Mailbox(QObject):
    """Lives on the GUI thread; a worker posts finished ops here (queued)."""

    arrived = Signal(object)
    progressed = Signal(object)  # an op whose job reported progress


_bus: ChangeBus | None = None
_mailbox: _Mailbox | None = None
_writes: queue.Queue[Callable[[], None]] = queue.Queue()
_writer: threading.Thread | None = None
_running: set[Op[Any]] = set()


def bus() -> ChangeBus:
    """The app's one change bus (made on first use, on the GUI thread)."""
    global _bus
    if _bus is None:
        _bus = ChangeBus(QCoreApplication.instance())
    return _bus


def _box() -> _Mailbox:
    global _mailbox
    if _mailbox is None:
        _mailbox = _Mailbox(QCoreApplication.instance())
        _mailbox.arrived.connect(_deliver, Qt.ConnectionType.QueuedConnection)
        _mailbox.progressed.connect(_tell_progress, Qt.ConnectionType.QueuedConnection)
    return _mailbox


def _write_loop() -> None:  # the write thread, for the life of the process
    while True:
        _writes.get()()


def _start_writer() -> None:
    global _writer
    if _writer is None or not _writer.is_alive():
        _writer = threading.Thread(target=_write_loop, name="register-writes", daemon=True)
        _writer.start()


def message_for(exc: BaseException) -> str:
    """The one sentence a person is told for an op that failed, in their language."""
    if isinstance(exc, DomainError):
        return describe(exc)
    if isinstance(exc, OSError):
        return f"{exc.filename or ''} {exc.strerror or exc}".strip()
    return QCoreApplication.translate("Op", "an unexpected problem (the details are in the log)")


def running(quiet: bool = True) -> bool:
    """Is an op running? (``quiet=False``: one a person is waiting for, not a backup's.)"""
    return any(quiet or not op.quiet for op in _running)


def wait_idle() -> None:
    """Let every running op end (closing the window, restoring a backup, a test's end)."""
    if not _running:
        return
    loop = QEventLoop()
    bus().idle.connect(loop.quit)
    try:
        if _running:
            loop.exec()
    finally:
        bus().idle.disconnect(loop.quit)


def wait_for_writes() -> None:
    """Let every write asked for so far go through (before the register under them is
    swapped, by a restore: a write still queued would end its transaction on the new
    one). Reads in the background go on."""
    for op in [op for op in _running if op.writes]:
        op.wait()


def busy(parent: QObject) -> bool:
    """Is an op of ``parent`` still running? (A second click meanwhile is not a second save.)"""
    return any(op.parent is parent and not op.quiet for op in _running)


def running_under(root: QObject) -> list[Op[Any]]:
    """The running ops of ``root`` or of any object inside it (a page being dropped waits
    for them, cancelling those that can stop, before it is deleted)."""
    found = []
    for op in _running:
        owner: QObject | None = op.parent if isValid(op.parent) else None
        while owner is not None and owner is not root:
            owner = owner.parent()
        if owner is root:
            found.append(op)
    return found


def wait_for(job: Callable[[Progress], T], label: str) -> T:
    """Run ``job(progress)`` as an op and wait for it, the GUI thread handling events
    meanwhile (opening the register at the start, putting a backup back): a progress
    window with ``label`` past a second, over the whole app; its bar follows
    ``progress(done, total)``. What the job raised is raised here, as if run here."""
    app = QCoreApplication.instance()
    assert app is not None
    loop = QEventLoop()
    results: list[T] = []
    errors: list[BaseException] = []
    op: Op[T] = Op(app, lambda: job(op.progress), writes=False, label=label)
    op.success(results.append).failure(lambda _text, exc: errors.append(exc)).ended(loop.quit)
    if not op.run():
        raise RuntimeError("another op is being waited for")
    loop.exec()
    if errors:
        raise errors[0]
    return results[0]


class _Follower(QObject):
    """A view's ear on the bus: a child of the view, so it stops listening with it."""

    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        bus().changed.connect(self.changed)

    @Slot()
    def changed(self) -> None:
        if not self._view.isVisible():
            return  # a page off screen is refreshed when it is shown
        try:
            self._refresh()
        except DomainError as exc:  # it keeps what it showed; the banner says why
            if exc.code == "connection_lost":
                bus().connection_lost.emit()
            else:
                LOG.warning("a view could not be refreshed: %s", exc)


def follow_changes(view: QWidget, refresh: Callable[[], None]) -> None:
    """Call ``refresh`` after every write that went through, while ``view`` is on screen:
    a view never refreshes itself, nor is refreshed, by hand after a write."""
    _Follower(view, refresh)


class Op(Generic[T]):
    """``Op(parent, lambda: domain_call(...)).success(...).failure(...).run()``.

    ``job`` runs on a worker thread and must not touch widgets: read what it needs from
    them before. ``success(result)`` and ``failure(text, exc)`` run on the GUI thread,
    and only while ``parent`` still exists; ``ended()`` after either. ``writes=False``
    for work that only reads, or writes no record (no ``changed``; a thread of its own).
    ``changed_if(result)``: a write that may find nothing to do says whether it wrote
    (no ``changed`` for a write that made none: views are not redrawn for nothing).
    ``quiet`` for work in the background that shows its own progress, or none (a
    backup, a check): no progress window. ``progress`` is a callback ``(done, total)``
    for ``job`` that moves the progress window's bar."""

    def __init__(
        self,
        parent: QObject,
        job: Callable[[], T],
        *,
        writes: bool = True,
        quiet: bool = False,
        label: str | None = None,
        changed_if: Callable[[T], bool] | None = None,
    ) -> None:
        self.parent = parent
        self._job = job
        self.writes = writes
        self._changed_if = changed_if
        self.quiet = quiet
        self.label = label
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[str, BaseException], None] | None = None
        self._on_end: Callable[[], None] | None = None
        self._on_progress: Callable[[str, int, int], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._outcome: tuple[bool, Any] | None = None
        self._done_total: tuple[int, int] | None = None
        self._reported: tuple[str, int, int] = ("", 0, 0)  # stage, done, total: one value
        self._progress_posted = threading.Event()  # set while one is on its way
        self._cancel = threading.Event()
        self._waiting: list[Callable[[], None]] = []  # loops waiting for its delivery
        self.dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[str, BaseException], None]) -> Op[T]:
        self._on_failure = callback
        return self

    def ended(self, callback: Callable[[], None]) -> Op[T]:
        self._on_end = callback
        return self

    def progressed(self, callback: Callable[[str, int, int], None]) -> Op[T]:
        self._on_progress = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> Op[T]:
        self._on_cancelled = callback
        return self

    def cancel(self) -> None:
        """Ask the job to stop (it stops at its next look at ``is_cancelled``)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Asked from the job's thread: was the op cancelled?"""
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        return self in _running

    def wait(self) -> None:
        """Let this op end, the GUI thread handling events meanwhile (closing waits).
        Told by its delivery, on this thread: a job that had already ended, its result
        still on its way, was once waited for for ever (it had said so before the wait
        listened)."""
        if self not in _running:
            return
        loop = QEventLoop()
        self._waiting.append(loop.quit)
        try:
            loop.exec()
        finally:
            self._waiting.remove(loop.quit)

    def progress(self, done: int, total: int, stage: str = "") -> None:
        """Called from the job's thread: the progress window shows it at the next tick,
        ``progressed`` as soon as the GUI thread is free (the newest only, never a queue
        of them)."""
        self._done_total = (done, total)
        self._reported = (stage, done, total)
        if self._on_progress is not None and not self._progress_posted.is_set():
            self._progress_posted.set()
            _box().progressed.emit(self)

    def run(self) -> bool:
        """Start the op; False (nothing started) while another op of ``parent`` runs."""
        if not self.quiet and busy(self.parent):
            return False
        box = _box()
        _running.add(self)
        if not self.quiet:
            self._timer = QTimer(box)
            self._timer.setInterval(SHOWN_AFTER_MS)
            self._timer.timeout.connect(self._tick)
            self._timer.start()
        context = contextvars.copy_context()  # the audit trail's actor, for one

        def work() -> None:  # on the worker thread
            try:
                self._outcome = (True, context.run(self._job))
            except BaseException as exc:  # noqa: BLE001 - every failure goes to the GUI thread
                self._outcome = (False, exc)
            finally:
                try:
                    if database.obj is not None and not database.is_closed():
                        database.close()  # this thread's connection only
                except Exception:  # noqa: BLE001 - no register open, or a transaction left
                    LOG.exception("the op's connection could not be closed")
                box.arrived.emit(self)

        if self.writes:
            _start_writer()
            _writes.put(work)
        else:
            threading.Thread(target=work, name="register-read", daemon=True).start()
        return True

    @Slot()
    def _tick(self) -> None:
        """A second has passed (and each second after): show, or move, the progress. Over
        the parent's window; over the whole app for an op of no window (the start)."""
        if not isValid(self.parent):
            return
        if self.dialog is None:
            label = self.label or QCoreApplication.translate("Op", "Working, a moment please...")
            over = self.parent.window() if isinstance(self.parent, QWidget) else None
            self.dialog = QProgressDialog(label, "", 0, 0, over)
            self.dialog.setWindowTitle(QCoreApplication.translate("Op", "Complaint Book"))
            if len(label) > WRAPPED_OVER:  # a wrapped label alone gives the window no width
                wrapped = QLabel(label)
                wrapped.setWordWrap(True)
                self.dialog.setLabel(wrapped)
                self.dialog.setFixedWidth(WRAPPED_WIDTH)
            self.dialog.setCancelButton(None)  # a write is one transaction: it ends by itself
            self.dialog.setWindowModality(
                Qt.WindowModality.WindowModal
                if over is not None
                else Qt.WindowModality.ApplicationModal
            )
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.show()
        if self._done_total is not None:
            done, total = self._done_total
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finish(self) -> None:
        """On the GUI thread, once the job has ended."""
        try:
            self._tell()
        finally:
            if self._on_end is not None and isValid(self.parent):
                self._on_end()

    def _tell(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        assert self._outcome is not None
        ok, value = self._outcome
        alive = isValid(self.parent)
        if not ok and isinstance(value, Cancelled):
            if alive and self._on_cancelled is not None:
                self._on_cancelled()
            return
        if ok:
            if self.writes and (self._changed_if is None or self._changed_if(value)):
                bus().changed.emit()  # first: the success callback finds every view up to date
            if alive and self._on_success is not None:
                self._on_success(value)
            return
        if not isinstance(value, (DomainError, OSError)):
            LOG.error("an op failed", exc_info=value)
        if isinstance(value, DomainError) and value.code == "connection_lost":
            bus().connection_lost.emit()
        if not alive:
            return
        text = message_for(value)
        if self._on_failure is not None:
            self._on_failure(text, value)
        elif isinstance(self.parent, QWidget):
            QMessageBox.warning(self.parent, QCoreApplication.translate("Op", "Not done"), text)
        else:
            LOG.warning("an op in the background failed: %s", text)


def _tell_progress(op: Op[Any]) -> None:
    """On the GUI thread: the newest progress of ``op``'s job, to its view."""
    op._progress_posted.clear()
    if op in _running and op._on_progress is not None and isValid(op.parent):
        op._on_progress(*op._reported)


def _deliver(op: Op[Any]) -> None:
    # No longer running once its job has ended, before its callbacks: a callback that
    # waits for every op (closing the window after the first start switched language)
    # must not wait for the op that is calling it, which would never end.
    _running.discard(op)
    try:
        op._finish()
    finally:
        for quit_waiting in list(op._waiting):
            quit_waiting()
        if not _running:
            bus().idle.emit()
