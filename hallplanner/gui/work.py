"""Work off the GUI thread: one queue, results by signal, progress after a pause, cancel.

Every database read and write of the workspace runs here, so the window keeps
painting and answering while it runs. Jobs run one after another in a single
background thread: an edit, its undo and the reads after them keep the order
in which the planner asked for them. A job that runs longer than a moment shows
a progress dialog; a cancellable one gets a Cancel button, which the work
notices at its next ``Progress.check`` or ``Progress.report`` (a transaction
cancelled this way rolls back). Work that knows its length (an import of a
province's catalog) reports how far it got, and the dialog shows the amounts. Whatever the work raises comes back to the GUI thread: nothing is lost
in a thread.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 400  # shorter work shows no dialog: it would only flicker


class Cancelled(Exception):
    """The planner cancelled the work; what it did is rolled back."""


class Progress:
    """Handed to the work in the background: to notice a cancel, and to tell how far it got.

    ``report`` has the shape of the services' progress callbacks (``done, total``), so it
    is passed to them as it is; each report is also a point where a cancel takes effect.
    """

    def __init__(self, on_report: Callable[[int, int], None] = lambda done, total: None) -> None:
        self._cancel = threading.Event()
        self._on_report = on_report

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps are done; raises ``Cancelled`` if the planner cancelled."""
        self.check()
        self._on_report(done, total)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception, with its traceback
    progressed = Signal(int, int)  # done, total


class Job(QRunnable):
    """One piece of work; its signals arrive on the GUI thread."""

    def __init__(self, title: str, work: Callable[[Progress], Any], cancellable: bool) -> None:
        super().__init__()
        self.title = title
        self.work = work
        self.cancellable = cancellable
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        self.finished = False

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which reports it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    def cancel(self) -> None:
        self.progress.cancel()


class Runner(QObject):
    """Runs jobs one at a time in a background thread, in the order they were submitted."""

    busy_changed = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: list[Job] = []
        self._quiet: set[Job] = set()  # polls and reads: they keep no action waiting

    def submit(self, title: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None],
               on_failed: Callable[[BaseException], None], *, cancellable: bool = False,
               quiet: bool = False) -> Job:
        """Run ``work(progress)`` in the background; ``on_done`` or ``on_failed`` then runs here.

        ``quiet`` work (polling, reading a record for the detail pane) never shows a dialog.
        """
        job = Job(title, work, cancellable)
        dialog: list[QProgressDialog] = []
        amounts = [0, 0]  # the latest report: done, total (0 while the work has not told its length)

        def finish(handler: Callable[[Any], None], outcome: Any) -> None:
            job.finished = True
            if dialog:
                dialog[0].close()
                dialog[0].deleteLater()
            self._jobs.remove(job)
            self._quiet.discard(job)
            job.signals.deleteLater()  # its connections hold the job: a poll every 3 s would pile up
            if not quiet and not self.is_busy():
                self.busy_changed.emit(False)
            handler(outcome)

        def show_amounts() -> None:
            done, total = amounts
            if dialog and total:
                dialog[0].setRange(0, total)
                dialog[0].setValue(min(done, total))
                dialog[0].setLabelText(self.tr("{title}\n已完成 {done} / {total}").format(
                    title=title, done=f"{done:,}", total=f"{total:,}"))

        def progressed(done: int, total: int) -> None:
            amounts[:] = [done, total]
            show_amounts()

        def show_progress() -> None:
            if job.finished or not self._window.isVisible():
                return
            progress = QProgressDialog(title, self.tr("取消") if cancellable else None, 0, amounts[1], self._window)
            progress.setObjectName("workProgress")
            progress.setWindowTitle(self.tr("请稍候"))
            progress.setMinimumDuration(0)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            if cancellable:
                progress.canceled.connect(job.cancel)
            progress.show()
            dialog.append(progress)
            show_amounts()

        job.signals.done.connect(lambda result: finish(on_done, result))
        job.signals.failed.connect(lambda exc: finish(on_failed, exc))
        job.signals.progressed.connect(progressed)
        was_busy = self.is_busy()
        self._jobs.append(job)
        if quiet:
            self._quiet.add(job)
        else:
            QTimer.singleShot(PROGRESS_DELAY_MS, show_progress)
            if not was_busy:
                self.busy_changed.emit(True)
        self._pool.start(job)
        return job

    def is_busy(self) -> bool:
        """Whether work the planner asked for (not a poll or a read) is still running or queued."""
        return len(self._jobs) > len(self._quiet)

    def is_idle(self) -> bool:
        """Whether nothing at all is queued or running, polls and reads included."""
        return not self._jobs

    def wait_until_idle(self, timeout_ms: int = -1) -> bool:
        """Block until the background thread is done (closing the window, tests)."""
        return self._pool.waitForDone(timeout_ms)


def settle_memory() -> None:
    """Move what the views now hold out of the garbage collector's sight.

    A plan's catalog and findings are hundreds of thousands of plain, acyclic rows: each
    full collection would walk them all (a third of a second at 100,000 items, an event-loop
    stall in the middle of a drag). Frozen objects are still freed by reference counting
    when a later read replaces them; only reference cycles among them would stay.
    """
    gc.freeze()
