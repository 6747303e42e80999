"""The layering in pyproject.toml ([tool.importlinter]) holds: no Qt below the GUI."""

import tomllib
from pathlib import Path

from importlinter.cli import lint_imports

REPOSITORY = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept(capsys, monkeypatch):
    monkeypatch.chdir(REPOSITORY)
    exit_code = lint_imports(config_filename=str(REPOSITORY / "pyproject.toml"), no_cache=True)
    report = capsys.readouterr().out
    assert exit_code == 0, report
    assert "0 broken" in report


def test_every_module_belongs_to_a_layer():
    """A module outside every layer would escape the layering contract unnoticed."""
    config = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    [layers] = [c["layers"] for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    layered = {name.strip() for layer in layers for name in layer.split("|")}
    package = REPOSITORY / "hallplanner"
    outside = []
    for path in package.rglob("*.py"):
        module = ".".join(("hallplanner", *path.relative_to(package).with_suffix("").parts))
        if module.endswith(".__init__"):
            module = module.removesuffix(".__init__")
        if module != "hallplanner" and not any(module == top or module.startswith(top + ".") for top in layered):
            outside.append(module)
    assert outside == []
