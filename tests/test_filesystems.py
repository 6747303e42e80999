"""A database on a network drive uses SQLite's rollback journal, never WAL, and the planner is told."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from hallplanner.db import filesystems
from hallplanner.db.database import open_database
from hallplanner.db.schema import ServiceItem
from hallplanner.db.filesystems import DRIVE_REMOTE, linux_network_filesystem, windows_network_drive
from hallplanner.domain.errors import HallPlannerError

# /proc/self/mountinfo as Linux writes it: optional fields vary in number, a space in a
# mount point is written \040, and a later mount on the same point hides the earlier one.
MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro
40 22 0:35 / /home rw,relatime shared:20 - ext4 /dev/sda2 rw
41 22 0:36 / /mnt/规划\\040共享 rw,relatime shared:21 master:3 - nfs4 nas:/export/plans rw,vers=4.2
42 41 0:37 / /mnt/规划\\040共享/本地 rw - ext4 /dev/sdb1 rw
43 22 0:38 / /media/team rw,nosuid,nodev shared:30 - fuse.sshfs team@host:/plans rw,user_id=1000
44 22 0:39 / /srv/plans rw - cifs //nas/plans rw,vers=3.1.1
45 44 0:40 / /srv/plans rw - tmpfs tmpfs rw
46 22 0:41 / /mnt/wsl/c rw,noatime - 9p C:\\134 rw,aname=drvfs
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/lin/plan.sqlite", None),
        ("/mnt/规划 共享/2024/plan.sqlite", "nfs4"),
        ("/mnt/规划 共享/本地/plan.sqlite", None),  # a local disk mounted inside the share
        ("/mnt/规划 共享x/plan.sqlite", None),  # a sibling whose name only starts the same
        ("/media/team/plan.sqlite", "fuse.sshfs"),
        ("/srv/plans/plan.sqlite", None),  # the share is hidden by a later mount
        ("/mnt/wsl/c/Users/lin/plan.sqlite", "9p"),
    ],
)
def test_network_file_systems_are_found_in_the_linux_mount_table(path, network):
    assert linux_network_filesystem(PurePosixPath(path), MOUNTINFO) == network


def test_network_drives_on_windows():
    drive_types = {"C:\\": 3, "Z:\\": DRIVE_REMOTE}
    assert windows_network_drive(PureWindowsPath(r"\\nas\plans\厦门.sqlite"), drive_types.get) == r"\\nas\plans"
    assert windows_network_drive(PureWindowsPath(r"Z:\plans\厦门.sqlite"), drive_types.get) == "Z:"
    assert windows_network_drive(PureWindowsPath(r"C:\Users\lin\厦门.sqlite"), drive_types.get) is None


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks the drive type, not a mount table")
def test_a_database_on_a_network_drive_uses_the_rollback_journal(tmp_path, sample_copy, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
                         f"41 22 0:36 / {share} rw shared:21 - nfs4 nas:/export/plans rw\n", encoding="utf-8")
    monkeypatch.setattr(filesystems, "MOUNTINFO", mountinfo)

    local = open_database(sample_copy)  # a working copy, edited on a local disk (in WAL mode)
    assert local.notes == []
    with local.transaction() as session:
        session.get(ServiceItem, 1).annual_volume = 1234
    local.close()
    path = share / "plan.sqlite"
    path.write_bytes(sample_copy.read_bytes())
    assert path.read_bytes()[18:20] == b"\x02\x02"

    colleague = sqlite3.connect(path)  # someone still has it open, in WAL mode: refused, not risked
    colleague.execute("SELECT count(*) FROM service_items").fetchone()
    with pytest.raises(HallPlannerError, match="database is locked"):
        open_database(path)
    colleague.close()

    db = open_database(path)
    [note] = db.notes
    assert "网络驱动器" in note and "nfs4" in note and str(path) in note and "PostgreSQL" in note
    with db.transaction() as session:
        session.get(ServiceItem, 1).annual_volume = 4321
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in share.iterdir()) == ["plan.sqlite"]  # no -wal, no -shm
    db.close()

    reopened = open_database(path, readonly=True)
    with reopened.reading() as session:
        assert session.get(ServiceItem, 1).annual_volume == 4321
    reopened.close()
