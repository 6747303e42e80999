"""Whether a database file lies on a network file system, where SQLite's WAL is unsafe.

WAL keeps its index in memory that every process maps from the ``-shm`` file.
A network file system does not share that memory between computers, so two
planners on two machines could each miss the other's writes and corrupt the
file; there SQLite must use its rollback journal. Detection is by the mount
table on Linux and the drive type on Windows; elsewhere a file counts as local.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath

MOUNTINFO = Path("/proc/self/mountinfo")
# Linux file system types that reach another machine (FUSE ones carry a "fuse." prefix).
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "9p", "afs", "coda", "ceph", "glusterfs", "lustre",
    "gpfs", "davfs", "fuse.sshfs", "fuse.glusterfs", "fuse.ceph", "fuse.rclone", "fuse.davfs2", "fuse.s3fs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


def network_location(path: Path) -> str | None:
    """What makes ``path`` a network location (a file system type, a share), or None when local."""
    if sys.platform == "win32":
        return windows_network_drive(PureWindowsPath(path), _windows_drive_type)
    try:
        mountinfo = os.fsdecode(MOUNTINFO.read_bytes())
    except OSError:  # no /proc (macOS, BSD): no way to tell, so local
        return None
    return linux_network_filesystem(PurePosixPath(path), mountinfo)


def linux_network_filesystem(path: PurePosixPath, mountinfo: str) -> str | None:
    """The network file system type holding the absolute ``path``, per a /proc/self/mountinfo text.

    The deepest mount point above the path decides; of two mounts on the same point
    the later one, which hides the earlier.
    """
    found, depth = None, -1
    for line in mountinfo.splitlines():
        fields = line.split(" ")
        if "-" not in fields[6:] or len(fields) < 10:
            continue
        mount_point = PurePosixPath(_unescape(fields[4]))
        if path.is_relative_to(mount_point) and len(mount_point.parts) >= depth:
            found, depth = fields[fields.index("-", 6) + 1], len(mount_point.parts)
    return found if found in NETWORK_TYPES else None


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (``\\040``)."""
    return re.sub(r"\\([0-7]{3})", lambda match: chr(int(match.group(1), 8)), field)


def windows_network_drive(path: PureWindowsPath, drive_type: Callable[[str], int]) -> str | None:
    """The share or network drive ``path`` is on (``\\\\server\\share``, ``Z:``), or None."""
    drive = path.drive
    if drive.startswith("\\\\"):
        return drive
    return drive if drive and drive_type(drive + "\\") == DRIVE_REMOTE else None


def _windows_drive_type(root: str) -> int:
    import ctypes  # here: only Windows needs it, and every open on other systems would pay for it

    return ctypes.windll.kernel32.GetDriveTypeW(root)
