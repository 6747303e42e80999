<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccessRole</name>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>规划人员</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>新建(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>新建一个空的规划数据库</source>
        <translation>Create an empty plan database</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>另存副本(&amp;S)…</source>
        <translation>&amp;Save a Copy…</translation>
    </message>
    <message>
        <source>把当前数据库复制为一个新的 SQLite 文件</source>
        <translation>Copy the current database to a new SQLite file</translation>
    </message>
    <message>
        <source>保存副本到服务器(&amp;V)…</source>
        <translation>Save a Copy to a Ser&amp;ver…</translation>
    </message>
    <message>
        <source>把当前规划连同修改记录复制到团队的 PostgreSQL 服务器</source>
        <translation>Copy the current plan, its history included, to the team's PostgreSQL server</translation>
    </message>
    <message>
        <source>从服务器打开(&amp;E)…</source>
        <translation>Op&amp;en from a Server…</translation>
    </message>
    <message>
        <source>打开团队 PostgreSQL 服务器上的规划</source>
        <translation>Open the plan on the team's PostgreSQL server</translation>
    </message>
    <message>
        <source>导入事项目录(&amp;I)…</source>
        <translation>Import item catalog(&amp;I)…</translation>
    </message>
    <message>
        <source>从 Excel、ODS 或 CSV 文件导入事项目录,整个导入可一次撤销</source>
        <translation>Import an item catalog from an Excel, ODS or CSV file; the whole import undoes in one step</translation>
    </message>
    <message>
        <source>导出 Excel 清单(&amp;X)…</source>
        <translation>Export Excel list(&amp;X)…</translation>
    </message>
    <message>
        <source>导出窗口分配表、事项目录或各部门核对清单</source>
        <translation>Export the window assignments, the item catalog or the lists for departments to confirm</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>重新读取(&amp;L)</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>从数据库重新读取全部内容,包括同事刚保存的修改</source>
        <translation>Read everything from the database again, including what colleagues have just saved</translation>
    </message>
    <message>
        <source>查找事项(&amp;F)</source>
        <translation>&amp;Find Items</translation>
    </message>
    <message>
        <source>分配到窗口(&amp;W)…</source>
        <translation>Assign to &amp;Window…</translation>
    </message>
    <message>
        <source>为选中的事项选择窗口</source>
        <translation>Choose a window for the selected items</translation>
    </message>
    <message>
        <source>移出所在窗口(&amp;R)</source>
        <translation>&amp;Remove from Window</translation>
    </message>
    <message>
        <source>确定进驻日期(&amp;T)…</source>
        <translation>Fix En&amp;try Date…</translation>
    </message>
    <message>
        <source>中心窗口自这一天起办理,原办理点同日关闭(保留的除外)</source>
        <translation>The center window handles the items from that day; their former places close the same day unless kept</translation>
    </message>
    <message>
        <source>保留原办理点(&amp;K)…</source>
        <translation>&amp;Keep Former Place…</translation>
    </message>
    <message>
        <source>进驻后把原办理点保留为靠前延伸办事窗口,并说明理由</source>
        <translation>Keep a former place as an extension window after entry, with the reason</translation>
    </message>
    <message>
        <source>关闭原办理点(&amp;C)…</source>
        <translation>&amp;Close Former Place…</translation>
    </message>
    <message>
        <source>原办理点自某日起不再办理选中的事项</source>
        <translation>A former place stops handling the selected items from a given day</translation>
    </message>
    <message>
        <source>新增事项(&amp;A)…</source>
        <translation>&amp;Add Item…</translation>
    </message>
    <message>
        <source>更名(&amp;E)…</source>
        <translation>R&amp;ename…</translation>
    </message>
    <message>
        <source>合并事项(&amp;M)…</source>
        <translation>&amp;Merge Items…</translation>
    </message>
    <message>
        <source>拆分事项(&amp;P)…</source>
        <translation>S&amp;plit Item…</translation>
    </message>
    <message>
        <source>删除事项(&amp;D)</source>
        <translation>&amp;Delete Items</translation>
    </message>
    <message>
        <source>查看历史(&amp;H)</source>
        <translation>Show &amp;history</translation>
    </message>
    <message>
        <source>在“历史”页查看选中事项的修改历史:谁在何时改了什么</source>
        <translation>Show the selected item's history on the History page: who changed what, when</translation>
    </message>
    <message>
        <source>新增窗口…</source>
        <translation>New Window…</translation>
    </message>
    <message>
        <source>删除窗口</source>
        <translation>Delete Window</translation>
    </message>
    <message>
        <source>新增场所…</source>
        <translation>New Venue…</translation>
    </message>
    <message>
        <source>删除场所</source>
        <translation>Delete Venue</translation>
    </message>
    <message>
        <source>新增部门…</source>
        <translation>New Department…</translation>
    </message>
    <message>
        <source>删除部门</source>
        <translation>Delete Department</translation>
    </message>
    <message>
        <source>关于 HallPlanner(&amp;A)</source>
        <translation>&amp;About HallPlanner</translation>
    </message>
</context>
<context>
    <name>AuthorizationCoverage</name>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>本部门在中心的全部事项</source>
        <translation>all of the department's items in the center</translation>
    </message>
    <message>
        <source>所列事项</source>
        <translation>listed items</translation>
    </message>
    <message>
        <source>某一类别的事项</source>
        <translation>items of one category</translation>
    </message>
</context>
<context>
    <name>AuthorizedItemsPicker</name>
    <message>
        <source>搜索事项名称</source>
        <translation>Search item names</translation>
    </message>
    <message>
        <source>勾选该类</source>
        <translation>Check category</translation>
    </message>
    <message>
        <source>取消该类</source>
        <translation>Uncheck category</translation>
    </message>
    <message>
        <source>已勾选 {checked} / {total} 个事项</source>
        <translation>{checked} of {total} items checked</translation>
    </message>
</context>
<context>
    <name>BoardKind</name>
    <message>
        <source>分中心标识</source>
        <translation>sub-center sign</translation>
    </message>
    <message>
        <source>延伸窗口标识</source>
        <translation>extension-window sign</translation>
    </message>
    <message>
        <source>窗口牌</source>
        <translation>window plate</translation>
    </message>
    <message>
        <source>特殊事项告示</source>
        <translation>special-item notice</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>在“{venue}”设为{role}</source>
        <translation>Handle at “{venue}” as “{role}”</translation>
    </message>
    <message>
        <source>事项更名</source>
        <translation>Rename Item</translation>
    </message>
    <message>
        <source>新名称:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>合并事项</source>
        <translation>Merge Items</translation>
    </message>
    <message>
        <source>把 {} 个事项合并为(名称):</source>
        <translation>Merge the {} items into one, named:</translation>
    </message>
    <message>
        <source>拆分事项</source>
        <translation>Split Item</translation>
    </message>
    <message>
        <source>拆分后的事项名称(每行一个):</source>
        <translation>Names of the new items (one per line):</translation>
    </message>
    <message>
        <source>{name}(一)
{name}(二)</source>
        <translation>{name} (1)
{name} (2)</translation>
    </message>
    <message>
        <source>删除事项</source>
        <translation>Delete Items</translation>
    </message>
    <message numerus="yes">
        <source>确定从目录中删除 %n 个事项?(可撤销)</source>
        <translation>
            <numerusform>Delete %n item from the catalog? (This can be undone.)</numerusform>
            <numerusform>Delete %n items from the catalog? (This can be undone.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPoint</name>
    <message>
        <source>审批处(科)室整建制进驻</source>
        <translation>approval section enters as a whole</translation>
    </message>
    <message>
        <source>审批职能向一个处(科)室集中</source>
        <translation>approval functions concentrated in one section</translation>
    </message>
    <message>
        <source>审批处(科)室向政务服务中心集中</source>
        <translation>approval section concentrated in the center</translation>
    </message>
    <message>
        <source>审批事项向网上办事大厅集中</source>
        <translation>approval items concentrated on the online hall</translation>
    </message>
    <message>
        <source>事项进驻到位</source>
        <translation>entry in place</translation>
    </message>
    <message>
        <source>审批授权到位</source>
        <translation>authorization in place</translation>
    </message>
    <message>
        <source>电子监察到位</source>
        <translation>e-supervision in place</translation>
    </message>
</context>
<context>
    <name>ChecklistState</name>
    <message>
        <source>已到位</source>
        <translation>in place</translation>
    </message>
    <message>
        <source>部分到位</source>
        <translation>partly in place</translation>
    </message>
    <message>
        <source>未到位</source>
        <translation>not in place</translation>
    </message>
</context>
<context>
    <name>ClosePlaceDialog</name>
    <message>
        <source>关闭原办理点</source>
        <translation>Close Former Place</translation>
    </message>
    <message>
        <source>原办理点</source>
        <translation>Former place</translation>
    </message>
    <message>
        <source>关闭日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>自这一天起该处不再办理这些事项;已进驻事项的主办理点不能关闭(方案§二(一))。</source>
        <translation>From that day on the place no longer handles these items. The main place of an entered item cannot close (plan §二(一)).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>保存冲突</source>
        <translation>Save Conflict</translation>
    </message>
    <message>
        <source>在您读取之后,有人已保存了同一条记录(对方保存的版本号 {})。请选择保留哪个版本:</source>
        <translation>Someone saved this record after you read it (their version number: {}). Choose the version to keep:</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>我的修改</source>
        <translation>My changes</translation>
    </message>
    <message>
        <source>对方保存的版本</source>
        <translation>Their saved version</translation>
    </message>
    <message>
        <source>保留我的修改</source>
        <translation>Keep My Changes</translation>
    </message>
    <message>
        <source>采用对方的版本</source>
        <translation>Take Their Version</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>在本机记住密码(写入 PostgreSQL 密码文件,仅本人可读)</source>
        <translation>Remember the password on this computer (in PostgreSQL's password file, readable by you only)</translation>
    </message>
    <message>
        <source>密码不写入 HallPlanner 的设置。记住的密码保存在 {}。</source>
        <translation>The password is never written to HallPlanner's settings. A remembered password is kept in {}.</translation>
    </message>
    <message>
        <source>服务器:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>端口:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>数据库:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>用户名:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>密码:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>the user name</translation>
    </message>
    <message>
        <source>请填写{}</source>
        <translation>Please fill in {}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>导出图片或 PDF…</source>
        <translation>Export image or PDF…</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>已进驻</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>已排中心窗口</source>
        <translation>Center window planned</translation>
    </message>
    <message>
        <source>尚未排窗口</source>
        <translation>No window yet</translation>
    </message>
    <message>
        <source>人员配置缺口</source>
        <translation>Staffing gaps</translation>
    </message>
    <message>
        <source>其他错误</source>
        <translation>Other errors</translation>
    </message>
    <message>
        <source>其他警告</source>
        <translation>Other warnings</translation>
    </message>
    <message>
        <source>各部门进驻进度(应进驻事项)</source>
        <translation>Entry progress by department (items to enter)</translation>
    </message>
    <message>
        <source>各部门待处理问题(检查发现的错误和警告)</source>
        <translation>Open problems by department (errors and warnings the checks found)</translation>
    </message>
    <message>
        <source>各地区进驻进度</source>
        <translation>Entry progress by region</translation>
    </message>
    <message>
        <source>{day}:应进驻 {to_enter} 项,已进驻 {entered} 项,逾期 {overdue} 项;检查发现 {errors} 个错误、{warnings} 个警告</source>
        <translation>{day}: {to_enter} items to enter, {entered} entered, {overdue} overdue; the checks found {errors} errors and {warnings} warnings</translation>
    </message>
    <message>
        <source>没有应进驻的事项</source>
        <translation>No items to enter</translation>
    </message>
    <message>
        <source>没有待处理的问题</source>
        <translation>No open problems</translation>
    </message>
    <message>
        <source>,逾期 {overdue}</source>
        <translation>, {overdue} overdue</translation>
    </message>
    <message>
        <source>导出总览</source>
        <translation>Export overview</translation>
    </message>
    <message>
        <source>总览.png</source>
        <translation>overview.png</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png);;PDF 文件 (*.pdf)</source>
        <translation>PNG image (*.png);;PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>已导出总览:{}</source>
        <translation>Overview exported: {}</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>{region}({level}):{kind}</source>
        <translation>{region} ({level}): {kind}</translation>
    </message>
    <message>
        <source>方案的期限:市级事项 2023-12-31 前进驻,分中心 2023-11-30 前设立。改动可撤销。</source>
        <translation>The plan's deadlines: city items enter by 2023-12-31, sub-centers are set up by 2023-11-30. Changes can be undone.</translation>
    </message>
</context>
<context>
    <name>DeadlineKind</name>
    <message>
        <source>事项进驻中心</source>
        <translation>Items enter the center</translation>
    </message>
    <message>
        <source>分中心设立</source>
        <translation>Sub-centers set up</translation>
    </message>
</context>
<context>
    <name>DepartmentKind</name>
    <message>
        <source>局</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>委</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>办</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>会</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>选择一个事项、窗口或场所查看详情</source>
        <translation>Select an item, window or venue to see its details</translation>
    </message>
    <message>
        <source>此记录刚被他人修改;保存时可比较双方的版本。</source>
        <translation>Someone has just changed this record; saving lets you compare both versions.</translation>
    </message>
    <message>
        <source>只读:部门账号不能把事项转给其他部门</source>
        <translation>Read-only: a department login cannot give an item to another department</translation>
    </message>
</context>
<context>
    <name>EntryDateDialog</name>
    <message>
        <source>确定进驻日期</source>
        <translation>Fix Entry Date</translation>
    </message>
    <message>
        <source>进驻日期</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <source>自这一天起,事项在政务服务中心的窗口办理;原办理点同日关闭,已保留的除外。规划的当前日期(基准日,未设定则为今天)或以前的日期即为已进驻,以后的日期为计划进驻。</source>
        <translation>From this day on the items are handled at the windows of the government service center; their old places close the same day, except those kept. A day up to the plan's current day (its reference date, or today when it has none) means they have entered; a later day plans their entry.</translation>
    </message>
    <message>
        <source>原办理点</source>
        <translation>Former place</translation>
    </message>
    <message>
        <source>{closing} 处关闭,{kept} 处保留</source>
        <translation>{closing} closing, {kept} kept</translation>
    </message>
    <message>
        <source>还没有政务服务中心窗口,无法进驻:{items}</source>
        <translation>No service center window yet, cannot enter: {items}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>EntryStatus</name>
    <message>
        <source>拟进驻</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已进驻</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>分中心办理</source>
        <translation>At a sub-center</translation>
    </message>
    <message>
        <source>特殊事项原址办理</source>
        <translation>Special, own site</translation>
    </message>
    <message>
        <source>未进驻</source>
        <translation>Not entered</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>HallPlanner 出现了意外错误</source>
        <translation>HallPlanner Ran into an Unexpected Error</translation>
    </message>
    <message>
        <source>{what}

已保存的数据不受影响。错误报告已写入 {log},也可以复制下面的内容发给技术支持。</source>
        <translation>{what}

Saved data is not affected. The error report was written to {log}; you can also copy the text below and send it to whoever supports HallPlanner.</translation>
    </message>
    <message>
        <source>复制报告</source>
        <translation>Copy Report</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出 Excel 清单</source>
        <translation>Export Excel list</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>清单</source>
        <translation>List</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出{what} {path}:{rows} 行</source>
        <translation>Exported {what} {path}: {rows} rows</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>文件未能写入。</source>
        <translation>The file was not written.</translation>
    </message>
    <message>
        <source>正在导出 {}…</source>
        <translation>Exporting {}…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>HallPlanner 数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>HallPlanner databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>新建规划数据库</source>
        <translation>New Plan Database</translation>
    </message>
    <message>
        <source>HallPlanner 数据库 (*.sqlite)</source>
        <translation>HallPlanner databases (*.sqlite)</translation>
    </message>
    <message>
        <source>正在新建 {}…</source>
        <translation>Creating {}…</translation>
    </message>
    <message>
        <source>另存副本</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <source>正在另存副本 {}…</source>
        <translation>Saving a copy as {}…</translation>
    </message>
    <message>
        <source>已另存副本:{}</source>
        <translation>Copy saved: {}</translation>
    </message>
    <message>
        <source>正在准备样例的工作副本…</source>
        <translation>Preparing a working copy of the sample…</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could Not Complete</translation>
    </message>
    <message>
        <source>文件未能写入。</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>搜索名称、编码或拼音首字母(如 crj)</source>
        <translation>Search names, codes or pinyin initials (e.g. crj)</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部领域</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>仅未分配窗口</source>
        <translation>No window yet</translation>
    </message>
    <message>
        <source>负面清单</source>
        <translation>Negative list</translation>
    </message>
    <message>
        <source>特殊敏感</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>全程网办</source>
        <translation>Fully online</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>对象类型</source>
        <translation>Subject type</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Dept.</translation>
    </message>
    <message>
        <source>问题与处理</source>
        <translation>Finding and what to do</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>FindingsBadge</name>
    <message>
        <source>规划检查发现的问题;点击查看</source>
        <translation>What the plan checks found; click to see</translation>
    </message>
    <message>
        <source>检查:{errors} 个错误,{warnings} 个警告</source>
        <translation>Checks: {errors} errors, {warnings} warnings</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>规则核对</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>按这一天的规划检查:期限、进驻和停办日期都以这一天为准。打开规划时取规划的基准日(人员配置的参数中设定),未设定则为今天</source>
        <translation>Check the plan as of this day: deadlines, entry and closing dates all count from it. On opening a plan, its reference date (set among the staffing assumptions), or today when it has none</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>按所选日期检查整个规划</source>
        <translation>Check the whole plan as of the chosen day</translation>
    </message>
    <message>
        <source>导出报告…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>把所选日期的检查报告(概况、规则核对、进度、问题清单)导出为 PDF 或 Excel</source>
        <translation>Export the check report for the chosen date (summary, rule checklist, progress, findings) as PDF or Excel</translation>
    </message>
    <message>
        <source>期限…</source>
        <translation>Deadlines…</translation>
    </message>
    <message>
        <source>各级事项进驻和分中心设立的期限</source>
        <translation>By when each level's items enter and its sub-centers are set up</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>全部规则</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>{time} 全面检查,此后规划有改动:请重新检查</source>
        <translation>Full check at {time}; the plan has changed since: check again</translation>
    </message>
    <message>
        <source>{time} 全面检查,其后复查了修改的事项</source>
        <translation>Full check at {time}; edited items rechecked since</translation>
    </message>
    <message>
        <source>{time} 全面检查</source>
        <translation>Full check at {time}</translation>
    </message>
    <message>
        <source>修改事项后只复查这些事项;跨事项的规则(R4 联办事项、R8、R11)、规则核对和进度来自全面检查</source>
        <translation>After an edit only the edited items are checked again; rules across items (R4 jointly handled items, R8, R11), the checklist and the progress come from the full check</translation>
    </message>
    <message>
        <source>{severity} {count}</source>
        <translation>{severity} {count}</translation>
    </message>
    <message>
        <source>PDF 报告 (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出检查报告</source>
        <translation>Export check report</translation>
    </message>
    <message>
        <source>规划检查报告</source>
        <translation>plan-check-report</translation>
    </message>
    <message>
        <source>无法导出检查报告</source>
        <translation>Cannot export the check report</translation>
    </message>
    <message>
        <source>已导出检查报告 {path}:{pages} 页</source>
        <translation>Exported the check report {path}: {pages} pages</translation>
    </message>
    <message>
        <source>已导出检查结果 {path}:{rows} 行</source>
        <translation>Exported the findings {path}: {rows} rows</translation>
    </message>
</context>
<context>
    <name>FloorDrawings</name>
    <message>
        <source>导入楼层平面图</source>
        <translation>Import a floor drawing</translation>
    </message>
    <message>
        <source>平面图</source>
        <translation>Floor drawings</translation>
    </message>
    <message>
        <source>请先为该楼层导入平面图</source>
        <translation>Import a drawing for this floor first</translation>
    </message>
</context>
<context>
    <name>FloorTools</name>
    <message>
        <source>选择</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>添加窗口</source>
        <translation>Add window</translation>
    </message>
    <message>
        <source>画功能区</source>
        <translation>Draw zone</translation>
    </message>
    <message>
        <source>对齐与分布</source>
        <translation>Align and distribute</translation>
    </message>
    <message>
        <source>移到楼层</source>
        <translation>Move to floor</translation>
    </message>
    <message>
        <source>导入平面图…</source>
        <translation>Import drawing…</translation>
    </message>
    <message>
        <source>设定底图比例(点两点)</source>
        <translation>Set drawing scale (click two points)</translation>
    </message>
    <message>
        <source>移动底图(点底图上一点,再点目标位置)</source>
        <translation>Move drawing (click a point of it, then where it belongs)</translation>
    </message>
    <message>
        <source>移除底图</source>
        <translation>Remove drawing</translation>
    </message>
    <message>
        <source>楼层与底图</source>
        <translation>Floors and drawing</translation>
    </message>
</context>
<context>
    <name>FloorplanColours</name>
    <message>
        <source>按业务领域</source>
        <translation>By domain</translation>
    </message>
    <message>
        <source>按办件量</source>
        <translation>By load</translation>
    </message>
    <message>
        <source>按人员配置</source>
        <translation>By staffing</translation>
    </message>
    <message>
        <source>按检查问题</source>
        <translation>By findings</translation>
    </message>
    <message>
        <source>无办理事项</source>
        <translation>No items handled</translation>
    </message>
    <message>
        <source>年办件量 ≤ {}</source>
        <translation>Yearly cases ≤ {}</translation>
    </message>
    <message>
        <source>年办件量 &gt; {}</source>
        <translation>Yearly cases &gt; {}</translation>
    </message>
    <message>
        <source>A、B 岗配齐</source>
        <translation>A and B posts staffed</translation>
    </message>
    <message>
        <source>缺 B 岗等提醒</source>
        <translation>Warnings (no B post, …)</translation>
    </message>
    <message>
        <source>有时段无人值守或资格不足</source>
        <translation>Unstaffed session or missing qualification</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>无检查问题</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>1–2 条问题</source>
        <translation>1–2 findings</translation>
    </message>
    <message>
        <source>3 条及以上问题</source>
        <translation>3 or more findings</translation>
    </message>
    <message>
        <source>无差别综合窗口</source>
        <translation>General window</translation>
    </message>
    <message>
        <source>专用窗口</source>
        <translation>Dedicated window</translation>
    </message>
</context>
<context>
    <name>FloorplanDialogs</name>
    <message>
        <source>楼层名称:</source>
        <translation>Floor name:</translation>
    </message>
    <message>
        <source>设定底图比例</source>
        <translation>Set the drawing's scale</translation>
    </message>
    <message>
        <source>两点之间的实际距离(米;按当前比例为 {} 米):</source>
        <translation>Real distance between the two points (metres; {} m at the current scale):</translation>
    </message>
    <message>
        <source>公共通道最小净宽</source>
        <translation>Minimum route width</translation>
    </message>
    <message>
        <source>窗口前公共通道的最小净宽,GB 55019-2021 第2.2.2条不小于 {} 米:</source>
        <translation>The minimum clear width of the public route in front of the windows; GB 55019-2021 §2.2.2 asks at least {} m:</translation>
    </message>
    <message>
        <source>使用预设 {} 米(人员密集场所)</source>
        <translation>Use the preset, {} m (a crowded public place)</translation>
    </message>
    <message>
        <source> 米</source>
        <translation> m</translation>
    </message>
    <message>
        <source>最小净宽</source>
        <translation>Minimum width</translation>
    </message>
    <message>
        <source>选择 PDF 页</source>
        <translation>Choose a PDF page</translation>
    </message>
    <message>
        <source>该 PDF 有 {} 页,导入第几页:</source>
        <translation>The PDF has {} pages; import page:</translation>
    </message>
</context>
<context>
    <name>FloorplanExport</name>
    <message>
        <source>导出平面图…</source>
        <translation>Export floor plan…</translation>
    </message>
    <message>
        <source>把当前楼层的平面图(图例、窗口清单)导出为 PDF(矢量,A3/A4 横向)或 PNG</source>
        <translation>Export this floor's plan (legend, window list) as PDF (vector, A3/A4 landscape) or PNG</translation>
    </message>
    <message>
        <source>PDF,A3 横向 (*.pdf)</source>
        <translation>PDF, A3 landscape (*.pdf)</translation>
    </message>
    <message>
        <source>PDF,A4 横向 (*.pdf)</source>
        <translation>PDF, A4 landscape (*.pdf)</translation>
    </message>
    <message>
        <source>PNG 图像 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>平面图</source>
        <translation>floor plan</translation>
    </message>
    <message>
        <source>导出平面图</source>
        <translation>Export floor plan</translation>
    </message>
    <message>
        <source>无法导出平面图</source>
        <translation>Cannot export the floor plan</translation>
    </message>
    <message>
        <source>已导出平面图 {path}:{pages} 页</source>
        <translation>Floor plan exported to {path}: {pages} page(s)</translation>
    </message>
    <message>
        <source>已导出平面图 {path}:{width}×{height} 像素</source>
        <translation>Floor plan exported to {path}: {width}×{height} pixels</translation>
    </message>
</context>
<context>
    <name>FloorplanPage</name>
    <message>
        <source>适应窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>滚轮缩放,中键拖动平移;拖动或方向键移动窗口(Shift 十格),拖动手柄改尺寸;R 键旋转 90°;把事项从事项目录拖到窗口上即分配</source>
        <translation>Wheel zooms, middle button pans; drag or arrow keys move windows (Shift: ten steps), handles resize; R turns 90°; drop items from the catalog on a window to assign them</translation>
    </message>
    <message>
        <source>网格 {} 米</source>
        <translation>Grid {} m</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>所选窗口</source>
        <translation>Selected window</translation>
    </message>
    <message>
        <source>低位服务设施(低位窗口)</source>
        <translation>Low counter (accessible service counter)</translation>
    </message>
    <message>
        <source>GB 55019-2021 第3.6.1条:每个服务区都应设低位服务设施</source>
        <translation>GB 55019-2021 clause 3.6.1: every service area needs a low counter</translation>
    </message>
    <message>
        <source>办理事项(年办件量从大到小)</source>
        <translation>Items handled (largest yearly volume first)</translation>
    </message>
    <message>
        <source>这个规划还没有楼层平面</source>
        <translation>This plan has no floor plans yet</translation>
    </message>
    <message>
        <source>重命名功能区“{}”…</source>
        <translation>Rename zone “{}”…</translation>
    </message>
    <message>
        <source>删除功能区“{}”</source>
        <translation>Delete zone “{}”</translation>
    </message>
    <message>
        <source>重命名功能区</source>
        <translation>Rename zone</translation>
    </message>
    <message>
        <source>功能区名称:</source>
        <translation>Zone name:</translation>
    </message>
    <message>
        <source>删除功能区</source>
        <translation>Delete zone</translation>
    </message>
    <message>
        <source>删除功能区“{}”?窗口不受影响,可撤销。</source>
        <translation>Delete zone “{}”? Its windows stay; this can be undone.</translation>
    </message>
    <message>
        <source>已选 {} 个窗口</source>
        <translation>{} windows selected</translation>
    </message>
    <message>
        <source>点选一个窗口,查看它的事项和办件量</source>
        <translation>Click a window to see its items and volume</translation>
    </message>
    <message>
        <source>办理事项共 {items} 项,年办件量共 {volume}</source>
        <translation>Items handled: {items} in all; yearly cases: {volume} in all</translation>
    </message>
    <message>
        <source>办理事项 {items} 项,年办件量 {volume}</source>
        <translation>{items} items handled, {volume} cases a year</translation>
    </message>
    <message>
        <source>位置 {x}, {y} 米;{w} × {h} 米;旋转 {r}°</source>
        <translation>At {x}, {y} m; {w} × {h} m; turned {r}°</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>查看全部修改</source>
        <translation>Show all edits</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>对象类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>动作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>加载更早的修改</source>
        <translation>Load earlier edits</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>历史:{record}</source>
        <translation>History: {record}</translation>
    </message>
    <message>
        <source>历史:整个规划</source>
        <translation>History: the whole plan</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>(未命名的修改)</source>
        <translation>(unnamed edit)</translation>
    </message>
    <message>
        <source>{count} 次修改{more}</source>
        <translation>{count} edits{more}</translation>
    </message>
    <message>
        <source>,还有更早的</source>
        <translation>, earlier ones not loaded yet</translation>
    </message>
    <message>
        <source>……另有 {count} 条记录,导出 Excel 可看全部</source>
        <translation>… {count} more records; export to Excel to see them all</translation>
    </message>
    <message>
        <source>导出修改历史</source>
        <translation>Export the history</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出修改历史 {path}:{rows} 行</source>
        <translation>History exported to {path}: {rows} rows</translation>
    </message>
</context>
<context>
    <name>HostKind</name>
    <message>
        <source>政府机关</source>
        <translation>Government office</translation>
    </message>
    <message>
        <source>银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>保险机构</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>公证处</source>
        <translation>Notary office</translation>
    </message>
    <message>
        <source>社区便利店</source>
        <translation>Community convenience store</translation>
    </message>
    <message>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>医疗机构</source>
        <translation>Medical institution</translation>
    </message>
    <message>
        <source>汽车4S店</source>
        <translation>Car dealership</translation>
    </message>
    <message>
        <source>渔港码头</source>
        <translation>Fishing port</translation>
    </message>
    <message>
        <source>工业园区</source>
        <translation>Industrial park</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入事项目录 — {}</source>
        <translation>Import item catalog — {}</translation>
    </message>
    <message>
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>新建文件中出现、规划中还没有的部门</source>
        <translation>Create the departments the file names that the plan does not have yet</translation>
    </message>
    <message>
        <source>跳过有误的行,只导入无误的行</source>
        <translation>Skip rows with errors and import the others</translation>
    </message>
    <message>
        <source>按新的列对应重新检查</source>
        <translation>Check again with the new column mapping</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在读取 {}…</source>
        <translation>Reading {}…</translation>
    </message>
    <message>
        <source>工作表“{sheet}”,表头在第 {row} 行;{count} 行事项,跳过空行 {blank} 行、小计行 {subtotal} 行</source>
        <translation>Sheet “{sheet}”, header in row {row}; {count} item rows, {blank} blank rows and {subtotal} subtotal rows skipped</translation>
    </message>
    <message>
        <source>(不导入)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>正在按规划检查 {count} 行…</source>
        <translation>Checking {count} rows against the plan…</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>有误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>……共 {} 个问题</source>
        <translation>… {} problems in all</translation>
    </message>
    <message>
        <source>正在导入 {count} 行…</source>
        <translation>Importing {count} rows…</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>文件未能读取。</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>导入事项目录</source>
        <translation>Import item catalog</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>InspectionState</name>
    <message>
        <source>待整改</source>
        <translation>To rectify</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>无需整改</source>
        <translation>Nothing to rectify</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>督查日期</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>督查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>督查内容</source>
        <translation>What was checked</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>整改完成日期</source>
        <translation>Rectified on</translation>
    </message>
    <message>
        <source>新增记录</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>标记已整改(今天)</source>
        <translation>Mark rectified (today)</translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>(逾期)</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>ItemOperation</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>更名</source>
        <translation>Rename</translation>
    </message>
</context>
<context>
    <name>ItemPlaces</name>
    <message>
        <source>办理地点</source>
        <translation>Handled at</translation>
    </message>
    <message>
        <source>办理地点:尚未安排</source>
        <translation>Handled at: not arranged yet</translation>
    </message>
    <message>
        <source>进驻日期:未定(尚无政务服务中心窗口)</source>
        <translation>Entry date: not fixed (no service center window yet)</translation>
    </message>
    <message>
        <source>进驻日期:未记录(已进驻)</source>
        <translation>Entry date: not recorded (entered)</translation>
    </message>
    <message>
        <source>进驻日期:未定</source>
        <translation>Entry date: not fixed</translation>
    </message>
    <message>
        <source>进驻日期:{date}(计划)</source>
        <translation>Entry date: {date} (planned)</translation>
    </message>
    <message>
        <source>进驻日期:{date}(已进驻)</source>
        <translation>Entry date: {date} (entered)</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>current</translation>
    </message>
    <message>
        <source>计划进驻,日期未定</source>
        <translation>planned entry, date not fixed</translation>
    </message>
    <message>
        <source>计划自 {date} 起办理</source>
        <translation>planned from {date}</translation>
    </message>
    <message>
        <source>当前,自 {date} 起办理</source>
        <translation>current, since {date}</translation>
    </message>
    <message>
        <source>已于 {date} 关闭</source>
        <translation>closed on {date}</translation>
    </message>
    <message>
        <source>当前,计划 {date} 关闭</source>
        <translation>current, closing on {date}</translation>
    </message>
    <message>
        <source>保留:{reason}</source>
        <translation>kept: {reason}</translation>
    </message>
    <message>
        <source>保留:{reason}({note})</source>
        <translation>kept: {reason} ({note})</translation>
    </message>
    <message>
        <source>当前;已进驻而未说明保留理由</source>
        <translation>current; entered, kept without a reason</translation>
    </message>
    <message>
        <source>当前;进驻时关闭,除非保留</source>
        <translation>current; closes on entry unless kept</translation>
    </message>
</context>
<context>
    <name>ItemQualificationsEditor</name>
    <message>
        <source>搜索事项名称</source>
        <translation>Search item names</translation>
    </message>
    <message>
        <source>以“、”分隔;留空为不需要</source>
        <translation>separated by “、”; empty: none needed</translation>
    </message>
    <message>
        <source>保存所需资格</source>
        <translation>Save qualifications</translation>
    </message>
    <message>
        <source>所需资格</source>
        <translation>Qualifications needed</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>负面清单</source>
        <translation>negative list</translation>
    </message>
    <message>
        <source>特殊敏感</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <source>全程网办</source>
        <translation>fully online</translation>
    </message>
    <message>
        <source>联办</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>example</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Dept.</translation>
    </message>
    <message>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>年办件量</source>
        <translation>Cases/year</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>进驻日期</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>实施编码:{}</source>
        <translation>Implementation code: {}</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <source>行政许可</source>
        <translation>Licensing</translation>
    </message>
    <message>
        <source>行政确认</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>行政给付</source>
        <translation>Benefit payment</translation>
    </message>
    <message>
        <source>行政裁决</source>
        <translation>Adjudication</translation>
    </message>
    <message>
        <source>行政奖励</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>行政征收</source>
        <translation>Levy</translation>
    </message>
    <message>
        <source>行政检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>其他行政权力</source>
        <translation>Other power</translation>
    </message>
    <message>
        <source>公共服务</source>
        <translation>Public service</translation>
    </message>
</context>
<context>
    <name>KeepPlaceDialog</name>
    <message>
        <source>保留原办理点</source>
        <translation>Keep Former Place</translation>
    </message>
    <message>
        <source>依据或说明,如方案条款、联办事项</source>
        <translation>Basis or note, e.g. plan clause, jointly handled items</translation>
    </message>
    <message>
        <source>原办理点</source>
        <translation>Former place</translation>
    </message>
    <message>
        <source>保留理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>进驻后该处作为靠前延伸办事窗口继续办理,政务服务中心为主办理点。原则上中心以外的办理点不再保留:只在办件量较大或该处有联办事项时保留(方案§二(二))。</source>
        <translation>After entry the place goes on as an extension window and the service center is the main place. In principle no place outside the center is kept: only for a large case volume or jointly handled items there (plan §二(二)).</translation>
    </message>
</context>
<context>
    <name>KeepReason</name>
    <message>
        <source>办件量较大</source>
        <translation>Large case volume</translation>
    </message>
    <message>
        <source>该处有联办事项</source>
        <translation>Jointly handled items there</translation>
    </message>
    <message>
        <source>方案明确保留</source>
        <translation>Named by the plan</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>跟随系统</source>
        <translation>Follow the System</translation>
    </message>
    <message>
        <source>下次启动时生效</source>
        <translation>Applies at the next start</translation>
    </message>
    <message>
        <source>HallPlanner 下次启动时将使用所选的界面语言。</source>
        <translation>HallPlanner will use the chosen language the next time it starts.</translation>
    </message>
</context>
<context>
    <name>LayoutCommands</name>
    <message>
        <source>左对齐</source>
        <translation>Align left</translation>
    </message>
    <message>
        <source>右对齐</source>
        <translation>Align right</translation>
    </message>
    <message>
        <source>顶端对齐</source>
        <translation>Align top</translation>
    </message>
    <message>
        <source>底端对齐</source>
        <translation>Align bottom</translation>
    </message>
    <message>
        <source>垂直居中对齐</source>
        <translation>Align centres vertically</translation>
    </message>
    <message>
        <source>水平居中对齐</source>
        <translation>Align centres horizontally</translation>
    </message>
    <message>
        <source>水平等距分布</source>
        <translation>Distribute horizontally</translation>
    </message>
    <message>
        <source>垂直等距分布</source>
        <translation>Distribute vertically</translation>
    </message>
    <message>
        <source>对齐到网格</source>
        <translation>Snap to grid</translation>
    </message>
    <message>
        <source>重新编号…</source>
        <translation>Renumber…</translation>
    </message>
    <message>
        <source>复制窗口</source>
        <translation>Copy windows</translation>
    </message>
    <message>
        <source>粘贴窗口</source>
        <translation>Paste windows</translation>
    </message>
    <message>
        <source>新增楼层…</source>
        <translation>Add floor…</translation>
    </message>
    <message>
        <source>重命名楼层…</source>
        <translation>Rename floor…</translation>
    </message>
    <message>
        <source>公共通道最小净宽…</source>
        <translation>Minimum route width…</translation>
    </message>
    <message>
        <source>移到楼层</source>
        <translation>Move to floor</translation>
    </message>
    <message>
        <source>新增楼层</source>
        <translation>Add floor</translation>
    </message>
    <message>
        <source>重命名楼层</source>
        <translation>Rename floor</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <source>区级</source>
        <translation>District</translation>
    </message>
    <message>
        <source>镇(街道)级</source>
        <translation>Town (subdistrict)</translation>
    </message>
    <message>
        <source>村(社区)级</source>
        <translation>Village (community)</translation>
    </message>
</context>
<context>
    <name>ListScope</name>
    <message>
        <source>市、区政务服务中心(省负面清单)</source>
        <translation>City and district service centers (provincial negative list)</translation>
    </message>
    <message>
        <source>镇街便民服务中心、村居便民服务站</source>
        <translation>Town service centers and village service stations</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>事项(&amp;I)</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <source>场所与窗口(&amp;W)</source>
        <translation>Venues and &amp;Windows</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>HallPlanner 政务服务中心进驻规划</source>
        <translation>HallPlanner: Government Service Center Planning</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>面板(&amp;P)</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>设置进驻状态</source>
        <translation>Set Entry Status</translation>
    </message>
    <message>
        <source>这是随附样例(只读):在工作副本上编辑</source>
        <translation>The bundled sample (read-only): edit a working copy</translation>
    </message>
    <message>
        <source>规划工作区</source>
        <translation>Planning workspace</translation>
    </message>
    <message>
        <source>标识牌</source>
        <translation>Signboards</translation>
    </message>
    <message>
        <source>人员配置</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>平面布局</source>
        <translation>Floor plan</translation>
    </message>
    <message>
        <source>变更公布</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>督查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <source>负面清单</source>
        <translation>Negative list</translation>
    </message>
    <message>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>规划检查</source>
        <translation>Plan checks</translation>
    </message>
    <message>
        <source>撤销 {}</source>
        <translation>Undo {}</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>重做 {}</source>
        <translation>Redo {}</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>HallPlanner 政务服务中心进驻规划 — {}</source>
        <translation>HallPlanner: Government Service Center Planning — {}</translation>
    </message>
    <message>
        <source>数据库已升级,升级前的备份:{}</source>
        <translation>The database was upgraded; the backup from before: {}</translation>
    </message>
    <message>
        <source>数据库以只读方式打开:可以查看,不能修改</source>
        <translation>The database is open read-only: you can look, not change</translation>
    </message>
    <message>
        <source>账号 {login} · {role}{where}</source>
        <translation>Login {login} · {role}{where}</translation>
    </message>
    <message>
        <source>此账号可以修改整个规划</source>
        <translation>This login may change the whole plan</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <source>已撤销:{}</source>
        <translation>Undone: {}</translation>
    </message>
    <message>
        <source>已重做:{}</source>
        <translation>Redone: {}</translation>
    </message>
    <message>
        <source>显示 {shown} / 共 {total} 个事项,其中已分配窗口的事项 {assigned} 个;场所 {venues} 个</source>
        <translation>Items: {shown} shown of {total}, {assigned} at a window · Venues: {venues}</translation>
    </message>
    <message>
        <source>规划中已没有这一{subject}</source>
        <translation>This {subject} is no longer in the plan</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could Not Complete</translation>
    </message>
    <message>
        <source>关于 HallPlanner</source>
        <translation>About HallPlanner</translation>
    </message>
    <message>
        <source>HallPlanner {}
政务服务中心事项进驻、窗口布局与标识规划工具。</source>
        <translation>HallPlanner {}
Plans which items a government service center handles, at which windows, and its signage.</translation>
    </message>
</context>
<context>
    <name>NegativeListPage</name>
    <message>
        <source>施行日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>事项数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>导入版本…</source>
        <translation>Import version…</translation>
    </message>
    <message>
        <source>比较所选两个版本</source>
        <translation>Compare the two selected versions</translation>
    </message>
    <message>
        <source>按施行中的版本更新事项标记</source>
        <translation>Update item flags from the version in force</translation>
    </message>
    <message>
        <source>负面清单版本</source>
        <translation>Negative list versions</translation>
    </message>
    <message>
        <source>基本编码</source>
        <translation>Basic code</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>清单内容</source>
        <translation>List contents</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>提出部门</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>调整后的版本</source>
        <translation>Version after the change</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>办理机构</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>意见或理由</source>
        <translation>Opinion or reason</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>提出调整建议…</source>
        <translation>Raise a proposal…</translation>
    </message>
    <message>
        <source>办理下一步…</source>
        <translation>Next step…</translation>
    </message>
    <message>
        <source>部门提出 → 报同级审改办 → 市审改办汇总报送 → 省审改办审定(§三(五))</source>
        <translation>Department raises → same-level reform office → city office gathers and reports → province decides (§三(五))</translation>
    </message>
    <message>
        <source>调整建议</source>
        <translation>Adjustment proposals</translation>
    </message>
    <message>
        <source>施行中</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>据“{}”调整</source>
        <translation>Amends “{}”</translation>
    </message>
    <message>
        <source>尚无负面清单版本:点“导入版本…”导入省审改办公布的清单</source>
        <translation>No negative list version yet: click “Import version…” to import the list the provincial reform office published</translation>
    </message>
    <message>
        <source>{name}:{count} 项,自 {date} 起施行</source>
        <translation>{name}: {count} items, in force from {date}</translation>
    </message>
    <message>
        <source>“{old}”→“{new}”:新增 {added} 项,删除 {removed} 项</source>
        <translation>“{old}” → “{new}”: {added} added, {removed} removed</translation>
    </message>
    <message>
        <source>负面清单</source>
        <translation>Negative list</translation>
    </message>
    <message>
        <source>导入负面清单</source>
        <translation>Import negative list</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>{file} 有 {count} 行错误,未导入:
{lines}</source>
        <translation>{file} has {count} rows with errors; nothing imported:
{lines}</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <source>新增{kind}</source>
        <translation>New {kind}</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>如:上午</source>
        <translation>e.g. Morning</translation>
    </message>
    <message>
        <source>12345 或 1-5(1 为周一)</source>
        <translation>12345 or 1-5 (1 is Monday)</translation>
    </message>
    <message>
        <source>新增时段</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>保存时段</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>删除时段</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>时段名称</source>
        <translation>Session name</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>What it asks</translation>
    </message>
    <message>
        <source>判定方式</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>进驻期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>应进驻</source>
        <translation>To enter</translation>
    </message>
    <message>
        <source>已进驻</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>已排中心窗口</source>
        <translation>Center window set</translation>
    </message>
    <message>
        <source>逾期未进驻</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>进驻率</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>已进驻事项</source>
        <translation>Entered items</translation>
    </message>
    <message>
        <source>在本领域综合窗口办理</source>
        <translation>At the domain's windows</translation>
    </message>
    <message>
        <source>一窗通办率</source>
        <translation>At one window</translation>
    </message>
</context>
<context>
    <name>PlaceChange</name>
    <message>
        <source>迁入中心</source>
        <translation>Moves into the center</translation>
    </message>
    <message>
        <source>迁入中心,原址保留为延伸窗口</source>
        <translation>Moves into the center; old place kept as an extension window</translation>
    </message>
    <message>
        <source>原办理点关闭</source>
        <translation>Old place closes</translation>
    </message>
    <message>
        <source>新设中心窗口</source>
        <translation>New center window</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>选中的 {count} 个事项</source>
        <translation>the {count} selected items</translation>
    </message>
    <message>
        <source>{venue}({count}/{total} 个事项)</source>
        <translation>{venue} ({count} of {total} items)</translation>
    </message>
</context>
<context>
    <name>PlaceRole</name>
    <message>
        <source>主办理点</source>
        <translation>Main place</translation>
    </message>
    <message>
        <source>靠前延伸办事窗口</source>
        <translation>Extension window</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <source>场所与窗口</source>
        <translation>Venues and Windows</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>查看历史</source>
        <translation>Show history</translation>
    </message>
    <message>
        <source>{name}({short})</source>
        <translation>{name} ({short})</translation>
    </message>
    <message>
        <source>无差别综合窗口</source>
        <translation>All-purpose window</translation>
    </message>
</context>
<context>
    <name>PlanRule</name>
    <message>
        <source>负面清单外的事项应进驻中心,按期完成,审批服务不中断</source>
        <translation>Items outside the negative list enter the center, on time, without interrupting service</translation>
    </message>
    <message>
        <source>未进驻的负面清单事项由服务部门设立分中心(特殊敏感事项除外)</source>
        <translation>Negative-list items that have not entered get a sub-center run by the serving department (special sensitive items excepted)</translation>
    </message>
    <message>
        <source>已进驻的事项不得撤出</source>
        <translation>An item that has entered must not be withdrawn</translation>
    </message>
    <message>
        <source>进驻后原办理点可保留为靠前延伸办事窗口,须有理由(办件量大或有联办事项)</source>
        <translation>On entry the old place may be kept as an extension window, with a reason (large case volume or jointly handled items)</translation>
    </message>
    <message>
        <source>供水、供电、供气、法律援助等公共服务单位进驻中心并多设办理点</source>
        <translation>Public service providers (water, power, gas, legal aid) enter the center and run more handling places</translation>
    </message>
    <message>
        <source>涉及公共服务单位及其办理点,数据中没有记录,请人工核对</source>
        <translation>Public service providers and their places are not in the data: check by hand</translation>
    </message>
    <message>
        <source>新增、删除、合并、拆分、更名的事项同样适用 R1–R5</source>
        <translation>New, deleted, merged, split and renamed items follow R1–R5 as well</translation>
    </message>
    <message>
        <source>调整后的事项与其他事项一样接受 R1–R5 检查;合并含已进驻事项时编辑保持已进驻</source>
        <translation>Adjusted items are checked by R1–R5 like any other; a merge containing an entered item stays entered</translation>
    </message>
    <message>
        <source>特殊敏感事项暂不设分中心,原址设标识、公布联系人和电话、地址到楼层房间</source>
        <translation>Special sensitive items get no sub-center for now; their place shows signs, a contact person and phone, and an address down to floor and room</translation>
    </message>
    <message>
        <source>分中心按统一格式挂牌,原则上无差别综合窗口全覆盖</source>
        <translation>Sub-centers carry the standard sign and in principle general windows throughout</translation>
    </message>
    <message>
        <source>靠前延伸办事窗口按统一格式挂牌</source>
        <translation>Extension windows carry the standard sign</translation>
    </message>
    <message>
        <source>进驻部门整建制进驻,实现三集中、三到位,实行首席事务代表制,窗口人员配足</source>
        <translation>Entering departments move their approval section in whole, achieve the three concentrations and three in place, apply the chief affairs representative system and staff their windows fully</translation>
    </message>
    <message>
        <source>三集中、三到位各项含义为通行说法(非方案原文),逐项状态见人员配置</source>
        <translation>What the three concentrations and three in place mean is common usage (not the plan's text); see Staffing for each point</translation>
    </message>
    <message>
        <source>AB岗顶岗与轮岗期限</source>
        <translation>A/B stand-ins and rotation terms</translation>
    </message>
    <message>
        <source>本地做法,非方案要求;期限可在人员配置中修改</source>
        <translation>Local practice, not required by the plan; the terms can be changed under Staffing</translation>
    </message>
    <message>
        <source>服务区设低位服务设施(无障碍强制性国家标准)</source>
        <translation>Every service area has a low counter (mandatory accessibility standard)</translation>
    </message>
    <message>
        <source>窗口前的公共通道净宽不小于 1.20 米,人员密集场所 1.80 米(无障碍强制性国家标准)</source>
        <translation>Public route in front of a counter at least 1.20 m clear, 1.80 m in crowded places (mandatory national accessibility standard)</translation>
    </message>
    <message>
        <source>按平面图量取窗口正前方到其他窗口或后台办公区的净距;墙体与座椅未录入,请现场核对</source>
        <translation>Measured on the plan from each counter's public side straight out to the next counter or back office; walls and seats are not recorded, check on site</translation>
    </message>
    <message>
        <source>低位服务设施设无障碍标识(无障碍强制性国家标准)</source>
        <translation>Low counters carry the accessibility sign (mandatory national accessibility standard)</translation>
    </message>
    <message>
        <source>窗口区与后台办公区分开设置(地方标准的做法)</source>
        <translation>Window area kept apart from the back office (a provincial standard's practice)</translation>
    </message>
    <message>
        <source>逐步实现分领域综合窗口一窗通办</source>
        <translation>Step by step, one-window handling at each domain's integrated windows</translation>
    </message>
    <message>
        <source>可网办的事项仍须保留线下办理窗口</source>
        <translation>An item that can be done online still keeps an offline window</translation>
    </message>
    <message>
        <source>现场办结,杜绝体外循环,避免群众多跑</source>
        <translation>Cases finished on site, no off-book loop, no repeated trips</translation>
    </message>
    <message>
        <source>规划数据无法判定,请在运行中核查</source>
        <translation>Planning data cannot decide this: check in operation</translation>
    </message>
    <message>
        <source>办理地点变更须在网上办事大厅、网站、微信公众号公布</source>
        <translation>Changed handling places are published on the online hall, the website and the WeChat account</translation>
    </message>
    <message>
        <source>变更清单由进驻和关闭日期得出;已生效而未在各渠道公布的变更列为问题</source>
        <translation>The change list follows from entry and closing dates; changes in effect and not published on every channel are findings</translation>
    </message>
    <message>
        <source>事项标记按施行中的清单版本核对,调整建议按办理步骤跟踪;批复文件请人工核对</source>
        <translation>Item flags are checked against the version in force, proposals followed step by step; check the approval documents by hand</translation>
    </message>
    <message>
        <source>区级事项按 R1–R4 同样检查;镇街、村居的负面清单作为“镇街、村居”范围的版本导入,按 R14 核对</source>
        <translation>District items are checked by R1–R4 alike; the towns' and villages' negative list is imported as a version of the “towns and villages” scope and checked by R14</translation>
    </message>
    <message>
        <source>由督查记录判定:逾期未整改的问题,尚无督查记录的场所;督查的频次与质量请人工核对</source>
        <translation>Decided from inspection records: overdue rectifications, places without any inspection; check how often and how well by hand</translation>
    </message>
    <message>
        <source>负面清单调整报同级审改办,市审改办汇总报省审改办审定</source>
        <translation>Negative-list changes go to the same-level reform office, are gathered by the city office and approved by the province</translation>
    </message>
    <message>
        <source>各区参照执行;镇街、村居按其负面清单进驻</source>
        <translation>Districts apply the same rules; towns and villages enter by their own negative list</translation>
    </message>
    <message>
        <source>对进驻、分中心、延伸窗口的运行和服务质量开展督查</source>
        <translation>Entry, sub-centers and extension windows are inspected for operation and service quality</translation>
    </message>
</context>
<context>
    <name>PlanSession</name>
    <message>
        <source>正在打开 {}…</source>
        <translation>Opening {}…</translation>
    </message>
    <message>
        <source>正在打开样例…</source>
        <translation>Opening the sample…</translation>
    </message>
    <message>
        <source>打开数据库时出错:{}</source>
        <translation>The database could not be opened: {}</translation>
    </message>
    <message>
        <source>正在打开另一个规划,此操作未执行。</source>
        <translation>Another plan is opening; this was not done.</translation>
    </message>
    <message>
        <source>已取消,数据库未作改动。</source>
        <translation>Cancelled; the database was not changed.</translation>
    </message>
    <message>
        <source>保存未能完成,数据库未作改动。</source>
        <translation>The save could not be completed; the database is unchanged.</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>撤销未能完成,数据库未作改动。</source>
        <translation>The undo could not be completed; the database is unchanged.</translation>
    </message>
    <message>
        <source>正在撤销…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>正在重做…</source>
        <translation>Redoing…</translation>
    </message>
    <message>
        <source>读取数据库失败。</source>
        <translation>Reading the database failed.</translation>
    </message>
    <message>
        <source>正在重新读取…</source>
        <translation>Reloading…</translation>
    </message>
    <message>
        <source>重新读取失败。</source>
        <translation>Reloading failed.</translation>
    </message>
</context>
<context>
    <name>PoolChart</name>
    <message>
        <source>没有可比较的窗口需求</source>
        <translation>No window demand to compare</translation>
    </message>
    <message>
        <source>分设窗口:{}</source>
        <translation>Separate windows: {}</translation>
    </message>
    <message>
        <source>无差别窗口池:{}</source>
        <translation>General pool: {}</translation>
    </message>
    <message>
        <source>{venue}:同样的办件量,合并为一个无差别综合窗口池少需 {saved} 个窗口(各色为分设的窗口组,同一 Erlang C 目标)</source>
        <translation>{venue}: for the same cases, one general window pool needs {saved} fewer windows (colours: the separate window groups; same Erlang C target)</translation>
    </message>
</context>
<context>
    <name>Post</name>
    <message>
        <source>A岗</source>
        <translation>A post</translation>
    </message>
    <message>
        <source>B岗</source>
        <translation>B post</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>各部门进驻进度(R1)</source>
        <translation>Entry by department (R1)</translation>
    </message>
    <message>
        <source>各领域一窗通办进度(R11)</source>
        <translation>One-window handling by domain (R11)</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>ProposalAction</name>
    <message>
        <source>列入负面清单</source>
        <translation>Put on the negative list</translation>
    </message>
    <message>
        <source>移出负面清单</source>
        <translation>Take off the negative list</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>提出负面清单调整建议</source>
        <translation>Propose a change to the negative list</translation>
    </message>
    <message>
        <source>选择事项,或写不在规划中的事项名称</source>
        <translation>Choose an item, or type the name of an item not in the plan</translation>
    </message>
    <message>
        <source>附件名称,以分号分隔</source>
        <translation>Attachment names, separated by semicolons</translation>
    </message>
    <message>
        <source>提出部门</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>ProposalState</name>
    <message>
        <source>部门提出</source>
        <translation>Raised by the department</translation>
    </message>
    <message>
        <source>已报同级审改办</source>
        <translation>Sent to the same-level reform office</translation>
    </message>
    <message>
        <source>市审改办已汇总报送</source>
        <translation>Gathered and reported by the city office</translation>
    </message>
    <message>
        <source>已同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>未同意</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>PublicationChannel</name>
    <message>
        <source>省网上办事大厅</source>
        <translation>Provincial online hall</translation>
    </message>
    <message>
        <source>门户网站</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>微信公众号</source>
        <translation>WeChat account</translation>
    </message>
</context>
<context>
    <name>PublicationPage</name>
    <message>
        <source>只显示待公布的变更</source>
        <translation>Only changes still to publish</translation>
    </message>
    <message>
        <source>标记已公布</source>
        <translation>Mark published</translation>
    </message>
    <message>
        <source>取消标记</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>公布日期</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>变更日期</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>实施编码</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>原办理地点</source>
        <translation>Old place</translation>
    </message>
    <message>
        <source>新办理地点</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>须重新公布(日期已变)</source>
        <translation>Publish again (date moved)</translation>
    </message>
    <message>
        <source>未公布</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>变更 {total} 项,待公布 {pending} 项,其中已生效 {overdue} 项(方案§三(四)5)</source>
        <translation>{total} changes, {pending} still to publish, {overdue} of them in effect (plan §三(四)5)</translation>
    </message>
    <message>
        <source>导出变更公布清单</source>
        <translation>Export the publication list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出变更公布清单 {path}:{rows} 行</source>
        <translation>Publication list exported to {path}: {rows} rows</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>基本编码</source>
        <translation>Basic code</translation>
    </message>
    <message>
        <source>实施编码</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>所属部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>行使层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>进驻状态</source>
        <translation>Entry status</translation>
    </message>
    <message>
        <source>年办件量</source>
        <translation>Cases per year</translation>
    </message>
    <message>
        <source>平均办理时长(分钟)</source>
        <translation>Average handling (min)</translation>
    </message>
    <message>
        <source>网办深度</source>
        <translation>Online depth</translation>
    </message>
    <message>
        <source>全程网办</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>联办事项</source>
        <translation>Jointly handled</translation>
    </message>
    <message>
        <source>负面清单</source>
        <translation>Negative list</translation>
    </message>
    <message>
        <source>特殊敏感事项</source>
        <translation>Special sensitive item</translation>
    </message>
    <message>
        <source>方案条款</source>
        <translation>Plan clause</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>窗口号</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <source>窗口类型</source>
        <translation>Window type</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>平面位置 x(米)</source>
        <translation>Floor plan x (m)</translation>
    </message>
    <message>
        <source>平面位置 y(米)</source>
        <translation>Floor plan y (m)</translation>
    </message>
    <message>
        <source>宽(米)</source>
        <translation>Width (m)</translation>
    </message>
    <message>
        <source>深(米)</source>
        <translation>Depth (m)</translation>
    </message>
    <message>
        <source>旋转(度)</source>
        <translation>Rotation (°)</translation>
    </message>
    <message>
        <source>低位服务设施(GB 55019-2021 §3.6.1)</source>
        <translation>Low counter (GB 55019-2021 §3.6.1)</translation>
    </message>
    <message>
        <source>已设无障碍标识(§4.0.1)</source>
        <translation>Accessibility sign up (§4.0.1)</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>场所名称</source>
        <translation>Venue name</translation>
    </message>
    <message>
        <source>场所类型</source>
        <translation>Venue type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>依托单位类型</source>
        <translation>Host type</translation>
    </message>
    <message>
        <source>主管部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>业务分类(分中心、延伸窗口标识)</source>
        <translation>Sign: business word</translation>
    </message>
    <message>
        <source>地点(延伸窗口标识)</source>
        <translation>Sign: location</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>启用日期</source>
        <translation>Opens on</translation>
    </message>
    <message>
        <source>撤销日期</source>
        <translation>Closes on</translation>
    </message>
    <message>
        <source>部门全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>标识用简称</source>
        <translation>Short name for signs</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>中央垂管部门</source>
        <translation>Centrally managed</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{kind}:{name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>没有修改</source>
        <translation>Nothing has changed</translation>
    </message>
</context>
<context>
    <name>RegionsDialog</name>
    <message>
        <source>新规划的城市和各区</source>
        <translation>City and districts of the new plan</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>行政区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>各区</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>每行一个区:名称和 6 位行政区划代码,如“思明区 350203”</source>
        <translation>One district a line: its name and 6-digit administrative division code, e.g. “思明区 350203”</translation>
    </message>
</context>
<context>
    <name>RenumberForm</name>
    <message>
        <source>窗口重新编号</source>
        <translation>Renumber windows</translation>
    </message>
    <message>
        <source>前缀</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>起始号</source>
        <translation>First number</translation>
    </message>
    <message>
        <source>从左到右</source>
        <translation>Left to right</translation>
    </message>
</context>
<context>
    <name>RuleKind</name>
    <message>
        <source>由数据判定</source>
        <translation>Decided by the data</translation>
    </message>
    <message>
        <source>进度指标</source>
        <translation>Progress measure</translation>
    </message>
    <message>
        <source>人工核对</source>
        <translation>Checked by people</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>{title}
已完成 {done} / {total}</source>
        <translation>{title}
{done} of {total} done</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please Wait</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <source>保存副本到服务器</source>
        <translation>Save a Copy to a Server</translation>
    </message>
    <message>
        <source>复制到服务器</source>
        <translation>Copy to the Server</translation>
    </message>
    <message>
        <source>从服务器打开</source>
        <translation>Open from a Server</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已把规划复制到服务器 {place}:{rows} 行,各表行数已核对</source>
        <translation>The plan was copied to the server {place}: {rows} rows, every table's row count checked</translation>
    </message>
    <message>
        <source>部门账号已不属于任何部门</source>
        <translation>Department logins left without a department</translation>
    </message>
    <message>
        <source>新规划中没有这些部门账号原属的部门(按全称),它们已不属于任何部门、不能修改规划,请由管理员重新指定部门:{logins}</source>
        <translation>The new plan has no department of these department logins' (by full name): they now belong to no department and cannot change the plan; an administrator should give them a department again: {logins}</translation>
    </message>
    <message>
        <source>已取消复制;服务器上原有的内容未作改动</source>
        <translation>Copy cancelled; what the server held is unchanged</translation>
    </message>
    <message>
        <source>服务器上已有规划</source>
        <translation>The server already holds a plan</translation>
    </message>
    <message>
        <source>{place} 中已有一个规划。要用当前规划替换它的全部内容吗?此操作不能撤销。</source>
        <translation>{place} already holds a plan. Replace all of its contents with the current plan? This cannot be undone.</translation>
    </message>
    <message>
        <source>无法复制到服务器</source>
        <translation>Cannot copy to the server</translation>
    </message>
    <message>
        <source>复制未能完成,服务器上的数据库未作改动。</source>
        <translation>The copy did not complete; the database on the server is unchanged.</translation>
    </message>
    <message>
        <source>正在复制到服务器 {}…</source>
        <translation>Copying to the server {}…</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>SignboardPage</name>
    <message>
        <source>白字蓝底</source>
        <translation>White on blue</translation>
    </message>
    <message>
        <source>白字红底</source>
        <translation>White on red</translation>
    </message>
    <message>
        <source>黑字白底</source>
        <translation>Black on white</translation>
    </message>
    <message>
        <source>全部种类</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>自定义尺寸</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source>选择字体…</source>
        <translation>Choose font…</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>标识内容</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>措辞来源</source>
        <translation>Wording from</translation>
    </message>
    <message>
        <source>修改措辞…</source>
        <translation>Edit wording…</translation>
    </message>
    <message>
        <source>恢复默认措辞</source>
        <translation>Restore default wording</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>字体</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>全部场所</source>
        <translation>All venues</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>{source}({who},{when})</source>
        <translation>{source} ({who}, {when})</translation>
    </message>
    <message>
        <source>{rule} {severity} {subject}:{message}</source>
        <translation>{rule} {severity} {subject}: {message}</translation>
    </message>
    <message>
        <source>无法制作的标识牌:{count} 块</source>
        <translation>Boards that cannot be made: {count}</translation>
    </message>
    <message>
        <source>导出 PDF({count} 块)…</source>
        <translation>Export PDF ({count} boards)…</translation>
    </message>
    <message>
        <source>打印({count} 块)…</source>
        <translation>Print ({count} boards)…</translation>
    </message>
    <message>
        <source>措辞来源:{source}</source>
        <translation>Wording from: {source}</translation>
    </message>
    <message>
        <source>(缺少数据,无法按默认格式制作)</source>
        <translation>(data missing: the default format cannot be made)</translation>
    </message>
    <message>
        <source>规划人员修改的措辞({who},{when});默认措辞:{default}</source>
        <translation>Wording changed by a planner ({who}, {when}); default wording: {default}</translation>
    </message>
    <message>
        <source>{family}({path})</source>
        <translation>{family} ({path})</translation>
    </message>
    <message>
        <source>自动查找系统中的中文 TrueType 字体</source>
        <translation>A Chinese TrueType font found on the system</translation>
    </message>
    <message>
        <source>选择中文 TrueType 字体</source>
        <translation>Choose a Chinese TrueType font</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc);;全部文件 (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
    </message>
    <message>
        <source>不能使用该字体</source>
        <translation>This font cannot be used</translation>
    </message>
    <message>
        <source>读取字体失败。</source>
        <translation>Reading the font failed.</translation>
    </message>
    <message>
        <source>正在读取字体…</source>
        <translation>Reading the font…</translation>
    </message>
    <message>
        <source>没有选中标识牌</source>
        <translation>No board selected</translation>
    </message>
    <message>
        <source>尺寸无效</source>
        <translation>Invalid size</translation>
    </message>
    <message>
        <source>预览标识牌失败。</source>
        <translation>Previewing the board failed.</translation>
    </message>
    <message>
        <source>导出标识牌 PDF</source>
        <translation>Export signboards as PDF</translation>
    </message>
    <message>
        <source>标识牌.pdf</source>
        <translation>signboards.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已导出 {count} 块标识牌:{path}</source>
        <translation>Exported {count} boards: {path}</translation>
    </message>
    <message>
        <source>正在生成标识牌 PDF…</source>
        <translation>Making the signboards PDF…</translation>
    </message>
    <message>
        <source>导出标识牌失败,未写入文件。</source>
        <translation>Exporting the signboards failed; no file was written.</translation>
    </message>
    <message>
        <source>已送出打印:{count} 块标识牌</source>
        <translation>Sent to the printer: {count} boards</translation>
    </message>
    <message>
        <source>正在打印标识牌…</source>
        <translation>Printing the signboards…</translation>
    </message>
    <message>
        <source>打印标识牌失败。</source>
        <translation>Printing the signboards failed.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>修改标识牌措辞</source>
        <translation>Edit the board's wording</translation>
    </message>
    <message>
        <source>默认措辞:{default}
本标识牌的措辞(规划人员修改,标识牌页会标明):</source>
        <translation>Default wording: {default}
This board's wording (a planner's change, marked as such on the Signboards page):</translation>
    </message>
    <message>
        <source>标识牌</source>
        <translation>Signboards</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>全职进驻</source>
        <translation>Full time in the center</translation>
    </message>
    <message>
        <source>书面授权</source>
        <translation>Written authorization</translation>
    </message>
    <message>
        <source>以“、”分隔</source>
        <translation>separated by “、”</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>删除人员</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>到岗日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>派驻场所</source>
        <translation>Stationed at</translation>
    </message>
    <message>
        <source>A岗窗口</source>
        <translation>A post window</translation>
    </message>
    <message>
        <source>B岗(顶岗)窗口</source>
        <translation>B post (stand-in) window</translation>
    </message>
    <message>
        <source>授权</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>授权范围</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>授权事项</source>
        <translation>Authorized items</translation>
    </message>
    <message>
        <source>资格</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(未派驻)</source>
        <translation>(not stationed)</translation>
    </message>
    <message>
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>全部时段</source>
        <translation>All sessions</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>首席事务代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <source>窗口人员</source>
        <translation>Window staff</translation>
    </message>
    <message>
        <source>后台审批人员</source>
        <translation>Back-office approver</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <source>首席事务代表、整建制进驻与配齐一线窗口人员是方案§三(四)1的要求;“三集中、三到位”各项的含义为通行说法,非方案原文;轮岗年限与AB岗为本地做法;窗口需求按 Erlang C(M/M/c)估算,参数为预设,可修改。</source>
        <translation>The chief affairs representative, whole-section entry and fully staffed front-line windows are required by plan §三(四)1; the meanings of the “three concentrations, three in place” points are common usage, not the plan's text; rotation terms and A/B posts are local practice; window demand is estimated by Erlang C (M/M/c) with preset, changeable parameters.</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>中心事项</source>
        <translation>Items in center</translation>
    </message>
    <message>
        <source>首席事务代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <source>窗口人员</source>
        <translation>Window staff</translation>
    </message>
    <message>
        <source>后台人员</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>整建制与三集中、三到位(通行说法)</source>
        <translation>Whole-section entry, three concentrations, three in place (common usage)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>A岗</source>
        <translation>A post</translation>
    </message>
    <message>
        <source>B岗</source>
        <translation>B post</translation>
    </message>
    <message>
        <source>授权</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>轮岗到期</source>
        <translation>Rotation due</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>窗口组</source>
        <translation>Window group</translation>
    </message>
    <message>
        <source>规划窗口</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>所需窗口</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>值守齐全</source>
        <translation>Fully staffed</translation>
    </message>
    <message>
        <source>所需人员</source>
        <translation>People needed</translation>
    </message>
    <message>
        <source>在岗人员</source>
        <translation>People staffed</translation>
    </message>
    <message>
        <source>高峰每小时</source>
        <translation>Peak per hour</translation>
    </message>
    <message>
        <source>平均办理(分)</source>
        <translation>Avg. handling (min)</translation>
    </message>
    <message>
        <source>中心的窗口组按事项所在的窗口计算负荷;延伸窗口、分中心等中心以外的场所,事项不指定窗口,由该场所本部门的窗口(没有则为无差别窗口)承担。一个事项的办件量在办理它的各场所间平均分摊(预设)。</source>
        <translation>At the center a window group carries the items placed at its windows; at venues outside the center (extension windows, sub-centers) items name no window and the venue's windows of the item's department (else its general windows) carry them. An item's cases are split evenly over the places that handle it (a preset).</translation>
    </message>
    <message>
        <source>分设窗口与无差别窗口池(同一办件量)</source>
        <translation>Separate windows and one general pool (same cases)</translation>
    </message>
    <message>
        <source>窗口池对比</source>
        <translation>Pooled vs. separate</translation>
    </message>
    <message>
        <source>参数</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>事项所需资格</source>
        <translation>Item qualifications</translation>
    </message>
    <message>
        <source>人员配置参数</source>
        <translation>Staffing assumptions</translation>
    </message>
    <message>
        <source>{label}({source})</source>
        <translation>{label} ({source})</translation>
    </message>
    <message>
        <source>应用参数</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>基准日 {date}:错误 {errors} 条,警告 {warnings} 条;{departments} 个部门,{people} 名人员,{groups} 个窗口组</source>
        <translation>As of {date}: {errors} errors, {warnings} warnings; {departments} departments, {people} people, {groups} window groups</translation>
    </message>
    <message>
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>齐备</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>查看历史</source>
        <translation>Show history</translation>
    </message>
    <message>
        <source>无书面授权</source>
        <translation>no written authorization</translation>
    </message>
    <message>
        <source>未评估</source>
        <translation>not assessed</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>办理调整建议:{item}</source>
        <translation>Handle proposal: {item}</translation>
    </message>
    <message>
        <source>默认:同级审改办、市审改办或省审改办</source>
        <translation>Default: same-level, city or provincial reform office</translation>
    </message>
    <message>
        <source>附件名称,以分号分隔</source>
        <translation>Attachment names, separated by semicolons</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>办理机构</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>意见或理由</source>
        <translation>Opinion or reason</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>SubjectType</name>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>办理场所</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>VenueKind</name>
    <message>
        <source>市政务服务中心</source>
        <translation>City center</translation>
    </message>
    <message>
        <source>区政务服务中心</source>
        <translation>District center</translation>
    </message>
    <message>
        <source>政务服务分中心</source>
        <translation>Sub-center</translation>
    </message>
    <message>
        <source>靠前延伸办事窗口</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>便民服务中心</source>
        <translation>Town center</translation>
    </message>
    <message>
        <source>便民服务站</source>
        <translation>Village station</translation>
    </message>
    <message>
        <source>原办理点</source>
        <translation>Former office</translation>
    </message>
    <message>
        <source>特殊事项办理点</source>
        <translation>Special site</translation>
    </message>
</context>
<context>
    <name>VenueStatus</name>
    <message>
        <source>运行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>VenueTreeModel</name>
    <message>
        <source>场所 / 窗口</source>
        <translation>Venue / window</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>事项数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>年办件量</source>
        <translation>Cases/year</translation>
    </message>
    <message>
        <source>{venue}({status})</source>
        <translation>{venue} ({status})</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>导入负面清单版本</source>
        <translation>Import negative list version</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>{file}({count} 项)</source>
        <translation>{file} ({count} items)</translation>
    </message>
    <message>
        <source>如 闽审改办〔2024〕1号</source>
        <translation>e.g. 闽审改办〔2024〕1号</translation>
    </message>
    <message>
        <source>版本名称</source>
        <translation>Version name</translation>
    </message>
    <message>
        <source>适用范围</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>施行日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
</context>
<context>
    <name>WindowForm</name>
    <message>
        <source>新增窗口</source>
        <translation>New window</translation>
    </message>
    <message>
        <source>综合窗口</source>
        <translation>Service window</translation>
    </message>
    <message>
        <source>窗口号</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <source>窗口类型</source>
        <translation>Window kind</translation>
    </message>
</context>
<context>
    <name>WindowKind</name>
    <message>
        <source>分领域综合窗口</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>无差别综合窗口</source>
        <translation>All-purpose</translation>
    </message>
    <message>
        <source>专用窗口</source>
        <translation>Dedicated</translation>
    </message>
</context>
<context>
    <name>WindowPicker</name>
    <message>
        <source>分配到窗口</source>
        <translation>Assign to Window</translation>
    </message>
    <message>
        <source>窗口号、名称或拼音首字母</source>
        <translation>Window number, name or pinyin initials</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>方案规定的格式</source>
        <translation>format prescribed by the plan</translation>
    </message>
    <message>
        <source>本软件预设(方案未规定措辞)</source>
        <translation>HallPlanner preset (the plan prescribes no wording)</translation>
    </message>
    <message>
        <source>规划人员修改</source>
        <translation>changed by a planner</translation>
    </message>
</context>
<context>
    <name>ZoneForm</name>
    <message>
        <source>新增功能区</source>
        <translation>New zone</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>功能区颜色</source>
        <translation>Zone colour</translation>
    </message>
</context>
<context>
    <name>ZoneKind</name>
    <message>
        <source>无差别综合受理区</source>
        <translation>General service area</translation>
    </message>
    <message>
        <source>分领域办事区</source>
        <translation>Domain service area</translation>
    </message>
    <message>
        <source>专用窗口区</source>
        <translation>Dedicated windows area</translation>
    </message>
    <message>
        <source>等候区</source>
        <translation>Waiting area</translation>
    </message>
    <message>
        <source>引导咨询区</source>
        <translation>Guidance and enquiries</translation>
    </message>
    <message>
        <source>自助服务区</source>
        <translation>Self-service area</translation>
    </message>
    <message>
        <source>后台办公区</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>账号名“{login}”不可用:以字母或下划线开头,只含字母、数字、_ . -,至多 40 个字符,且不以 pg_ 或 hallplanner_ 开头</source>
        <translation>The login name “{login}” cannot be used: it starts with a letter or underscore, holds only letters, digits, _ . -, has at most 40 characters and does not start with pg_ or hallplanner_</translation>
    </message>
    <message>
        <source>显示名称太长:连同账号名至多 64 个字符</source>
        <translation>The display name is too long: with the login name at most 64 characters</translation>
    </message>
    <message>
        <source>只读:只读账号 {login} 只能查看规划</source>
        <translation>Read-only: the read-only login {login} can only view the plan</translation>
    </message>
    <message>
        <source>只读:部门账号只能修改本部门的事项和人员</source>
        <translation>Read-only: a department login can change only its own department's items and staff</translation>
    </message>
    <message>
        <source>只读:部门账号 {login} 尚未指定所属部门,请管理员用 db grant --department 指定</source>
        <translation>Read-only: the department login {login} has no department yet; an administrator sets it with db grant --department</translation>
    </message>
    <message>
        <source>只读:部门账号只能修改本部门({mine})的事项和人员,这一条属于{owner}</source>
        <translation>Read-only: a department login can change only its own department's ({mine}) items and staff; this one belongs to {owner}</translation>
    </message>
    <message>
        <source>其他部门</source>
        <translation>another department</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>账号只用于 PostgreSQL 服务器上的规划;SQLite 文件没有登录账号:{location}</source>
        <translation>Accounts exist only for plans on a PostgreSQL server; a SQLite file has no logins: {location}</translation>
    </message>
    <message>
        <source>只有管理员账号可以管理账号,{login} 是{role}账号</source>
        <translation>Only an administrator login can manage accounts; {login} is a {role} login</translation>
    </message>
    <message>
        <source>服务器拒绝了账号操作,未作改动:{reason}</source>
        <translation>The server refused the account change; nothing was changed: {reason}</translation>
    </message>
    <message>
        <source>规划中没有部门“{name}”(按全称或标识简称查找)</source>
        <translation>The plan has no department “{name}” (looked up by full name or signage short name)</translation>
    </message>
    <message>
        <source>“{name}”指多个部门({names}),请写部门全称</source>
        <translation>“{name}” names several departments ({names}); give the full name</translation>
    </message>
    <message>
        <source>部门账号须用 --department 指定所属部门</source>
        <translation>A department login needs its department: --department</translation>
    </message>
    <message>
        <source>只有部门账号(--role department)属于一个部门</source>
        <translation>Only a department login (--role department) belongs to a department</translation>
    </message>
    <message>
        <source>此数据库尚未设置账号权限,须由数据表的所有者(或超级用户)第一次运行 db grant</source>
        <translation>Accounts are not set up in this database yet: the owner of its tables (or a superuser) must run db grant first</translation>
    </message>
    <message>
        <source>“{login}”是服务器上的一个组角色,不是登录账号</source>
        <translation>“{login}” is a group role on the server, not a login</translation>
    </message>
    <message>
        <source>服务器上还没有账号 {login};新建登录账号须由数据表的所有者(有 CREATEROLE 权限)或超级用户运行 db grant</source>
        <translation>The server has no login {login}; a new login is made by running db grant as the tables' owner (with CREATEROLE) or a superuser</translation>
    </message>
    <message>
        <source>服务器上还没有账号 {login},新建时须给出密码</source>
        <translation>The server has no login {login} yet; a new login needs a password</translation>
    </message>
    <message>
        <source>只有数据表的所有者(有 CREATEROLE 权限)或超级用户可以更改另一个账号的密码,未作改动</source>
        <translation>Only the tables' owner (with CREATEROLE) or a superuser can change another login's password; nothing was changed</translation>
    </message>
    <message>
        <source>{login} 不是 HallPlanner 账号,未作改动</source>
        <translation>{login} is not a HallPlanner login; nothing was changed</translation>
    </message>
</context>
<context>
    <name>bundled</name>
    <message>
        <source>安装不完整,找不到随附文件:{file}</source>
        <translation>The installation is incomplete: a bundled file is missing: {file}</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>数据库中还没有行政区划,无法新增</source>
        <translation>The database has no administrative regions yet, so nothing can be added</translation>
    </message>
</context>
<context>
    <name>catalog_file</name>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>部门简称</source>
        <translation>Department short name</translation>
    </message>
    <message>
        <source>实施编码</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <source>基本编码</source>
        <translation>Basic code</translation>
    </message>
    <message>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>事项层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>业务分类</source>
        <translation>Business category</translation>
    </message>
    <message>
        <source>年办件量</source>
        <translation>Annual cases</translation>
    </message>
    <message>
        <source>平均办理时长</source>
        <translation>Average handling time</translation>
    </message>
    <message>
        <source>是否联办</source>
        <translation>Jointly handled</translation>
    </message>
    <message>
        <source>网办深度</source>
        <translation>Online depth</translation>
    </message>
    <message>
        <source>是否全流程网办</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>是否进驻</source>
        <translation>Entering</translation>
    </message>
    <message>
        <source>进驻状态</source>
        <translation>Entry status</translation>
    </message>
    <message>
        <source>负面清单</source>
        <translation>Negative list</translation>
    </message>
    <message>
        <source>特殊敏感</source>
        <translation>Special or sensitive</translation>
    </message>
    <message>
        <source>方案条款</source>
        <translation>Plan clause</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Illustrative data</translation>
    </message>
    <message>
        <source>工作表“{sheet}”的前 {count} 行中找不到表头(应有“事项名称”或“实施编码”等列名)</source>
        <translation>No header found in the first {count} rows of sheet “{sheet}” (columns such as “事项名称” or “实施编码” are expected)</translation>
    </message>
    <message>
        <source>各工作表的前 {count} 行中都找不到表头(应有“事项名称”或“实施编码”等列名)</source>
        <translation>No header found in the first {count} rows of any sheet (columns such as “事项名称” or “实施编码” are expected)</translation>
    </message>
    <message>
        <source>{field}“{value}”{reason}</source>
        <translation>{field} “{value}” {reason}</translation>
    </message>
    <message>
        <source>缺少事项名称</source>
        <translation>Item name missing</translation>
    </message>
    <message>
        <source>实施编码“{code}”与第 {row} 行重复</source>
        <translation>Implementation code “{code}” repeats row {row}</translation>
    </message>
    <message>
        <source>以数字保存,已失去精度:请把该列设为文本后重新填写</source>
        <translation>was stored as a number and lost digits: format the column as text and enter it again</translation>
    </message>
    <message>
        <source>无法识别,可选:{choices}</source>
        <translation>is not recognised; choose from: {choices}</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>记录已被他人修改或删除({table} #{row}),请刷新后再试</source>
        <translation>Someone else has changed or deleted the record ({table} #{row}); reload and try again</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>item</translation>
    </message>
    <message>
        <source>办理地点</source>
        <translation>handling place</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>window</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>department</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>状态记录</source>
        <translation>status record</translation>
    </message>
    <message>
        <source>事项变更记录</source>
        <translation>item change record</translation>
    </message>
    <message>
        <source>标识牌措辞</source>
        <translation>signboard wording</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>人员岗位</source>
        <translation>staff posts</translation>
    </message>
    <message>
        <source>人员资格</source>
        <translation>staff qualifications</translation>
    </message>
    <message>
        <source>授权事项</source>
        <translation>authorized items</translation>
    </message>
    <message>
        <source>事项所需资格</source>
        <translation>item qualifications</translation>
    </message>
    <message>
        <source>开放时段</source>
        <translation>opening sessions</translation>
    </message>
    <message>
        <source>三集中、三到位</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>人员配置参数</source>
        <translation>staffing assumptions</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>功能区</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>变更公布</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>督查记录</source>
        <translation>inspection record</translation>
    </message>
    <message>
        <source>负面清单版本</source>
        <translation>negative list version</translation>
    </message>
    <message>
        <source>负面清单条目</source>
        <translation>negative list line</translation>
    </message>
    <message>
        <source>负面清单调整建议</source>
        <translation>negative list proposal</translation>
    </message>
    <message>
        <source>调整建议办理步骤</source>
        <translation>proposal step</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>不在负面清单,应进驻政务服务中心,目前为“{status}”:请列入进驻计划,或按 R14 申请列入负面清单</source>
        <translation>Not on the negative list, so it must enter the service center; now “{status}”: plan its entry, or apply for the negative list under R14</translation>
    </message>
    <message>
        <source>进驻期限 {due} 已过,仍未进驻{what}:请分配窗口并确定进驻日期</source>
        <translation>Entry deadline {due} has passed and it has not entered{what}: assign a window and fix the entry date</translation>
    </message>
    <message>
        <source>(尚未分配中心窗口)</source>
        <translation> (no center window yet)</translation>
    </message>
    <message>
        <source>拟进驻,尚未分配中心窗口:请拖到中心的窗口</source>
        <translation>Planned to enter, no center window yet: drag it onto a window of the center</translation>
    </message>
    <message>
        <source>计划 {date} 进驻,晚于期限 {due}:请提前进驻日期</source>
        <translation>Planned to enter on {date}, after the deadline {due}: bring the entry date forward</translation>
    </message>
    <message>
        <source>全流程网办事项也须保留线下办理窗口,目前没有开放的办理点:请分配窗口</source>
        <translation>A fully online item still needs an offline window; it has no open place: assign a window</translation>
    </message>
    <message>
        <source>{day} 没有任何开放的办理点,审批服务中断:请安排办理窗口</source>
        <translation>No open handling place on {day}; service is interrupted: arrange a window</translation>
    </message>
    <message>
        <source>“{venue}”自 {date} 起停办,此后没有其他办理点,审批服务将中断:请先确定新的办理窗口和进驻日期</source>
        <translation>“{venue}” stops handling it from {date} and no other place handles it then; service will be interrupted: fix the new window and the entry date first</translation>
    </message>
    <message>
        <source>已进驻,但没有中心的办理窗口:已进驻事项不得撤出,请分配中心窗口或更正进驻状态</source>
        <translation>Entered, but no window in the center: an entered item must not be withdrawn; assign a center window or correct the status</translation>
    </message>
    <message>
        <source>负面清单事项未进驻,应由服务部门设立分中心办理:请安排到分中心</source>
        <translation>Negative-list item not entered: the serving department should handle it at a sub-center; assign it to one</translation>
    </message>
    <message>
        <source>所在分中心“{venue}”不是本部门设立的:分中心应由面向群众服务的部门设立</source>
        <translation>Its sub-center “{venue}” is not run by its own department: sub-centers are set up by the department that serves the public</translation>
    </message>
    <message>
        <source>分中心“{venue}”{when}尚未运行{due}</source>
        <translation>Sub-center “{venue}” is not running on {when}{due}</translation>
    </message>
    <message>
        <source>(期限 {due})</source>
        <translation> (deadline {due})</translation>
    </message>
    <message>
        <source>已进驻,“{venue}”仍是主办理点:中心应为主办理点,原办理点保留时作为靠前延伸办事窗口</source>
        <translation>Entered, yet “{venue}” is still its main place: the center is the main place; a kept old place is an extension window</translation>
    </message>
    <message>
        <source>原办理点“{venue}”予以保留,但未说明理由:原则上中心以外不再保留办理点,请注明理由(办件量大、有联办事项或方案明确)或关闭</source>
        <translation>Old place “{venue}” is kept without a reason: in principle no place outside the center is kept; give the reason (large volume, jointly handled items, named by the plan) or close it</translation>
    </message>
    <message>
        <source>以“有联办事项”为由保留“{venue}”,但该处没有其他联办事项:请核实保留理由</source>
        <translation>“{venue}” is kept for its jointly handled items, yet no other jointly handled item is there: check the reason</translation>
    </message>
    <message>
        <source>特殊敏感事项没有开放的办理点:请登记其办理地点、联系人和电话</source>
        <translation>Special sensitive item without an open place: record its place, contact person and phone</translation>
    </message>
    <message>
        <source>特殊敏感事项按方案暂不设分中心,目前在分中心办理:请核实</source>
        <translation>The plan gives special sensitive items no sub-center for now, yet this one is handled at a sub-center: check</translation>
    </message>
    <message>
        <source>分中心原则上应无差别综合窗口全覆盖:{general}/{total} 个窗口为无差别综合窗口</source>
        <translation>Sub-centers should in principle have general windows throughout: {general}/{total} windows are general windows</translation>
    </message>
    <message>
        <source>分中心有 {count} 个事项登记为靠前延伸办事窗口:分中心是负面清单事项的主办理点,延伸窗口应另设场所</source>
        <translation>{count} items are registered at this sub-center as an extension window: a sub-center is the main place of negative-list items; extension windows belong elsewhere</translation>
    </message>
    <message>
        <source>{domain}:已进驻的 {items} 个事项中 {done} 个可在综合窗口办理({share:.0%}),逐步实现一窗通办</source>
        <translation>{domain}: {done} of the {items} entered items can be done at the integrated windows ({share:.0%}); one-window handling comes step by step</translation>
    </message>
    <message>
        <source>进度指标,见各领域一窗通办进度</source>
        <translation>Progress measure: see the one-window progress per domain</translation>
    </message>
    <message>
        <source>{errors} 个错误,{warnings} 个警告</source>
        <translation>{errors} errors, {warnings} warnings</translation>
    </message>
    <message>
        <source>未发现问题;{note}</source>
        <translation>No problem found; {note}</translation>
    </message>
    <message>
        <source>未发现问题</source>
        <translation>No problem found</translation>
    </message>
</context>
<context>
    <name>cleaning</name>
    <message>
        <source>不是数字</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <source>须为不小于 0 的整数</source>
        <translation>must be a whole number not below 0</translation>
    </message>
    <message>
        <source>应为“是”或“否”</source>
        <translation>should be “是” (yes) or “否” (no)</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>这是随附的样例数据库,HallPlanner 不修改它,请在它的副本上编辑:{location}</source>
        <translation>This is the bundled sample database, which HallPlanner never changes; edit a copy of it: {location}</translation>
    </message>
    <message>
        <source>数据库以只读方式打开,不能保存修改:{location}</source>
        <translation>The database is open read-only; changes cannot be saved: {location}</translation>
    </message>
    <message>
        <source>无法识别的数据库地址:{target}</source>
        <translation>Unrecognized database address: {target}</translation>
    </message>
    <message>
        <source>无法使用数据库地址 {location}:{reason}</source>
        <translation>Cannot use the database address {location}: {reason}</translation>
    </message>
    <message>
        <source>无法连接数据库</source>
        <translation>Cannot connect to the database</translation>
    </message>
    <message>
        <source>无法连接数据库 {location}:{reason}</source>
        <translation>Cannot connect to the database {location}: {reason}</translation>
    </message>
    <message>
        <source>这是一个文件夹,不是数据库文件:{path}</source>
        <translation>This is a folder, not a database file: {path}</translation>
    </message>
    <message>
        <source>数据库文件不存在:{path}</source>
        <translation>The database file does not exist: {path}</translation>
    </message>
    <message>
        <source>文件夹不存在,无法创建数据库:{folder}</source>
        <translation>The folder does not exist, so the database cannot be created: {folder}</translation>
    </message>
    <message>
        <source>数据库文件是空的(0 字节),请先用 hallplanner db init 初始化:{path}</source>
        <translation>The database file is empty (0 bytes); initialize it first with hallplanner db init: {path}</translation>
    </message>
    <message>
        <source>数据库文件在网络驱动器上({network}):{path}。网络文件系统不能可靠地提供 SQLite 的 WAL 日志所需的共享内存,HallPlanner 在这里改用更稳妥的回滚日志。多位规划人员共用一个数据库时,请使用 PostgreSQL 服务器,不要共用网络驱动器上的文件。</source>
        <translation>The database file is on a network drive ({network}): {path}. A network file system cannot reliably provide the shared memory that SQLite's WAL journal needs, so HallPlanner uses the safer rollback journal here. When several planners share one plan, use a PostgreSQL server, not a file on a network drive.</translation>
    </message>
    <message>
        <source>无法读取数据库文件</source>
        <translation>Cannot read the database file</translation>
    </message>
    <message>
        <source>{failure} {location}:{reason}</source>
        <translation>{failure} {location}: {reason}</translation>
    </message>
    <message>
        <source>没有读取权限:{path}</source>
        <translation>No permission to read: {path}</translation>
    </message>
    <message>
        <source>不是 HallPlanner 数据库(不是 SQLite 文件):{path}</source>
        <translation>Not a HallPlanner database (not an SQLite file): {path}</translation>
    </message>
    <message>
        <source>无法读取数据库文件 {path}:{reason}</source>
        <translation>Cannot read the database file {path}: {reason}</translation>
    </message>
    <message>
        <source>数据库文件上次未正常关闭,须以可写方式打开一次才能恢复,只读时无法读取:{path}</source>
        <translation>The database file was not closed properly last time: it must be opened once with write access to recover, and cannot be read read-only until then: {path}</translation>
    </message>
    <message>
        <source>不是 HallPlanner 数据库(没有数据表):{location}</source>
        <translation>Not a HallPlanner database (it has no tables): {location}</translation>
    </message>
    <message>
        <source>数据库文件只读,无法初始化:{location}</source>
        <translation>The database file is read-only and cannot be initialized: {location}</translation>
    </message>
    <message>
        <source>不是 HallPlanner 数据库(缺少结构版本信息):{location}</source>
        <translation>Not a HallPlanner database (it has no schema version): {location}</translation>
    </message>
    <message>
        <source>此数据库由更新版本的 HallPlanner 写入(结构版本 {current},本程序支持到 {head}),请升级 HallPlanner 后再打开:{location}</source>
        <translation>This database was written by a newer HallPlanner (schema version {current}; this one supports up to {head}); upgrade HallPlanner to open it: {location}</translation>
    </message>
    <message>
        <source>数据库需要升级(结构版本 {current} → {head}),但文件只读:{location}</source>
        <translation>The database needs an upgrade (schema version {current} → {head}), but the file is read-only: {location}</translation>
    </message>
    <message>
        <source>数据库升级失败,文件保持原样(结构版本 {current}):{reason}:{location}</source>
        <translation>The database upgrade failed; the file is as it was (schema version {current}): {reason}: {location}</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <source>取消{region}{level}“{kind}”的期限</source>
        <translation>Remove the deadline “{kind}” for {level} in {region}</translation>
    </message>
    <message>
        <source>把{region}{level}“{kind}”的期限定为 {date}</source>
        <translation>Set the deadline “{kind}” for {level} in {region} to {date}</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source> {count} 个事项</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <source>重做:{label}</source>
        <translation>Redo: {label}</translation>
    </message>
    <message>
        <source>撤销:{label}</source>
        <translation>Undo: {label}</translation>
    </message>
    <message>
        <source>记录已被他人修改或删除,请刷新后再试</source>
        <translation>Someone else has changed or deleted the record; reload and try again</translation>
    </message>
    <message>
        <source>保存失败,与已有数据冲突,数据库未作改动({reason})</source>
        <translation>Saving failed: it conflicts with existing data; the database is unchanged ({reason})</translation>
    </message>
    <message>
        <source>服务器拒绝了修改:此账号没有这项权限,未作改动({reason})</source>
        <translation>The server refused the change: this login may not make it; nothing was changed ({reason})</translation>
    </message>
    <message>
        <source>数据库操作失败,未作改动({reason})</source>
        <translation>The database operation failed; nothing was changed ({reason})</translation>
    </message>
    <message>
        <source>“{item}”已进驻政务服务中心,不得撤出,中心须保持为主办理点(方案§二(一)、§二(二)),此项操作未执行。</source>
        <translation>“{item}” has entered the government service center and must not be taken out of it: the center stays its main place (plan §二(一), §二(二)). The operation was not carried out.</translation>
    </message>
    <message>
        <source>没有选中事项</source>
        <translation>No items are selected</translation>
    </message>
</context>
<context>
    <name>erlang</name>
    <message>
        <source>参数须为有限数值</source>
        <translation>Parameters must be finite numbers</translation>
    </message>
    <message>
        <source>到达量不能为负数</source>
        <translation>Arrivals cannot be negative</translation>
    </message>
    <message>
        <source>统计时段须大于 0 分钟</source>
        <translation>The period must be longer than 0 minutes</translation>
    </message>
    <message>
        <source>平均办理时长须大于 0 分钟</source>
        <translation>The average handling time must be longer than 0 minutes</translation>
    </message>
    <message>
        <source>目标等候时间不能为负数</source>
        <translation>The target wait cannot be negative</translation>
    </message>
    <message>
        <source>服务水平须在 0 与 1 之间(不含 0 和 1)</source>
        <translation>The service level must lie between 0 and 1 (both excluded)</translation>
    </message>
    <message>
        <source>缺勤率须在 0(含)与 1 之间</source>
        <translation>Shrinkage must lie between 0 (included) and 1</translation>
    </message>
    <message>
        <source>负荷 {traffic:.1f} Erlang 在 {limit} 个窗口以内无法达到目标服务水平</source>
        <translation>A load of {traffic:.1f} Erlang cannot reach the target service level with up to {limit} windows</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>该记录在您读取之后已被他人修改</source>
        <translation>Someone else changed this record after you read it</translation>
    </message>
    <message>
        <source>操作未能完成。</source>
        <translation>The operation could not be completed.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>事项目录</source>
        <translation>Item catalog</translation>
    </message>
    <message>
        <source>窗口事项分配表</source>
        <translation>Window assignments</translation>
    </message>
    <message>
        <source>各部门核对清单</source>
        <translation>Lists for departments to confirm</translation>
    </message>
    <message>
        <source>办理地点变更清单</source>
        <translation>Handling place changes</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check findings</translation>
    </message>
    <message>
        <source>人员配置表</source>
        <translation>Staffing table</translation>
    </message>
    <message>
        <source>修改历史</source>
        <translation>History of edits</translation>
    </message>
    <message>
        <source>变更公布清单</source>
        <translation>Publication of changed places</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>基本编码</source>
        <translation>Basic code</translation>
    </message>
    <message>
        <source>实施编码</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>业务分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>年办件量</source>
        <translation>Annual cases</translation>
    </message>
    <message>
        <source>平均办理时长(分钟)</source>
        <translation>Average handling time (minutes)</translation>
    </message>
    <message>
        <source>联办事项</source>
        <translation>Jointly handled</translation>
    </message>
    <message>
        <source>网办深度</source>
        <translation>Online depth</translation>
    </message>
    <message>
        <source>全流程网办</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>负面清单</source>
        <translation>Negative list</translation>
    </message>
    <message>
        <source>特殊敏感事项</source>
        <translation>Special sensitive item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>方案条款</source>
        <translation>Plan clause</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Illustrative</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>开放时段</source>
        <translation>Opening session</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>启用日期</source>
        <translation>Opens on</translation>
    </message>
    <message>
        <source>关闭日期</source>
        <translation>Closes on</translation>
    </message>
    <message>
        <source>保留理由</source>
        <translation>Reason kept</translation>
    </message>
    <message>
        <source>保留说明</source>
        <translation>Note on keeping</translation>
    </message>
    <message>
        <source>窗口号</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>横向位置(米)</source>
        <translation>x (m)</translation>
    </message>
    <message>
        <source>纵向位置(米)</source>
        <translation>y (m)</translation>
    </message>
    <message>
        <source>宽(米)</source>
        <translation>Width (m)</translation>
    </message>
    <message>
        <source>深(米)</source>
        <translation>Depth (m)</translation>
    </message>
    <message>
        <source>旋转(度)</source>
        <translation>Rotation (degrees)</translation>
    </message>
    <message>
        <source>低位服务台</source>
        <translation>Low counter</translation>
    </message>
    <message>
        <source>无障碍标识</source>
        <translation>Accessibility sign</translation>
    </message>
    <message>
        <source>所在单位类型</source>
        <translation>Host kind</translation>
    </message>
    <message>
        <source>业务分类(分中心标识)</source>
        <translation>Business category (sub-center sign)</translation>
    </message>
    <message>
        <source>地点(延伸窗口标识)</source>
        <translation>Location (extension window sign)</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>部门全称</source>
        <translation>Department full name</translation>
    </message>
    <message>
        <source>标识用简称</source>
        <translation>Short name for signs</translation>
    </message>
    <message>
        <source>中央垂管部门</source>
        <translation>Centrally managed</translation>
    </message>
    <message>
        <source>全职进驻</source>
        <translation>Full time</translation>
    </message>
    <message>
        <source>到岗日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>书面授权</source>
        <translation>Written authorization</translation>
    </message>
    <message>
        <source>授权日期</source>
        <translation>Authorization date</translation>
    </message>
    <message>
        <source>授权范围</source>
        <translation>Authorization coverage</translation>
    </message>
    <message>
        <source>授权类别</source>
        <translation>Authorized category</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>资格</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>核对项</source>
        <translation>Checklist point</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>原状态</source>
        <translation>From status</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>To status</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>标识牌种类</source>
        <translation>Board kind</translation>
    </message>
    <message>
        <source>标识牌对象</source>
        <translation>Board subject</translation>
    </message>
    <message>
        <source>措辞</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>轮廓</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>公布渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>变更日期</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>公布日期</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>公布人</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>督查日期</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <source>督查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>督查内容</source>
        <translation>What was checked</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <source>整改完成日期</source>
        <translation>Rectified on</translation>
    </message>
    <message>
        <source>首席事务代表轮岗年限</source>
        <translation>Chief representative rotation (years)</translation>
    </message>
    <message>
        <source>窗口人员轮岗年限</source>
        <translation>Window staff rotation (years)</translation>
    </message>
    <message>
        <source>轮岗提前提醒天数</source>
        <translation>Rotation notice (days)</translation>
    </message>
    <message>
        <source>目标等候时间(秒)</source>
        <translation>Target wait (seconds)</translation>
    </message>
    <message>
        <source>服务水平</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>缺勤率</source>
        <translation>Shrinkage</translation>
    </message>
    <message>
        <source>高峰系数</source>
        <translation>Peak factor</translation>
    </message>
    <message>
        <source>年工作日</source>
        <translation>Working days per year</translation>
    </message>
    <message>
        <source>网办仍需到场比例</source>
        <translation>Online cases still on site</translation>
    </message>
    <message>
        <source>基准日</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>所在场所</source>
        <translation>Venue stationed at</translation>
    </message>
    <message>
        <source>楼层序号</source>
        <translation>Floor level</translation>
    </message>
    <message>
        <source>底图</source>
        <translation>Floor drawing</translation>
    </message>
    <message>
        <source>底图比例(米/像素)</source>
        <translation>Drawing scale (m per pixel)</translation>
    </message>
    <message>
        <source>底图位置 X(米)</source>
        <translation>Drawing position X (m)</translation>
    </message>
    <message>
        <source>底图位置 Y(米)</source>
        <translation>Drawing position Y (m)</translation>
    </message>
    <message>
        <source>公共通道最小净宽(米)</source>
        <translation>Least public route width (m)</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>清单范围</source>
        <translation>List scope</translation>
    </message>
    <message>
        <source>施行日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>来源文件</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>调整前的版本</source>
        <translation>Version amended</translation>
    </message>
    <message>
        <source>调整建议</source>
        <translation>Adjustment proposal</translation>
    </message>
    <message>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>录入时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <source>负面清单版本</source>
        <translation>Negative list version</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>办理机构</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <source>场所名称</source>
        <translation>Venue name</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>进驻状态</source>
        <translation>Entry status</translation>
    </message>
    <message>
        <source>场所状态</source>
        <translation>Venue status</translation>
    </message>
    <message>
        <source>值守窗口</source>
        <translation>Window covered</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>无法写入 {path}:{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>floor image</name>
    <message>
        <source>无法读取平面图文件 {file}:{reason}</source>
        <translation>Cannot read the floor drawing {file}: {reason}</translation>
    </message>
    <message>
        <source>PDF 文件已损坏或加密</source>
        <translation>the PDF is damaged or encrypted</translation>
    </message>
    <message>
        <source>不是 PNG、JPEG 或 PDF 文件</source>
        <translation>not a PNG, JPEG or PDF file</translation>
    </message>
    <message>
        <source>文件超过 {size} MB</source>
        <translation>the file is larger than {size} MB</translation>
    </message>
    <message>
        <source>图像尺寸无效</source>
        <translation>the image size is invalid</translation>
    </message>
    <message>
        <source>图像超过 {pixels} 万像素,请缩小后再导入</source>
        <translation>the image is larger than {pixels} × 10,000 pixels; reduce it and import again</translation>
    </message>
    <message>
        <source>PNG 文件已损坏</source>
        <translation>the PNG file is damaged</translation>
    </message>
    <message>
        <source>JPEG 文件已损坏</source>
        <translation>the JPEG file is damaged</translation>
    </message>
    <message>
        <source>PDF 没有第 {page} 页(共 {pages} 页)</source>
        <translation>the PDF has no page {page} ({pages} pages)</translation>
    </message>
    <message>
        <source>无法读取平面图文件 {file}:图像数据已损坏</source>
        <translation>Cannot read the floor drawing {file}: the image data is damaged</translation>
    </message>
</context>
<context>
    <name>floorplan</name>
    <message>
        <source>位置和尺寸须为有限的数</source>
        <translation>Position and size must be finite numbers</translation>
    </message>
    <message>
        <source>窗口的宽和深须在 {low} 米到 {high} 米之间</source>
        <translation>A window's width and depth must be between {low} m and {high} m</translation>
    </message>
    <message>
        <source>该楼层大厅有 {count} 个服务窗口,没有低位服务设施(低位窗口);GB 55019-2021 第3.6.1条为强制性条文:请把一个窗口设为低位窗口</source>
        <translation>This floor's hall has {count} service windows and no low counter; GB 55019-2021 clause 3.6.1 is mandatory: make one window a low counter</translation>
    </message>
    <message>
        <source>该区有 {count} 个服务窗口({numbers}),没有低位服务设施;GB 55019-2021 第3.6.1条为强制性条文:请在区内设一个低位窗口</source>
        <translation>This zone has {count} service windows ({numbers}) and no low counter; GB 55019-2021 clause 3.6.1 is mandatory: put a low counter in the zone</translation>
    </message>
    <message>
        <source>功能区名称</source>
        <translation>Zone name</translation>
    </message>
    <message>
        <source>楼层名称</source>
        <translation>Floor name</translation>
    </message>
    <message>
        <source>这个规划还没有楼层平面</source>
        <translation>This plan has no floor plans yet</translation>
    </message>
    <message>
        <source>没有场所“{venue}”的楼层平面;有楼层的场所:{names}</source>
        <translation>No floor plan for venue “{venue}”; venues with floors: {names}</translation>
    </message>
    <message>
        <source>场所“{venue}”没有楼层“{floor}”;它的楼层:{names}</source>
        <translation>Venue “{venue}” has no floor “{floor}”; its floors: {names}</translation>
    </message>
    <message>
        <source>该楼层已被删除</source>
        <translation>The floor has been deleted</translation>
    </message>
    <message>
        <source>功能区至少要有三个角点</source>
        <translation>A zone needs at least three corners</translation>
    </message>
    <message>
        <source>没有选中窗口</source>
        <translation>No window selected</translation>
    </message>
    <message>
        <source>窗口“{number}”不在任何楼层上</source>
        <translation>Window “{number}” is on no floor</translation>
    </message>
    <message>
        <source>移动窗口“{number}”</source>
        <translation>Move window “{number}”</translation>
    </message>
    <message>
        <source>移动 {count} 个窗口</source>
        <translation>Move {count} windows</translation>
    </message>
    <message>
        <source>设为低位窗口</source>
        <translation>Make low counter</translation>
    </message>
    <message>
        <source>取消低位窗口</source>
        <translation>No longer a low counter</translation>
    </message>
    <message>
        <source>记为已设无障碍标识</source>
        <translation>Record accessibility sign as up</translation>
    </message>
    <message>
        <source>记为未设无障碍标识</source>
        <translation>Record accessibility sign as missing</translation>
    </message>
    <message>
        <source>楼层“{name}”的公共通道净宽恢复预设</source>
        <translation>Public route width of floor “{name}” back to the preset</translation>
    </message>
    <message>
        <source>楼层“{name}”的公共通道最小净宽设为 {width} 米</source>
        <translation>Minimum public route width of floor “{name}” set to {width} m</translation>
    </message>
    <message>
        <source>该场所已有楼层“{name}”</source>
        <translation>The venue already has a floor “{name}”</translation>
    </message>
    <message>
        <source>新增楼层“{name}”</source>
        <translation>New floor “{name}”</translation>
    </message>
    <message>
        <source>新增功能区“{name}”</source>
        <translation>New zone “{name}”</translation>
    </message>
    <message>
        <source>功能区“{old}”改名为“{name}”</source>
        <translation>Zone “{old}” renamed “{name}”</translation>
    </message>
    <message>
        <source>调整功能区“{name}”</source>
        <translation>Reshape zone “{name}”</translation>
    </message>
    <message>
        <source>删除功能区“{name}”</source>
        <translation>Delete zone “{name}”</translation>
    </message>
    <message>
        <source>新增窗口“{number}”</source>
        <translation>Add window “{number}”</translation>
    </message>
    <message>
        <source>剪贴板上没有窗口</source>
        <translation>No windows on the clipboard</translation>
    </message>
    <message>
        <source>粘贴窗口“{number}”</source>
        <translation>Paste window “{number}”</translation>
    </message>
    <message>
        <source>粘贴 {count} 个窗口</source>
        <translation>Paste {count} windows</translation>
    </message>
    <message>
        <source>只能给同一场所的窗口编号</source>
        <translation>Only windows of one venue can be numbered together</translation>
    </message>
    <message>
        <source>窗口重新编号 {first}–{last}</source>
        <translation>Renumber windows {first}–{last}</translation>
    </message>
    <message>
        <source>窗口“{number}”属于另一场所,只能移到本场所的楼层</source>
        <translation>Window “{number}” belongs to another venue; windows move only to floors of their own venue</translation>
    </message>
    <message>
        <source>把窗口“{number}”移到{floor}</source>
        <translation>Move window “{number}” to {floor}</translation>
    </message>
    <message>
        <source>把 {count} 个窗口移到{floor}</source>
        <translation>Move {count} windows to {floor}</translation>
    </message>
    <message>
        <source>楼层“{old}”改名为“{name}”</source>
        <translation>Rename floor “{old}” to “{name}”</translation>
    </message>
    <message>
        <source>移除{floor}的底图</source>
        <translation>Remove the drawing of {floor}</translation>
    </message>
    <message>
        <source>为{floor}导入底图“{source}”</source>
        <translation>Import drawing “{source}” for {floor}</translation>
    </message>
    <message>
        <source>该楼层没有底图</source>
        <translation>This floor has no drawing</translation>
    </message>
    <message>
        <source>设定{floor}底图比例</source>
        <translation>Set the drawing scale of {floor}</translation>
    </message>
    <message>
        <source>底图比例须在每像素 {low} 米到 {high} 米之间</source>
        <translation>The drawing's scale must be between {low} m and {high} m a pixel</translation>
    </message>
    <message>
        <source>该底图已被删除</source>
        <translation>The drawing has been deleted</translation>
    </message>
    <message>
        <source>公共通道最小净宽须在 {low} 米(GB 55019-2021 第2.2.2条的下限)到 {high} 米之间</source>
        <translation>The minimum public route width must be between {low} m (the least GB 55019-2021 §2.2.2 allows) and {high} m</translation>
    </message>
    <message>
        <source>本楼层设定的最小净宽</source>
        <translation>this floor's minimum width</translation>
    </message>
    <message>
        <source>预设:服务大厅按人员密集场所取 1.80 米,可按楼层改为不小于 1.20 米</source>
        <translation>preset: a service hall counts as a crowded place, 1.80 m; a floor may set any width from 1.20 m</translation>
    </message>
    <message>
        <source>窗口前的公共通道净宽 {clear} 米(到“{obstacle}”),小于 {minimum} 米({basis});GB 55019-2021 第2.2.2条为强制性条文:请拉开窗口前的间距</source>
        <translation>The public route in front of this counter is {clear} m clear (to “{obstacle}”), less than {minimum} m ({basis}); GB 55019-2021 §2.2.2 is mandatory: widen the space in front of the counter</translation>
    </message>
    <message>
        <source>低位服务设施没有无障碍标识;GB 55019-2021 第4.0.1、4.0.3条为强制性条文:请设置无障碍标识,并在窗口上记为“已设无障碍标识”</source>
        <translation>This low counter has no accessibility sign; GB 55019-2021 §4.0.1 and §4.0.3 are mandatory: put up the sign and record it on the window</translation>
    </message>
    <message>
        <source>后台办公区与窗口区“{zone}”重叠 {area} 平方米;江苏 DB32/T 2981 建议窗口区与后台办公区分开设置(地方标准的做法,非强制):请把后台办公区移出窗口区</source>
        <translation>The back office overlaps the window zone “{zone}” by {area} m²; Jiangsu's DB32/T 2981 recommends keeping the window area apart from the back office (a provincial practice, not mandatory): move the back office out of the window zone</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <source>找不到字体文件:{path}</source>
        <translation>Font file not found: {path}</translation>
    </message>
    <message>
        <source>无法读取字体文件 {path}:{reason}</source>
        <translation>Cannot read the font file {path}: {reason}</translation>
    </message>
    <message>
        <source>字体 {path} 是 CFF 轮廓的 OpenType 字体(如思源黑体、Noto Sans CJK),PDF 无法嵌入;请选择 TrueType 字体(.ttf 或 .ttc,如黑体 simhei.ttf、微软雅黑 msyh.ttc、文泉驿正黑)</source>
        <translation>The font {path} is an OpenType font with CFF outlines (like Source Han Sans, Noto Sans CJK), which a PDF cannot embed; choose a TrueType font (.ttf or .ttc, e.g. SimHei simhei.ttf, Microsoft YaHei msyh.ttc, WenQuanYi Zen Hei)</translation>
    </message>
    <message>
        <source>{path} 不是可用的 TrueType 字体文件</source>
        <translation>{path} is not a usable TrueType font file</translation>
    </message>
    <message>
        <source>字体 {path} 无法嵌入 PDF:{reason}</source>
        <translation>The font {path} cannot be embedded in a PDF: {reason}</translation>
    </message>
    <message>
        <source>字体 {path} 没有中文字形,请选择中文 TrueType 字体</source>
        <translation>The font {path} has no Chinese glyphs; choose a Chinese TrueType font</translation>
    </message>
    <message>
        <source>没有找到可嵌入 PDF 的中文 TrueType 字体,未生成 PDF。请安装黑体、微软雅黑或文泉驿正黑(Linux:fonts-wqy-zenhei),或指定字体文件(.ttf、.ttc)</source>
        <translation>No Chinese TrueType font that a PDF can embed was found; no PDF was made. Install SimHei, Microsoft YaHei or WenQuanYi Zen Hei (Linux: fonts-wqy-zenhei), or name a font file (.ttf, .ttc)</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>{name}(已删除)</source>
        <translation>{name} (deleted)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{count} 个顶点</source>
        <translation>{count} corners</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>;</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>新增 {created} 个事项,更新 {updated} 个,未变 {unchanged} 个,跳过有误的行 {skipped} 行</source>
        <translation>{created} items new, {updated} updated, {unchanged} unchanged, {skipped} rows with errors skipped</translation>
    </message>
    <message>
        <source>{counts};新建部门:{departments}</source>
        <translation>{counts}; departments created: {departments}</translation>
    </message>
    <message>
        <source>有 {count} 个错误,未导入任何内容(可只导入无误的行:--skip-invalid)</source>
        <translation>{count} errors, nothing imported (to import only the valid rows: --skip-invalid)</translation>
    </message>
    <message>
        <source>试运行,数据库未改动:{counts}</source>
        <translation>Dry run, the database is unchanged: {counts}</translation>
    </message>
    <message>
        <source>导入事项目录“{file}”:新增 {created} 个,更新 {updated} 个</source>
        <translation>Import item catalog “{file}”: {created} new, {updated} updated</translation>
    </message>
    <message>
        <source>数据库中没有部门“{name}”(确认新建部门后可导入)</source>
        <translation>The plan has no department “{name}” (confirm creating departments to import it)</translation>
    </message>
    <message>
        <source>与第 {row} 行是同一个事项</source>
        <translation>Same item as row {row}</translation>
    </message>
    <message>
        <source>实施编码</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <source>基本编码</source>
        <translation>Basic code</translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>新事项缺少{field}</source>
        <translation>New item without {field}</translation>
    </message>
    <message>
        <source>新事项缺少实施部门</source>
        <translation>New item without a department</translation>
    </message>
</context>
<context>
    <name>in use</name>
    <message>
        <source>事项</source>
        <translation>items</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>items handled there</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>windows</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>venues</translation>
    </message>
    <message>
        <source>督查记录</source>
        <translation>inspection records</translation>
    </message>
</context>
<context>
    <name>inspections</name>
    <message>
        <source>{date} 督查发现的问题应于 {due} 前整改,尚未整改:{findings}</source>
        <translation>Found in the inspection of {date}, to be rectified by {due}, still open: {findings}</translation>
    </message>
    <message>
        <source>督查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>{count} 个中心、分中心和延伸窗口尚无督查记录:{names}</source>
        <translation>{count} centers, sub-centers and extension windows have no inspection record yet: {names}</translation>
    </message>
    <message>
        <source>新增督查记录:{venue} {date}</source>
        <translation>Add inspection record: {venue} {date}</translation>
    </message>
    <message>
        <source>修改督查记录:{venue} {date}</source>
        <translation>Change inspection record: {venue} {date}</translation>
    </message>
    <message>
        <source>整改完成日期 {on} 早于督查日期 {date}:{venue}</source>
        <translation>The rectification date {on} is before the inspection on {date}: {venue}</translation>
    </message>
    <message>
        <source>标记已整改:{count} 条督查记录</source>
        <translation>Mark rectified: {count} inspection records</translation>
    </message>
    <message>
        <source>删除督查记录:{venue} {date}</source>
        <translation>Delete inspection record: {venue} {date}</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <source>起始号不能为负数</source>
        <translation>The first number cannot be negative</translation>
    </message>
    <message>
        <source>窗口号最长 {length} 个字符</source>
        <translation>A window number has at most {length} characters</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <source>实施编码“{code}”已被“{item}”使用</source>
        <translation>The implementation code “{code}” is already used by “{item}”</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>所属部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>缺少{field}</source>
        <translation>{field} is missing</translation>
    </message>
    <message>
        <source>新增事项“{name}”</source>
        <translation>Add item “{name}”</translation>
    </message>
    <message>
        <source>修改事项“{name}”</source>
        <translation>Edit item “{name}”</translation>
    </message>
    <message>
        <source>更名为“{name}”</source>
        <translation>Rename to “{name}”</translation>
    </message>
    <message>
        <source>删除{items}</source>
        <translation>Delete {items}</translation>
    </message>
    <message>
        <source>合并至少需要两个事项</source>
        <translation>Merging needs at least two items</translation>
    </message>
    <message>
        <source>合并{items}为“{name}”</source>
        <translation>Merge {items} into “{name}”</translation>
    </message>
    <message>
        <source>拆分至少需要两个新事项名称</source>
        <translation>Splitting needs at least two new item names</translation>
    </message>
    <message>
        <source>拆分后的实施编码“{code}”超过 36 个字符,请先缩短原编码</source>
        <translation>The implementation code after the split, “{code}”, is longer than 36 characters; shorten the original code first</translation>
    </message>
    <message>
        <source>把“{name}”拆分为 {count} 个事项</source>
        <translation>Split “{name}” into {count} items</translation>
    </message>
</context>
<context>
    <name>migrations</name>
    <message>
        <source>升级后外键检查失败({rows} 行,首个在表 {table}),已撤销升级</source>
        <translation>The foreign key check failed after the upgrade (rows: {rows}, the first in table {table}); the upgrade was undone</translation>
    </message>
</context>
<context>
    <name>negative_list</name>
    <message>
        <source>部门报送同级审改办</source>
        <translation>the department to send it to the same-level reform office</translation>
    </message>
    <message>
        <source>市审改办汇总报送</source>
        <translation>the city office to gather and report it</translation>
    </message>
    <message>
        <source>审定</source>
        <translation>a decision</translation>
    </message>
    <message>
        <source>{version}(自 {date} 起施行)列有该事项,事项却未标记为负面清单;请应用现行清单或核对事项</source>
        <translation>{version} (in force from {date}) lists this item, but the item is not flagged as on the negative list; apply the list in force or check the item</translation>
    </message>
    <message>
        <source>事项标记为负面清单,{version}(自 {date} 起施行)却未列入;请应用现行清单,或由部门提出调整建议</source>
        <translation>The item is flagged as on the negative list, but {version} (in force from {date}) does not list it; apply the list in force, or have the department propose a change</translation>
    </message>
    <message>
        <source>已列入{version},但已进驻中心:已进驻的事项不得撤出(§二(一)),继续在中心办理</source>
        <translation>On {version}, but it has entered the center: an entered item may not be withdrawn (§二(一)); it stays in the center</translation>
    </message>
    <message>
        <source>尚未导入“{scope}”的负面清单版本:事项的负面清单标记为手工填写,无从核对</source>
        <translation>No negative list version imported for “{scope}”: the items' negative-list flags are typed by hand and cannot be checked</translation>
    </message>
    <message>
        <source>调整建议自 {date} 起停在“{state}”已 {days} 天,等待{waiting}(超过 {limit} 天)</source>
        <translation>The proposal has rested at “{state}” since {date}, {days} days, waiting for {waiting} (more than {limit} days)</translation>
    </message>
    <message>
        <source>调整建议已办结(“{state}”),不能再办理</source>
        <translation>The proposal is decided (“{state}”); no further step</translation>
    </message>
    <message>
        <source>调整建议处于“{state}”,下一步只能是:{allowed}</source>
        <translation>The proposal is at “{state}”; the next step can only be: {allowed}</translation>
    </message>
    <message>
        <source>请填写经办人</source>
        <translation>Please give the person handling it</translation>
    </message>
    <message>
        <source>不同意须写明理由</source>
        <translation>A rejection needs a reason</translation>
    </message>
    <message>
        <source>日期 {date} 早于上一步的日期 {previous}</source>
        <translation>Date {date} is before the previous step's date {previous}</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的负面清单版本</source>
        <translation>No negative list version number {id}</translation>
    </message>
    <message>
        <source>请填写版本名称</source>
        <translation>Please give the version a name</translation>
    </message>
    <message>
        <source>清单中没有事项</source>
        <translation>The list holds no items</translation>
    </message>
    <message>
        <source>导入负面清单“{name}”({count} 项,{changed} 个事项标记随之改变)</source>
        <translation>Import negative list “{name}” ({count} items, {changed} item flags changed)</translation>
    </message>
    <message>
        <source>{date} 没有施行中的负面清单版本</source>
        <translation>No negative list version is in force on {date}</translation>
    </message>
    <message>
        <source>按 {date} 施行的负面清单更新事项标记({changed} 个事项)</source>
        <translation>Update item flags from the negative list in force on {date} ({changed} items)</translation>
    </message>
    <message>
        <source>“{name}”有据它调整的版本,不能删除</source>
        <translation>“{name}” has versions amending it and cannot be deleted</translation>
    </message>
    <message>
        <source>删除负面清单版本“{name}”</source>
        <translation>Delete negative list version “{name}”</translation>
    </message>
</context>
<context>
    <name>negative_list_file</name>
    <message>
        <source>前 {count} 行中找不到表头(应有“事项名称”列)</source>
        <translation>No header in the first {count} rows (a column “事项名称” is needed)</translation>
    </message>
    <message>
        <source>缺少事项名称</source>
        <translation>Item name missing</translation>
    </message>
    <message>
        <source>事项名称超过 200 个字符</source>
        <translation>Item name longer than 200 characters</translation>
    </message>
    <message>
        <source>基本编码“{code}”超过 {limit} 位</source>
        <translation>Basic code “{code}” longer than {limit} digits</translation>
    </message>
    <message>
        <source>“{name}”与第 {row} 行重复</source>
        <translation>“{name}” repeats row {row}</translation>
    </message>
    <message>
        <source>表头下没有事项</source>
        <translation>No items below the header</translation>
    </message>
</context>
<context>
    <name>placement</name>
    <message>
        <source>把{items}分配到 {number} {window}</source>
        <translation>Assign {items} to {number} {window}</translation>
    </message>
    <message>
        <source>所选事项不在“{venue}”办理</source>
        <translation>The selected items are not handled at “{venue}”</translation>
    </message>
    <message>
        <source>从“{venue}”移除{items}</source>
        <translation>Remove {items} from “{venue}”</translation>
    </message>
    <message>
        <source>所选事项都还没有分配窗口</source>
        <translation>None of the selected items has a window yet</translation>
    </message>
    <message>
        <source>把{items}移出所在窗口</source>
        <translation>Take {items} out of their windows</translation>
    </message>
    <message>
        <source>“{item}”不在该场所办理</source>
        <translation>“{item}” is not handled at this venue</translation>
    </message>
    <message>
        <source>把“{item}”在“{venue}”设为{role}</source>
        <translation>Handle “{item}” at “{venue}” as “{role}”</translation>
    </message>
    <message>
        <source>把{items}设为{status}</source>
        <translation>Set {items} to “{status}”</translation>
    </message>
    <message>
        <source>“{item}”已于 {date} 进驻,进驻日期不能改到今后(方案§二(一):已进驻事项不得撤出)</source>
        <translation>“{item}” entered on {date}; its entry date cannot move into the future (plan §二(一): entered items are not withdrawn)</translation>
    </message>
    <message>
        <source>把{items}的进驻日期定为 {date}</source>
        <translation>Set the entry date of {items} to {date}</translation>
    </message>
    <message>
        <source>“{venue}”是政务服务中心,不是需要保留的原办理点</source>
        <translation>“{venue}” is a service center, not an old place to keep</translation>
    </message>
    <message>
        <source>保留{items}在“{venue}”的办理点</source>
        <translation>Keep the place of {items} at “{venue}”</translation>
    </message>
    <message>
        <source>{items}在“{venue}”的办理点自 {date} 起关闭</source>
        <translation>The place of {items} at “{venue}” closes from {date}</translation>
    </message>
    <message>
        <source>“{item}”还没有政务服务中心的窗口:请先分配窗口,再确定进驻</source>
        <translation>“{item}” has no window in the service center yet: assign a window first, then enter it</translation>
    </message>
    <message>
        <source>“{item}”不在“{venue}”办理</source>
        <translation>“{item}” is not handled at “{venue}”</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>窗口号</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <source>场所名称</source>
        <translation>Venue name</translation>
    </message>
    <message>
        <source>部门全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>标识用简称</source>
        <translation>Short name for signs</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>window</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>department</translation>
    </message>
    <message>
        <source>该场所已有窗口号“{number}”</source>
        <translation>This venue already has a window numbered “{number}”</translation>
    </message>
    <message>
        <source>已有部门“{name}”</source>
        <translation>There is already a department “{name}”</translation>
    </message>
    <message>
        <source>缺少{field}</source>
        <translation>{field} is missing</translation>
    </message>
    <message>
        <source>新增{kind}“{name}”</source>
        <translation>Add {kind} “{name}”</translation>
    </message>
    <message>
        <source>修改{kind}“{name}”</source>
        <translation>Edit {kind} “{name}”</translation>
    </message>
    <message>
        <source>{kind}“{name}”还有 {count} 个{what},请先移走</source>
        <translation>The {kind} “{name}” still has {what} ({count}); move them elsewhere first</translation>
    </message>
    <message>
        <source>删除{kind}“{name}”</source>
        <translation>Delete {kind} “{name}”</translation>
    </message>
    <message>
        <source>窗口不能移到其他场所;请在新场所新增窗口,再把事项分配过去</source>
        <translation>A window cannot move to another venue; add a window at the new venue and assign the items to it</translation>
    </message>
    <message>
        <source>该场所还有 {count} 个事项在办理,不能撤销;请先把事项移走</source>
        <translation>Items are still handled at this venue ({count}), so it cannot be closed; move them elsewhere first</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>无法开始打印,请检查打印机</source>
        <translation>Printing could not start; check the printer</translation>
    </message>
</context>
<context>
    <name>proposals</name>
    <message>
        <source>“{item}”{state},无需{action}</source>
        <translation>“{item}” {state}: “{action}” is not needed</translation>
    </message>
    <message>
        <source>已在负面清单中</source>
        <translation>is on the negative list already</translation>
    </message>
    <message>
        <source>不在负面清单中</source>
        <translation>is not on the negative list</translation>
    </message>
    <message>
        <source>请选择事项或填写事项名称</source>
        <translation>Choose an item or type its name</translation>
    </message>
    <message>
        <source>请写明调整理由</source>
        <translation>Please give the reason for the change</translation>
    </message>
    <message>
        <source>{department}提出调整建议:{action}“{item}”</source>
        <translation>{department} proposes: {action} “{item}”</translation>
    </message>
    <message>
        <source>调整建议“{item}”:{state}</source>
        <translation>Proposal “{item}”: {state}</translation>
    </message>
    <message>
        <source>事项标记整理的清单</source>
        <translation>list taken from the item flags</translation>
    </message>
</context>
<context>
    <name>publication</name>
    <message>
        <source>{count} 个事项的办理地点自 {date} 起变更(“{old}” → “{new}”),尚未在{channels}公布</source>
        <translation>The handling place of {count} items changes on {date} ("{old}" → "{new}"), not yet published on: {channels}</translation>
    </message>
    <message>
        <source>没有选中变更或公布渠道</source>
        <translation>No change or channel chosen</translation>
    </message>
    <message>
        <source>标记已公布:{count} 项变更({channels})</source>
        <translation>Mark published: {count} changes ({channels})</translation>
    </message>
    <message>
        <source>取消公布标记:{count} 项变更({channels})</source>
        <translation>Unmark published: {count} changes ({channels})</translation>
    </message>
</context>
<context>
    <name>reading</name>
    <message>
        <source>无法导入 {file}:{reason}</source>
        <translation>Cannot import {file}: {reason}</translation>
    </message>
    <message>
        <source>文件已加密(设有打开密码),请另存为不加密的文件再导入</source>
        <translation>The file is encrypted (it has an opening password); save it without a password and import again</translation>
    </message>
    <message>
        <source>文件已损坏或不是工作簿({reason})</source>
        <translation>The file is damaged or not a workbook ({reason})</translation>
    </message>
    <message>
        <source>工作簿中没有工作表</source>
        <translation>The workbook has no sheets</translation>
    </message>
    <message>
        <source>没有名为“{sheet}”的工作表(有:{sheets})</source>
        <translation>There is no sheet named “{sheet}” (there are: {sheets})</translation>
    </message>
    <message>
        <source>工作表“{sheet}”有 {rows} 行 {columns} 列,超出可导入的范围</source>
        <translation>Sheet “{sheet}” has {rows} rows and {columns} columns, more than can be imported</translation>
    </message>
    <message>
        <source>工作表“{sheet}”的合并单元格相互重叠,可能是恶意构造的文件</source>
        <translation>the merged cells of sheet “{sheet}” overlap; the file may have been crafted to do harm</translation>
    </message>
    <message>
        <source>工作表“{sheet}”无法读取({reason})</source>
        <translation>Sheet “{sheet}” cannot be read ({reason})</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>The file does not exist</translation>
    </message>
    <message>
        <source>这是一个文件夹</source>
        <translation>This is a folder</translation>
    </message>
    <message>
        <source>无法读取文件({reason})</source>
        <translation>The file cannot be read ({reason})</translation>
    </message>
    <message>
        <source>文件是空的(0 字节)</source>
        <translation>The file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>文件有 {size} MB,超过可导入的 {limit} MB</source>
        <translation>The file has {size} MB, more than the {limit} MB that can be imported</translation>
    </message>
    <message>
        <source>不是 Excel(.xlsx、.xls)、ODS 或 CSV 文件</source>
        <translation>Not an Excel (.xlsx, .xls), ODS or CSV file</translation>
    </message>
    <message>
        <source>工作表“{sheet}”</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <source>工作簿包含 {count} 个部件,不像正常的工作簿</source>
        <translation>The workbook has {count} parts, unlike a normal workbook</translation>
    </message>
    <message>
        <source>工作簿解压后过大({size} MB),可能是恶意构造的文件</source>
        <translation>The workbook unpacks too large ({size} MB); it may be crafted to do harm</translation>
    </message>
    <message>
        <source>这个压缩文件不是 Excel 或 ODS 工作簿(例如 Word 文档)</source>
        <translation>This zip file is not an Excel or ODS workbook (a Word document, for instance)</translation>
    </message>
    <message>
        <source>不支持二进制工作簿(.xlsb),请在 Excel 中另存为 .xlsx 再导入</source>
        <translation>binary workbooks (.xlsb) are not supported; save the file as .xlsx in Excel and import that</translation>
    </message>
    <message>
        <source>工作簿中的 {part} 含有 DOCTYPE 或实体声明,可能是恶意构造的文件,已拒绝</source>
        <translation>{part} in the workbook has a DOCTYPE or entity declaration; it may be crafted to do harm and is refused</translation>
    </message>
    <message>
        <source>{part} 声明了 {count} 个共享字符串,超出可导入的范围,可能是恶意构造的文件</source>
        <translation>{part} declares {count} shared strings, more than can be imported; the file may have been crafted to do harm</translation>
    </message>
    <message>
        <source>{part} 的单元格共引用 {size} MB 共享字符串,超出可导入的范围,可能是恶意构造的文件</source>
        <translation>the cells of {part} name {size} MB of shared strings, more than can be imported; the file may have been crafted to do harm</translation>
    </message>
    <message>
        <source>{part} 的单元格范围达 {rows} 行 × {columns} 列,超出可导入的范围,可能是恶意构造的文件</source>
        <translation>The cells of {part} reach {rows} rows × {columns} columns, more than can be imported; the file may be crafted to do harm</translation>
    </message>
    <message>
        <source>CSV 文件超过 {limit} 行,超出可导入的范围</source>
        <translation>The CSV file has more than {limit} rows, more than can be imported</translation>
    </message>
    <message>
        <source>不是文本格式的 CSV 文件</source>
        <translation>Not a text CSV file</translation>
    </message>
    <message>
        <source>无法识别文件的编码(应为 UTF-8 或 GB18030)</source>
        <translation>Unknown text encoding (UTF-8 or GB18030 expected)</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <source>请填写城市名称</source>
        <translation>Please give the city's name</translation>
    </message>
    <message>
        <source>“{name}”的行政区划代码“{code}”应为 6 位数字</source>
        <translation>The administrative division code “{code}” of “{name}” must be 6 digits</translation>
    </message>
    <message>
        <source>区名“{name}”为空或重复</source>
        <translation>District name “{name}” is empty or repeated</translation>
    </message>
    <message>
        <source>“{name}”的行政区划代码“{code}”应为 6 位数字,前 4 位与{city}({city_code})相同</source>
        <translation>The administrative division code “{code}” of “{name}” must be 6 digits beginning with the first 4 of {city} ({city_code})</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>字体 {font} 没有这些字的字形:{chars};请选择其他字体,未生成 PDF</source>
        <translation>The font {font} has no glyphs for these characters: {chars}; choose another font. No PDF was written</translation>
    </message>
    <message>
        <source>纸张须为 A3 或 A4:{paper}</source>
        <translation>Paper must be A3 or A4: {paper}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>“{item}”已进驻政务服务中心,不得撤出,中心须保持为主办理点(方案§二(一)、§二(二))。可以改到中心的其他窗口。</source>
        <translation>“{item}” has entered the government service center and must not be taken out of it: the center stays its main place (plan §二(一), §二(二)). It can move to another window of the center.</translation>
    </message>
    <message>
        <source>“{item}”已进驻政务服务中心,不得撤出(方案§二(一))。</source>
        <translation>“{item}” has entered the government service center and must not be taken out of it (plan §二(一)).</translation>
    </message>
    <message>
        <source>“{venue}”已撤销,不能再安排事项。</source>
        <translation>“{venue}” is closed; no more items can be placed there.</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <source>目标数据库</source>
        <translation>The destination database</translation>
    </message>
</context>
<context>
    <name>servers</name>
    <message>
        <source>无法写入 PostgreSQL 密码文件 {path}:{reason}</source>
        <translation>Cannot write PostgreSQL's password file {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>文件已存在,未作改动:{path}</source>
        <translation>The file already exists and was left as it was: {path}</translation>
    </message>
    <message>
        <source>文件已存在,请换一个名称:{path}</source>
        <translation>The file already exists; choose another name: {path}</translation>
    </message>
</context>
<context>
    <name>signboards</name>
    <message>
        <source>缺少{field}</source>
        <translation>{field} missing</translation>
    </message>
    <message>
        <source>所属市</source>
        <translation>city</translation>
    </message>
    <message>
        <source>所属部门</source>
        <translation>department</translation>
    </message>
    <message>
        <source>部门标识用简称</source>
        <translation>the department's signage short name</translation>
    </message>
    <message>
        <source>业务分类(分中心标识的“XX分中心”)</source>
        <translation>business category (the “XX分中心” of the sub-center sign)</translation>
    </message>
    <message>
        <source>地点(延伸窗口标识的“XX地点”)</source>
        <translation>location (the “XX地点” of the extension-window sign)</translation>
    </message>
    <message>
        <source>业务分类(延伸窗口标识的“XX服务窗口”)</source>
        <translation>business category (the “XX服务窗口” of the extension-window sign)</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>address</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>floor</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>room</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>办理地点</source>
        <translation>handling place</translation>
    </message>
    <message>
        <source>无法制作{board}:{problems}。方案要求公布联系人及联系方式,办理地点精确到楼层房号</source>
        <translation>Cannot make the {board}: {problems}. The plan requires the contact person and phone to be published and the place given down to floor and room</translation>
    </message>
    <message>
        <source>无法制作{board}:{problems}。请补全数据,或修改该标识的措辞</source>
        <translation>Cannot make the {board}: {problems}. Complete the data, or edit the sign's wording</translation>
    </message>
    <message>
        <source>{first}、{next}</source>
        <translation>{first}, {next}</translation>
    </message>
    <message>
        <source>标识牌措辞</source>
        <translation>signboard wording</translation>
    </message>
    <message>
        <source>修改{board}措辞为“{text}”</source>
        <translation>Set the {board} wording to “{text}”</translation>
    </message>
    <message>
        <source>{board}恢复默认措辞</source>
        <translation>Default wording restored for the {board}</translation>
    </message>
    <message>
        <source>该标识牌的措辞已被他人修改,请刷新后再试</source>
        <translation>Someone else changed this board's wording; reload and try again</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <source>预设</source>
        <translation>preset</translation>
    </message>
    <message>
        <source>本地做法</source>
        <translation>local practice</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>授权类别</source>
        <translation>Authorized category</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>时段名称</source>
        <translation>Session name</translation>
    </message>
    <message>
        <source>缺少姓名</source>
        <translation>The name is missing</translation>
    </message>
    <message>
        <source>新增人员“{name}”</source>
        <translation>New person “{name}”</translation>
    </message>
    <message>
        <source>修改人员“{name}”</source>
        <translation>Edit person “{name}”</translation>
    </message>
    <message>
        <source>删除人员“{name}”</source>
        <translation>Delete person “{name}”</translation>
    </message>
    <message>
        <source>{field}不能超过 {limit} 个字符</source>
        <translation>{field} cannot exceed {limit} characters</translation>
    </message>
    <message>
        <source>缺少部门</source>
        <translation>The department is missing</translation>
    </message>
    <message>
        <source>场所“{venue}”已撤销,不能派驻人员</source>
        <translation>“{venue}” is closed: no one can be stationed there</translation>
    </message>
    <message>
        <source>授权范围为某一类别时须写明类别</source>
        <translation>An authorization for one category must name the category</translation>
    </message>
    <message>
        <source>窗口 {number} 所在场所已撤销</source>
        <translation>The venue of window {number} is closed</translation>
    </message>
    <message>
        <source>时段不属于窗口 {number} 所在的场所</source>
        <translation>The session does not belong to the venue of window {number}</translation>
    </message>
    <message>
        <source>资格“{text}”超过 {limit} 个字符</source>
        <translation>Qualification “{text}” exceeds {limit} characters</translation>
    </message>
    <message>
        <source>设定“{item}”所需资格</source>
        <translation>Set the qualifications “{item}” needs</translation>
    </message>
    <message>
        <source>新增开放时段“{name}”</source>
        <translation>New opening session “{name}”</translation>
    </message>
    <message>
        <source>开放时段不能移到其他场所</source>
        <translation>An opening session cannot move to another venue</translation>
    </message>
    <message>
        <source>修改开放时段“{name}”</source>
        <translation>Edit opening session “{name}”</translation>
    </message>
    <message>
        <source>删除开放时段“{name}”</source>
        <translation>Delete opening session “{name}”</translation>
    </message>
    <message>
        <source>缺少时段名称</source>
        <translation>The session name is missing</translation>
    </message>
    <message>
        <source>星期应写为 1–7 的数字(1 为周一)</source>
        <translation>Days are digits 1–7 (1 is Monday)</translation>
    </message>
    <message>
        <source>开始时间须早于结束时间</source>
        <translation>The session must open before it closes</translation>
    </message>
    <message>
        <source>{department}:{point}</source>
        <translation>{department}: {point}</translation>
    </message>
    <message>
        <source>基准日应为日期</source>
        <translation>The reference date must be a date</translation>
    </message>
    <message>
        <source>没有这项设置:{key}</source>
        <translation>No such setting: {key}</translation>
    </message>
    <message>
        <source>{setting}应在 {low} 与 {high} 之间</source>
        <translation>{setting} must lie between {low} and {high}</translation>
    </message>
    <message>
        <source>修改人员配置参数</source>
        <translation>Edit the staffing assumptions</translation>
    </message>
</context>
<context>
    <name>staffing</name>
    <message>
        <source>首席事务代表轮岗年限</source>
        <translation>Rotation term of a chief representative (years)</translation>
    </message>
    <message>
        <source>窗口人员轮岗年限</source>
        <translation>Rotation term of window staff (years)</translation>
    </message>
    <message>
        <source>轮岗提前提示天数</source>
        <translation>Days of notice before rotation</translation>
    </message>
    <message>
        <source>目标等候时间(秒)</source>
        <translation>Target wait (s)</translation>
    </message>
    <message>
        <source>目标时间内办理的比例</source>
        <translation>Share served within the target</translation>
    </message>
    <message>
        <source>缺勤率(休假、培训、轮休)</source>
        <translation>Shrinkage (leave, training, rest)</translation>
    </message>
    <message>
        <source>高峰小时系数</source>
        <translation>Peak-hour factor</translation>
    </message>
    <message>
        <source>年工作日</source>
        <translation>Working days a year</translation>
    </message>
    <message>
        <source>全流程网办事项仍到现场的比例</source>
        <translation>Share of fully online cases still on site</translation>
    </message>
    <message>
        <source>有 {count} 个事项在政务服务中心办理,但未设首席事务代表</source>
        <translation>{count} items are handled in the center, but there is no chief affairs representative</translation>
    </message>
    <message>
        <source>设有 {count} 名首席事务代表({names}),应只有一名</source>
        <translation>{count} chief affairs representatives ({names}); there must be exactly one</translation>
    </message>
    <message>
        <source>首席事务代表未全职派驻政务服务中心</source>
        <translation>The chief representative is not stationed in the center full time</translation>
    </message>
    <message>
        <source>首席事务代表未派驻在政务服务中心</source>
        <translation>The chief representative is not stationed in the center</translation>
    </message>
    <message>
        <source>没有书面的部门业务综合授权</source>
        <translation>No written comprehensive authorization of the department</translation>
    </message>
    <message>
        <source>书面授权未注明日期</source>
        <translation>The written authorization has no date</translation>
    </message>
    <message>
        <source>授权未覆盖本部门在中心办理的 {count} 个事项(如“{item}”)</source>
        <translation>The authorization does not cover {count} of the department's items in the center (e.g. “{item}”)</translation>
    </message>
    <message>
        <source>整建制进驻与三集中、三到位尚未评估</source>
        <translation>Whole-section entry and “three concentrations, three in place” not assessed yet</translation>
    </message>
    <message>
        <source>“{point}”尚未评估</source>
        <translation>“{point}” not assessed yet</translation>
    </message>
    <message>
        <source>“{point}”:{state}</source>
        <translation>“{point}”: {state}</translation>
    </message>
    <message>
        <source>{sessions}无人值守(无A岗人员),一线窗口人员未配齐</source>
        <translation>Unstaffed in {sessions} (no A post): front-line windows not fully staffed</translation>
    </message>
    <message>
        <source>{sessions}没有B岗顶岗人员(AB岗,本地做法)</source>
        <translation>No B post stand-in in {sessions} (A/B posts, local practice)</translation>
    </message>
    <message>
        <source>办理“{item}”须具备“{qualification}”,{sessions}值守的A岗人员无人具备</source>
        <translation>Handling “{item}” needs “{qualification}”, which no A post holds in {sessions}</translation>
    </message>
    <message>
        <source>未设开放时间,无法检查窗口值守和窗口需求</source>
        <translation>No opening hours: window staffing and demand cannot be checked</translation>
    </message>
    <message>
        <source>任职已满 {years} 年({due} 到期),应轮岗(本地做法)</source>
        <translation>{years} years at the post (due {due}): rotation due (local practice)</translation>
    </message>
    <message>
        <source>{due} 任职满 {years} 年,届时应轮岗(本地做法)</source>
        <translation>{years} years at the post on {due}: rotation due then (local practice)</translation>
    </message>
    <message>
        <source>高峰需 {needed} 个窗口,规划了 {planned} 个</source>
        <translation>The peak needs {needed} windows; {planned} planned</translation>
    </message>
    <message>
        <source>按缺勤率需 {needed} 名窗口人员,在岗 {staffed} 名</source>
        <translation>With shrinkage {needed} window staff are needed; {staffed} staffed</translation>
    </message>
    <message>
        <source>办件量或办理时长不足以估算窗口需求,或负荷超出可计算范围</source>
        <translation>Case volume or handling time too scant to estimate the demand, or the load beyond what can be computed</translation>
    </message>
    <message>
        <source>齐备</source>
        <translation>Complete</translation>
    </message>
</context>
<context>
    <name>staffing table</name>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>中心办理事项</source>
        <translation>Items in center</translation>
    </message>
    <message>
        <source>首席事务代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <source>窗口人员</source>
        <translation>Window staff</translation>
    </message>
    <message>
        <source>后台人员</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>窗口组</source>
        <translation>Window group</translation>
    </message>
    <message>
        <source>规划窗口</source>
        <translation>Planned windows</translation>
    </message>
    <message>
        <source>高峰所需窗口</source>
        <translation>Windows needed at peak</translation>
    </message>
    <message>
        <source>值守齐全的窗口</source>
        <translation>Fully staffed windows</translation>
    </message>
    <message>
        <source>所需人员</source>
        <translation>People needed</translation>
    </message>
    <message>
        <source>在岗人员</source>
        <translation>People staffed</translation>
    </message>
    <message>
        <source>高峰每小时到达</source>
        <translation>Peak arrivals per hour</translation>
    </message>
    <message>
        <source>平均办理分钟</source>
        <translation>Avg. handling (min)</translation>
    </message>
    <message>
        <source>服务水平</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>平均等候秒</source>
        <translation>Avg. wait (s)</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>A4 横向(297×210 mm)</source>
        <translation>A4 landscape (297×210 mm)</translation>
    </message>
    <message>
        <source>A3 横向(420×297 mm)</source>
        <translation>A3 landscape (420×297 mm)</translation>
    </message>
    <message>
        <source>桌牌(200×100 mm)</source>
        <translation>Desk plate (200×100 mm)</translation>
    </message>
    <message>
        <source>门牌(500×250 mm)</source>
        <translation>Door plate (500×250 mm)</translation>
    </message>
    <message>
        <source>预设值,非标准:未找到国家或地方对政务服务中心标识牌尺寸、颜色、字体的规定</source>
        <translation>Presets, not a standard: no national or local rule for the size, colours or font of service-center signs was found</translation>
    </message>
    <message>
        <source>标识牌尺寸须在 {low}–{high} mm 之间(现为 {width}×{height} mm)</source>
        <translation>A board must be {low}–{high} mm on each side (this one is {width}×{height} mm)</translation>
    </message>
    <message>
        <source>自定义({width}×{height} mm)</source>
        <translation>Custom ({width}×{height} mm)</translation>
    </message>
    <message>
        <source>没有模板“{name}”:可选 {choices},或自定义尺寸 宽x高(毫米,如 300x150)</source>
        <translation>No template “{name}”: choose {choices}, or a custom size WIDTHxHEIGHT in millimetres (e.g. 300x150)</translation>
    </message>
    <message>
        <source>“{text}”不是颜色,请写成 #RRGGBB</source>
        <translation>“{text}” is not a colour; write it as #RRGGBB</translation>
    </message>
    <message>
        <source>“{text}”在 {template} 上放不下</source>
        <translation>“{text}” does not fit on {template}</translation>
    </message>
    <message>
        <source>字体 {font} 没有这些字的字形:{chars};请选择其他字体,未生成 PDF</source>
        <translation>The font {font} has no glyphs for: {chars}; choose another font. No PDF was made</translation>
    </message>
    <message>
        <source>没有可制作的标识牌,未生成 PDF</source>
        <translation>No board can be made; no PDF was made</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>源数据库</source>
        <translation>The source database</translation>
    </message>
    <message>
        <source>源数据库和目标数据库是同一个:{location}</source>
        <translation>The source and the destination are the same database: {location}</translation>
    </message>
    <message>
        <source>目标数据库</source>
        <translation>The destination database</translation>
    </message>
    <message>
        <source>只有数据表的所有者(或超级用户)可以替换或填入服务器上的规划,{login} 不是,未作改动:{location}</source>
        <translation>Only the tables' owner (or a superuser) can replace or fill the plan on a server, and {login} is not; nothing was changed: {location}</translation>
    </message>
    <message>
        <source>复制后表 {table} 的行数不符(源 {expected} 行,目标 {copied} 行),已撤销,目标数据库未作改动:{location}</source>
        <translation>After copying, table {table} has the wrong number of rows ({expected} in the source, {copied} in the destination); the copy was undone and the destination is unchanged: {location}</translation>
    </message>
    <message>
        <source>目标数据库已有数据(表 {table} 等 {count} 个表),未作改动:{location}(要用新内容替换它的全部内容,请加 --force)</source>
        <translation>The destination already holds data ({count} tables, {table} among them) and was not changed: {location} (to replace all of its contents, add --force)</translation>
    </message>
    <message>
        <source>{side}的结构版本是 {current},本程序的是 {head},未作改动:{location}(请先用 hallplanner db upgrade 升级它,或换一个数据库)</source>
        <translation>{side} is at schema version {current}, this program at {head}; nothing was changed: {location} (upgrade it first with hallplanner db upgrade, or use another database)</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{field}不能为空</source>
        <translation>{field} cannot be empty</translation>
    </message>
    <message>
        <source>{field}不能超过 {limit} 个字符(现为 {length} 个)</source>
        <translation>{field} cannot be longer than {limit} characters (it has {length})</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>基本编码</source>
        <translation>Basic code</translation>
    </message>
    <message>
        <source>实施编码</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <source>年办件量</source>
        <translation>Cases per year</translation>
    </message>
    <message>
        <source>平均办理时长</source>
        <translation>Average handling time</translation>
    </message>
    <message>
        <source>{field}须为不小于 0 的整数</source>
        <translation>{field} must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>网办深度须为 1 至 4 级</source>
        <translation>Online depth must be level 1 to 4</translation>
    </message>
    <message>
        <source>全程网办的事项网办深度须为四级</source>
        <translation>A fully online item must have online depth 4</translation>
    </message>
    <message>
        <source>特殊敏感事项须在负面清单内</source>
        <translation>A special sensitive item must be on the negative list</translation>
    </message>
    <message>
        <source>督查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>督查日期不能为空</source>
        <translation>The inspection date is required</translation>
    </message>
    <message>
        <source>待整改的督查须写明发现的问题</source>
        <translation>An inspection with something to rectify must say what was found</translation>
    </message>
    <message>
        <source>已整改的督查须填写整改完成日期</source>
        <translation>A rectified inspection needs the day it was rectified</translation>
    </message>
    <message>
        <source>整改期限不能早于督查日期</source>
        <translation>The rectification deadline cannot be before the inspection</translation>
    </message>
</context>
</TS>