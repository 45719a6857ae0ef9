"""Render every main screen to PNG, for looking at what users see.

    python docs/screenshots.py [--lang en|zh_CN] [--out DIR]

Uses a throw-away data directory filled with demo data and the offscreen platform
with a 1366x768 screen, the size of a typical counter PC.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={(ROOT / 'tests' / 'offscreen_screen.json').as_posix()}",
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from models import demo, lifecycle
    from models.actors import CLI_ACTOR
    from models.complaints import ComplaintForm
    from models.schema import Complaint
    from models.store import open_store

    from ui.window.app import configure

    home = Path(tempfile.mkdtemp(prefix="cb-shots-"))
    app = QApplication([])
    settings = configure(app, home, args.lang)
    open_store(home)
    demo.fill(CLI_ACTOR, months=4, per_month=30, seed=3)
    demo.fill_opinions(CLI_ACTOR, months=2, seed=3)
    from models import auth
    from models.actors import actor_for
    from models.schema import Staff

    from ui.window.main_window import MainWindow

    win = MainWindow(settings)
    win.resize(1366, 768)
    win.show()
    app.processEvents()
    from ui.shell.messages import describe

    win.sign_in_view.error.setText(describe(auth.SignInFailed(auth.WRONG)))
    win.sign_in_view.error.show()
    win.grab().save(str(args.out / f"sign_in_{args.lang}.png"))
    win.signed_in(actor_for(Staff.get(Staff.username == "manager")))
    win.resize(1366, 768)
    win.show()

    def shot(name: str) -> None:
        app.processEvents()
        win.grab().save(str(args.out / f"{name}_{args.lang}.png"))

    for page in ("home", "register", "replies", "settings"):
        win.show_page(page)
        shot(page)
    win.show_page("reports")
    reports = win.reports
    reports.make()
    reports.worker.wait()
    app.processEvents()
    app.processEvents()
    shot("reports")
    win.show_page("opinions")
    tabs = win.opinions.tabs
    tabs.setCurrentWidget(win.opinions.entries)
    win.opinions.entries.table.selectRow(0)
    win.opinions.entries.form.text.setPlainText("Thanks to the lady at counter 2 for her patience")
    shot("opinions_entries")
    for name, tab in (
        ("box", win.opinions.box),
        ("reading", win.opinions.reading),
        ("numbers", win.opinions.numbers),
    ):
        tabs.setCurrentWidget(tab)
        if tab is win.opinions.box:
            tab.openings.setCurrentRow(0)
        shot(f"opinions_{name}")
    win.new_complaint()
    form = win.intake
    form.set_form(
        ComplaintForm(
            channel="in_person",
            customer_name="王芳",
            customer_phone="138 1234 5678",
            category="product_quality.expired",
            summary="买到的牛奶已过期三天",
            description="顾客说昨天下午在本店买了两盒鲜牛奶，今早打开发现保质期已过三天。",
            desired_outcome="退款，并希望门店检查货架上的同批次商品",
            handler_id=form.actor().staff_id,
        )
    )
    form.summary.setText(
        "买到的牛奶已过期三天，顾客要求退款并检查货架上的同批次商品，还说上周也遇到过类似的事情，希望门店认真对待"
        * 3
    )
    form.save()
    shot("intake_errors")
    form.summary.setText("买到的牛奶已过期三天")
    form._clear_errors()
    shot("intake")
    busy = (
        Complaint.select().where(Complaint.status == "closed").order_by(Complaint.id.desc()).first()
    )
    win.open_complaint(busy.id)
    shot("detail")
    fresh = Complaint.select().where(Complaint.status == "investigating").first()
    if fresh:
        win.open_complaint(fresh.id)
        win.detail.do_resolve()
        app.processEvents()
        win.detail.dialog.grab().save(str(args.out / f"resolve_dialog_{args.lang}.png"))
    _ = lifecycle
    # The guided view: every kind of step, a rung of the three changes, the safety exit, the end.
    win.start_guided()
    view = win.guided
    for step_id in ("listen", "check_mood", "outcome", "propose_fix", "promise"):
        view.show_step(step_id)
        shot(f"guided_{step_id}")
    view.show_step("thank")
    view.start_escalation()
    shot("guided_rung_person")
    view.show_end()
    shot("guided_end")
    view.enter_safety()
    shot("guided_safety")
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
