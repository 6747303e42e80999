"""A throwaway PostgreSQL cluster for the test session.

initdb refuses to run as root, so as root the cluster belongs to the ``postgres``
user and both initdb and pg_ctl run through ``runuser``. The cluster listens on
127.0.0.1 and a free port, lives in a temporary folder and is removed afterwards.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Cluster:
    bin_dir: Path
    data_dir: Path
    port: int
    as_user: str | None

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.as_user, "--"] if self.as_user else []
        subprocess.run(prefix + list(command), check=True, capture_output=True, text=True)

    def start(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-p {self.port} -k {self.data_dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-o", options,
                  "-l", str(self.data_dir / "server.log"), "-w", "start")

    def stop(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")


def find_bin_dir() -> Path | None:
    """Debian keeps initdb and pg_ctl in the versioned lib folder, not on PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def new_cluster(bin_dir: Path) -> Cluster:
    as_user = "postgres" if os.geteuid() == 0 else None
    # Not under pytest's tmp folder: that one is private to root and postgres cannot enter it.
    data_dir = Path(tempfile.mkdtemp(prefix="hallplanner-pg-"))
    if as_user:
        shutil.chown(data_dir, user=as_user)
    return Cluster(bin_dir, data_dir, free_port(), as_user)
