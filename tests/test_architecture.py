"""The layering in pyproject.toml ([tool.importlinter]) holds: no Qt below the GUI."""

from pathlib import Path

from importlinter.cli import lint_imports

REPOSITORY = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept(capsys, monkeypatch):
    monkeypatch.chdir(REPOSITORY)
    exit_code = lint_imports(config_filename=str(REPOSITORY / "pyproject.toml"), no_cache=True)
    report = capsys.readouterr().out
    assert exit_code == 0, report
    assert "0 broken" in report
