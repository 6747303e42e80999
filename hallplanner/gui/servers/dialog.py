"""Where the team's server is: host, port, database, login and password, in one dialog.

The details other than the password are remembered in the settings for next time.
The password is never: when the planner keeps it, it goes into PostgreSQL's own
password file (``services.servers.remember_password``, in the background).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hallplanner.gui import settings as app_settings
from hallplanner.services.servers import DEFAULT_PORT, ServerLogin, password_file


@dataclass(frozen=True)
class ServerChoice:
    login: ServerLogin
    password: str  # empty: the password file (or the server) needs none from the planner
    remember: bool  # keep the password in PostgreSQL's password file

    def url_now(self) -> str:
        """The URL for the connection about to be made: with the password only when it is not kept in the file."""
        return self.login.url(None if self.remember else self.password)


def _shown(path: Path) -> str:
    """A path in the home folder as ``~/…``, as planners know it."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class ConnectionDialog(QDialog):
    def __init__(self, title: str, action: str, parent: QWidget) -> None:
        super().__init__(parent, objectName="connectionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the choice is read as it is accepted
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        last = app_settings.last_server()
        self.host = QLineEdit(last.get("host", ""), objectName="serverHost", placeholderText="db.example.gov.cn")
        self.port = QSpinBox(objectName="serverPort", minimum=1, maximum=65535)
        self.port.setValue(int(last.get("port", DEFAULT_PORT)))
        self.database = QLineEdit(last.get("database", ""), objectName="serverDatabase", placeholderText="hallplanner")
        self.user = QLineEdit(last.get("user", ""), objectName="serverUser")
        self.password = QLineEdit(objectName="serverPassword", echoMode=QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("在本机记住密码(写入 PostgreSQL 密码文件,仅本人可读)"),
                                  objectName="rememberPassword", checked=True)
        note = QLabel(self.tr("密码不写入 HallPlanner 的设置。记住的密码保存在 {}。").format(_shown(password_file())),
                      wordWrap=True, objectName="passwordNote")
        self.problem = QLabel(objectName="connectionProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("服务器:"), self.host)
        form.addRow(self.tr("端口:"), self.port)
        form.addRow(self.tr("数据库:"), self.database)
        form.addRow(self.tr("用户名:"), self.user)
        form.addRow(self.tr("密码:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("connectButton")
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for field in (self.host, self.database, self.user):
            if not field.text():
                field.setFocus()
                break
        else:
            self.password.setFocus()

    def choice(self) -> ServerChoice:
        login = ServerLogin(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                            self.user.text().strip())
        return ServerChoice(login, self.password.text(), self.remember.isChecked() and bool(self.password.text()))

    def _accept_if_complete(self) -> None:
        login = self.choice().login
        empty = next((label for label, value in ((self.tr("服务器"), login.host), (self.tr("数据库"), login.database),
                                                 (self.tr("用户名"), login.user)) if not value), None)
        if empty:
            self.problem.setText(self.tr("请填写{}").format(empty))
            self.problem.show()
            return
        app_settings.remember_server(host=login.host, port=login.port, database=login.database, user=login.user)
        self.accept()
