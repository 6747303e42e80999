"""File → 保存副本到服务器… and 从服务器打开…: the connection dialog, then the work in the background.

The copy runs through the session's work queue with the rows counted in the
progress dialog and a Cancel button (a cancelled copy leaves the server as it
was). A server database that already holds a plan is replaced only after the
planner says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from hallplanner.domain.errors import HallPlannerError, PlanExists
from hallplanner.domain.sign_wording import LIST_SEPARATOR
from hallplanner.gui.actions import connect_handlers
from hallplanner.gui.errors import show_unexpected
from hallplanner.gui.i18n import refusal_text
from hallplanner.gui.servers.dialog import ConnectionDialog, ServerChoice
from hallplanner.gui.session import PlanSession
from hallplanner.gui.work import Cancelled, Progress


class ServerActions(QObject):
    def __init__(self, session: PlanSession, window: QMainWindow, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        connect_handlers(actions, {"save_to_server": self.save_to_server, "open_from_server": self.open_from_server})

    def save_to_server(self) -> None:
        if self.session.database is None:
            return
        dialog = ConnectionDialog(self.tr("保存副本到服务器"), self.tr("复制到服务器"), self.window)
        dialog.accepted.connect(lambda: self._copy(dialog.choice(), force=False))
        dialog.open()

    def open_from_server(self) -> None:
        dialog = ConnectionDialog(self.tr("从服务器打开"), self.tr("打开"), self.window)
        dialog.accepted.connect(lambda: self._open(dialog.choice()))
        dialog.open()

    def _copy(self, choice: ServerChoice, *, force: bool) -> None:
        database = self.session.database
        if database is None:
            return
        place = choice.login.url()

        def work(progress: Progress):
            from hallplanner.services.servers import copy_to_server, remember_password

            if choice.remember:
                remember_password(choice.login, choice.password)
            return copy_to_server(database, choice.url_now(), force=force, progress=progress.report)

        def done(result) -> None:
            self.window.statusBar().showMessage(
                self.tr("已把规划复制到服务器 {place}:{rows} 行,各表行数已核对").format(place=place, rows=result.rows), 15000)
            if result.logins_without_department:
                QMessageBox.information(
                    self.window, self.tr("部门账号已不属于任何部门"),
                    self.tr("新规划中没有这些部门账号原属的部门(按全称),它们已不属于任何部门、不能修改规划,"
                            "请由管理员重新指定部门:{logins}").format(logins=LIST_SEPARATOR.join(result.logins_without_department)))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.window.statusBar().showMessage(self.tr("已取消复制;服务器上原有的内容未作改动"), 8000)
            elif isinstance(exc, PlanExists):
                answer = QMessageBox.question(
                    self.window, self.tr("服务器上已有规划"),
                    self.tr("{place} 中已有一个规划。要用当前规划替换它的全部内容吗?此操作不能撤销。").format(place=place),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel)
                if answer == QMessageBox.StandardButton.Yes:
                    self._copy(choice, force=True)
            elif isinstance(exc, HallPlannerError):
                QMessageBox.warning(self.window, self.tr("无法复制到服务器"), refusal_text(exc))
            else:
                show_unexpected(exc, self.tr("复制未能完成,服务器上的数据库未作改动。"), self.window)

        self.session.runner.submit(self.tr("正在复制到服务器 {}…").format(place), work, done, failed,
                                   cancellable=True)

    def _open(self, choice: ServerChoice) -> None:
        def target() -> str:
            from hallplanner.services.servers import remember_password

            if choice.remember:
                remember_password(choice.login, choice.password)
            return choice.url_now()

        self.session.open(None, target, label=choice.login.url())
