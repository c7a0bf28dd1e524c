<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ChangeText</name>
    <message numerus="yes">
      <source>adds %n requirement(s)</source>
      <translation>
        <numerusform>增加 %n 项报告义务</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>removes %n requirement(s)</source>
      <translation>
        <numerusform>移除 %n 项报告义务</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>moves %n requirement(s)</source>
      <translation>
        <numerusform>移动 %n 项报告义务</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>re-mandates %n requirement(s)</source>
      <translation>
        <numerusform>更改 %n 项义务的授权依据</numerusform>
      </translation>
    </message>
    <message>
      <source>no change to requirements</source>
      <translation>报告义务没有变化</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <source>“%1” at %2</source>
      <translation>“%1”，%2</translation>
    </message>
    <message>
      <source>%1: moved from %2 — %3</source>
      <translation>%1：从%2移来 — %3</translation>
    </message>
    <message>
      <source>%1: removed — %2</source>
      <translation>%1：已删除 — %2</translation>
    </message>
    <message>
      <source>%1: added — mandated by %2</source>
      <translation>%1：已新增 — 授权依据 %2</translation>
    </message>
    <message>
      <source>%1: now mandated by %2</source>
      <translation>%1：现由 %2 授权</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Changed on both sides</source>
      <translation>双方均有修改</translation>
    </message>
    <message>
      <source>Yours (offline)</source>
      <translation>您的版本（离线）</translation>
    </message>
    <message>
      <source>Theirs (now on the server)</source>
      <translation>对方版本（当前在服务器上）</translation>
    </message>
    <message>
      <source>changed by %1 at %2</source>
      <translation>由 %1 于 %2 修改</translation>
    </message>
    <message>
      <source>Keep yours</source>
      <translation>保留您的版本</translation>
    </message>
    <message>
      <source>Keep theirs</source>
      <translation>保留对方版本</translation>
    </message>
  </context>
  <context>
    <name>Counted</name>
    <message numerus="yes">
      <source>%n new report line(s)</source>
      <translation>
        <numerusform>%n 个新报告系列</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n 项已在计划中</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tracking row(s)</source>
      <translation>
        <numerusform>%n 条跟踪记录</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesPanel</name>
    <message>
      <source>From %1</source>
      <translation>自 %1 起</translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n 项逾期</numerusform>
      </translation>
    </message>
    <message>
      <source>No submission or issuance deadline from %1: deadlines appear here as decisions mandate reports.</source>
      <translation>自%1起没有提交或印发截止日期：当决定授权编写报告时，截止日期会显示在这里。</translation>
    </message>
  </context>
  <context>
    <name>DecisionEditor</name>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>at a named session</source>
      <translation>在指定会议</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>在下一届会议</translation>
    </message>
    <message>
      <source>at the first session after an event</source>
      <translation>在活动后的第一届会议</translation>
    </message>
    <message>
      <source>every N years</source>
      <translation>每 N 年</translation>
    </message>
    <message>
      <source>after each review of a series</source>
      <translation>在系列的每次审查之后</translation>
    </message>
    <message>
      <source>add — the rule's sessions</source>
      <translation>添加 — 规则所指的会议</translation>
    </message>
    <message>
      <source>replace — from its effective date</source>
      <translation>取代 — 自生效之日起</translation>
    </message>
    <message>
      <source>terminate — end the report line</source>
      <translation>终止 — 结束报告系列</translation>
    </message>
    <message>
      <source>defer — move one session's report</source>
      <translation>推迟 — 移动某届会议的报告</translation>
    </message>
    <message>
      <source>merge — fold into another report</source>
      <translation>合并 — 并入另一份报告</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>放弃更改？</translation>
    </message>
    <message>
      <source>Close this form and lose what you entered in it?</source>
      <translation>关闭此表单并丢弃已输入的内容？</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>仅限 %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>编辑 %1</translation>
    </message>
    <message>
      <source>New decision</source>
      <translation>新建决定</translation>
    </message>
    <message>
      <source>E/DEC/2011/216, or “decision 2011/216”</source>
      <translation>E/DEC/2011/216，或“decision 2011/216”</translation>
    </message>
    <message>
      <source>effective from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>已通过</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>草案</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>Add mandate</source>
      <translation>添加授权</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>文号</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>通过机构</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>通过日期</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>授权</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>将产生的效果</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>截至</translation>
    </message>
  </context>
  <context>
    <name>DocList</name>
    <message>
      <source>General Assembly resolution %1</source>
      <translation>大会第 %1 号决议</translation>
    </message>
    <message>
      <source>General Assembly decision %1</source>
      <translation>大会第 %1 号决定</translation>
    </message>
    <message>
      <source>Council resolution %1</source>
      <translation>理事会第 %1 号决议</translation>
    </message>
    <message>
      <source>Council decision %1</source>
      <translation>理事会第 %1 号决定</translation>
    </message>
    <message>
      <source>Security Council resolution %1</source>
      <translation>安全理事会第 %1 号决议</translation>
    </message>
    <message>
      <source>Security Council decision %1</source>
      <translation>安全理事会第 %1 号决定</translation>
    </message>
    <message>
      <source>Human Rights Council resolution %1</source>
      <translation>人权理事会第 %1 号决议</translation>
    </message>
    <message>
      <source>Human Rights Council decision %1</source>
      <translation>人权理事会第 %1 号决定</translation>
    </message>
    <message>
      <source>draft %1</source>
      <translation>%1 草案</translation>
    </message>
    <message>
      <source>Report of the Secretary-General on %1</source>
      <translation>秘书长关于%1的报告</translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>包括草案</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>仅已通过的决定</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>截至 %1</translation>
    </message>
    <message>
      <source>Symbol: %1</source>
      <translation>文号：%1</translation>
    </message>
    <message>
      <source>Symbol not yet assigned</source>
      <translation>尚未分配文号</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>状态：%1</translation>
    </message>
    <message>
      <source>Submission: %1</source>
      <translation>提交：%1</translation>
    </message>
    <message>
      <source>Issuance: %1</source>
      <translation>印发：%1</translation>
    </message>
    <message>
      <source>Other reports</source>
      <translation>其他报告</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>本届会议无到期报告。</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Read-only</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>添加 %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>编辑 %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>确认：%1</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>跟踪“%1”（%2）</translation>
    </message>
    <message>
      <source>Add body</source>
      <translation>添加机构</translation>
    </message>
    <message>
      <source>Add report line</source>
      <translation>添加报告系列</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>添加会议</translation>
    </message>
    <message>
      <source>Add session series</source>
      <translation>添加会议系列</translation>
    </message>
    <message>
      <source>Add event</source>
      <translation>添加活动</translation>
    </message>
    <message>
      <source>Add event series</source>
      <translation>添加活动系列</translation>
    </message>
    <message>
      <source>Edit body %1</source>
      <translation>编辑机构 %1</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>删除 %1</translation>
    </message>
    <message>
      <source>The session goes back to its projected dates (if a series projects it).</source>
      <translation>会议恢复为预测日期（如有会议系列预测）。</translation>
    </message>
    <message>
      <source>The requirement stays; only its tracking is cleared.</source>
      <translation>报告义务保留，仅清除其跟踪信息。</translation>
    </message>
    <message>
      <source>Clear tracking of “%1” at %2</source>
      <translation>清除“%1”（%2）的跟踪</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>无法删除</translation>
    </message>
    <message>
      <source>%1?</source>
      <translation>%1？</translation>
    </message>
    <message>
      <source>Edit “%1”</source>
      <translation>编辑“%1”</translation>
    </message>
    <message>
      <source>Delete the body %1</source>
      <translation>删除机构 %1</translation>
    </message>
    <message>
      <source>Delete the report line “%1”</source>
      <translation>删除报告系列“%1”</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>查找</translation>
    </message>
    <message>
      <source>Decision symbol, report title or session name:</source>
      <translation>决定文号、报告标题或会议名称：</translation>
    </message>
    <message>
      <source>Nothing matches “%1”</source>
      <translation>没有与“%1”匹配的结果</translation>
    </message>
    <message>
      <source>Edit decision…</source>
      <translation>编辑决定…</translation>
    </message>
    <message>
      <source>Track requirement…</source>
      <translation>跟踪报告义务…</translation>
    </message>
    <message>
      <source>Edit or confirm session…</source>
      <translation>编辑或确认会议…</translation>
    </message>
    <message>
      <source>Edit event…</source>
      <translation>编辑活动…</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>撤回</translation>
    </message>
    <message>
      <source>Withdraw %1</source>
      <translation>撤回 %1</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <source>Clear tracking…</source>
      <translation>清除跟踪…</translation>
    </message>
    <message>
      <source>Edit body %1…</source>
      <translation>编辑机构 %1…</translation>
    </message>
    <message>
      <source>Delete body %1…</source>
      <translation>删除机构 %1…</translation>
    </message>
    <message>
      <source>Add session…</source>
      <translation>添加会议…</translation>
    </message>
    <message>
      <source>Add decision here (%1)…</source>
      <translation>在此添加决定（%1）…</translation>
    </message>
    <message>
      <source>Add event…</source>
      <translation>添加活动…</translation>
    </message>
  </context>
  <context>
    <name>EditDiffView</name>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>修改前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>修改后</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>drafts included</source>
      <translation>包括草案</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>仅已通过的决定</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>截至 %1</translation>
    </message>
    <message>
      <source>lanes not shown: %n</source>
      <translation>未显示的泳道：%n</translation>
    </message>
    <message>
      <source>generated %1 by Mandate Planner</source>
      <translation>由 Mandate Planner 于 %1 生成</translation>
    </message>
    <message>
      <source>printed %1</source>
      <translation>打印于 %1</translation>
    </message>
    <message>
      <source>page %1 of %2</source>
      <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>已导出 %1</translation>
    </message>
    <message>
      <source>Copied the timeline as an image</source>
      <translation>已将时间轴复制为图像</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>PDF Handout</source>
      <translation>PDF 讲义</translation>
    </message>
    <message>
      <source>PDF handout</source>
      <translation>PDF 讲义</translation>
    </message>
    <message>
      <source>Select a session first: its documentation list is exported</source>
      <translation>请先选择一届会议：导出的是该会议的文件清单</translation>
    </message>
    <message>
      <source>Export documentation list</source>
      <translation>导出文件清单</translation>
    </message>
    <message>
      <source>Export calendar</source>
      <translation>导出日历</translation>
    </message>
    <message>
      <source>Export requirements</source>
      <translation>导出报告义务</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>PNG 图像</translation>
    </message>
    <message>
      <source>SVG (text stays text)</source>
      <translation>SVG（文字保持为文字）</translation>
    </message>
    <message>
      <source>PDF (vector)</source>
      <translation>PDF（矢量）</translation>
    </message>
    <message>
      <source>Export image</source>
      <translation>导出图像</translation>
    </message>
  </context>
  <context>
    <name>ExportImageDialog</name>
    <message>
      <source>Export Timeline Image</source>
      <translation>导出时间轴图像</translation>
    </message>
    <message>
      <source>Custom width</source>
      <translation>自定义宽度</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <source>Footer (plan, date, as-of, drafts)</source>
      <translation>页脚（计划、日期、截至日期、草案）</translation>
    </message>
    <message>
      <source>Lanes shown on screen</source>
      <translation>屏幕上显示的泳道</translation>
    </message>
    <message>
      <source>All lanes</source>
      <translation>所有泳道</translation>
    </message>
    <message>
      <source>Lanes with reports in these years</source>
      <translation>这些年份中有报告的泳道</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>The report lines and bodies ticked below</source>
      <translation>下方勾选的报告系列和机构</translation>
    </message>
    <message>
      <source>What %1 mandates</source>
      <translation>%1 所要求的内容</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>尺寸</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>宽度</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>泳道</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Subtitle</source>
      <translation>副标题</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>%1 × %2 pixels</source>
      <translation>%1 × %2 像素</translation>
    </message>
  </context>
  <context>
    <name>FactCounts</name>
    <message numerus="yes">
      <source>%n requirement(s) in the current result</source>
      <translation>
        <numerusform>当前结果中有 %n 项义务</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n report(s) due</source>
      <translation>
        <numerusform>应提交 %n 份报告</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Facts</name>
    <message>
      <source>confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>已通过</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>草案</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>现场</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>混合</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>线上</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>默许程序</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>推迟</translation>
    </message>
    <message>
      <source>suspended and resumed</source>
      <translation>中止后续会</translation>
    </message>
    <message>
      <source>“%1” at %2</source>
      <translation>“%1”，%2</translation>
    </message>
    <message>
      <source>not due</source>
      <translation>无需提交</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>提交截止</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>印发截止</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>授权依据</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>字数</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>通过日期</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>授权</translation>
    </message>
    <message>
      <source>No longer due because of this decision</source>
      <translation>因本决定不再需要提交</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Projected by</source>
      <translation>推算自</translation>
    </message>
    <message>
      <source>series %1</source>
      <translation>系列 %1</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>系列</translation>
    </message>
    <message>
      <source>tentative (projected from its series)</source>
      <translation>暂定（根据系列预测）</translation>
    </message>
    <message>
      <source>reports without a label: %n</source>
      <translation>未标注的报告：%n</translation>
    </message>
    <message>
      <source>and %n more</source>
      <translation>另有 %n 份</translation>
    </message>
  </context>
  <context>
    <name>FirstViewHint</name>
    <message>
      <source>Dashed outlines are projected sessions and draft decisions, not yet adopted. &lt;a href='drafts'&gt;Include drafts&lt;/a&gt; (Ctrl+D) to see what they would change.</source>
      <translation>虚线轮廓表示预计会议和尚未通过的决定草案。&lt;a href='drafts'&gt;包括草案&lt;/a&gt;（Ctrl+D）即可查看它们会带来的变化。</translation>
    </message>
    <message>
      <source>Close this note</source>
      <translation>关闭此提示</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>上级机构</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>提交（提前周数）</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>印发（提前周数）</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>重复规则 (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <source>From</source>
      <translation>自</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>截至</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>持续至下一届开幕</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>届次 = 年份 −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>系列</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>暂定</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>简称</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>议程项目</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>字数限制</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>通过日期</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>文件文号</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>负责官员</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>估计字数</translation>
    </message>
    <message>
      <source>Horizon (years)</source>
      <translation>规划年限（年）</translation>
    </message>
    <message>
      <source>Calendar as of</source>
      <translation>日历截至</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>已通过</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>草案</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>现场</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>混合</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>线上</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>默许程序</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>推迟</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>已计划</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>已印发</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>已审议</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>计划</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>机构 %1</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>会议系列 %1</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>会议：%1</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>活动系列：%1</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>活动：%1</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>报告系列“%1”</translation>
    </message>
    <message>
      <source>Decision %1</source>
      <translation>决定 %1</translation>
    </message>
    <message>
      <source>Tracking of %1 at %2</source>
      <translation>%1 在 %2 的跟踪</translation>
    </message>
    <message>
      <source>Mandate row %1</source>
      <translation>任务授权行 %1</translation>
    </message>
    <message>
      <source>Added: %1</source>
      <translation>已添加：%1</translation>
    </message>
    <message>
      <source>Removed: %1</source>
      <translation>已删除：%1</translation>
    </message>
    <message>
      <source>Changed: %1</source>
      <translation>已修改：%1</translation>
    </message>
    <message>
      <source>Not applied, lost a conflict: %1</source>
      <translation>未应用，冲突中落选：%1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>Mandate: %1</source>
      <translation>任务授权：%1</translation>
    </message>
    <message>
      <source>Order of the mandates</source>
      <translation>任务授权的顺序</translation>
    </message>
    <message>
      <source>Place of the mandate: %1</source>
      <translation>任务授权的位置：%1</translation>
    </message>
    <message>
      <source>%1. %2</source>
      <translation>%1. %2</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>All edits</source>
      <translation>所有修改</translation>
    </message>
    <message>
      <source>This record</source>
      <translation>此条目</translation>
    </message>
    <message>
      <source>This officer</source>
      <translation>此干事</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>修改人</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>条目</translation>
    </message>
    <message>
      <source>Undo This Edit</source>
      <translation>撤销此修改</translation>
    </message>
    <message>
      <source>Select an edit to see what it changed.</source>
      <translation>选择一项编辑以查看其更改内容。</translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL)</source>
      <translation>在 Mandate Planner 之外修改（SQL）</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL) by %1 at %2</source>
      <translation>由 %1 于 %2 在 Mandate Planner 之外修改（SQL）</translation>
    </message>
    <message>
      <source>“%1”, by %2 at %3</source>
      <translation>“%1”，%2 于 %3</translation>
    </message>
    <message>
      <source>Made outside the planner: undo it the same way, by SQL.</source>
      <translation>在 Mandate Planner 之外所做：请以同样方式（通过 SQL）撤销。</translation>
    </message>
  </context>
  <context>
    <name>ImportResolutionsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>Import Resolutions</source>
      <translation>导入决议</translation>
    </message>
    <message>
      <source>Add &amp;Files…</source>
      <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
      <source>&amp;Paste Text…</source>
      <translation>粘贴文本(&amp;P)…</translation>
    </message>
    <message>
      <source>Resolution / paragraph</source>
      <translation>决议 / 段落</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>解读</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>置信度</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>成为</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>接受(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>导入(&amp;I)</translation>
    </message>
    <message>
      <source>Choose resolutions (AKN XML, Word, PDF or text), drop them here, or paste a text. Nothing enters the plan until you press Import.</source>
      <translation>选择决议（AKN XML、Word、PDF 或文本），拖放到此处，或粘贴文本。在您按“导入”之前，不会有任何内容进入计划。</translation>
    </message>
    <message>
      <source>Ticked proposals are imported. Unsure ones (amber) wait for your decision. Nothing enters the plan until you press Import.</source>
      <translation>勾选的提议将被导入。不确定的提议（琥珀色）等待您的决定。在您按“导入”之前，不会有任何内容进入计划。</translation>
    </message>
    <message>
      <source>Choose Resolutions</source>
      <translation>选择决议</translation>
    </message>
    <message>
      <source>Resolutions (%1)</source>
      <translation>决议 (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <source>cannot be read</source>
      <translation>无法读取</translation>
    </message>
    <message>
      <source>asks for no report</source>
      <translation>未要求报告</translation>
    </message>
    <message>
      <source>same resolution as %1</source>
      <translation>与 %1 为同一决议</translation>
    </message>
    <message>
      <source>updates the decision in the plan</source>
      <translation>更新计划中的决定</translation>
    </message>
    <message>
      <source>new decision</source>
      <translation>新决定</translation>
    </message>
    <message>
      <source>¶ %1</source>
      <translation>第 %1 段</translation>
    </message>
    <message>
      <source>already in the plan</source>
      <translation>已在计划中</translation>
    </message>
    <message>
      <source>%1 · new line “%2”</source>
      <translation>%1 · 新系列“%2”</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>not placed: %1</source>
      <translation>未能安排：%1</translation>
    </message>
    <message>
      <source>replaced by your edit</source>
      <translation>已由您的编辑取代</translation>
    </message>
    <message>
      <source>Edit the Decision Read from %1</source>
      <translation>编辑从 %1 读取的决定</translation>
    </message>
    <message>
      <source>Replaced by your edit of the decision.</source>
      <translation>已由您对决定的编辑取代。</translation>
    </message>
    <message>
      <source>Nothing accepted yet.</source>
      <translation>尚未接受任何内容。</translation>
    </message>
  </context>
  <context>
    <name>InspectorPanel</name>
    <message>
      <source>Select a session, requirement, decision or event on the timeline to see its facts here.</source>
      <translation>在时间轴上选择会议、报告义务、决定或活动，即可在此查看详情。</translation>
    </message>
  </context>
  <context>
    <name>LanesPanel</name>
    <message>
      <source>Search bodies…</source>
      <translation>搜索机构…</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>This plan is being edited in another Mandate Planner window.</source>
      <translation>此计划正在另一个 Mandate Planner 窗口中编辑。</translation>
    </message>
    <message>
      <source>Opened by %1 on %2 since %3.</source>
      <translation>由 %1 在 %2 上打开，自 %3 起。</translation>
    </message>
    <message>
      <source>Plan in use</source>
      <translation>计划正在使用</translation>
    </message>
    <message>
      <source>Open it read-only?</source>
      <translation>以只读方式打开？</translation>
    </message>
    <message>
      <source>Cannot open plan</source>
      <translation>无法打开计划</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opened plan</source>
      <translation>已打开计划</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>详细信息</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>泳道</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>报告义务</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>What Changed</source>
      <translation>变更</translation>
    </message>
    <message>
      <source>What-if: Drafts</source>
      <translation>假设分析：草案</translation>
    </message>
    <message>
      <source>Undo History</source>
      <translation>撤销历史</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <source>Report Line…</source>
      <translation>报告系列…</translation>
    </message>
    <message>
      <source>Body…</source>
      <translation>机构…</translation>
    </message>
    <message>
      <source>Session…</source>
      <translation>会议…</translation>
    </message>
    <message>
      <source>Session Series…</source>
      <translation>会议系列…</translation>
    </message>
    <message>
      <source>Event…</source>
      <translation>活动…</translation>
    </message>
    <message>
      <source>Event Series…</source>
      <translation>活动系列…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>计划(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>Ne&amp;w Plan…</source>
      <translation>新建计划(&amp;W)…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
      <source>I&amp;mport Plan…</source>
      <translation>导入计划(&amp;M)…</translation>
    </message>
    <message>
      <source>E&amp;xport Plan…</source>
      <translation>导出计划(&amp;X)…</translation>
    </message>
    <message>
      <source>Import Reso&amp;lutions…</source>
      <translation>导入决议(&amp;L)…</translation>
    </message>
    <message>
      <source>Import R&amp;eport List (.xlsx, .csv)…</source>
      <translation>导入报告清单(&amp;E) (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>Import Meetin&amp;gs (.ics)…</source>
      <translation>导入会议(&amp;T) (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Image…</source>
      <translation>导出图像(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Copy Timeline Image</source>
      <translation>复制时间轴图像(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>Export PDF &amp;Handout…</source>
      <translation>导出 PDF 讲义(&amp;H)…</translation>
    </message>
    <message>
      <source>Export &amp;Documentation List (.docx, .pdf)…</source>
      <translation>导出文件清单(&amp;D) (.docx, .pdf)…</translation>
    </message>
    <message>
      <source>Export &amp;Calendar (.ics)…</source>
      <translation>导出日历 (.ics)(&amp;C)…</translation>
    </message>
    <message>
      <source>Export &amp;Requirements (.xlsx, .csv)…</source>
      <translation>导出报告义务 (.xlsx, .csv)(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;New Decision…</source>
      <translation>新建决定(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Edit Selected…</source>
      <translation>编辑所选(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Delete Selected…</source>
      <translation>删除所选(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>缩小(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Fit All</source>
      <translation>全部显示(&amp;F)</translation>
    </message>
    <message>
      <source>Go to &amp;Today</source>
      <translation>转到今天(&amp;T)</translation>
    </message>
    <message>
      <source>Go to &amp;2012</source>
      <translation>转到 2012 年(&amp;2)</translation>
    </message>
    <message>
      <source>&amp;Meeting Mode</source>
      <translation>会议模式(&amp;M)</translation>
    </message>
    <message>
      <source>Include &amp;Drafts</source>
      <translation>包括草案(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Compare With and Without Drafts</source>
      <translation>比较含草案与不含草案(&amp;C)</translation>
    </message>
    <message>
      <source>Plan &amp;As Of…</source>
      <translation>截至某日的计划(&amp;A)…</translation>
    </message>
    <message>
      <source>Projection &amp;Horizon…</source>
      <translation>推算期限(&amp;H)…</translation>
    </message>
    <message>
      <source>&amp;About Mandate Planner</source>
      <translation>关于 Mandate Planner(&amp;A)</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>截至</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n 项报告义务</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n 个问题</numerusform>
      </translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>包括草案</translation>
    </message>
    <message>
      <source>adopted only</source>
      <translation>仅已通过的决定</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>截至 %1</translation>
    </message>
    <message numerus="yes">
      <source>Problems (%n)</source>
      <translation>
        <numerusform>问题（%n）</numerusform>
      </translation>
    </message>
    <message>
      <source>Backup failed: %1</source>
      <translation>备份失败：%1</translation>
    </message>
    <message>
      <source>%1 — read-only</source>
      <translation>%1 — 只读</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>Open plan</source>
      <translation>打开计划</translation>
    </message>
    <message>
      <source>Plans (*.sqlite *.json);;All files (*)</source>
      <translation>计划 (*.sqlite *.json);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>另存为</translation>
    </message>
    <message>
      <source>This plan is not a plan file; import it first.</source>
      <translation>这不是计划文件，请先导入。</translation>
    </message>
    <message>
      <source>Save plan as</source>
      <translation>将计划另存为</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>计划 (*.sqlite)</translation>
    </message>
    <message>
      <source>Saved a copy as %1</source>
      <translation>已另存副本为 %1</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>system fonts</source>
      <translation>系统字体</translation>
    </message>
    <message>
      <source>About Mandate Planner</source>
      <translation>关于 Mandate Planner</translation>
    </message>
    <message>
      <source>Which reports the Secretary-General owes to which session, why, and by when.</source>
      <translation>秘书长应向哪届会议提交哪些报告、依据为何、截止何时。</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>字体</translation>
    </message>
  </context>
  <context>
    <name>MandateForm</name>
    <message>
      <source>Mandate</source>
      <translation>授权</translation>
    </message>
    <message>
      <source>Title of the new report line</source>
      <translation>新报告系列的标题</translation>
    </message>
    <message>
      <source> year(s)</source>
      <translation> 年</translation>
    </message>
    <message>
      <source>a year, or a session id</source>
      <translation>年份或会议标识</translation>
    </message>
    <message>
      <source>year (optional)</source>
      <translation>年份（可选）</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> 周</translation>
    </message>
    <message>
      <source>from</source>
      <translation>自</translation>
    </message>
    <message>
      <source>until</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <source>New report</source>
      <translation>新报告</translation>
    </message>
    <message>
      <source>Effect</source>
      <translation>效力</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>系列</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>每</translation>
    </message>
    <message>
      <source>First</source>
      <translation>首次</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>截至</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>准备时间</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>审查</translation>
    </message>
    <message>
      <source>From session</source>
      <translation>自会议</translation>
    </message>
    <message>
      <source>To session</source>
      <translation>至会议</translation>
    </message>
    <message>
      <source>Into report</source>
      <translation>并入报告</translation>
    </message>
    <message>
      <source>at every body</source>
      <translation>所有机构</translation>
    </message>
    <message>
      <source>only at one body</source>
      <translation>仅一个机构</translation>
    </message>
    <message>
      <source>%1 (projected)</source>
      <translation>%1（预计）</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
  </context>
  <context>
    <name>MeetingsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>Choose a Meeting Calendar</source>
      <translation>选择会议日历</translation>
    </message>
    <message>
      <source>Calendars (*.ics)</source>
      <translation>日历 (*.ics)</translation>
    </message>
    <message>
      <source>Import Meetings</source>
      <translation>导入会议</translation>
    </message>
    <message>
      <source>Confirm sessions from %1</source>
      <translation>根据 %1 确认会议</translation>
    </message>
    <message>
      <source>Import Meetings from %1</source>
      <translation>从 %1 导入会议</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>变更</translation>
    </message>
    <message>
      <source>&amp;Confirm Sessions</source>
      <translation>确认会议(&amp;C)</translation>
    </message>
    <message>
      <source>Ticked meetings confirm their session with the meeting's dates and place.</source>
      <translation>勾选的会议将以其日期和地点确认相应届会。</translation>
    </message>
    <message>
      <source>confirms the projected session</source>
      <translation>确认预计的届会</translation>
    </message>
    <message>
      <source>changes %1 – %2</source>
      <translation>修改 %1 – %2</translation>
    </message>
    <message>
      <source>as in the plan</source>
      <translation>与计划一致</translation>
    </message>
    <message>
      <source>no body of the plan named</source>
      <translation>未提及计划中的任何机构</translation>
    </message>
    <message>
      <source>no session of %1 near these dates</source>
      <translation>%1 在这些日期附近没有届会</translation>
    </message>
  </context>
  <context>
    <name>NewPlanDialog</name>
    <message>
      <source>New Plan</source>
      <translation>新建计划</translation>
    </message>
    <message>
      <source>&amp;Blank plan</source>
      <translation>空白计划(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;From the UN calendar, with the bodies ticked below</source>
      <translation>基于联合国日历(&amp;F)，包含下方勾选的机构</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Tick &amp;All</source>
      <translation>全选(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Untick All</source>
      <translation>全不选(&amp;U)</translation>
    </message>
    <message>
      <source>the file's name, if left empty</source>
      <translation>留空则使用文件名</translation>
    </message>
    <message>
      <source>choose where to save it</source>
      <translation>选择保存位置</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>选择(&amp;C)…</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>创建</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>标题(&amp;T)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>An empty plan: add bodies, sessions and decisions.</source>
      <translation>空白计划：请添加机构、会议和决定。</translation>
    </message>
    <message>
      <source>Tick the bodies the plan should hold.</source>
      <translation>请勾选计划应包含的机构。</translation>
    </message>
    <message>
      <source>Bodies: %1 · sessions: %2 · decisions: %3 · report lines: %4</source>
      <translation>机构：%1 · 会议：%2 · 决定：%3 · 报告系列：%4</translation>
    </message>
    <message>
      <source>Also kept, without their calendar, for the decisions that refer to them: %1</source>
      <translation>另保留（不含其日历），因有决定提及：%1</translation>
    </message>
    <message>
      <source>New plan file</source>
      <translation>新计划文件</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>计划 (*.sqlite)</translation>
    </message>
  </context>
  <context>
    <name>PasteTextDialog</name>
    <message>
      <source>Paste a Resolution</source>
      <translation>粘贴决议</translation>
    </message>
    <message>
      <source>Paste the resolution here: its numbered operative paragraphs, one per line or block.</source>
      <translation>在此粘贴决议：带编号的执行段落，每行或每块一段。</translation>
    </message>
    <message>
      <source>(not known)</source>
      <translation>（未知）</translation>
    </message>
    <message>
      <source>known</source>
      <translation>已知</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>文号</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>通过机构</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>通过日期</translation>
    </message>
    <message>
      <source>pasted text</source>
      <translation>粘贴的文本</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message>
      <source>Calendar data as of %1</source>
      <translation>日历数据截至 %1</translation>
    </message>
    <message>
      <source>This plan's calendar data as of %1</source>
      <translation>本计划的日历数据截至 %1</translation>
    </message>
    <message>
      <source>New Plan</source>
      <translation>新建计划</translation>
    </message>
    <message>
      <source>Import plan</source>
      <translation>导入计划</translation>
    </message>
    <message>
      <source>Plan interchange files (*.json)</source>
      <translation>计划交换文件 (*.json)</translation>
    </message>
    <message>
      <source>Save the imported plan as</source>
      <translation>将导入的计划另存为</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>计划 (*.sqlite)</translation>
    </message>
    <message>
      <source>Import Plan</source>
      <translation>导入计划</translation>
    </message>
    <message>
      <source>Export plan</source>
      <translation>导出计划</translation>
    </message>
    <message>
      <source>Export Plan</source>
      <translation>导出计划</translation>
    </message>
    <message>
      <source>Exported the plan to %1</source>
      <translation>已将计划导出到 %1</translation>
    </message>
    <message>
      <source>Projection Horizon</source>
      <translation>推算期限</translation>
    </message>
    <message>
      <source>Project the session series this many years past the current year:</source>
      <translation>会议系列推算到当前年份之后的年数：</translation>
    </message>
    <message numerus="yes">
      <source>Projection horizon: %n year(s)</source>
      <translation>
        <numerusform>推算期限：%n 年</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Slide 16:9 (1920 × 1080)</source>
      <translation>幻灯片 16:9（1920 × 1080）</translation>
    </message>
    <message>
      <source>Slide 16:9 (3840 × 2160)</source>
      <translation>幻灯片 16:9（3840 × 2160）</translation>
    </message>
    <message>
      <source>A4 landscape handout</source>
      <translation>A4 横向讲义</translation>
    </message>
    <message>
      <source>A3 poster</source>
      <translation>A3 海报</translation>
    </message>
    <message>
      <source>Email image (1200 px wide)</source>
      <translation>电子邮件图片（宽 1200 像素）</translation>
    </message>
  </context>
  <context>
    <name>PrintSetupDialog</name>
    <message>
      <source>Fit the years to the page width</source>
      <translation>按页宽排列年份</translation>
    </message>
    <message>
      <source>Tile: a few years per page</source>
      <translation>平铺：每页若干年</translation>
    </message>
    <message>
      <source> years per page</source>
      <translation> 年/页</translation>
    </message>
    <message>
      <source>Paper (landscape)</source>
      <translation>纸张（横向）</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>版式</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %1 (%n page(s))</source>
      <translation>
        <numerusform>已写入 %1（%n 页）</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <source>No problems: every rule finds its sessions and no deadline is missed.</source>
      <translation>没有问题：每条规则都找到了相应会议，没有错过任何截止日期。</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Next: %1</source>
      <translation>下次：%1</translation>
    </message>
    <message>
      <source>No occurrence in the range.</source>
      <translation>此期间内没有日期。</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>重复规则 (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <source>From</source>
      <translation>自</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>截至</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>届次 = 年份 −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>机构 %1</translation>
    </message>
    <message>
      <source>New body</source>
      <translation>新建机构</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>标识</translation>
    </message>
    <message>
      <source>e.g. CSW</source>
      <translation>例如 CSW</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>上级机构</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>提交（提前周数）</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>印发（提前周数）</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>报告系列“%1”</translation>
    </message>
    <message>
      <source>New report line</source>
      <translation>新报告系列</translation>
    </message>
    <message>
      <source>a short stable id</source>
      <translation>简短且固定的标识</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>简称</translation>
    </message>
    <message>
      <source>for labels; derived from the title</source>
      <translation>用于标签；由标题生成</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>议程项目</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>字数限制</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>新建会议</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>会议：%1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>确认：%1</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>系列</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>开幕</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>闭幕</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>会议系列 %1</translation>
    </message>
    <message>
      <source>New session series</source>
      <translation>新建会议系列</translation>
    </message>
    <message>
      <source>Name pattern</source>
      <translation>名称模式</translation>
    </message>
    <message>
      <source>Substantive session of {year}; {ordinal} session</source>
      <translation>{year} 年实质性会议；第{ordinal}届会议</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>持续至下一届开幕</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>活动：%1</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>新建活动</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>暂定</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>活动系列：%1</translation>
    </message>
    <message>
      <source>New event series</source>
      <translation>新建活动系列</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>跟踪“%1”（%2）</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>文件文号</translation>
    </message>
    <message>
      <source>e.g. A/67/123-E/2012/45</source>
      <translation>例如 A/67/123-E/2012/45</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>负责官员</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>估计字数</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>可选</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>ReportListDialog</name>
    <message>
      <source>Report title</source>
      <translation>报告标题</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>报告标识</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>议程项目</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>文件文号</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>row %1: no report title</source>
      <translation>第 %1 行：没有报告标题</translation>
    </message>
    <message>
      <source>row %1: no report line %2</source>
      <translation>第 %1 行：没有报告系列 %2</translation>
    </message>
    <message>
      <source>row %1: no session %2</source>
      <translation>第 %1 行：没有届会 %2</translation>
    </message>
    <message>
      <source>row %1: status %2 not known (planned)</source>
      <translation>第 %1 行：状态 %2 未知（按计划）</translation>
    </message>
    <message>
      <source>row %1: %2 given twice</source>
      <translation>第 %1 行：%2 出现两次</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>Choose a Report List</source>
      <translation>选择报告清单</translation>
    </message>
    <message>
      <source>Report lists (*.xlsx *.csv)</source>
      <translation>报告清单 (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Import Report List</source>
      <translation>导入报告清单</translation>
    </message>
    <message>
      <source>Import report list %1</source>
      <translation>导入报告清单 %1</translation>
    </message>
    <message>
      <source>Import Report List from %1</source>
      <translation>从 %1 导入报告清单</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>(ignore)</source>
      <translation>（忽略）</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>导入(&amp;I)</translation>
    </message>
    <message>
      <source>Choose what each column holds; a report title is needed in each row.</source>
      <translation>请选择每一列的内容；每一行都需要报告标题。</translation>
    </message>
    <message>
      <source>A field is chosen for two columns.</source>
      <translation>同一字段被选给了两列。</translation>
    </message>
  </context>
  <context>
    <name>RequirementsPanel</name>
    <message>
      <source>Filter text…</source>
      <translation>筛选文字…</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>No report is due yet: requirements appear here when a decision mandates a report (Edit ▸ New Decision, Ctrl+N).</source>
      <translation>尚无应提交的报告：当决定授权编写报告时，义务会显示在这里（编辑 ▸ 新建决定，Ctrl+N）。</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n 项报告义务</numerusform>
      </translation>
    </message>
    <message>
      <source>Show on timeline</source>
      <translation>在时间轴上显示</translation>
    </message>
    <message>
      <source>Track…</source>
      <translation>跟踪…</translation>
    </message>
    <message>
      <source>Edit report line…</source>
      <translation>编辑报告系列…</translation>
    </message>
    <message>
      <source>Delete report line…</source>
      <translation>删除报告系列…</translation>
    </message>
  </context>
  <context>
    <name>ReviewText</name>
    <message>
      <source>no body named: the adopting body assumed</source>
      <translation>未指明机构：假定为通过机构</translation>
    </message>
    <message>
      <source>the body taken from the rest of the text</source>
      <translation>机构取自文本其余部分</translation>
    </message>
    <message>
      <source>a body this reader does not know</source>
      <translation>本读取器不认识的机构</translation>
    </message>
    <message>
      <source>asks for content in an existing report, perhaps not a report of its own</source>
      <translation>要求在现有报告中提供内容，可能不是单独的报告</translation>
    </message>
    <message>
      <source>in a draft recommended to another body, not adopted yet</source>
      <translation>在建议另一机构通过的草案中，尚未通过</translation>
    </message>
    <message>
      <source>no time given</source>
      <translation>未给出时间</translation>
    </message>
    <message>
      <source>only a year given</source>
      <translation>只给出年份</translation>
    </message>
    <message>
      <source>several sessions named</source>
      <translation>提到多届会议</translation>
    </message>
    <message>
      <source>what it is merged into is unclear</source>
      <translation>合并到何处不明确</translation>
    </message>
    <message>
      <source>the session taken from the provisional agenda named</source>
      <translation>会议取自所提及的临时议程</translation>
    </message>
    <message>
      <source>a joint report to %1</source>
      <translation>向 %1 提交的联合报告</translation>
    </message>
    <message>
      <source>through %1</source>
      <translation>通过 %1</translation>
    </message>
    <message>
      <source>the plan has no such session</source>
      <translation>计划中没有该届会议</translation>
    </message>
    <message>
      <source>the plan has no such body</source>
      <translation>计划中没有该机构</translation>
    </message>
    <message>
      <source>no report line in the plan matches</source>
      <translation>计划中没有匹配的报告系列</translation>
    </message>
    <message>
      <source>no report line to merge into</source>
      <translation>没有可并入的报告系列</translation>
    </message>
    <message>
      <source>no schedule to plan (ongoing)</source>
      <translation>无可安排的时间表（持续）</translation>
    </message>
    <message>
      <source>no first occurrence known</source>
      <translation>首次时间未知</translation>
    </message>
    <message>
      <source>no time given: the next session assumed</source>
      <translation>未给出时间：假定为下一届会议</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>每 %n 年</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n proposal(s)</source>
      <translation>
        <numerusform>%n 项提议</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s)</source>
      <translation>
        <numerusform>%n 项决议</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n 项已在计划中</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new mandate(s)</source>
      <translation>
        <numerusform>%n 项新授权</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>edited: %n mandate(s)</source>
      <translation>
        <numerusform>已编辑：%n 项授权</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s) cannot be imported as they stand: edit or reject them</source>
      <translation>
        <numerusform>%n 项决议无法按原样导入：请编辑或拒绝</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n resolution(s)</source>
      <translation>
        <numerusform>导入 %n 项决议</numerusform>
      </translation>
    </message>
    <message>
      <source>at session %1 (%2)</source>
      <translation>在第 %1 届会议（%2）</translation>
    </message>
    <message>
      <source>at session %1</source>
      <translation>在第 %1 届会议</translation>
    </message>
    <message>
      <source>in %1</source>
      <translation>在 %1 年</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>在下一届会议</translation>
    </message>
    <message>
      <source>from session %1</source>
      <translation>自第 %1 届会议起</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>自 %1 起</translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>至 %1</translation>
    </message>
    <message>
      <source>ongoing</source>
      <translation>持续</translation>
    </message>
    <message>
      <source>discontinued</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>merged into “%1”</source>
      <translation>并入“%1”</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>已合并</translation>
    </message>
    <message>
      <source>to %1</source>
      <translation>提交 %1</translation>
    </message>
    <message>
      <source>oral</source>
      <translation>口头</translation>
    </message>
    <message>
      <source>unsure, %1</source>
      <translation>不确定，%1</translation>
    </message>
    <message>
      <source>“%1”, a new report line</source>
      <translation>“%1”，新的报告系列</translation>
    </message>
    <message>
      <source>%1 — %2: %3</source>
      <translation>%1 — %2：%3</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>将产生的效果</translation>
    </message>
    <message>
      <source>nothing: not accepted</source>
      <translation>无：未接受</translation>
    </message>
    <message>
      <source>Unsure</source>
      <translation>不确定</translation>
    </message>
    <message>
      <source>Read as</source>
      <translation>解读为</translation>
    </message>
    <message>
      <source>On: %1</source>
      <translation>主题：%1</translation>
    </message>
    <message>
      <source>Agenda item: %1</source>
      <translation>议程项目：%1</translation>
    </message>
    <message>
      <source>Confidence: %1</source>
      <translation>置信度：%1</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>备注：%1</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>成为</translation>
    </message>
    <message>
      <source>Not placed in the plan: %1</source>
      <translation>未能安排到计划中：%1</translation>
    </message>
    <message>
      <source>Already in the plan: adds nothing.</source>
      <translation>已在计划中：不增加任何内容。</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>文号</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>通过机构</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>通过日期</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>议程项目</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Operative paragraphs</source>
      <translation>执行段落</translation>
    </message>
  </context>
  <context>
    <name>SessionCard</name>
    <message>
      <source>projected</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>本届会议无到期报告。</translation>
    </message>
    <message>
      <source>mandated by %1</source>
      <translation>依据 %1</translation>
    </message>
    <message>
      <source>submit by %1, issue by %2</source>
      <translation>%1 前提交，%2 前印发</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <source>Session start</source>
      <translation>会议开始</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>提交截止</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>印发截止</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>授权依据</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>submission</source>
      <translation>提交</translation>
    </message>
    <message>
      <source>issuance</source>
      <translation>印发</translation>
    </message>
    <message>
      <source>%1, overdue</source>
      <translation>%1，已逾期</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>位置</translation>
    </message>
  </context>
  <context>
    <name>TeamFeatures</name>
    <message>
      <source>Open &amp;Team Plan…</source>
      <translation>打开团队计划(&amp;T)…</translation>
    </message>
    <message>
      <source>Take &amp;Offline Copy…</source>
      <translation>获取离线副本(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Bring Changes Back…</source>
      <translation>带回修改(&amp;B)…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <source>Connected to the server again</source>
      <translation>已重新连接到服务器</translation>
    </message>
    <message>
      <source>Not saved, the server cannot be reached: “%1” will be offered again</source>
      <translation>未保存，无法连接服务器：稍后将再次提供“%1”</translation>
    </message>
    <message>
      <source>Save your edit “%1” now?</source>
      <translation>现在保存您的修改“%1”吗？</translation>
    </message>
    <message>
      <source>Open Team Plan</source>
      <translation>打开团队计划</translation>
    </message>
    <message>
      <source>Take Offline Copy</source>
      <translation>获取离线副本</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>计划 (*.sqlite)</translation>
    </message>
    <message>
      <source>Offline copy saved as %1</source>
      <translation>离线副本已保存为 %1</translation>
    </message>
    <message>
      <source>Bring Changes Back</source>
      <translation>带回修改</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) brought back</source>
      <translation>
        <numerusform>已带回 %n 处修改</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 — %2 on %3</source>
      <translation>%1 — %3 上的 %2</translation>
    </message>
    <message>
      <source>%1 — %2 on this computer</source>
      <translation>%1 — 本机上的 %2</translation>
    </message>
  </context>
  <context>
    <name>TeamPlanDialog</name>
    <message>
      <source>Open Team Plan</source>
      <translation>打开团队计划</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>计划</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>confirmed session</source>
      <translation>已确认的会议</translation>
    </message>
    <message>
      <source>projected session</source>
      <translation>预测的会议</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>决定</translation>
    </message>
    <message>
      <source>draft decision</source>
      <translation>决定草案</translation>
    </message>
    <message>
      <source>event</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>tentative event</source>
      <translation>暂定活动</translation>
    </message>
    <message>
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>as of</source>
      <translation>截至</translation>
    </message>
    <message>
      <source>submission / issuance deadline</source>
      <translation>提交/印发截止日期</translation>
    </message>
    <message>
      <source>more reports, not named here</source>
      <translation>更多报告（此处未标注）</translation>
    </message>
    <message>
      <source>projections end</source>
      <translation>预测截止</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>已计划</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>已印发</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>已审议</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>无法按期完成</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <source>Events</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>决定</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Redo %1</source>
      <translation>重做：%1</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>撤销：%1</translation>
    </message>
    <message>
      <source>%1: not done. %2</source>
      <translation>%1：未执行。%2</translation>
    </message>
  </context>
  <context>
    <name>WhatChangedPanel</name>
    <message>
      <source>Edits and their effect on the requirements appear here.</source>
      <translation>此处显示编辑及其对报告义务的影响。</translation>
    </message>
  </context>
  <context>
    <name>WhatIfPanel</name>
    <message>
      <source>What the draft decisions would add, remove and move appears here (Plan ▸ Compare With and Without Drafts, Ctrl+Shift+D).</source>
      <translation>决定草案会新增、删除或移动的内容显示在这里（计划 ▸ 比较含草案与不含草案，Ctrl+Shift+D）。</translation>
    </message>
    <message>
      <source>The plan has no draft decisions. A decision saved as a draft shows here what it would change.</source>
      <translation>计划中没有决定草案。保存为草案的决定会在这里显示它将带来的变化。</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>still due, now mandated by %1</source>
      <translation>仍需提交，现由 %1 授权</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>A .json file opens read-only; import it to edit it.</source>
      <translation>.json 文件以只读方式打开；请先导入再编辑。</translation>
    </message>
    <message>
      <source>The plan file cannot be written (its permissions or folder).</source>
      <translation>无法写入计划文件（权限或所在文件夹）。</translation>
    </message>
    <message>
      <source>Another Mandate Planner window is editing this plan.</source>
      <translation>另一个 Mandate Planner 窗口正在编辑此计划。</translation>
    </message>
    <message>
      <source>Meeting mode is read-only (Esc leaves it).</source>
      <translation>会议模式为只读（按 Esc 退出）。</translation>
    </message>
    <message>
      <source>Your database role may only read this team plan.</source>
      <translation>您的数据库角色只能读取此团队计划。</translation>
    </message>
    <message>
      <source>The plan holds values that cannot be computed; it opens read-only, without the records at fault.</source>
      <translation>计划中含有无法计算的值；它以只读方式打开，不含出错的记录。</translation>
    </message>
    <message>
      <source>This plan was opened read-only.</source>
      <translation>此计划以只读方式打开。</translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1和%2</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>replaced by %1</source>
      <translation>被 %1 取代</translation>
    </message>
    <message>
      <source>terminated by %1</source>
      <translation>被 %1 终止</translation>
    </message>
    <message>
      <source>deferred to %1 by %2</source>
      <translation>由 %2 推迟至 %1</translation>
    </message>
    <message>
      <source>merged into %1 by %2</source>
      <translation>由 %2 并入 %1</translation>
    </message>
    <message>
      <source>no longer mandated</source>
      <translation>不再有授权</translation>
    </message>
    <message>
      <source>add</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>replace</source>
      <translation>取代</translation>
    </message>
    <message>
      <source>terminate</source>
      <translation>终止</translation>
    </message>
    <message>
      <source>defer</source>
      <translation>推迟</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <source>from %1 to %2</source>
      <translation>从%1推迟到%2</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>自 %1 起</translation>
    </message>
    <message>
      <source>into %1</source>
      <translation>并入%1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>仅限 %1</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>于%1</translation>
    </message>
    <message>
      <source>at the next session of %1</source>
      <translation>于%1下一届会议</translation>
    </message>
    <message>
      <source>at the first session of %1 after %2</source>
      <translation>于%2之后%1的第一届会议</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s) from %1</source>
      <translation>
        <numerusform>自%1起每 %n 年一次</numerusform>
      </translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>至 %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after each %2</source>
      <translation>于每次%2之后%1的第一届会议</translation>
    </message>
    <message numerus="yes">
      <source>(%n week(s) to prepare)</source>
      <translation>
        <numerusform>（准备时间 %n 周）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>每 %n 年</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>每 %n 个月</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>每 %n 周</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>每 %n 天</numerusform>
      </translation>
    </message>
    <message>
      <source>the first %1</source>
      <translation>第一个%1</translation>
    </message>
    <message>
      <source>the second %1</source>
      <translation>第二个%1</translation>
    </message>
    <message>
      <source>the third %1</source>
      <translation>第三个%1</translation>
    </message>
    <message>
      <source>the fourth %1</source>
      <translation>第四个%1</translation>
    </message>
    <message>
      <source>the fifth %1</source>
      <translation>第五个%1</translation>
    </message>
    <message>
      <source>the last %1</source>
      <translation>最后一个%1</translation>
    </message>
    <message>
      <source>the second-to-last %1</source>
      <translation>倒数第二个%1</translation>
    </message>
    <message>
      <source>on the %1 falling on day %2</source>
      <translation>于落在%2日的%1</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>于%1</translation>
    </message>
    <message>
      <source>on day %1</source>
      <translation>于%1日</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1%2</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%2的%1</translation>
    </message>
    <message>
      <source>%1 in %2</source>
      <translation>%2的%1</translation>
    </message>
    <message>
      <source>“%1” (%2): no session of %3 in the plan fits this rule. Add the session or its series, or change the rule.</source>
      <translation>“%1”（%2）：计划中没有符合此规则的%3会议。请添加该会议或其系列，或修改规则。</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3, before %4 took effect on %5; this report cannot be ready in time. Defer it to a later session.</source>
      <translation>“%1”，%2：稿件应于%3提交，早于%4于%5生效；此报告无法按时完成。请推迟到以后的会议。</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3 and is still %4. Submit it, or update its tracking.</source>
      <translation>“%1”，%2：稿件应于%3提交，目前仍为“%4”。请提交，或更新其跟踪信息。</translation>
    </message>
    <message numerus="yes">
      <source>“%1” at %2: %n words estimated, above the limit of %3. Shorten it.</source>
      <translation>
        <numerusform>“%1”，%2：估计 %n 字，超过 %3 字的限额。请精简。</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” at %2: it is no longer due there, but its tracking is kept. Clear the tracking if it is not needed.</source>
      <translation>“%1”，%2：该报告已不再需要提交，但其跟踪信息仍保留。如不需要，请清除跟踪信息。</translation>
    </message>
    <message>
      <source>%1 defers “%2” from %3, but it is not due there: nothing moves.</source>
      <translation>%1将“%2”从%3推迟，但该报告并不在该会议提交：没有变动。</translation>
    </message>
    <message>
      <source>%1 merges “%2” into “%3” from %4, but nothing is due then.</source>
      <translation>%1自%4起将“%2”并入“%3”，但此后没有需要提交的报告。</translation>
    </message>
    <message>
      <source>“%1” (%2) is next due in %3, beyond the planning horizon (%4). Extend the horizon (Plan ▸ Projection Horizon) to plan for it.</source>
      <translation>“%1”（%2）下次应于%3年提交，超出规划期限（%4年）。请延长期限（计划 ▸ 推算期限）以便规划。</translation>
    </message>
    <message>
      <source>%1 ends “%2” from %3, but nothing is due then.</source>
      <translation>%1自%3起终止“%2”，但此后没有需要提交的报告。</translation>
    </message>
    <message>
      <source>%1, mandate %2</source>
      <translation>%1，第%2项授权</translation>
    </message>
    <message>
      <source>error</source>
      <translation>错误</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <source>note</source>
      <translation>提示</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>已计划</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>已印发</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>已审议</translation>
    </message>
    <message>
      <source>this field</source>
      <translation>此字段</translation>
    </message>
    <message>
      <source>Fill in “%1”.</source>
      <translation>请填写“%1”。</translation>
    </message>
    <message>
      <source>“%1” must be at least %2.</source>
      <translation>“%1”不得小于%2。</translation>
    </message>
    <message>
      <source>“%1” must be at most %2.</source>
      <translation>“%1”不得大于%2。</translation>
    </message>
    <message>
      <source>“%1” must be a whole number.</source>
      <translation>“%1”必须是整数。</translation>
    </message>
    <message>
      <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
      <translation>“%1”不是日期：请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
      <source>“%1”: there is no such day as %2.</source>
      <translation>“%1”：不存在%2这一天。</translation>
    </message>
    <message>
      <source>“%1” must be a date from %2 to %3.</source>
      <translation>“%1”必须是%2年至%3年之间的日期。</translation>
    </message>
    <message>
      <source>“%1” is already used by another record; choose another.</source>
      <translation>“%1”已被其他记录使用，请另选一个。</translation>
    </message>
    <message>
      <source>This is not a recurrence the planner can read; write it as an RRULE, for example FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</source>
      <translation>规划器无法识别此重复规则；请按 RRULE 格式填写，例如 FREQ=YEARLY;BYMONTH=7;BYDAY=1MO。</translation>
    </message>
    <message>
      <source>The name can only use {year}, {number} and {ordinal} for the parts that change, e.g. “{ordinal} session”.</source>
      <translation>名称中可变部分只能使用 {year}、{number} 和 {ordinal}，例如“第{ordinal}届会议”。</translation>
    </message>
    <message>
      <source>A body cannot be placed under itself or under one of its own subsidiaries.</source>
      <translation>机构不能隶属于自身或其下属机构。</translation>
    </message>
    <message>
      <source>There is no session “%1” in the plan: pick one, or give a year.</source>
      <translation>计划中没有会议“%1”：请选择一个会议，或填写年份。</translation>
    </message>
    <message>
      <source>There is no report line “%1” in the plan.</source>
      <translation>计划中没有报告系列“%1”。</translation>
    </message>
    <message>
      <source>There is no body “%1” in the plan.</source>
      <translation>计划中没有机构“%1”。</translation>
    </message>
    <message>
      <source>A deferral needs the session it moves from and the session it moves to.</source>
      <translation>推迟需要指定原会议和目标会议。</translation>
    </message>
    <message>
      <source>Defer to another session than the one it moves from.</source>
      <translation>请推迟到与原会议不同的会议。</translation>
    </message>
    <message>
      <source>A report line cannot merge into itself: pick the report line it joins.</source>
      <translation>报告系列不能并入自身：请选择要并入的报告系列。</translation>
    </message>
    <message>
      <source>Give a year (e.g. 2016) or a session.</source>
      <translation>请填写年份（例如 2016）或会议。</translation>
    </message>
    <message>
      <source>Give a year from %1 to %2.</source>
      <translation>请填写%1年至%2年之间的年份。</translation>
    </message>
    <message>
      <source>The last year (%1) comes before the first (%2).</source>
      <translation>最后一年（%1）早于第一年（%2）。</translation>
    </message>
    <message>
      <source>These merges would go round in a circle: %1. Remove one of them.</source>
      <translation>这些合并会形成循环：%1。请删除其中之一。</translation>
    </message>
    <message>
      <source>“%1” (%2) cannot be before %3.</source>
      <translation>“%1”（%2）不能早于%3。</translation>
    </message>
    <message>
      <source>Enter the decision’s symbol, e.g. E/DEC/2011/216 or “decision 2011/216”.</source>
      <translation>请输入决定的文号，例如 E/DEC/2011/216 或“decision 2011/216”。</translation>
    </message>
    <message>
      <source>Say which body adopted “%1” (e.g. “ECOSOC %1”), or give the full symbol.</source>
      <translation>请说明“%1”由哪个机构通过（例如“ECOSOC %1”），或填写完整文号。</translation>
    </message>
    <message>
      <source>“%1” is a working symbol, for drafts only: give the adopted symbol, e.g. E/DEC/2011/216, or make the decision a draft.</source>
      <translation>“%1”是工作文号，仅用于草案：请填写通过后的文号，例如 E/DEC/2011/216，或将该决定设为草案。</translation>
    </message>
    <message>
      <source>“%1” is not a symbol: write e.g. A/RES/67/290, E/DEC/2011/216 or “resolution 2009/29”.</source>
      <translation>“%1”不是文号：请填写例如 A/RES/67/290、E/DEC/2011/216 或“resolution 2009/29”。</translation>
    </message>
    <message>
      <source>%1 is already in the plan: edit that decision instead.</source>
      <translation>%1已在计划中：请改为编辑该决定。</translation>
    </message>
    <message>
      <source>The report line “%1” exists already: pick it from the list.</source>
      <translation>报告系列“%1”已存在：请从列表中选择。</translation>
    </message>
    <message>
      <source>Give the new report line “%1” a title.</source>
      <translation>请为新报告系列“%1”填写标题。</translation>
    </message>
    <message numerus="yes">
      <source>This change would leave %n mandate(s) naming a session or event that no longer exists: change those decisions first.</source>
      <translation>
        <numerusform>此更改会使 %n 项授权指向已不存在的会议或活动：请先修改相关决定。</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” is still used by %2: change or delete those first.</source>
      <translation>“%1”仍被%2使用：请先修改或删除它们。</translation>
    </message>
    <message>
      <source>The id cannot change: other records refer to it by that id.</source>
      <translation>标识符不能更改：其他记录通过它引用。</translation>
    </message>
    <message>
      <source>%1 is projected by its series: change the series instead.</source>
      <translation>%1由其系列推算得出：请改为修改该系列。</translation>
    </message>
    <message>
      <source>“%1” must be from %2 to %3.</source>
      <translation>“%1”必须在%2至%3之间。</translation>
    </message>
    <message>
      <source>“%1” is a session of %2, not of %3: pick a session of %3.</source>
      <translation>“%1”是%2的会议，不是%3的：请选择%3的会议。</translation>
    </message>
    <message>
      <source>The series “%1” projects sessions of %2, not of %3.</source>
      <translation>系列“%1”推算的是%2的会议，不是%3的。</translation>
    </message>
    <message>
      <source>This effect needs a rule: choose one.</source>
      <translation>此效果需要一条规则：请选择。</translation>
    </message>
    <message>
      <source>Choose the report line it merges into.</source>
      <translation>请选择要并入的报告系列。</translation>
    </message>
    <message>
      <source>“%1” must be text.</source>
      <translation>“%1”必须是文本。</translation>
    </message>
    <message>
      <source>There is no event “%1” in the plan.</source>
      <translation>计划中没有活动“%1”。</translation>
    </message>
    <message>
      <source>There is no series “%1” in the plan.</source>
      <translation>计划中没有系列“%1”。</translation>
    </message>
    <message>
      <source>Give the rule only, for example %1.</source>
      <translation>只填写规则，例如 %1。</translation>
    </message>
    <message>
      <source>“%1” is not NAME=VALUE.</source>
      <translation>“%1”不是“名称=值”的形式。</translation>
    </message>
    <message>
      <source>The recurrence has a part the planner does not know: %1.</source>
      <translation>重复规则中有规划器不认识的部分：%1。</translation>
    </message>
    <message>
      <source>%1 is given twice.</source>
      <translation>%1 出现了两次。</translation>
    </message>
    <message>
      <source>The recurrence needs FREQ, for example %1.</source>
      <translation>重复规则需要 FREQ，例如 %1。</translation>
    </message>
    <message>
      <source>Sessions are whole days: use FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, without hours, minutes or seconds.</source>
      <translation>会议以整天计：请使用 FREQ=YEARLY、MONTHLY、WEEKLY 或 DAILY，不要指定时、分、秒。</translation>
    </message>
    <message>
      <source>%1 cannot be “%2”.</source>
      <translation>%1 不能为“%2”。</translation>
    </message>
    <message>
      <source>%1=%2 is out of range (%3 to %4).</source>
      <translation>%1=%2 超出范围（%3 至 %4）。</translation>
    </message>
    <message>
      <source>BYDAY=%1: a numbered weekday needs FREQ=MONTHLY or YEARLY.</source>
      <translation>BYDAY=%1：带序号的星期需要 FREQ=MONTHLY 或 YEARLY。</translation>
    </message>
    <message>
      <source>Give COUNT or UNTIL, not both.</source>
      <translation>请填写 COUNT 或 UNTIL，不要同时填写。</translation>
    </message>
    <message>
      <source>BYSETPOS needs another BY… part to choose from.</source>
      <translation>BYSETPOS 需要另一个 BY… 部分以供选择。</translation>
    </message>
    <message>
      <source>The recurrence names no day at all.</source>
      <translation>重复规则没有指定任何日期。</translation>
    </message>
    <message>
      <source>The series would give too many dates in its range: narrow the rule or give an earlier end.</source>
      <translation>该系列在其范围内会产生过多日期：请收窄规则或提前结束日期。</translation>
    </message>
  </context>
</TS>