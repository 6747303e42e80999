"""The plan session: the open plan, its undo stack, the work queue and change notices.

Every panel talks to the plan through the session and learns of every change
from its one ``changed`` signal. How an edit flows: a gesture (drop, menu,
Save) asks the session for an operation; the operation runs in the background
(``work.Runner``) as one service call in one transaction; the same job reads
what the change touched (``services.notices``); back on the GUI thread the edit
goes on the undo stack and the notice goes to every panel, which shows the
fresh rows it carries. Undo and redo run the same way. A timer watches the audit
trail for colleagues' saves (another process on the same file, or a shared
server) and turns them into notices too.

The database layer is imported by the background jobs, not here: the window
paints before SQLAlchemy is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from hallplanner.domain.access import Access
from hallplanner.domain.errors import HallPlannerError
from hallplanner.gui.errors import log, report_text, show_unexpected
from hallplanner.gui.i18n import refusal_text, translated
from hallplanner.gui.work import Cancelled, Progress, Runner, settle_memory
from hallplanner.services.views import ChangeNotice

if TYPE_CHECKING:
    from hallplanner.db.database import Database
    from hallplanner.services.editing import PlanEditor
    from hallplanner.services.editor import Edit
    from hallplanner.services.setup import OpenedPlan

WATCH_INTERVAL_MS = 3000  # how often colleagues' saves are looked for
LOOKBACK = 500  # audit ids re-read below the newest seen: a server may commit an earlier id later


class EditCommand(QUndoCommand):
    """An edit the session already made; undo and redo are made in the background, then settled here.

    When a colleague changed the rows since, the revert is refused: the command
    is then marked refused and leaves the stack as the stack steps over it.
    """

    def __init__(self, edit: Edit) -> None:
        super().__init__(translated(edit.label))
        self.edit = edit
        self.refused = False
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo; the edit is already saved
            self._pushed = True
            return
        self._settle()

    def undo(self) -> None:
        self._settle()

    def _settle(self) -> None:
        if self.refused:
            self.setObsolete(True)


class MergingEditCommand(EditCommand):
    """An edit that merges with the one before it when both carry the same key: repeated arrow-key
    nudges of one selection are one undo step.

    The merged edit keeps each row's state before the first edit and after the last, so undo
    restores where the rows were before the nudges, checking the versions the last one left.
    """

    ID = 0x4650  # any id but -1: QUndoStack asks mergeWith only of commands with the same id

    def __init__(self, edit: Edit, key: Hashable) -> None:
        super().__init__(edit)
        self.key = key

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MergingEditCommand) or other.key != self.key or self.refused:
            return False
        self.edit = self.edit.followed_by(other.edit)
        self.setText(other.text())
        return True


class PlanSession(QObject):
    opened = Signal(object)  # the Database now open
    open_failed = Signal(str)
    changed = Signal(object)  # ChangeNotice
    busy_changed = Signal(bool)
    warned = Signal(str)  # an edit or undo refused, in the planner's words

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.database: Database | None = None
        self.editor: PlanEditor | None = None
        self.undo_stack = QUndoStack(self)
        self.runner = Runner(window)
        self.runner.busy_changed.connect(self.busy_changed)
        self._watch = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_for_others)
        self._watching = False
        self._opening = 0  # plans being opened: edits wait for no plan that is about to go
        self._shut_down = False
        self._floor = 0  # audit ids up to here are reflected in the views
        # The day the plan calls now (its reference date, else today): what dialogs propose and
        # pages judge "in effect" by, like the plan's checks. Connected first, so it is up to date
        # before any view handles the notice that changed it.
        self.plan_day = dt.date.today()
        self.changed.connect(self._follow_plan_day)
        self._seen: set[int] = set()  # audit ids above the floor already reflected

    def _follow_plan_day(self, notice: ChangeNotice) -> None:
        if notice.catalog is not None:
            self.plan_day = notice.catalog.plan_day
        elif "staffing_settings" in notice.tables:  # the reference date is one of the staffing settings

            def work(database: Database) -> dt.date:
                from hallplanner.services.checks import reference_day

                return reference_day(database)

            self.read(work, lambda day: setattr(self, "plan_day", day))

    @property
    def writable(self) -> bool:
        """Whether anything may be changed: a plan is open, not read-only, and the login is not a viewer."""
        return (self.database is not None and not self.database.readonly and not self._opening
                and self.access.may_write)

    # What the login may change, as the server said once when the plan was opened (everything on a file).

    @property
    def access(self) -> Access:
        return self.database.access if self.database is not None else Access.unrestricted()

    @property
    def may_edit_plan(self) -> bool:
        """Venues, windows, departments, floors, signboards, deadlines, imports: the plan as a whole."""
        return self.writable and self.access.may_edit_plan

    def may_change_department(self, department_id: int | None) -> bool:
        """Whether rows of this department (its items, its people) may be changed."""
        return self.writable and self.access.may_change_department(department_id)

    def plan_refusal(self) -> str | None:
        """Why the plan as a whole is read-only for this login, in the planner's language (None: it is not)."""
        refusal = self.access.plan_refusal()
        return translated(refusal) if refusal is not None else None

    def department_refusal(self, department_id: int | None, owner: str = "") -> str | None:
        """Why a row of this department may not be changed (None: it may)."""
        refusal = self.access.department_refusal(department_id, owner)
        return translated(refusal) if refusal is not None else None

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    # Opening and closing.

    def open(self, target: str | None, make_target: Callable[[], str] | None = None, label: str = "") -> None:
        """Open ``target`` (or what ``make_target`` makes, in the background) and read its catalog.

        ``label`` names the target in the progress dialog instead of ``target`` (a URL may carry a password).
        """

        def work(progress: Progress) -> OpenedPlan:
            from hallplanner.services.setup import open_plan

            return open_plan(target or make_target(), progress.check)

        shown = label or target
        title = self.tr("正在打开 {}…").format(shown) if shown else self.tr("正在打开样例…")
        self._opening += 1
        self.runner.submit(title, work, self._opened, self._open_failed, cancellable=True)

    def _opened(self, plan: OpenedPlan) -> None:
        self._opening -= 1
        if self._shut_down:  # the window closed while the plan was opening
            plan.database.close()
            return
        self.close()
        self.database, self.editor = plan.database, plan.editor
        self._floor, self._seen = plan.last_change, set()
        self._watch.start()
        self.opened.emit(plan.database)
        self.changed.emit(ChangeNotice("open", catalog=plan.catalog))
        settle_memory()

    def _open_failed(self, exc: BaseException) -> None:
        self._opening -= 1
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, HallPlannerError):
            message = refusal_text(exc)
        else:
            log.error("opening failed\n%s", report_text(exc))
            message = self.tr("打开数据库时出错:{}").format(_first_line(exc))
        self.open_failed.emit(message)

    def shut_down(self) -> None:
        """The window closes: finish queued work, close the plan, and open none that comes back later."""
        self._shut_down = True
        self.close()

    def close(self) -> None:
        """Let queued work finish, then close the database (quitting, or opening another)."""
        self._watch.stop()
        self.runner.wait_until_idle()
        self.undo_stack.clear()
        if self.database is not None:
            self.database.close()
        self.database = self.editor = None

    # Edits, undo, redo.

    def edit(self, operation: Callable[..., Edit], *,
             on_refused: Callable[[HallPlannerError], None] | None = None,
             on_done: Callable[[Edit], None] | None = None, merge_key: Hashable | None = None,
             long: str = "", on_cancelled: Callable[[], None] | None = None) -> None:
        """Run ``operation`` in the background; on success it goes on the undo stack and is announced.

        With ``merge_key``, the edit joins the undo step before it when that one has the same key.
        A ``long`` edit (its text is the progress dialog's) is called as ``operation(editor,
        report)``: it reports how far it got (``report(done, total)``) and may be cancelled
        there, which rolls it back and calls ``on_cancelled``.
        """
        if self.editor is None:
            return
        if self._opening:
            self.warned.emit(self.tr("正在打开另一个规划,此操作未执行。"))
            return
        editor, database = self.editor, self.database

        def work(progress: Progress) -> tuple:
            from hallplanner.services.notices import notice_for

            edit = operation(editor, progress.report) if long else operation(editor)
            return edit, notice_for(database, edit.changes, "edit", edit.label)

        def done(result: tuple) -> None:
            if editor is not self.editor:
                return  # another plan was opened meanwhile: this edit belongs to none on show
            edit, notice = result
            self.undo_stack.push(EditCommand(edit) if merge_key is None else MergingEditCommand(edit, merge_key))
            self.changed.emit(notice)
            if on_done is not None:
                on_done(edit)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.warned.emit(self.tr("已取消,数据库未作改动。"))
                if on_cancelled is not None:
                    on_cancelled()
                return
            if not isinstance(exc, HallPlannerError):
                show_unexpected(exc, self.tr("保存未能完成,数据库未作改动。"), self.window)
                return
            if editor is not self.editor:
                return  # refused on a plan no longer on show; a dialog about it would act on the new one
            (on_refused or (lambda refusal: self.warned.emit(refusal_text(refusal))))(exc)
            self.check_for_others()  # a refusal often means a colleague changed the rows: show them

        self.runner.submit(long or self.tr("正在保存…"), work, done, failed, cancellable=bool(long))

    def undo(self) -> None:
        self._step(back=True)

    def redo(self) -> None:
        self._step(back=False)

    def _step(self, *, back: bool) -> None:
        stack = self.undo_stack
        if self.editor is None or self.is_busy() or not (stack.canUndo() if back else stack.canRedo()):
            return
        command: EditCommand = stack.command(stack.index() - 1 if back else stack.index())
        editor, database = self.editor, self.database
        origin = "undo" if back else "redo"

        def work(progress: Progress) -> tuple:
            from hallplanner.services.notices import notice_for

            edit = editor.undo(command.edit, redo=not back)
            return edit, notice_for(database, edit.changes, origin, edit.label)

        def settle() -> None:
            stack.undo() if back else stack.redo()

        def done(result: tuple) -> None:
            command.edit, notice = result
            settle()
            self.changed.emit(notice)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, HallPlannerError):
                show_unexpected(exc, self.tr("撤销未能完成,数据库未作改动。"), self.window)
                return
            command.refused = True
            settle()
            self.warned.emit(refusal_text(exc))
            self.check_for_others()

        self.runner.submit(self.tr("正在撤销…") if back else self.tr("正在重做…"), work, done, failed)

    # Reading.

    def read(self, work: Callable[[Database], Any], on_done: Callable[[Any], None],
             on_failed: Callable[[], None] | None = None) -> None:
        """Read in the background; ``on_done`` gets the result unless another plan was opened meanwhile.

        A failure is reported to the planner (a ``HallPlannerError`` as a warning in its own
        words, anything else as an unexpected error); ``on_failed`` then lets the reader stop waiting.
        """
        self._read("", lambda database, progress: work(database), on_done, on_failed, long=False)

    def read_long(self, title: str, work: Callable[[Database, Callable[[int, int], None]], Any],
                  on_done: Callable[[Any], None], on_stopped: Callable[[], None] | None = None) -> None:
        """A read the planner waits for (a dry run of a large import): ``work(database, report)``.

        Unlike ``read``, it shows the progress dialog, with the amounts ``report(done, total)``
        gives, and a Cancel button; a cancel, like a failure, ends in ``on_stopped``.
        """
        self._read(title, lambda database, progress: work(database, progress.report), on_done, on_stopped, long=True)

    def _read(self, title: str, work: Callable[[Database, Progress], Any], on_done: Callable[[Any], None],
              on_stopped: Callable[[], None] | None, *, long: bool) -> None:
        database = self.database
        if database is None:
            return

        def done(result: Any) -> None:
            if database is self.database:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, HallPlannerError):  # told in the planner's words, not as a bug report
                self.warned.emit(refusal_text(exc))
            elif not isinstance(exc, Cancelled):
                show_unexpected(exc, self.tr("读取数据库失败。"), self.window)
            if on_stopped is not None:
                on_stopped()

        self.runner.submit(title, lambda progress: work(database, progress), done, failed,
                           quiet=not long, cancellable=long)

    def reload(self) -> None:
        """Read everything again (F5): the views then show exactly what the database holds."""
        database = self.database
        if database is None:
            return

        def work(progress: Progress) -> tuple:
            from hallplanner.services.catalog import read_catalog
            from hallplanner.services.notices import last_change_id

            last_change = last_change_id(database)  # before the read: a save in between is not lost
            return read_catalog(database), last_change

        def done(result: tuple) -> None:
            catalog, last_change = result
            if database is self.database:
                self._floor, self._seen = max(self._floor, last_change), set()
                self.changed.emit(ChangeNotice("reload", catalog=catalog))

        self.runner.submit(self.tr("正在重新读取…"), work, done,
                           lambda exc: show_unexpected(exc, self.tr("重新读取失败。"), self.window))

    def check_for_others(self) -> None:
        """Bring in what colleagues saved since we last looked (polled; also after a refusal)."""
        database = self.database
        if database is None or self._watching:
            return
        self._watching = True
        floor, seen = self._floor, set(self._seen)

        def work(progress: Progress) -> tuple:
            from hallplanner.services.notices import changes_since, notice_for

            changes, ids = changes_since(database, floor, seen)
            return ids, notice_for(database, changes, "others") if changes else None

        def done(result: tuple) -> None:
            self._watching = False
            ids, notice = result
            if database is not self.database:
                return
            self._seen |= ids
            if self._seen:
                self._floor = max(self._floor, max(self._seen) - LOOKBACK)
                self._seen = {audit_id for audit_id in self._seen if audit_id > self._floor}
            if notice is not None:
                self.changed.emit(notice)

        def failed(exc: BaseException) -> None:
            self._watching = False  # a server that went away: the next look tries again
            log.warning("looking for colleagues' changes failed: %s", _first_line(exc))

        self.runner.submit("", work, done, failed, quiet=True)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
