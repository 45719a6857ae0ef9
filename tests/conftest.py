"""Shared fixtures: every test gets its own data directory and a real SQLite file."""

from __future__ import annotations

import os
from pathlib import Path

# Offscreen, with the screen of a typical counter PC (1366x768) instead of the default 800x800.
_SCREEN = Path(__file__).with_name("offscreen_screen.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN.as_posix()}"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# No credential store unless a test brings its own (tests/keyrings.py): a test never
# reaches this PC's store, and every PC runs the same tests (the commands they start too).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import datetime as dt  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402

from models.core.actors import Actor, actor_for  # noqa: E402
from models.maintenance.store import Store, open_store  # noqa: E402
from models.storage import schema  # noqa: E402

from tests.factories import new_staff  # noqa: E402

# Domain tests run on both engines: each test in these modules that uses the ``store``
# fixture runs once on a SQLite file and once on a fresh PostgreSQL database, unless it is
# marked ``sqlite_only`` (it reads the file itself, or a feature only SQLite has).
BOTH_ENGINES = {
    "test_audit",
    "test_guided",
    "test_import_export",
    "test_lifecycle",
    "test_numbering",
    "test_opinions",
    "test_replies",
    "test_retention",
    "test_register_pdf",
    "test_returns",
    "test_jrt0169",
    "test_search",
    "test_bulk",
    "test_concurrency",
    "test_roles",
    "test_signatures",
    "test_privacy",
    "test_letters",
    "test_paper_seal",
    "test_witnesses",
    "test_timeline_and_upgrades",
    "test_month_end",
    "test_xlsx_money",
    "test_systemic",
    "test_home_counts",
    "test_branch_cache",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about SQLite itself")
    config.addinivalue_line(
        "markers", "slow: runs a whole-program tool (mypy); takes the time it takes"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if (
        "engine" in metafunc.fixturenames
        and module in BOTH_ENGINES
        and not metafunc.definition.get_closest_marker("sqlite_only")
    ):
        metafunc.parametrize("engine", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_url(engine: str, home: Path) -> Iterator[str | None]:
    """None for the SQLite file in ``home``; a new, empty PostgreSQL database otherwise."""
    if engine == "sqlite":
        yield None
        return
    from tests import pg

    url = pg.create_database()
    try:
        yield url
    finally:
        from models.storage import db as dbmod

        if not dbmod.database.is_closed():
            dbmod.database.close()
        pg.drop_database(url)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("COMPLAINTBOOK_HOME", str(path))
    monkeypatch.delenv("COMPLAINTBOOK_DB", raising=False)
    return path


@pytest.fixture
def store(home: Path, db_url: str | None) -> Iterator[Store]:
    opened = open_store(home, db_url)
    yield opened
    _ops_ended()
    opened.close()


def _ops_ended() -> None:
    """No write of the window's goes on past its test, into the next test's register."""
    operations = sys.modules.get("ui.common.operations")
    if operations is not None and operations.running():
        operations.wait_idle()


@pytest.fixture(autouse=True)
def _ops_end_with_their_test() -> Iterator[None]:
    yield
    _ops_ended()


# The window never writes on its own thread (ui/common/operations.py): on the branch
# server a click would hang for the connection's timeout. Every test holds it to that.
WINDOW_CODE = str(Path(__file__).resolve().parents[1] / "ui") + os.sep
_written_by_the_window: list[str] = []


def _window_write_on_the_gui_thread(model: type[schema.BaseModel]) -> None:  # a save hook
    if threading.current_thread() is not threading.main_thread():
        return
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename.startswith(WINDOW_CODE):
            where = f"{frame.f_code.co_filename[len(WINDOW_CODE) :]}:{frame.f_lineno}"
            _written_by_the_window.append(f"{model._meta.table_name} from ui/{where}")
            return
        frame = frame.f_back


@pytest.fixture(autouse=True)
def _the_window_writes_off_the_gui_thread() -> Iterator[None]:
    schema.SAVE_HOOKS.register(
        written=_window_write_on_the_gui_thread, name="tests: the window's writes"
    )
    _written_by_the_window.clear()
    yield
    assert not _written_by_the_window, (
        f"the window wrote on the GUI thread: {_written_by_the_window}"
    )


@pytest.fixture
def manager(store: Store) -> Actor:
    return actor_for(new_staff("Chen Jing 陈静", "manager"))


@pytest.fixture
def clerk(store: Store) -> Actor:
    return actor_for(new_staff("Nguyễn Văn An", "clerk"))


def _cannot(reason: str) -> None:
    """Skip where the machine cannot provide it; under CI (``CI=true``) fail instead."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """``small_disk(megabytes)``: a real file system of that size (a tmpfs) to fill up,
    as a full disk is met at a counter PC. Linux, as root (CI's container is)."""
    import subprocess
    import sys

    mounted: list[Path] = []

    def make(megabytes: int) -> Path:
        where = tmp_path / f"disk{len(mounted)}"
        where.mkdir()
        if sys.platform != "linux" or os.geteuid() != 0:
            _cannot("a small disk (tmpfs) needs Linux and root")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(where)],
            capture_output=True,
            check=False,
        )
        if done.returncode:
            _cannot(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
        mounted.append(where)
        return where

    yield make
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def fill_up(disk: Path, leave: int) -> Path:
    """Fill ``disk`` with one file until about ``leave`` bytes are free; that file."""
    import shutil

    filler = disk / "filler.bin"
    free = shutil.disk_usage(disk).free
    with filler.open("ab") as fh:
        chunk = b"\0" * 65536
        while free > leave:
            try:
                fh.write(chunk[: min(len(chunk), free - leave)])
                fh.flush()
            except OSError:
                break
            free = shutil.disk_usage(disk).free
    return filler


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """``read_only(path)``: a file or folder no one here may write to, root included (the
    immutable attribute, where tests run as root; permissions otherwise). Undone after."""
    import subprocess
    import sys

    made: list[Path] = []

    def make(path: Path) -> None:
        if os.name == "nt" and path.is_dir():
            _cannot("Windows does not stop new files in a folder by its permissions alone")
        if sys.platform == "linux" and os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
            if done.returncode:
                _cannot(f"cannot make {path} read-only: {done.stderr.decode(errors='replace')}")
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
        made.append(path)

    yield make
    for path in reversed(made):
        if sys.platform == "linux" and os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
        else:
            path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[dt.datetime], None]]:
    """The app's clock (``schema.now`` wherever the domain and reports read it), set by
    the test: a month's handling recorded in that month, a later change later."""
    import models.register.timeline  # noqa: F401  (loaded, so its clock is set too)
    import reports.register_pdf  # noqa: F401

    real = schema.now
    moment = {"at": real()}
    for name, module in list(sys.modules.items()):
        if name.startswith(("models", "reports")) and getattr(module, "now", None) is real:
            monkeypatch.setattr(module, "now", lambda: moment["at"])

    def set_to(at: dt.datetime) -> None:
        moment["at"] = at

    yield set_to


@pytest.fixture
def fresh_db() -> Iterator[str]:
    """A new, empty database on the test server: what a branch has just created."""
    from models.storage import db as dbmod

    from tests import pg

    url = pg.create_database()
    try:
        yield url
    finally:
        if dbmod.database.obj is not None and not dbmod.database.is_closed():
            dbmod.database.close()
        pg.drop_database(url)
