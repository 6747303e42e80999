"""What nobody planned for: a log file, and a dialog with a report the planner can copy.

``install`` replaces ``sys.excepthook``: an exception that escapes a slot, or a
background job's unexpected failure, is written to the log in the platform's
log folder and shown in a dialog, instead of a traceback on a terminal the
planner never sees.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hallplanner import __version__

LOG_FILE_NAME = "hallplanner.log"
log = logging.getLogger("hallplanner")


def log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("HallPlanner", "HallPlanner"))


def log_path() -> Path:
    return log_folder() / LOG_FILE_NAME


def start_logging() -> None:
    """Append to the log file; a folder that cannot be made leaves logging to stderr."""
    for handler in list(log.handlers):  # once per process, or again when the folder moved (tests)
        if isinstance(handler, logging.FileHandler) and handler.baseFilename == str(log_path()):
            return
        log.removeHandler(handler)
        handler.close()
    try:
        log_folder().mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(log_path(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.disabled = False  # a library's logging.config call disables loggers that existed before it


def report_text(exc: BaseException) -> str:
    """The report a planner copies to whoever supports HallPlanner."""
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return (f"HallPlanner {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}, "
            f"{platform.platform()}\n\n{trace}")


class ErrorDialog(QDialog):
    def __init__(self, what: str, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("HallPlanner 出现了意外错误"))
        self.resize(640, 420)
        note = QLabel(self.tr("{what}\n\n已保存的数据不受影响。错误报告已写入 {log},也可以复制下面的内容发给技术支持。")
                      .format(what=what, log=log_path()))
        note.setWordWrap(True)
        self.report = QPlainTextEdit(report, objectName="errorReport")
        self.report.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("复制报告"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.report)
        layout.addWidget(buttons)


def show_unexpected(exc: BaseException, what: str, parent: QWidget | None = None) -> None:
    """Log ``exc`` and show it; ``what`` says in the planner's words what could not be done."""
    report = report_text(exc)
    log.error("%s\n%s", what, report)
    dialog = ErrorDialog(what, report, parent or QApplication.activeWindow())
    dialog.exec()
    dialog.deleteLater()


def _excepthook(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, trace)
        return
    show_unexpected(exc.with_traceback(trace), QApplication.translate("errors", "操作未能完成。"))


def install() -> None:
    start_logging()
    sys.excepthook = _excepthook
