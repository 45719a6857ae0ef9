"""Signing in on the shared counter PC, and the first-start set-up of the branch.

Both are ops (ui/common/operations.py): checking a password (argon2, made slow on
purpose) and, on the branch server, the round trips take seconds, which the window
spends drawing itself rather than frozen; a second Enter meanwhile signs in once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core import countries, deadlines
from models.core.actors import Actor
from models.people.branch import get_branch
from models.trust import auth

from ui.common.country_box import country_combo
from ui.common.operations import Op, busy
from ui.shell import i18n, labels

# The language a branch in each country usually works in: the set-up's first guess.
_USUAL_LANGUAGE = {
    "VN": "vi",
    "CN": "zh_CN",
    "TW": "zh_TW",
    "HK": "zh_HK",
    "MO": "zh_HK",
    "GB": "en",
}


def _card(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(parent)
    card.setObjectName("card")
    card.setMinimumWidth(440)
    card.setMaximumWidth(560)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(28, 24, 28, 24)
    return card, layout


class SignInView(QWidget):
    signed_in = Signal(object)  # Actor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card, layout = _card(self)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.title = QLabel(self.tr("Complaint Book"), card)
        self.title.setObjectName("pageTitle")
        self.branch = QLabel(card)
        self.branch.setObjectName("hint")
        self.notice = QLabel(card)  # why the sign-in shows: locked, a backup restored
        self.notice.setObjectName("infoBox")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = QLabel(card)  # a sign-in refused
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        self.username = QComboBox(card)
        self.username.setEditable(True)
        self.secret = QLineEdit(card)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("password, or PIN if allowed"))
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password or PIN"), self.secret)
        self.button = QPushButton(self.tr("Sign in"), card)
        self.button.setObjectName("primary")
        for widget in (self.title, self.branch, self.notice, self.error):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.button.clicked.connect(self.sign_in)
        self.secret.returnPressed.connect(self.sign_in)

    def prepare(self, message: str = "", place: str = "") -> None:
        """Fresh form: nobody's name or secret left from the last person. ``place`` says
        which register this is (this PC's, or the branch server's)."""
        branch = get_branch()
        self.branch.setText(" · ".join(part for part in (branch.name, branch.code, place) if part))
        self.username.clear()
        for username in auth.usernames():
            self.username.addItem(username)
        self.username.setCurrentIndex(-1)
        self.username.setEditText("")
        self.secret.clear()
        self.notice.setVisible(bool(message))
        self.notice.setText(message)
        self.error.hide()
        self.username.setFocus()

    @Slot()
    def sign_in(self) -> None:
        if busy(self):
            return  # Enter pressed again while the password is being checked
        username, secret = self.username.currentText(), self.secret.text()
        Op(self, lambda: auth.sign_in(username, secret)).success(self._signed_in).failure(
            self._refused
        ).run()

    def _signed_in(self, actor: Actor) -> None:
        self.secret.clear()
        self.notice.hide()
        self.error.hide()
        self.signed_in.emit(actor)

    def _refused(self, text: str, _exc: BaseException) -> None:
        self.secret.clear()
        self.error.setText(text)
        self.error.show()
        self.secret.setFocus()


class SetupView(QWidget):
    """First start: the branch, its deadline policy and language, and the first manager."""

    done = Signal(object)  # Actor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card, layout = _card(self)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        title = QLabel(self.tr("Welcome: set up your branch"), card)
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "This takes a minute. You become the first manager and can add staff afterwards."
            ),
            card,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.error = QLabel(card)
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        self.branch_name = QLineEdit(card)
        self.code = QLineEdit(card)
        self.code.setText("BR01")
        self.country = country_combo(card, "CN")
        self.preset = QComboBox(card)
        for preset in ("bank", "retail"):
            self.preset.addItem(labels.name("category_preset", preset), preset)
        self.deadline = QComboBox(card)
        for code in deadlines.PRESETS:
            self.deadline.addItem(labels.name("deadline_preset", code), code)
        self.follows = QLabel(card)
        self.follows.setObjectName("hint")
        self.follows.setWordWrap(False)
        self.country.currentIndexChanged.connect(self._follow_country)
        self.preset.currentIndexChanged.connect(self._follow_country)
        self._follow_country()
        self.language = QComboBox(card)
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(labels.language())))
        self._language_picked = False
        self.language.activated.connect(self._language_was_picked)
        self.country.activated.connect(self._country_picked)
        self.allow_pin = QCheckBox(self.tr("Clerks may sign in with a 6-digit PIN"), card)
        self.manager_name = QLineEdit(card)
        self.username = QLineEdit(card)
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(card)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        for label, widget in (
            (self.tr("Branch name"), self.branch_name),
            (self.tr("Branch code"), self.code),
            (self.tr("Country"), self.country),
            (self.tr("Kind of business"), self.preset),
            (self.tr("Deadline policy"), self.deadline),
            ("", self.follows),
            (self.tr("Language"), self.language),
            ("", self.allow_pin),
            (self.tr("Your name"), self.manager_name),
            (self.tr("User name"), self.username),
            (self.tr("Password"), self.password),
            (self.tr("Password again"), self.confirm),
        ):
            form.addRow(label, widget)
        self.button = QPushButton(self.tr("Set up and sign in"), card)
        self.button.setObjectName("primary")
        for widget in (title, intro, self.error):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.button.clicked.connect(self.finish)
        self.confirm.returnPressed.connect(self.finish)
        self._card = card
        self._refit()

    def _refit(self) -> None:
        """The card as tall as its rows ask: given only the height its wrapped text was
        first measured at, the form drew the hint under the next row."""
        self._card.setMinimumHeight(0)
        self._card.setMinimumHeight(self._card.sizeHint().height())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    @Slot()
    def _follow_country(self) -> None:
        """The country and the kind of business choose the deadline policy and currency;
        the policy can still be changed here, and all of it later in Settings."""
        country = countries.find(str(self.country.currentData()))
        if country is None:
            return
        preset = str(self.preset.currentData())
        self.deadline.setCurrentIndex(
            max(0, self.deadline.findData(country.deadline_policy(preset)))
        )
        # Two lines of its own, not wrapped: a wrapped hint was drawn under the next row.
        self.follows.setText(
            self.tr("Currency %1; public holidays of %2;")
            .replace("%1", country.currency)
            .replace("%2", country.name(labels.language()))
            + "\n"
            + self.tr("categories and standard replies of: %1.").replace(
                "%1", labels.name("category_preset", preset)
            )
        )

    @Slot()
    def _language_was_picked(self) -> None:
        self._language_picked = True

    @Slot()
    def _country_picked(self) -> None:
        """The country's usual language for this PC, until someone picks one themselves."""
        usual = _USUAL_LANGUAGE.get(str(self.country.currentData()))
        if usual is not None and not self._language_picked:
            self.language.setCurrentIndex(max(0, self.language.findData(usual)))

    @Slot()
    def finish(self) -> None:
        if busy(self):
            return  # pressed again while the branch is being set up
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ; type them again."))
            self.error.show()
            self._refit()
            self.password.clear()
            self.confirm.clear()
            self.password.setFocus()
            return
        branch: dict[str, object] = {
            "name": self.branch_name.text(),
            "code": self.code.text(),
            "country": self.country.currentData(),
            "currency": countries.get(str(self.country.currentData())).currency,
            "category_preset": self.preset.currentData(),
            "deadline_preset": self.deadline.currentData(),
            "allow_pin": self.allow_pin.isChecked(),
        }
        name, username, password = (
            self.manager_name.text(),
            self.username.text(),
            self.password.text(),
        )
        Op(self, lambda: auth.set_up(branch, name, username, password)).success(
            self.done.emit
        ).failure(self._refused).run()

    def _refused(self, text: str, _exc: BaseException) -> None:
        self.error.setText(text)
        self.error.show()
        self._refit()
