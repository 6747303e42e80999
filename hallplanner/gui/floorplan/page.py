"""The 平面布局 page: choose a venue and floor, see its drawing, zones and windows to scale, edit them.

The layout is read in the background when the page is shown and after every change notice that
touches windows, zones or floors while it is on show (a notice while hidden marks it for reading
later). A gesture is one ``session.edit``: a drag of many windows is one undo step, and repeated
arrow-key nudges of the same selection merge into one (``MergingEditCommand``). While a move is
being saved the counters stay where the planner put them; the fresh rows then confirm it.

The tool bar holds the view's tools (select, add a window, draw a zone, measure the drawing), the
commands on the selection (``commands``), the grid and the colour mode with its legend
(``colours``); the floor's drawing is ``drawing``'s. Items dragged from the catalog onto a
counter are assigned to that window, one undo step.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hallplanner.gui.floorplan.colours import FINDINGS, MODES, STAFFING, Legend
from hallplanner.gui.floorplan.commands import LayoutCommands
from hallplanner.gui.floorplan.drawing import FloorDrawings
from hallplanner.gui.floorplan.export import FloorplanExport
from hallplanner.gui.floorplan.scene import FloorScene
from hallplanner.gui.floorplan.toolbar import FloorTools
from hallplanner.gui.floorplan.view import FloorView
from hallplanner.gui.i18n import refusal_text, translated
from hallplanner.gui.pages import LazyPage
from hallplanner.gui.session import PlanSession
from hallplanner.services.floorplan_views import (
    FloorLayout,
    FloorView as FloorRow,
    Placement,
    VenueFloors,
    WindowLoad,
    WindowMarks,
)
from hallplanner.services.views import ChangeNotice

LAYOUT_TABLES = ("windows", "zones", "floors", "handling_places", "service_items", "venues", "departments")
MARK_TABLES = ("staff", "staff_posts", "staff_qualifications", "opening_sessions", "item_qualifications")
GRIDS = (0.1, 0.25, 0.5, 1.0)  # metres


class FloorplanPage(LazyPage):
    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorplanPage")
        self.session = session
        self.venues: list[VenueFloors] = []
        self.layout_shown: FloorLayout | None = None
        self.reads = 0  # layouts shown so far (tests wait on it)
        self._pending_moves = 0

        self.venue_box = QComboBox(objectName="floorplanVenue")
        self.floor_box = QComboBox(objectName="floorplanFloor")
        self.venue_box.currentIndexChanged.connect(self._venue_chosen)
        self.floor_box.currentIndexChanged.connect(lambda _: self.read_layout())
        fit = QPushButton(self.tr("适应窗口"), objectName="floorplanFit")
        self.hint = QLabel(self.tr("滚轮缩放,中键拖动平移;拖动或方向键移动窗口(Shift 十格),拖动手柄改尺寸;R 键旋转 90°;"
                                   "把事项从事项目录拖到窗口上即分配"), wordWrap=True)
        self.hint.setStyleSheet("color: #666")
        self.grid_box = QComboBox(objectName="floorplanGrid")
        for grid in GRIDS:
            self.grid_box.addItem(self.tr("网格 {} 米").format(f"{grid:g}"), grid)
        self.grid_box.currentIndexChanged.connect(lambda _: setattr(self.scene, "grid", self.grid_box.currentData()))
        self.colour_box = QComboBox(objectName="floorplanColourMode")
        for mode, text in MODES.items():
            self.colour_box.addItem(QCoreApplication.translate("FloorplanColours", text), mode)
        self.colour_box.currentIndexChanged.connect(lambda _: self.colour_by(self.colour_box.currentData()))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("场所")))
        bar.addWidget(self.venue_box, 2)
        bar.addWidget(QLabel(self.tr("楼层")))
        bar.addWidget(self.floor_box, 1)
        bar.addWidget(fit)
        bar.addWidget(self.grid_box)
        bar.addWidget(self.colour_box)
        self.export = FloorplanExport(session, self)  # 导出平面图…: PDF or PNG, in the background
        bar.addWidget(self.export.button)
        bar.addWidget(self.hint, 4)

        self.scene = FloorScene(self)
        self.view = FloorView(self.scene)
        self.legend = Legend()
        self.commands = LayoutCommands(self)
        self.drawings = FloorDrawings(self)
        self._marks_floor: int | None = None  # the floor the colouring's marks were read for
        self._select_after: set[int] | None = None
        fit.clicked.connect(self.view.fit)
        self.view.moved.connect(self.save_moves)
        self.view.window_wanted.connect(self.commands.add_window)
        self.view.zone_drawn.connect(self.commands.add_zone)
        self.view.measured.connect(self.drawings.measured)
        self.view.shifted.connect(self.drawings.shifted)
        self.scene.items_dropped.connect(self.assign_dropped)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.tools = FloorTools(self)

        self.details = QGroupBox(self.tr("所选窗口"), objectName="floorplanDetails")
        self.window_title = QLabel(objectName="floorplanWindowTitle", wordWrap=True)
        self.window_title.setStyleSheet("font-weight: bold; font-size: 14px")
        self.facts = QLabel(objectName="floorplanWindowFacts", wordWrap=True)
        self.low_counter = QCheckBox(self.tr("低位服务设施(低位窗口)"), objectName="floorplanLowCounter")
        self.low_counter.setToolTip(self.tr("GB 55019-2021 第3.6.1条:每个服务区都应设低位服务设施"))
        self.low_counter.clicked.connect(self._set_low_counter)
        self.items = QListWidget(objectName="floorplanWindowItems")
        form = QVBoxLayout(self.details)
        form.addWidget(self.window_title)
        form.addWidget(self.facts)
        form.addWidget(self.low_counter)
        form.addWidget(QLabel(self.tr("办理事项(年办件量从大到小)")))
        form.addWidget(self.items, 1)
        self.details.setMinimumWidth(260)

        plan = QWidget()
        plan_layout = QVBoxLayout(plan)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.tools)
        plan_layout.addWidget(self.view, 1)
        plan_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(plan)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setSizes([1100, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._show_selection()

        session.changed.connect(self._changed)

    def venue_floors(self) -> tuple[FloorRow, ...]:
        index = self.venue_box.currentIndex()
        return self.venues[index].floors if 0 <= index < len(self.venues) else ()

    # Reading.

    def _changed(self, notice: ChangeNotice) -> None:
        if notice.catalog is not None or any(notice.touches(table) for table in LAYOUT_TABLES + MARK_TABLES):
            self.plan_changed()

    def refresh(self) -> None:
        """Read the venues and their floors again, then the floor on show."""
        self._stale = False

        def work(database):
            from hallplanner.services.floorplan import venue_floors

            return venue_floors(database)

        self.session.read(work, self.show_venues)

    def show_venues(self, venues: list[VenueFloors]) -> None:
        chosen_floor = self.current_floor()
        self.venues = venues
        self.venue_box.blockSignals(True)
        self.venue_box.clear()
        for venue in venues:
            self.venue_box.addItem(venue.venue, venue.venue_id)
        chosen_venue = next((venue for venue in venues if any(f.id == chosen_floor for f in venue.floors)), None)
        self.venue_box.setCurrentIndex(venues.index(chosen_venue) if chosen_venue else 0)
        self.venue_box.blockSignals(False)
        self._fill_floors(chosen_floor)
        if not venues:
            self.scene.clear_layout()
            self.layout_shown = None
            self.window_title.setText(self.tr("这个规划还没有楼层平面"))

    def _venue_chosen(self) -> None:
        self._fill_floors(None)

    def _fill_floors(self, chosen: int | None) -> None:
        floors = self.venue_floors()
        self.floor_box.blockSignals(True)
        self.floor_box.clear()
        for floor in floors:
            self.floor_box.addItem(floor.name, floor.id)
        ids = [floor.id for floor in floors]
        self.floor_box.setCurrentIndex(ids.index(chosen) if chosen in ids else 0)
        self.floor_box.blockSignals(False)
        self.read_layout()

    def current_floor(self) -> int | None:
        return self.floor_box.currentData()

    def read_layout(self) -> None:
        floor_id = self.current_floor()
        if floor_id is None:
            return
        today = self.session.plan_day

        def work(database):
            from hallplanner.services.floorplan import floor_layout

            return floor_layout(database, floor_id, today)

        self.session.read(work, self.show_layout)

    def show_layout(self, layout: FloorLayout) -> None:
        if layout.floor.id != self.current_floor():
            return  # another floor was chosen meanwhile
        new_floor = self.layout_shown is None or self.layout_shown.floor.id != layout.floor.id
        if new_floor:
            self.scene.clear_layout()
        self.layout_shown = layout
        self.scene.editable = self.session.writable
        # While moves are being saved the counters stay where the planner put them.
        self.scene.movable = self.session.may_edit_plan
        self.tools.allow_editing(self.session.may_edit_plan)
        self.view.setToolTip(self.session.plan_refusal() or "")
        self.scene.show_layout(layout.zones, layout.windows, move=not self._pending_moves)
        self.drawings.show(layout.background)
        if self._select_after is not None:
            self.scene.select_only(self._select_after)
            self._select_after = None
        if new_floor:
            self.view.fit()
        self.colour_by(self.colour_box.currentData())
        self._show_selection()
        self.commands.update()
        self.reads += 1

    def colour_by(self, mode: str) -> None:
        """Colour the counters by ``mode``; staffing and findings are read in the background first."""
        colouring = self.scene.colouring
        colouring.mode = mode
        floor_id = self.current_floor()
        if self._marks_floor != floor_id:  # another floor's marks say nothing here; the same floor's stay till fresh
            colouring.marks = None
        self.scene.recolour()
        self.legend.show_entries(colouring.legend(self.layout_shown.windows if self.layout_shown else ()))
        if mode in (STAFFING, FINDINGS) and floor_id is not None:
            def work(database):
                from hallplanner.services.floorplan_marks import window_marks

                return window_marks(database, floor_id)

            def done(marks: WindowMarks) -> None:
                if self.current_floor() == floor_id:
                    colouring.marks, self._marks_floor = marks, floor_id
                    self.scene.recolour()

            self.session.read(work, done)

    # Editing.

    def save_moves(self, placements: dict[int, Placement], nudge: bool) -> None:
        """One gesture, one edit; nudges of the same windows one after another merge into one undo step."""
        self._pending_moves += 1
        key = ("nudge", frozenset(placements)) if nudge else None

        def finished(*_) -> None:
            self._pending_moves -= 1
            if not self._pending_moves and self.layout_shown is not None:
                self.read_layout()  # a refused move puts the counters back where the database has them

        self.session.edit(lambda editor: editor.place_windows(placements), merge_key=key,
                          on_done=finished, on_refused=lambda refusal: (self.session.warned.emit(refusal_text(refusal)),
                                                      finished()))

    def select_after_edit(self, operation) -> None:
        """Run ``operation``; the windows it makes are selected once the floor is read again."""
        self.session.edit(operation, on_done=lambda edit: setattr(self, "_select_after", edit.ids("windows")))

    def assign_dropped(self, item_ids: list[int], window_id: int) -> None:
        """Items dropped from the catalog on a counter: handled at that window (one undo step)."""
        self.scene.select_only({window_id})
        self.session.edit(lambda editor: editor.assign(item_ids, window_id))

    def _set_low_counter(self, checked: bool) -> None:
        ids = [item.window_id for item in self.scene.selected_counters()]
        if ids:
            self.session.edit(lambda editor: editor.set_low_counter(ids, checked))

    def _context_menu(self, point) -> None:
        """On selected windows: the commands on them; on a zone: rename or delete it (each one undo step)."""
        if not self.session.may_edit_plan:
            return
        counter = self.scene.counter_at(self.view.mapToScene(point))
        if counter is not None:
            if not counter.isSelected():
                self.scene.select_only({counter.window_id})
            self.commands.update()
            menu = QMenu(self)
            for key in ("copy", "paste", "renumber", "snap"):
                menu.addAction(self.commands.actions[key])
            floors = self.commands.floor_menu()
            menu.addMenu(floors)
            menu.exec(self.view.viewport().mapToGlobal(point))
            menu.deleteLater()
            return
        zone = self.scene.zone_at(self.view.mapToScene(point))
        if zone is None or not self.session.may_edit_plan:
            return
        menu = QMenu(self)
        rename = menu.addAction(self.tr("重命名功能区“{}”…").format(zone.name))
        delete = menu.addAction(self.tr("删除功能区“{}”").format(zone.name))
        chosen = menu.exec(self.view.viewport().mapToGlobal(point))
        if chosen is rename:
            self.rename_zone(zone.id)
        elif chosen is delete:
            self.delete_zone(zone.id)

    def rename_zone(self, zone_id: int) -> None:
        zone = next(zone for zone in self.layout_shown.zones if zone.id == zone_id)
        name, accepted = QInputDialog.getText(self, self.tr("重命名功能区"), self.tr("功能区名称:"), text=zone.name)
        if accepted and name.strip() and name.strip() != zone.name:
            self.session.edit(lambda editor: editor.rename_zone(zone.id, zone.version, name))

    def delete_zone(self, zone_id: int) -> None:
        zone = next(zone for zone in self.layout_shown.zones if zone.id == zone_id)
        answer = QMessageBox.question(self, self.tr("删除功能区"), self.tr("删除功能区“{}”?窗口不受影响,可撤销。")
                                      .format(zone.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.session.edit(lambda editor: editor.delete_zone(zone.id))

    # The side panel.

    def _selection_changed(self) -> None:
        self._show_selection()
        self.commands.update()

    def _show_selection(self) -> None:
        selected = self.scene.selected_counters()
        self.items.clear()
        self.low_counter.setEnabled(bool(selected) and self.session.may_edit_plan)
        self.low_counter.setChecked(bool(selected) and all(item.counter.low_counter for item in selected))
        if len(selected) != 1:
            self.window_title.setText(self.tr("已选 {} 个窗口").format(len(selected)) if selected
                                      else self.tr("点选一个窗口,查看它的事项和办件量"))
            self.facts.setText(self.tr("办理事项共 {items} 项,年办件量共 {volume}").format(
                items=sum(item.counter.items for item in selected),
                volume=f"{sum(item.counter.yearly_volume for item in selected):,}") if selected else "")
            return
        counter = selected[0].counter
        self.window_title.setText(counter.label)
        lines = [translated(counter.kind.label)]
        if counter.department or counter.domain:
            lines.append(" · ".join(filter(None, (counter.department, counter.domain))))
        if counter.low_counter:
            lines.append(self.tr("低位服务设施(低位窗口)"))
        lines.append(self.tr("办理事项 {items} 项,年办件量 {volume}").format(
            items=counter.items, volume=f"{counter.yearly_volume:,}"))
        placement = counter.placement
        lines.append(self.tr("位置 {x}, {y} 米;{w} × {h} 米;旋转 {r}°").format(
            x=f"{placement.x:g}", y=f"{placement.y:g}", w=f"{placement.width:g}", h=f"{placement.height:g}",
            r=f"{placement.rotation:g}"))
        self.facts.setText("\n".join(lines))
        window_id = counter.id
        today = self.session.plan_day

        def work(database):
            from hallplanner.services.floorplan import window_load

            return window_load(database, window_id, today)

        self.session.read(work, self._show_load)

    def _show_load(self, load: WindowLoad) -> None:
        selected = self.scene.selected_counters()
        if len(selected) != 1 or selected[0].window_id != load.window_id:
            return
        self.items.clear()
        for item in load.items:
            self.items.addItem(f"{item.name}  ({item.yearly_volume:,})")
