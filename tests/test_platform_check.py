"""Before the GUI starts: a missing display, library or Chinese font is one clear line, never a core dump."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from hallplanner.gui.platform_check import (
    chinese_font_problem,
    debian_package,
    gui_start_problem,
    warn_if_no_chinese_font,
    xcb_plugin_ldd,
)

# What ldd prints for Qt's xcb plugin on a machine without two of the libraries.
LDD_TWO_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd5b1f2000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f82baebd000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f82bad39000)
"""

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM")

# ldd, fontconfig and X11 are Linux's; elsewhere the GUI would really start.
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks made on Linux only")


def ldd_never_asked() -> str:
    raise AssertionError("ldd was asked although Qt would not load its xcb plugin")


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({}, "DISPLAY"),
        ({"DISPLAY": ""}, "DISPLAY"),
        ({"QT_QPA_PLATFORM": "xcb"}, "DISPLAY"),
        ({"XDG_SESSION_TYPE": "wayland"}, "WAYLAND_DISPLAY"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "WAYLAND_DISPLAY 或 DISPLAY"),
        ({"QT_QPA_PLATFORM": " ; "}, "DISPLAY"),  # blank: Qt's default
    ],
)
def test_no_display_says_where_to_run(env, named):
    problem = gui_start_problem(env, "linux", ldd_never_asked)
    assert f"没有可用的图形显示(未设置 {named})" in problem
    assert "桌面会话" in problem and "QT_QPA_PLATFORM=offscreen" in problem
    assert "\n" not in problem


@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"QT_QPA_PLATFORM": "vnc:size=1280x800"},
        {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
        {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},  # Qt 6 prefers Wayland when it has both
    ],
)
def test_platforms_other_than_x11_are_left_to_qt(env):
    assert gui_start_problem(env, "linux", ldd_never_asked) is None


def test_other_systems_are_not_checked():
    assert gui_start_problem({}, "win32", ldd_never_asked) is None
    assert gui_start_problem({}, "darwin", ldd_never_asked) is None


def test_missing_xcb_libraries_give_the_apt_get_line():
    problem = gui_start_problem({"DISPLAY": ":0"}, "linux", lambda: LDD_TWO_MISSING)
    assert "libxcb-cursor.so.0、libxcb-icccm.so.4" in problem
    assert problem.endswith("apt-get install libxcb-cursor0 libxcb-icccm4")
    assert "libxcb1" not in problem and "\n" not in problem


def test_a_package_is_named_once_for_several_of_its_libraries():
    ldd = "\tlibglib-2.0.so.0 => not found\n\tlibgthread-2.0.so.0 => not found\n"
    assert gui_start_problem({"DISPLAY": ":0"}, "linux", lambda: ldd).endswith("apt-get install libglib2.0-0")


def test_nothing_missing_lets_qt_start():
    assert gui_start_problem({"DISPLAY": ":0"}, "linux", lambda: LDD_TWO_MISSING.replace("not found", "/lib/x")) is None


@linux_only
def test_ldd_is_asked_about_the_installed_xcb_plugin():
    assert re.search(r"^\s*libxcb\.so\.1 => ", xcb_plugin_ldd(), re.MULTILINE)


@linux_only
@pytest.mark.skipif(shutil.which("dpkg") is None, reason="packages are checked against dpkg, on Debian/Ubuntu")
def test_each_library_of_the_xcb_plugin_maps_to_the_package_that_installed_it():
    for soname, path in re.findall(r"^\s*(\S+) => (/\S+)", xcb_plugin_ldd(), re.MULTILINE):
        owner = subprocess.run(["dpkg", "-S", os.path.realpath(path)], capture_output=True, text=True)
        if owner.returncode != 0:  # not from a package: PySide6's own libraries
            continue
        assert debian_package(soname) == owner.stdout.split(":")[0], soname


def run_gui(env: dict[str, str]) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key not in DISPLAY_VARIABLES} | env
    return subprocess.run([sys.executable, "-m", "hallplanner"], capture_output=True, text=True,
                          env=environment, timeout=120)


def assert_one_line_and_exit_1(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Aborted" not in result.stderr and "core dumped" not in result.stderr
    return lines[0]


@linux_only
def test_starting_without_a_display_exits_with_one_line():
    line = assert_one_line_and_exit_1(run_gui({}))
    assert line.startswith("hallplanner: 没有可用的图形显示")


@linux_only
def test_starting_without_xcb_libraries_exits_with_the_apt_get_line(tmp_path):
    # A stand-in ldd on PATH reports the libraries missing; the display named does not exist,
    # so if the check let Qt go ahead, Qt would abort.
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text(f"#!/bin/sh\ncat <<'END'\n{LDD_TWO_MISSING}END\n", encoding="utf-8")
    fake_ldd.chmod(0o755)
    path = f"{tmp_path}{os.pathsep}{os.environ['PATH']}"
    line = assert_one_line_and_exit_1(run_gui({"DISPLAY": ":99", "PATH": path}))
    assert line.endswith("apt-get install libxcb-cursor0 libxcb-icccm4")


def test_no_chinese_font_is_said_in_english_and_chinese():
    problem = chinese_font_problem([])
    assert "apt-get install fonts-wqy-zenhei" in problem
    assert "no Chinese font" in problem and "没有中文字体" in problem
    assert chinese_font_problem(["WenQuanYi Zen Hei"]) is None


@linux_only
def test_a_machine_without_chinese_fonts_is_warned(tmp_path):
    # fontconfig limited to an empty folder: Qt starts with no font at all.
    (tmp_path / "fonts").mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(f"<fontconfig><dir>{tmp_path / 'fonts'}</dir><cachedir>{tmp_path / 'cache'}</cachedir>"
                      "</fontconfig>", encoding="utf-8")
    script = ("from PySide6.QtWidgets import QApplication\n"
              "from hallplanner.gui.platform_check import warn_if_no_chinese_font\n"
              "app = QApplication([])\n"
              "print(warn_if_no_chinese_font())\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env=os.environ | {"FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"hallplanner: {chinese_font_problem([])}\n"
    assert result.stdout == f"{chinese_font_problem([])}\n"


def test_an_installed_chinese_font_is_found(qapp, capsys):
    if shutil.which("fc-list") is None or not subprocess.run(
            ["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True).stdout.strip():
        pytest.skip("no Chinese font here to find (README: What Linux needs)")
    assert warn_if_no_chinese_font() is None
    assert capsys.readouterr().err == ""
