"""The README's setup steps stay true: a fresh Linux machine is sent to the packages CI installs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(start: str, end: str | None = None) -> str:
    text = README[README.index(start):]
    return text[:text.index(end)] if end else text


def apt_packages(text: str) -> set[str]:
    return {package for arguments in re.findall(r"apt-get install ([a-z0-9.+\- \\\n]+)", text)
            for package in arguments.split() if package != "\\"}


def test_quick_start_sends_a_fresh_linux_machine_to_what_linux_needs():
    assert "(#what-linux-needs)" in section("## Quick start", "## What Linux needs")
    assert "\n## What Linux needs\n" in README


def test_the_linux_packages_of_the_readme_are_those_ci_installs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    installed = set(re.search(r"^packages=\((.*?)\)", ci, re.MULTILINE | re.DOTALL).group(1).split())
    english = apt_packages(section("## What Linux needs", "## The workspace"))
    chinese = apt_packages(section("## 规划人员使用说明"))
    assert english == installed  # poppler-utils among them: the tests read their PDFs back with it
    assert chinese == english
