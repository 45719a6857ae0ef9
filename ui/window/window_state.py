"""What the window's parts (``ui/window/window_*.py``) share through ``self``: declared once here
for the type checker; ``MainWindow`` sets every one of them when it is built."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.core.actors import Actor
    from models.maintenance.integrity import CheckReport
    from models.maintenance.store import Store

    from ui.common.operations import Op


class WindowState:
    store: Store | None
    _actor: Actor | None
    _work_of: Actor | None
    _damage: str | None
    _back_to: str
    _check_report: CheckReport | None
    _backup_task: Op[Any] | None
    _check_task: Op[Any] | None
    _checkpoint_task: Op[Any] | None
