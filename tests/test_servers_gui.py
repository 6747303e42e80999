"""File → 保存副本到服务器… and 从服务器打开…: the connection dialog, the password file, progress and cancel."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton

from hallplanner.gui.work import Cancelled
from tests.gui_helpers import open_window, settle
from tests.test_transfer import login_with_password, plan_rows

PASSWORD = "right-secret"


def fill_connection(qtbot, window, cluster, database: str, password: str = "", remember: bool = True) -> None:
    def shown() -> list[QDialog]:
        return [dialog for dialog in window.findChildren(QDialog, "connectionDialog") if dialog.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    dialog = shown()[0]
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(cluster.port)
    dialog.database.setText(database)
    dialog.user.setText("copy_clerk")
    dialog.password.setText(password)
    dialog.remember.setChecked(remember)
    qtbot.mouseClick(dialog.findChild(QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def settings_text() -> str:
    QSettings().sync()
    return Path(QSettings().fileName()).read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def server_database(postgres_cluster, postgres_url, tmp_path, monkeypatch):
    """An empty database on the server for a login with a password; the password file in the test's folder."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    database = postgres_url.rsplit("/", 1)[1]
    login_with_password(postgres_cluster, database)
    return database


@pytest.mark.postgres
def test_save_a_copy_to_a_server_then_open_it_from_there(qtbot, sample_copy, postgres_cluster, postgres_url,
                                                          server_database, tmp_path, monkeypatch, messages):
    window = open_window(qtbot, sample_copy)
    window.actions["save_to_server"].trigger()
    fill_connection(qtbot, window, postgres_cluster, server_database, PASSWORD)
    assert messages == []
    assert plan_rows(postgres_url) == plan_rows(sample_copy)

    password_file = tmp_path / "pgpass"
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
    assert password_file.read_text().splitlines() == [
        f"127.0.0.1:{postgres_cluster.port}:{server_database}:copy_clerk:{PASSWORD}"]

    # Again: the server holds a plan now; replaced only when the planner says so.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Cancel)
    window.actions["save_to_server"].trigger()
    fill_connection(qtbot, window, postgres_cluster, server_database)  # the password file knows the password
    assert len(asked) == 1 and "已有一个规划" in asked[0]

    # Opened from the server with the password from the password file alone.
    window.actions["open_from_server"].trigger()
    with qtbot.waitSignal(window.database_opened, timeout=20_000) as opened:
        fill_connection(qtbot, window, postgres_cluster, server_database)
    assert opened.args[0] == f"postgresql+psycopg://copy_clerk@127.0.0.1:{postgres_cluster.port}/{server_database}"
    assert window.catalog.model.total == len(plan_rows(sample_copy)["service_items"])
    text = settings_text()
    assert opened.args[0] in text and server_database in text
    assert PASSWORD not in text


@pytest.mark.postgres
def test_a_password_not_kept_is_used_once_and_written_nowhere(qtbot, sample_copy, postgres_cluster, server_database,
                                                              tmp_path, messages):
    window = open_window(qtbot, sample_copy)
    window.actions["open_from_server"].trigger()
    fill_connection(qtbot, window, postgres_cluster, server_database, "wrong-secret", remember=False)
    qtbot.waitUntil(lambda: bool(messages))
    assert "password authentication failed" in messages[0][1] and "wrong-secret" not in messages[0][1]

    window.actions["save_to_server"].trigger()
    fill_connection(qtbot, window, postgres_cluster, server_database, PASSWORD, remember=False)
    assert window.statusBar().currentMessage().startswith("已把规划复制到服务器")
    assert not (tmp_path / "pgpass").exists()
    assert PASSWORD not in settings_text() and "wrong-secret" not in settings_text()


def test_work_that_counts_shows_how_far_it_got_and_can_be_cancelled(qtbot, sample_copy):
    window = open_window(qtbot, sample_copy)
    outcome = []

    def count(progress):
        for done in range(1_000):
            progress.report(done, 1_000)
            time.sleep(0.01)

    window.session.runner.submit("正在复制…", count, outcome.append, outcome.append, cancellable=True)
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "workProgress") is not None)
    dialog = [window.findChild(QProgressDialog, "workProgress")]
    qtbot.waitUntil(lambda: dialog[0].value() > 0)
    assert dialog[0].maximum() == 1_000
    qtbot.mouseClick(dialog[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], Cancelled)


def test_the_password_file_keeps_other_logins_and_replaces_this_ones(tmp_path, monkeypatch):
    from hallplanner.services.servers import ServerLogin, remember_password

    password_file = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(password_file))
    password_file.write_text("# the DBA's\nother.host:5432:*:admin:s3cret\n")
    password_file.chmod(0o644)
    login = ServerLogin("db.xm.gov.cn", 5433, "规划", "zhang")
    remember_password(login, "old")
    remember_password(login, r"new:pass\word")
    assert password_file.read_text().splitlines() == [
        "# the DBA's", "other.host:5432:*:admin:s3cret", r"db.xm.gov.cn:5433:规划:zhang:new\:pass\\word"]
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600  # libpq ignores a file others can read


@pytest.mark.postgres
def test_replacing_a_plan_on_a_server_names_the_logins_left_without_a_department(qtbot, tmp_path, postgres_cluster,
                                                                                  postgres_url, sample_path, monkeypatch,
                                                                                  messages):
    from hallplanner.cli import main as cli
    from tests.team import Team

    team = Team(postgres_url, sample_path)  # its logins' departments: 公安局 and 人社局 of the sample
    other = tmp_path / "other.sqlite"
    assert cli(["sample", "generate", "--items", "60", "--db", str(other)]) == 0  # no 厦门市人力资源和社会保障局
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window(qtbot, other)
    window.actions["save_to_server"].trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QDialog, "connectionDialog")))
    dialog = next(d for d in window.findChildren(QDialog, "connectionDialog") if d.isVisible())
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(postgres_cluster.port)
    dialog.database.setText(postgres_url.rsplit("/", 1)[1])
    dialog.user.setText("postgres")
    dialog.remember.setChecked(False)
    qtbot.mouseClick(dialog.findChild(QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    settle(qtbot, window)
    [(kind, text)] = messages
    assert kind == "information" and team.hr in text and team.police not in text
    assert plan_rows(postgres_url) == plan_rows(other)
