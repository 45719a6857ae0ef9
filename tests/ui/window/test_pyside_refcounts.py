"""Regression guard for the PySide6 6.12.0 reference leak on Python 3.11.

6.12.0 dropped a reference to None/True/False on every Signal.emit() and every
beginInsertRows()/endInsertRows() pair; a long-running app then died with
"Fatal Python error: none_dealloc". Any PySide6 upgrade must keep this green.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Signal

N = 5_000


class Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)
    value = Signal(object)


class Growing(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.n = 0

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return self.n

    def data(self, index: QModelIndex, role: int = 0) -> object:
        return None

    def grow(self) -> None:
        self.beginInsertRows(QModelIndex(), self.n, self.n)
        self.n += 1
        self.endInsertRows()


def _counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_emits_and_row_inserts_do_not_leak_singleton_references(qapp: object) -> None:
    emitter = Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    emitter.flag.connect(lambda _b: None)
    model = Growing()
    model.rowsInserted.connect(lambda *_: None)
    for _ in range(50):  # warm up caches before measuring
        emitter.plain.emit()
        emitter.flag.emit(True)
        model.grow()
    before = _counts()
    for i in range(N):
        emitter.plain.emit()
        emitter.flag.emit(i % 2 == 0)
        emitter.value.emit(None)
        model.grow()
    received.clear()
    after = _counts()
    # A leak loses one reference per call (thousands); allow small noise.
    for name, b, a in zip(("None", "True", "False"), before, after, strict=True):
        assert abs(a - b) < 200, f"{name}: reference count moved from {b} to {a}"
