<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
        <source>办理地点:尚未安排</source>
        <translation>Handled at: not arranged yet</translation>
    </message>
    <message>
        <source>{venue} {window}({role})</source>
        <translation>{venue} {window} ({role})</translation>
    </message>
    <message>
        <source>{venue}({role})</source>
        <translation>{venue} ({role})</translation>
    </message>
    <message>
        <source>办理地点:{places}</source>
        <translation>Handled at: {places}</translation>
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
    <name>NewRecordDialog</name>
    <message>
        <source>新增{kind}</source>
        <translation>New {kind}</translation>
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
        <source>{name}({short})</source>
        <translation>{name} ({short})</translation>
    </message>
    <message>
        <source>无差别综合窗口</source>
        <translation>All-purpose window</translation>
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
        <source>业务分类(分中心标识)</source>
        <translation>Sign: business category</translation>
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
        <source>保存</source>
        <translation>Save</translation>
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
    <name>Runner</name>
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
        <source>记录已被他人修改或删除,请刷新后再试</source>
        <translation>Someone else has changed or deleted the record; reload and try again</translation>
    </message>
    <message>
        <source>保存失败,与已有数据冲突,数据库未作改动({reason})</source>
        <translation>Saving failed: it conflicts with existing data; the database is unchanged ({reason})</translation>
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
        <source>“{name}”导出尚不可用:它的数据还没有在 HallPlanner 中生成</source>
        <translation>The “{name}” export is not available yet: HallPlanner does not produce its data yet</translation>
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
        <source>工作簿中的 {part} 含有 DOCTYPE 或实体声明,可能是恶意构造的文件,已拒绝</source>
        <translation>{part} in the workbook has a DOCTYPE or entity declaration; it may be crafted to do harm and is refused</translation>
    </message>
    <message>
        <source>{part} 的单元格范围达 {rows} 行 × {columns} 列,超出可导入的范围,可能是恶意构造的文件</source>
        <translation>The cells of {part} reach {rows} rows × {columns} columns, more than can be imported; the file may be crafted to do harm</translation>
    </message>
    <message>
        <source>不是文本格式的 CSV 文件</source>
        <translation>Not a text CSV file</translation>
    </message>
    <message>
        <source>无法识别文件的编码(应为 UTF-8 或 GB18030)</source>
        <translation>Unknown text encoding (UTF-8 or GB18030 expected)</translation>
    </message>
    <message>
        <source>CSV 文件超过 {limit} 行,超出可导入的范围</source>
        <translation>The CSV file has more than {limit} rows, more than can be imported</translation>
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
    <name>transfer</name>
    <message>
        <source>目标数据库不是空的(表 {table} 已有数据):{location}</source>
        <translation>The target database is not empty (table {table} has rows): {location}</translation>
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
</context>
<context>
    <name>xlsx</name>
    <message>
        <source>无法写入文件 {path}:{reason}</source>
        <translation>Cannot write the file {path}: {reason}</translation>
    </message>
</context>
</TS>