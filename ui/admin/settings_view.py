"""Branch settings and the staff list (sign-in arrives later; for now a user picker)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.core import categories, countries, deadlines
from models.core.actors import Actor
from models.core.errors import DomainError
from models.core.resources import LANGUAGES, pick
from models.core.vocab import ROLES
from models.counter import letters, replies
from models.maintenance import retention
from models.maintenance.backup import list_backups
from models.people.branch import (
    add_staff,
    emergency_numbers,
    get_branch,
    list_staff,
    set_emergency,
    set_staff_active,
    update_branch,
)
from models.storage.db import sqlite_path
from models.storage.schema import Staff
from models.trust.auth import set_credentials, staff_username

from ui.admin.server_box import ServerBox
from ui.common.action_dialog import ActionDialog, Field
from ui.common.country_box import country_combo, fill_countries
from ui.common.history_dialog import HistoryDialog, open_history
from ui.common.operations import Op, follow_changes
from ui.common.widgets import set_combo_data, show_message
from ui.common.write_gate import mark_writing
from ui.shell import i18n, labels


class SettingsView(QWidget):
    branch_changed = Signal()
    staff_changed = Signal()
    backup_requested = Signal()
    restore_requested = Signal(object)  # Path
    language_chosen = Signal(str)
    server_chosen = Signal(str)  # database URL for the next start; "" = this PC's own file

    def __init__(self, actor_getter: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor_getter = actor_getter
        follow_changes(self, self.show_saved)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Branch settings"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

        row = QHBoxLayout()
        outer.addLayout(row, 1)
        branch_box = QGroupBox(self.tr("Branch"), self)
        form = QFormLayout(branch_box)
        self.name = QLineEdit(branch_box)
        self.code = QLineEdit(branch_box)
        self.code.setToolTip(self.tr("Starts every register number, e.g. BR01-202603-0001"))
        self.address = QLineEdit(branch_box)
        self.head_name = QLineEdit(branch_box)
        self.country = country_combo(branch_box)
        self.country.setToolTip(
            self.tr(
                "Sets the public holidays, the currency, the deadline policy and the emergency numbers"
            )
        )
        self.country.activated.connect(self._country_chosen)
        self.currency = QLineEdit(branch_box)
        self.deadline_preset = QComboBox(branch_box)
        # "Vietnam consumer law (7 working days)" whole, not cut at the box's edge.
        self.deadline_preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The number of days is the custom policy's only: offered with it alone.
        self.deadline_preset.currentIndexChanged.connect(self._custom_days_offered)
        self.custom_days = QSpinBox(branch_box)
        self.custom_days.setRange(1, 365)
        self.category_preset = QComboBox(branch_box)
        form.addRow(self.tr("Branch name"), self.name)
        form.addRow(self.tr("Branch code"), self.code)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Branch head"), self.head_name)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Deadline policy"), self.deadline_preset)
        form.addRow(self.tr("Custom: working days"), self.custom_days)
        form.addRow(self.tr("Categories"), self.category_preset)
        self.allow_pin = QCheckBox(self.tr("Clerks may sign in with a 6-digit PIN"), branch_box)
        self.idle_minutes = QSpinBox(branch_box)
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.retention_years = QSpinBox(branch_box)
        self.retention_years.setRange(1, 30)
        form.addRow("", self.allow_pin)
        form.addRow(self.tr("Lock the screen after"), self.idle_minutes)
        form.addRow(self.tr("Keep personal data (years)"), self.retention_years)
        # Where the customer letters send an unhappy customer: shown to all, changed by a manager.
        referral_row = QHBoxLayout()
        self.referral_text = QLabel(branch_box)
        self.referral_text.setWordWrap(True)
        self.referral_text.setMinimumHeight(3 * self.referral_text.fontMetrics().lineSpacing())
        self.referral_button = QPushButton(self.tr("Change..."), branch_box)
        self.referral_button.clicked.connect(self.edit_referral)
        referral_row.addWidget(self.referral_text, 1)
        referral_row.addWidget(self.referral_button)
        form.addRow(referral_row)  # across both columns: a long name wraps, not the form
        emergency_row = QHBoxLayout()
        self.emergency_text = QLabel(branch_box)
        self.emergency_text.setWordWrap(True)
        self.emergency_text.setMinimumHeight(3 * self.emergency_text.fontMetrics().lineSpacing())
        self.emergency_button = QPushButton(self.tr("Change..."), branch_box)
        self.emergency_button.clicked.connect(self.edit_emergency)
        emergency_row.addWidget(self.emergency_text, 1)
        emergency_row.addWidget(self.emergency_button)
        form.addRow(emergency_row)
        self.language = QComboBox(branch_box)
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        form.addRow(self.tr("Language of this PC"), self.language)
        self.anonymise_button = QPushButton(self.tr("Anonymise old personal data..."), branch_box)
        self.anonymise_button.clicked.connect(self.ask_anonymise)
        form.addRow("", self.anonymise_button)
        self.save_button = QPushButton(self.tr("Save settings"), branch_box)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_branch)
        self.branch_history_button = QPushButton(self.tr("History of the settings..."), branch_box)
        self.branch_history_button.clicked.connect(self.show_branch_history)
        # Under the branch's column, outside its scrolling: Save is always in sight.
        branch_buttons = QHBoxLayout()
        branch_buttons.addWidget(self.branch_history_button)
        branch_buttons.addStretch(1)
        branch_buttons.addWidget(self.save_button)
        # At 1366x768 the branch's rows do not all fit: they scroll rather than squeeze
        # into one another (a wrapped name over the next row).
        branch_scroll = QScrollArea(self)
        branch_scroll.setWidgetResizable(True)
        branch_scroll.setFrameShape(QFrame.Shape.NoFrame)
        branch_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        branch_scroll.setWidget(branch_box)
        branch_scroll.setMinimumWidth(
            branch_box.minimumSizeHint().width()
            + branch_scroll.verticalScrollBar().sizeHint().width()
        )
        branch_column = QVBoxLayout()
        branch_column.addWidget(branch_scroll, 1)
        branch_column.addLayout(branch_buttons)
        row.addLayout(branch_column, 4)

        staff_box = QGroupBox(self.tr("Staff"), self)
        staff_layout = QVBoxLayout(staff_box)
        self.staff_list = QListWidget(staff_box)
        staff_layout.addWidget(self.staff_list, 1)
        add_row = QHBoxLayout()
        self.new_name = QLineEdit(staff_box)
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_role = QComboBox(staff_box)
        for role in ROLES:
            self.new_role.addItem(labels.name("role", role), role)
        self.add_button = QPushButton(self.tr("Add"), staff_box)
        self.add_button.clicked.connect(self.add_member)
        self.new_name.returnPressed.connect(self.add_member)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_role)
        add_row.addWidget(self.add_button)
        staff_layout.addLayout(add_row)
        self.toggle_button = QPushButton(self.tr("Deactivate / reactivate selected"), staff_box)
        self.toggle_button.clicked.connect(self.toggle_member)
        staff_layout.addWidget(self.toggle_button)
        self.credentials_button = QPushButton(self.tr("Set sign-in of selected..."), staff_box)
        self.credentials_button.clicked.connect(self.set_credentials)
        staff_layout.addWidget(self.credentials_button)
        self.staff_history_button = QPushButton(self.tr("History of selected..."), staff_box)
        self.staff_history_button.clicked.connect(self.show_staff_history)
        mark_writing(
            self.save_button,
            self.referral_button,
            self.emergency_button,
            self.anonymise_button,
            self.add_button,
            self.toggle_button,
            self.credentials_button,
        )
        staff_layout.addWidget(self.staff_history_button)
        self.dialog: ActionDialog | None = None
        row.addWidget(staff_box, 3)

        self.server = ServerBox(actor_getter, self)
        self.server.chosen.connect(self.server_chosen.emit)
        # The server's column grows with its messages: it scrolls rather than squeezes.
        server_scroll = QScrollArea(self)
        server_scroll.setWidgetResizable(True)
        server_scroll.setFrameShape(QFrame.Shape.NoFrame)
        server_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        server_scroll.setWidget(self.server)
        row.addWidget(server_scroll, 3)

        data_box = QGroupBox(self.tr("Your data"), self)
        data_layout = QHBoxLayout(data_box)
        self.last_backup = QLabel(data_box)
        self.last_backup.setWordWrap(True)
        # The folder and the last backup, whole: two lines, each may wrap once.
        self.last_backup.setMinimumHeight(3 * self.last_backup.fontMetrics().lineSpacing())
        self.backup_button = QPushButton(self.tr("Back up now"), data_box)
        self.restore_button = QPushButton(self.tr("Restore..."), data_box)
        self.folder_button = QPushButton(self.tr("Second copy to folder..."), data_box)
        data_layout.addWidget(self.last_backup, 1)
        for button in (self.backup_button, self.restore_button, self.folder_button):
            data_layout.addWidget(button)
        outer.addWidget(data_box)
        self.backup_button.clicked.connect(self.backup_requested.emit)
        self.restore_button.clicked.connect(self.choose_restore)
        self.folder_button.clicked.connect(self.choose_folder)
        self.data_dir: Path | None = None
        self.store_url = ""  # the database this start works on
        self.server_setting: Callable[[], str] = lambda: ""  # this PC's stored choice
        self.file_dialog: QFileDialog | None = None

    def _apply_role(self, manager: bool) -> None:
        self.credentials_button.setText(
            self.tr("Set sign-in of selected...") if manager else self.tr("Change my sign-in...")
        )
        """Branch settings and staff are a manager's: a clerk sees them, read-only, and
        may change only their own sign-in and this PC's language (the domain refuses the
        rest whichever way it is asked)."""
        widget: QWidget
        for widget in (
            self.name,
            self.code,
            self.address,
            self.head_name,
            self.country,
            self.currency,
            self.deadline_preset,
            self.custom_days,
            self.category_preset,
            self.allow_pin,
            self.idle_minutes,
            self.retention_years,
        ):
            widget.setEnabled(manager)
        for widget in (
            self.save_button,
            self.anonymise_button,
            self.referral_button,
            self.emergency_button,
            self.branch_history_button,
            self.new_name,
            self.new_role,
            self.add_button,
            self.toggle_button,
            self.staff_history_button,
        ):
            widget.setVisible(manager)

    def _custom_days_offered(self) -> None:
        """The number of days belongs to the custom policy alone (and to a manager)."""
        self.custom_days.setEnabled(
            self._actor_getter().is_manager and self.deadline_preset.currentData() == "custom"
        )

    def refresh(self) -> None:
        self._apply_role(self._actor_getter().is_manager)
        self.show_last_backup()
        self.server.setVisible(self._actor_getter().is_manager)
        self.server.show_setting(self.server_setting(), self.store_url, self.data_dir)
        self.language.setCurrentIndex(max(0, self.language.findData(labels.language())))
        b = get_branch()
        self.name.setText(b.name)
        self.code.setText(b.code)
        self.address.setText(b.address)
        self.head_name.setText(b.head_name)
        fill_countries(self.country, b.country)
        self.currency.setText(b.currency)
        self.deadline_preset.clear()
        for code in deadlines.PRESETS:
            self.deadline_preset.addItem(labels.name("deadline_preset", code), code)
        set_combo_data(self.deadline_preset, b.deadline_preset)
        self.custom_days.setValue(b.custom_days)
        self._custom_days_offered()
        self.allow_pin.setChecked(b.allow_pin)
        self.idle_minutes.setValue(b.idle_minutes)
        self.retention_years.setValue(b.retention_years)
        self.category_preset.clear()
        for preset in categories.available_presets():
            self.category_preset.addItem(
                pick(categories.load(preset).names, labels.language()), preset
            )
        set_combo_data(self.category_preset, b.category_preset)
        self.show_saved()

    def show_saved(self) -> None:
        """What others may have changed meanwhile, without touching the branch form being
        typed in: the referral and emergency numbers, the last backup, the staff list
        (after every write, on the app's ``changed``)."""
        self.show_last_backup()
        self.show_referral()
        self.show_emergency()
        keep = self.staff_list.currentItem()
        keep_id = keep.data(Qt.ItemDataRole.UserRole) if keep is not None else None
        self.staff_list.clear()
        for member in list_staff(include_inactive=True):
            text = f"{member.name}  ·  {labels.name('role', member.role)}"
            if not member.active:
                inactive = self.tr("inactive")
                text += f"  ·  {inactive}"
            item = QListWidgetItem(text, self.staff_list)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, member.active)
            if member.id == keep_id:
                self.staff_list.setCurrentItem(item)

    def _signed_in_manager(self) -> bool:
        """A manager is signed in (a backup may finish after everyone signed out)."""
        try:
            return self._actor_getter().is_manager
        except DomainError:
            return False

    def say(self, text: str, error: bool = False) -> None:
        self._say(text, error)

    def on_server(self) -> bool:
        return bool(self.store_url) and sqlite_path(self.store_url) is None

    def show_last_backup(self) -> None:
        on_server = self.on_server()
        manager = self._signed_in_manager()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            button.setEnabled(not on_server)
        # A restore and the second folder hand a full copy of the register around.
        self.restore_button.setVisible(manager)
        self.folder_button.setVisible(manager)
        if on_server:
            self.last_backup.setText(
                self.tr(
                    "This PC works on the branch server, so the register is backed up there with "
                    "pg_dump (the README shows how). These buttons are for a register file on "
                    "this PC only."
                )
            )
            return
        if self.data_dir is None:
            self.last_backup.setText("")
            return
        found = list_backups(self.data_dir)
        where = str(self.data_dir)
        if found:
            taken, _reason, path = found[0]
            text = (
                self.tr("Data folder: %1\nNewest backup: %2 (%3)")
                .replace("%1", where)
                .replace("%2", f"{taken:%Y-%m-%d %H:%M}")
                .replace("%3", path.name)
            )
        else:
            text = self.tr("Data folder: %1\nNo backup yet.").replace("%1", where)
        second = get_branch().second_backup_folder
        if second:
            text += "\n" + self.tr("Each backup is also copied to %1").replace("%1", second)
        self.last_backup.setText(text)

    @Slot()
    def choose_restore(self) -> None:
        start = str(self.data_dir / "backups") if self.data_dir else str(Path.home())
        self.file_dialog = QFileDialog(self, self.tr("Choose a backup to restore"), start)
        self.file_dialog.setNameFilter(self.tr("Complaint Book backups (*.sqlite3)"))
        self.file_dialog.fileSelected.connect(lambda name: self.confirm_restore(Path(name)))
        self.file_dialog.open()

    @Slot(object)
    def confirm_restore(self, path: Path) -> None:
        """Replacing the register is asked about first (it is backed up beforehand)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the register with the backup %1? Everyone signs in again afterwards; "
                "the register as it is now is backed up first."
            ).replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.restore_requested.emit(path))
        self.confirm_box = box
        box.open()

    @Slot()
    def choose_folder(self) -> None:
        self.file_dialog = QFileDialog(
            self, self.tr("Folder for a second copy of each backup (e.g. a USB stick)")
        )
        self.file_dialog.setFileMode(QFileDialog.FileMode.Directory)
        self.file_dialog.fileSelected.connect(self.set_second_folder)
        self.file_dialog.open()

    @Slot(str)
    def set_second_folder(self, folder: str) -> None:
        """A branch setting (audited, a manager's): a full copy of the register lands there."""
        actor = self._actor_getter()
        Op(self, lambda: update_branch(actor, second_backup_folder=folder)).success(
            lambda _r: self._say(self.tr("Each backup is also copied to %1").replace("%1", folder))
        ).failure(self._refused).run()

    def _refused(self, text: str, _exc: BaseException) -> None:
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error)

    @Slot(int)
    def _country_chosen(self, _index: int) -> None:
        """A country brings its currency and deadline policy (both can still be changed)."""
        found = countries.find(str(self.country.currentData() or ""))
        if found is None:
            return
        self.currency.setText(found.currency)
        set_combo_data(
            self.deadline_preset, found.deadline_policy(str(self.category_preset.currentData()))
        )

    @Slot()
    def save_branch(self) -> None:
        before = get_branch().category_preset
        actor = self._actor_getter()
        values = dict(
            name=self.name.text(),
            code=self.code.text(),
            address=self.address.text(),
            head_name=self.head_name.text(),
            country=str(self.country.currentData() or ""),
            currency=self.currency.text(),
            deadline_preset=self.deadline_preset.currentData(),
            custom_days=self.custom_days.value(),
            allow_pin=self.allow_pin.isChecked(),
            idle_minutes=self.idle_minutes.value(),
            retention_years=self.retention_years.value(),
            category_preset=self.category_preset.currentData(),
        )
        Op(self, lambda: update_branch(actor, **values)).success(
            lambda _r: self._branch_saved(before)
        ).failure(self._refused).run()

    def _branch_saved(self, before: str) -> None:
        self._say(self.tr("Settings saved."))
        self.refresh()  # the form shows what was kept (trimmed, in its own words)
        self.branch_changed.emit()
        preset = get_branch().category_preset
        if preset != before and replies.differs_from_preset(preset):
            self.offer_replies_switch(preset)

    def offer_replies_switch(self, preset: str) -> None:
        """The categories changed: the standard replies of the old kind of business would
        be offered for complaints they do not fit, so switching them is offered at once."""
        name = pick(categories.load(preset).names, labels.language())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Standard replies"),
            self.tr(
                "The categories are now those of: %1. Switch the standard replies to theirs "
                "too? Replies that do not fit are retired (kept, not deleted)."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self.switch_replies(preset))
        self.replies_box = box
        box.open()

    def switch_replies(self, preset: str) -> None:
        actor = self._actor_getter()
        Op(self, lambda: replies.switch_to_preset(actor, preset)).success(
            lambda counts: self._say(
                self.tr("Standard replies switched: %1 added, %2 retired.")
                .replace("%1", str(counts[1]))
                .replace("%2", str(counts[0]))
            )
        ).failure(self._refused).run()

    def show_emergency(self) -> None:
        """The numbers the safety exit shows: the branch country's, or a manager's own."""
        numbers = emergency_numbers()
        police = numbers.police + (f" ({numbers.also})" if numbers.also else "")
        text = (
            self.tr("Safety exit numbers: police %1 · ambulance %2 · fire %3")
            .replace("%1", police or "?")
            .replace("%2", numbers.ambulance or "?")
            .replace("%3", numbers.fire or "?")
        )
        if not get_branch().emergency:
            text += " " + self.tr("(the country's)")
        self.emergency_text.setText(text)

    @Slot()
    def edit_emergency(self) -> None:
        numbers = emergency_numbers()
        fields = [
            Field("police", self.tr("Police"), default=numbers.police),
            Field("ambulance", self.tr("Ambulance"), default=numbers.ambulance),
            Field("fire", self.tr("Fire"), default=numbers.fire),
            Field("also", self.tr("Police also on (optional)"), default=numbers.also),
        ]

        def save(values: dict[str, object]) -> None:
            set_emergency(
                self._actor_getter(),
                countries.Emergency(
                    str(values["police"]),
                    str(values["ambulance"]),
                    str(values["fire"]),
                    str(values["also"]),
                ),
            )

        self.dialog = ActionDialog(
            self.tr("Emergency numbers for the safety exit"),
            fields,
            save,
            self,
            self.tr(
                "The safety exit tells staff whom to call when a customer threatens or turns "
                "violent. The numbers follow the branch's country, in every language."
            ),
        )
        dialog = self.dialog
        default_button = dialog.buttons.addButton(
            self.tr("Country default"), QDialogButtonBox.ButtonRole.ResetRole
        )

        def fill_default() -> None:
            found = countries.find(get_branch().country)
            if found is None:
                return
            for key in ("police", "ambulance", "fire", "also"):
                widget = dialog.widgets[key]
                if isinstance(widget, QLineEdit):
                    widget.setText(getattr(found.emergency, key))

        default_button.clicked.connect(fill_default)
        dialog.done_ok.connect(self._emergency_saved)
        dialog.open()

    def _emergency_saved(self) -> None:
        self._say(self.tr("Settings saved."))

    def show_referral(self) -> None:
        """The body the letters name, in this screen's language, and how to reach it."""
        found = letters.branch_referral()
        if found is None:
            self.referral_text.setText(
                self.tr(
                    "Letters refer customers to: not set (no default is known for this "
                    "country), so no letter can be printed."
                )
            )
            self.referral_text.setToolTip("")
            return
        # The name and phone on the screen (the branch box has little room); all of it
        # in the tooltip and in the dialog.
        shown = " · ".join(p for p in (found.name(labels.language()), found.phone) if p)
        self.referral_text.setText(self.tr("Letters refer customers to: %1").replace("%1", shown))
        parts = [shown, found.website]
        if found.months:
            parts.append(self.tr("%1 months").replace("%1", str(found.months)))
        if letters.referral_is_default():
            parts.append(self.tr("the country's default"))
        self.referral_text.setToolTip(" · ".join(p for p in parts if p))

    @Slot()
    def edit_referral(self) -> None:
        """The ombudsman or regulator the letters name, its phone, website and time limit
        (a manager's setting, kept in the audit trail like every branch setting)."""
        current = letters.branch_referral()
        names = i18n.LANGUAGE_NAMES

        def values_of(found: letters.Referral | None) -> dict[str, object]:
            if found is None:
                found = letters.Referral(names={})
            shown: dict[str, object] = {
                f"name_{lang}": found.names.get(lang, "") for lang in LANGUAGES
            }
            shown.update(
                phone=found.phone,
                website=found.website,
                months=found.months,
                waives=found.waives_time_limits,
                leaflet=found.leaflet,
            )
            return shown

        start = values_of(current)
        fields = [
            Field(
                f"name_{lang}",
                self.tr("Name in %1").replace("%1", names[lang]),
                default=start[f"name_{lang}"],
            )
            for lang in LANGUAGES
        ]
        fields += [
            Field("phone", self.tr("Phone"), default=start["phone"]),
            Field("website", self.tr("Website"), default=start["website"]),
            Field(
                "months",
                self.tr("Months to refer a final response (0: none stated)"),
                "int",
                default=start["months"],
                maximum=letters.MONTHS_LIMIT,
            ),
            Field(
                "waives",
                self.tr("We let them consider a complaint referred after their time limits"),
                "check",
                default=start["waives"],
            ),
            Field(
                "leaflet",
                self.tr("Their leaflet goes with every final response"),
                "check",
                default=start["leaflet"],
            ),
        ]

        def save(values: dict[str, object]) -> None:
            letters.set_referral(
                self._actor_getter(),
                letters.Referral(
                    names={lang: str(values[f"name_{lang}"]) for lang in LANGUAGES},
                    phone=str(values["phone"]),
                    website=str(values["website"]),
                    months=int(values["months"]),  # type: ignore[call-overload]
                    waives_time_limits=bool(values["waives"]),
                    leaflet=bool(values["leaflet"]),
                ),
            )

        self.dialog = ActionDialog(
            self.tr("Where the letters send an unhappy customer"),
            fields,
            save,
            self,
            self.tr(
                "Every letter to a customer says whom they may turn to if they are unhappy with "
                "our answer: the ombudsman or the regulator's hotline of the branch's country. "
                "The name is printed in the language of the letter."
            ),
        )
        dialog = self.dialog
        default_button = dialog.buttons.addButton(
            self.tr("Country default"), QDialogButtonBox.ButtonRole.ResetRole
        )

        def fill_default() -> None:
            branch = get_branch()
            found = letters.default_referral(branch.country, branch.category_preset)
            for key, value in values_of(found).items():
                widget = dialog.widgets[key]
                if isinstance(widget, QLineEdit):
                    widget.setText(str(value))
                elif isinstance(widget, QSpinBox):
                    widget.setValue(int(value))  # type: ignore[call-overload]
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))

        default_button.clicked.connect(fill_default)
        dialog.done_ok.connect(self._referral_saved)
        dialog.open()

    def _referral_saved(self) -> None:
        self._say(self.tr("Settings saved."))

    @Slot()
    def add_member(self) -> None:
        actor, name, role = self._actor_getter(), self.new_name.text(), self.new_role.currentData()
        Op(self, lambda: add_staff(actor, name, role)).success(self._member_added).failure(
            self._refused
        ).run()

    def _member_added(self, added: Staff) -> None:
        self.new_name.clear()
        self._say(self.tr("Staff member added."))
        # The list is sorted: the new person is selected, so "Set sign-in of selected..."
        # next is theirs, never the person who now sits in the row they were added at.
        for i in range(self.staff_list.count()):
            if self.staff_list.item(i).data(Qt.ItemDataRole.UserRole) == added.id:
                self.staff_list.setCurrentRow(i)
        self.staff_changed.emit()

    @Slot()
    def show_branch_history(self) -> None:
        self.history = open_history(
            self,
            self._actor_getter(),
            self.tr("History of the branch settings"),
            "branch",
            get_branch().id,
        )
        if self.history is None:
            self._say(self.tr("Only a manager may read the audit history."), error=True)

    @Slot()
    def show_staff_history(self) -> None:
        item = self.staff_list.currentItem()
        if item is None:
            self._say(self.tr("Select a staff member first."), error=True)
            return
        if not self._actor_getter().is_manager:
            self._say(self.tr("Only a manager may read the audit history."), error=True)
            return
        self.history = HistoryDialog(
            self.tr("History of %1").replace("%1", item.text().split("  ·  ")[0]),
            "staff",
            int(item.data(Qt.ItemDataRole.UserRole)),
            self,
        )
        self.history.open()

    @Slot()
    def ask_anonymise(self) -> None:
        """Show what would change, and change it only when the manager confirms."""
        candidates = retention.preview()
        if not candidates:
            self._say(
                self.tr(
                    "No closed complaint is older than the retention period with personal data left."
                )
            )
            return
        listing = "\n".join(f"{c.register_no} ({c.closed_at:%Y-%m-%d})" for c in candidates[:12])
        more = len(candidates) - 12
        if more > 0:
            listing += "\n" + self.tr("... and %1 more").replace("%1", str(more))
        self.dialog = ActionDialog(
            self.tr("Anonymise personal data"),
            [],
            lambda _values: self._say(
                self.tr("Anonymised %1 complaint(s).").replace(
                    "%1", str(retention.anonymise(self._actor_getter()))
                )
            ),
            self,
            self.tr(
                "Names, phone numbers, ID numbers and care notes of these %1 closed complaint(s) will be "
                "removed. Counts and statistics stay. This cannot be undone."
            ).replace("%1", str(len(candidates)))
            + "\n\n"
            + listing,
        )
        self.dialog.open()

    @Slot()
    def set_credentials(self) -> None:
        """User name, new password and PIN of the selected person (a manager; anyone for themselves)."""
        item: QListWidgetItem | None = self.staff_list.currentItem()
        if not self._actor_getter().is_manager:
            # A clerk sets their own sign-in only, whoever is selected in the list.
            own = self._actor_getter().staff_id
            item = next(
                (
                    self.staff_list.item(i)
                    for i in range(self.staff_list.count())
                    if self.staff_list.item(i).data(Qt.ItemDataRole.UserRole) == own
                ),
                None,
            )
        if item is None:
            self._say(self.tr("Select a staff member first."), error=True)
            return
        staff_id = item.data(Qt.ItemDataRole.UserRole)

        manager = self._actor_getter().is_manager

        def apply(values: dict[str, object]) -> None:
            # One change: the password (and its signing key) is set once, the lockout
            # lifted with it; a clerk setting their own sign-in is not offered to unlock.
            set_credentials(
                self._actor_getter(),
                staff_id,
                username=str(values["username"]) or None,
                password=str(values["password"]) or None,
                pin=str(values["pin"]) or None,
                unlock=manager and bool(values.get("unlock")),
            )

        fields = [
            Field("username", self.tr("User name"), default=staff_username(staff_id)),
            Field("password", self.tr("New password (empty: keep)")),
            Field("pin", self.tr("New 6-digit PIN (clerks; empty: keep)")),
        ]
        if manager:
            fields.append(Field("unlock", self.tr("Also lift a lockout"), "check", default=True))
        self.dialog = ActionDialog(
            self.tr("Sign-in of %1").replace("%1", item.text().split("  ·  ")[0]),
            fields,
            apply,
            self,
            self.tr("Passwords are stored only as Argon2id hashes; nobody can read them back."),
        )
        for key in ("password", "pin"):
            field = self.dialog.widgets[key]
            if isinstance(field, QLineEdit):  # always: both are text fields
                field.setEchoMode(QLineEdit.EchoMode.Password)
        self.dialog.done_ok.connect(lambda: self._say(self.tr("Sign-in saved.")))
        self.dialog.open()

    @Slot()
    def toggle_member(self) -> None:
        item = self.staff_list.currentItem()
        if item is None:
            self._say(self.tr("Select a staff member first."), error=True)
            return
        actor = self._actor_getter()
        staff_id, active = (
            item.data(Qt.ItemDataRole.UserRole),
            item.data(Qt.ItemDataRole.UserRole + 1),
        )
        Op(self, lambda: set_staff_active(actor, staff_id, not active)).success(
            lambda _r: self.staff_changed.emit()
        ).failure(self._refused).run()
