"""What the machine lacks for the GUI, said in one line before Qt finds out the hard way.

Without a display, or without a library its xcb platform plugin needs, Qt aborts
the whole process (exit 134, core dump) while creating the QApplication, with a
message that names libxcb-cursor0 whatever is missing. ``gui_start_problem`` runs
before that; it takes the environment and ``ldd``'s report as arguments so tests
can play any machine. Without a Chinese font Qt starts but draws boxes:
``warn_if_no_chinese_font`` says so once the QApplication exists.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

# The platform plugins that need a display server, and the variable that names it.
_DISPLAY_VARIABLES = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}

# Debian names a library's package after its soname (libxcb-icccm.so.4 → libxcb-icccm4,
# libX11.so.6 → libx11-6); these libraries that Qt's xcb plugin loads are packaged otherwise.
_DEBIAN_PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGLdispatch.so.0": "libglvnd0",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libz.so.1": "zlib1g",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
}

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found\s*$", re.MULTILINE)


def _platforms_to_try(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt 6 tries, in its order, as far as the environment decides them."""
    # QT_QPA_PLATFORM: "wayland;xcb", "offscreen", "vnc:size=800x600" …
    requested = [entry.split(":")[0].strip() for entry in env.get("QT_QPA_PLATFORM", "").split(";") if entry.strip()]
    if requested:
        return requested
    platforms = []
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        platforms.append("wayland")
    if env.get("DISPLAY") or not platforms:
        platforms.append("xcb")
    return platforms


def _display_variable(platform: str) -> str | None:
    """The variable naming the display ``platform`` draws on; None for offscreen, vnc, eglfs …"""
    return _DISPLAY_VARIABLES.get("wayland" if platform.startswith("wayland") else platform)


def _has_display(platform: str, env: Mapping[str, str]) -> bool:
    variable = _display_variable(platform)
    return variable is None or bool(env.get(variable))


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that installs ``soname``."""
    if soname in _DEBIAN_PACKAGE_EXCEPTIONS:
        return _DEBIAN_PACKAGE_EXCEPTIONS[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower().replace("_", "-")
    # Debian Policy 8.1: a hyphen separates a name that ends in a digit from its version.
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def xcb_plugin_ldd() -> str:
    """What ``ldd`` reports on Qt's xcb platform plugin; empty when that cannot be asked."""
    from PySide6.QtCore import QLibraryInfo  # QtCore alone loads no GUI library

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    try:
        return subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return ""  # no ldd here: let Qt try, and speak for itself


def gui_start_problem(env: Mapping[str, str] = os.environ, system: str = sys.platform,
                      ldd: Callable[[], str] = xcb_plugin_ldd) -> str | None:
    """Why the GUI cannot start here, in one line saying what to do; None if Qt can try.

    Checked only on Linux; ``ldd`` is asked only when Qt would use its xcb plugin (X11).
    """
    if not system.startswith("linux"):
        return None
    platforms = _platforms_to_try(env)
    usable = [platform for platform in platforms if _has_display(platform, env)]
    if not usable:
        variables = " 或 ".join(dict.fromkeys(_display_variable(platform) for platform in platforms))
        return (f"没有可用的图形显示(未设置 {variables}),无法打开图形界面:请在桌面会话中运行(远程登录可用 ssh -X);"
                "自动测试可设 QT_QPA_PLATFORM=offscreen;命令行功能见 hallplanner --help")
    if usable[0] != "xcb":
        return None
    missing = _NOT_FOUND.findall(ldd())
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(debian_package(soname) for soname in missing))
    return (f"缺少 Qt 图形界面(X11/xcb)所需的系统库 {'、'.join(missing)},无法打开图形界面:"
            f"Debian/Ubuntu 请以 root 身份执行 apt-get install {packages}")


def chinese_font_problem(families: Sequence[str]) -> str | None:
    """The warning when no font writes Simplified Chinese (``families``: those that do); else None.

    In English as well: without a Chinese font, the Chinese half shows as boxes.
    """
    if families:
        return None
    return ("no Chinese font: Chinese text shows as boxes; install one: apt-get install fonts-wqy-zenhei / "
            "没有中文字体,中文会显示为方框;请安装:apt-get install fonts-wqy-zenhei")


def warn_if_no_chinese_font() -> str | None:
    """Say on stderr when no font writes Simplified Chinese; the message, for the window to show too.

    Needs the QApplication: the font database is filled when it starts.
    """
    from PySide6.QtGui import QFontDatabase

    problem = chinese_font_problem(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    if problem:
        print(f"hallplanner: {problem}", file=sys.stderr)
    return problem
