"""The branch server's address as a person types it: server PC, port, database, user name
and password. One widget, so the join form at first start and Settings > Branch server
ask the same things in the same words and read them the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from models.storage.server import DEFAULT_PORT, ServerAddress, build_url


class ServerFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.dbname = QLineEdit(self)
        self.dbname.setPlaceholderText("complaints")
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server PC"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.dbname)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text(),
            port=self.port.value(),
            dbname=self.dbname.text(),
            user=self.user.text(),
            password=self.password.text(),
        )

    def url(self) -> str:
        """The typed server as a URL (raises ValidationError for what is missing)."""
        return build_url(self.address())

    def fill(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.dbname.setText(address.dbname)
        self.user.setText(address.user)
        self.password.setText(address.password)
