"""Shared fixtures.

Qt needs a platform before the first Qt import: without a display the test
process aborts, so the offscreen platform is set here, first.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from hallplanner.bundled import sample_database  # noqa: E402
from hallplanner.db.database import Database, open_database  # noqa: E402
from hallplanner.db.transfer import copy_rows  # noqa: E402
from tests.postgres_cluster import find_bin_dir, new_cluster  # noqa: E402

_database_names = itertools.count(1)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path, monkeypatch):
    """Settings, data and log folders live in the test's tmp folder, never the user's.

    Every test gets them, GUI or not: the command line starts the GUI too, and a
    test that forgot would read or overwrite the developer's own recent files.
    """
    from PySide6.QtCore import QSettings

    from hallplanner.gui.app import configure_application

    for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(variable, str(tmp_path / folder))
    configure_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def messages(monkeypatch):
    """What the window told the planner in message boxes (they would block a test)."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *rest, k=kind: shown.append((k, text)))
    return shown


@pytest.fixture(scope="session")
def postgres_cluster():
    """One PostgreSQL server for the whole session; each test gets its own database in it.

    CI must have the server (``.ci/run`` installs it); elsewhere the PostgreSQL
    variants are skipped with the reason.
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) are missing")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    cluster = new_cluster(bin_dir)
    cluster.start()
    yield cluster
    cluster.stop()
    shutil.rmtree(cluster.data_dir, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_cluster) -> str:
    """The URL of a new, empty database on the session's server."""
    name = f"hallplanner_test_{next(_database_names)}"
    admin = create_engine(postgres_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return postgres_cluster.url(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_target(request, tmp_path) -> str:
    """Where a new database goes: a SQLite file, or a database on the PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "plan.sqlite")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def empty_db(database_target) -> Database:
    """A new database with the current schema and no rows, on each backend."""
    db = open_database(database_target, create=True)
    yield db
    db.close()


@pytest.fixture
def plan(request, tmp_path, sample_path):
    """The Xiamen sample, writable: a SQLite copy, or copied into a PostgreSQL database."""
    source = open_database(sample_path, readonly=True)
    if request.param == "sqlite":
        target = open_database(tmp_path / "plan.sqlite", create=True)
    else:
        target = open_database(request.getfixturevalue("postgres_url"), create=True)
    copy_rows(source, target)
    source.close()
    yield target
    target.close()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The committed Xiamen sample; tests only read it."""
    return sample_database()


@pytest.fixture
def sample_copy(tmp_path, sample_path) -> Path:
    """A private copy of the sample that a test may change."""
    copy = tmp_path / "xiamen.sqlite"
    shutil.copyfile(sample_path, copy)
    return copy
