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
        <source>人员配置</source>
        <translation>Staffing</translation>
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
        <source>分设窗口与无差别窗口池(同一办件量)</source>
        <translation>Separate windows and one general pool (same cases)</translation>
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
        <source>无书面授权</source>
        <translation>no written authorization</translation>
    </message>
    <message>
        <source>未评估</source>
        <translation>not assessed</translation>
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
    <name>i18n</name>
    <message>
        <source>;</source>
        <translation>; </translation>
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
</TS>