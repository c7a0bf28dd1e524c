<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>ChangeText</name>
    <message numerus="yes">
      <source>adds %n requirement(s)</source>
      <translation>
        <numerusform>adds %n requirement</numerusform>
        <numerusform>adds %n requirements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>removes %n requirement(s)</source>
      <translation>
        <numerusform>removes %n requirement</numerusform>
        <numerusform>removes %n requirements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>moves %n requirement(s)</source>
      <translation>
        <numerusform>moves %n requirement</numerusform>
        <numerusform>moves %n requirements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>re-mandates %n requirement(s)</source>
      <translation>
        <numerusform>re-mandates %n requirement</numerusform>
        <numerusform>re-mandates %n requirements</numerusform>
      </translation>
    </message>
    <message>
      <source>no change to requirements</source>
      <translation>no change to requirements</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <source>“%1” at %2</source>
      <translation>“%1” at %2</translation>
    </message>
    <message>
      <source>%1: moved from %2 — %3</source>
      <translation>%1: moved from %2 — %3</translation>
    </message>
    <message>
      <source>%1: removed — %2</source>
      <translation>%1: removed — %2</translation>
    </message>
    <message>
      <source>%1: added — mandated by %2</source>
      <translation>%1: added — mandated by %2</translation>
    </message>
    <message>
      <source>%1: now mandated by %2</source>
      <translation>%1: now mandated by %2</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Changed on both sides</source>
      <translation>Changed on both sides</translation>
    </message>
    <message>
      <source>Yours (offline)</source>
      <translation>Yours (offline)</translation>
    </message>
    <message>
      <source>Theirs (now on the server)</source>
      <translation>Theirs (now on the server)</translation>
    </message>
    <message>
      <source>changed by %1 at %2</source>
      <translation>changed by %1 at %2</translation>
    </message>
    <message>
      <source>Keep yours</source>
      <translation>Keep yours</translation>
    </message>
    <message>
      <source>Keep theirs</source>
      <translation>Keep theirs</translation>
    </message>
  </context>
  <context>
    <name>Counted</name>
    <message numerus="yes">
      <source>%n new report line(s)</source>
      <translation>
        <numerusform>%n new report line</numerusform>
        <numerusform>%n new report lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n already in the plan</numerusform>
        <numerusform>%n already in the plan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tracking row(s)</source>
      <translation>
        <numerusform>%n tracking row</numerusform>
        <numerusform>%n tracking rows</numerusform>
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
      <translation>From %1</translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n overdue</numerusform>
        <numerusform>%n overdue</numerusform>
      </translation>
    </message>
    <message>
      <source>No submission or issuance deadline from %1: deadlines appear here as decisions mandate reports.</source>
      <translation>No submission or issuance deadline from %1: deadlines appear here as decisions mandate reports.</translation>
    </message>
  </context>
  <context>
    <name>DecisionEditor</name>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>at a named session</source>
      <translation>at a named session</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>at the next session</translation>
    </message>
    <message>
      <source>at the first session after an event</source>
      <translation>at the first session after an event</translation>
    </message>
    <message>
      <source>every N years</source>
      <translation>every N years</translation>
    </message>
    <message>
      <source>after each review of a series</source>
      <translation>after each review of a series</translation>
    </message>
    <message>
      <source>add — the rule's sessions</source>
      <translation>add — the rule's sessions</translation>
    </message>
    <message>
      <source>replace — from its effective date</source>
      <translation>replace — from its effective date</translation>
    </message>
    <message>
      <source>terminate — end the report line</source>
      <translation>terminate — end the report line</translation>
    </message>
    <message>
      <source>defer — move one session's report</source>
      <translation>defer — move one session's report</translation>
    </message>
    <message>
      <source>merge — fold into another report</source>
      <translation>merge — fold into another report</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <source>Close this form and lose what you entered in it?</source>
      <translation>Close this form and lose what you entered in it?</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>only at %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Edit %1</translation>
    </message>
    <message>
      <source>New decision</source>
      <translation>New decision</translation>
    </message>
    <message>
      <source>E/DEC/2011/216, or “decision 2011/216”</source>
      <translation>E/DEC/2011/216, or “decision 2011/216”</translation>
    </message>
    <message>
      <source>effective from</source>
      <translation>effective from</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>adopted</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <source>Add mandate</source>
      <translation>Add mandate</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Symbol</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Adopted by</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Adopted on</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>Mandates</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>What it will do</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Until</translation>
    </message>
  </context>
  <context>
    <name>DocList</name>
    <message>
      <source>General Assembly resolution %1</source>
      <translation>General Assembly resolution %1</translation>
    </message>
    <message>
      <source>General Assembly decision %1</source>
      <translation>General Assembly decision %1</translation>
    </message>
    <message>
      <source>Council resolution %1</source>
      <translation>Council resolution %1</translation>
    </message>
    <message>
      <source>Council decision %1</source>
      <translation>Council decision %1</translation>
    </message>
    <message>
      <source>Security Council resolution %1</source>
      <translation>Security Council resolution %1</translation>
    </message>
    <message>
      <source>Security Council decision %1</source>
      <translation>Security Council decision %1</translation>
    </message>
    <message>
      <source>Human Rights Council resolution %1</source>
      <translation>Human Rights Council resolution %1</translation>
    </message>
    <message>
      <source>Human Rights Council decision %1</source>
      <translation>Human Rights Council decision %1</translation>
    </message>
    <message>
      <source>draft %1</source>
      <translation>draft %1</translation>
    </message>
    <message>
      <source>Report of the Secretary-General on %1</source>
      <translation>Report of the Secretary-General on %1</translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>drafts included</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>adopted decisions only</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>as of %1</translation>
    </message>
    <message>
      <source>Symbol: %1</source>
      <translation>Symbol: %1</translation>
    </message>
    <message>
      <source>Symbol not yet assigned</source>
      <translation>Symbol not yet assigned</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>Status: %1</translation>
    </message>
    <message>
      <source>Submission: %1</source>
      <translation>Submission: %1</translation>
    </message>
    <message>
      <source>Issuance: %1</source>
      <translation>Issuance: %1</translation>
    </message>
    <message>
      <source>Other reports</source>
      <translation>Other reports</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Documentation</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>No report is due at this session.</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Read-only</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>Add %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Edit %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>Confirm %1</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>Track “%1” at %2</translation>
    </message>
    <message>
      <source>Add body</source>
      <translation>Add body</translation>
    </message>
    <message>
      <source>Add report line</source>
      <translation>Add report line</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>Add session</translation>
    </message>
    <message>
      <source>Add session series</source>
      <translation>Add session series</translation>
    </message>
    <message>
      <source>Add event</source>
      <translation>Add event</translation>
    </message>
    <message>
      <source>Add event series</source>
      <translation>Add event series</translation>
    </message>
    <message>
      <source>Edit body %1</source>
      <translation>Edit body %1</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>Delete %1</translation>
    </message>
    <message>
      <source>The session goes back to its projected dates (if a series projects it).</source>
      <translation>The session goes back to its projected dates (if a series projects it).</translation>
    </message>
    <message>
      <source>The requirement stays; only its tracking is cleared.</source>
      <translation>The requirement stays; only its tracking is cleared.</translation>
    </message>
    <message>
      <source>Clear tracking of “%1” at %2</source>
      <translation>Clear tracking of “%1” at %2</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <source>%1?</source>
      <translation>%1?</translation>
    </message>
    <message>
      <source>Edit “%1”</source>
      <translation>Edit “%1”</translation>
    </message>
    <message>
      <source>Delete the body %1</source>
      <translation>Delete the body %1</translation>
    </message>
    <message>
      <source>Delete the report line “%1”</source>
      <translation>Delete the report line “%1”</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Find</translation>
    </message>
    <message>
      <source>Decision symbol, report title or session name:</source>
      <translation>Decision symbol, report title or session name:</translation>
    </message>
    <message>
      <source>Nothing matches “%1”</source>
      <translation>Nothing matches “%1”</translation>
    </message>
    <message>
      <source>Edit decision…</source>
      <translation>Edit decision…</translation>
    </message>
    <message>
      <source>Track requirement…</source>
      <translation>Track requirement…</translation>
    </message>
    <message>
      <source>Edit or confirm session…</source>
      <translation>Edit or confirm session…</translation>
    </message>
    <message>
      <source>Edit event…</source>
      <translation>Edit event…</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <source>Withdraw %1</source>
      <translation>Withdraw %1</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <source>Clear tracking…</source>
      <translation>Clear tracking…</translation>
    </message>
    <message>
      <source>Edit body %1…</source>
      <translation>Edit body %1…</translation>
    </message>
    <message>
      <source>Delete body %1…</source>
      <translation>Delete body %1…</translation>
    </message>
    <message>
      <source>Add session…</source>
      <translation>Add session…</translation>
    </message>
    <message>
      <source>Add decision here (%1)…</source>
      <translation>Add decision here (%1)…</translation>
    </message>
    <message>
      <source>Add event…</source>
      <translation>Add event…</translation>
    </message>
  </context>
  <context>
    <name>EditDiffView</name>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Before</translation>
    </message>
    <message>
      <source>After</source>
      <translation>After</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>drafts included</source>
      <translation>drafts included</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>adopted decisions only</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>as of %1</translation>
    </message>
    <message>
      <source>lanes not shown: %n</source>
      <translation>lanes not shown: %n</translation>
    </message>
    <message>
      <source>generated %1 by Mandate Planner</source>
      <translation>generated %1 by Mandate Planner</translation>
    </message>
    <message>
      <source>printed %1</source>
      <translation>printed %1</translation>
    </message>
    <message>
      <source>page %1 of %2</source>
      <translation>page %1 of %2</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>Exported %1</translation>
    </message>
    <message>
      <source>Copied the timeline as an image</source>
      <translation>Copied the timeline as an image</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>PDF Handout</source>
      <translation>PDF Handout</translation>
    </message>
    <message>
      <source>PDF handout</source>
      <translation>PDF handout</translation>
    </message>
    <message>
      <source>Select a session first: its documentation list is exported</source>
      <translation>Select a session first: its documentation list is exported</translation>
    </message>
    <message>
      <source>Export documentation list</source>
      <translation>Export documentation list</translation>
    </message>
    <message>
      <source>Export calendar</source>
      <translation>Export calendar</translation>
    </message>
    <message>
      <source>Export requirements</source>
      <translation>Export requirements</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>PNG image</translation>
    </message>
    <message>
      <source>SVG (text stays text)</source>
      <translation>SVG (text stays text)</translation>
    </message>
    <message>
      <source>PDF (vector)</source>
      <translation>PDF (vector)</translation>
    </message>
    <message>
      <source>Export image</source>
      <translation>Export image</translation>
    </message>
  </context>
  <context>
    <name>ExportImageDialog</name>
    <message>
      <source>Export Timeline Image</source>
      <translation>Export Timeline Image</translation>
    </message>
    <message>
      <source>Custom width</source>
      <translation>Custom width</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Legend</translation>
    </message>
    <message>
      <source>Footer (plan, date, as-of, drafts)</source>
      <translation>Footer (plan, date, as-of, drafts)</translation>
    </message>
    <message>
      <source>Lanes shown on screen</source>
      <translation>Lanes shown on screen</translation>
    </message>
    <message>
      <source>All lanes</source>
      <translation>All lanes</translation>
    </message>
    <message>
      <source>Lanes with reports in these years</source>
      <translation>Lanes with reports in these years</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Everything</translation>
    </message>
    <message>
      <source>The report lines and bodies ticked below</source>
      <translation>The report lines and bodies ticked below</translation>
    </message>
    <message>
      <source>What %1 mandates</source>
      <translation>What %1 mandates</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Years</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Width</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>Lanes</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Subtitle</source>
      <translation>Subtitle</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>%1 × %2 pixels</source>
      <translation>%1 × %2 pixels</translation>
    </message>
  </context>
  <context>
    <name>FactCounts</name>
    <message numerus="yes">
      <source>%n requirement(s) in the current result</source>
      <translation>
        <numerusform>%n requirement in the current result</numerusform>
        <numerusform>%n requirements in the current result</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n report(s) due</source>
      <translation>
        <numerusform>%n report due</numerusform>
        <numerusform>%n reports due</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Facts</name>
    <message>
      <source>confirmed</source>
      <translation>confirmed</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>projected</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>adopted</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>in person</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>hybrid</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>virtual</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>silence procedure</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>postponed</translation>
    </message>
    <message>
      <source>suspended and resumed</source>
      <translation>suspended and resumed</translation>
    </message>
    <message>
      <source>“%1” at %2</source>
      <translation>“%1” at %2</translation>
    </message>
    <message>
      <source>not due</source>
      <translation>not due</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>Submit by</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>Issue by</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>Mandated by</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Words</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>Effective</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>Mandates</translation>
    </message>
    <message>
      <source>No longer due because of this decision</source>
      <translation>No longer due because of this decision</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Projected by</source>
      <translation>Projected by</translation>
    </message>
    <message>
      <source>series %1</source>
      <translation>series %1</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Series</translation>
    </message>
    <message>
      <source>tentative (projected from its series)</source>
      <translation>tentative (projected from its series)</translation>
    </message>
    <message>
      <source>reports without a label: %n</source>
      <translation>reports without a label: %n</translation>
    </message>
    <message>
      <source>and %n more</source>
      <translation>and %n more</translation>
    </message>
  </context>
  <context>
    <name>FirstViewHint</name>
    <message>
      <source>Dashed outlines are projected sessions and draft decisions, not yet adopted. &lt;a href='drafts'&gt;Include drafts&lt;/a&gt; (Ctrl+D) to see what they would change.</source>
      <translation>Dashed outlines are projected sessions and draft decisions, not yet adopted. &lt;a href='drafts'&gt;Include drafts&lt;/a&gt; (Ctrl+D) to see what they would change.</translation>
    </message>
    <message>
      <source>Close this note</source>
      <translation>Close this note</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Parent</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>Submission (weeks before)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>Issuance (weeks before)</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>Recurrence (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Days</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>Runs until the next opens</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>Number = year −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Series</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Ends</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>Tentative</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Short title</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>Word limit</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>Effective</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Document symbol</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>Responsible officer</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>Word estimate</translation>
    </message>
    <message>
      <source>Horizon (years)</source>
      <translation>Horizon (years)</translation>
    </message>
    <message>
      <source>Calendar as of</source>
      <translation>Calendar as of</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>adopted</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>confirmed</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>projected</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>in person</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>hybrid</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>virtual</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>silence procedure</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>postponed</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>planned</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>forecast</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>submitted</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>issued</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>considered</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>Body %1</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>Session series %1</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>Session: %1</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>Event series: %1</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>Event: %1</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>Report line “%1”</translation>
    </message>
    <message>
      <source>Decision %1</source>
      <translation>Decision %1</translation>
    </message>
    <message>
      <source>Tracking of %1 at %2</source>
      <translation>Tracking of %1 at %2</translation>
    </message>
    <message>
      <source>Mandate row %1</source>
      <translation>Mandate row %1</translation>
    </message>
    <message>
      <source>Added: %1</source>
      <translation>Added: %1</translation>
    </message>
    <message>
      <source>Removed: %1</source>
      <translation>Removed: %1</translation>
    </message>
    <message>
      <source>Changed: %1</source>
      <translation>Changed: %1</translation>
    </message>
    <message>
      <source>Not applied, lost a conflict: %1</source>
      <translation>Not applied, lost a conflict: %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>Mandate: %1</source>
      <translation>Mandate: %1</translation>
    </message>
    <message>
      <source>Order of the mandates</source>
      <translation>Order of the mandates</translation>
    </message>
    <message>
      <source>Place of the mandate: %1</source>
      <translation>Place of the mandate: %1</translation>
    </message>
    <message>
      <source>%1. %2</source>
      <translation>%1. %2</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>All edits</source>
      <translation>All edits</translation>
    </message>
    <message>
      <source>This record</source>
      <translation>This record</translation>
    </message>
    <message>
      <source>This officer</source>
      <translation>This officer</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Records</translation>
    </message>
    <message>
      <source>Undo This Edit</source>
      <translation>Undo This Edit</translation>
    </message>
    <message>
      <source>Select an edit to see what it changed.</source>
      <translation>Select an edit to see what it changed.</translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL)</source>
      <translation>Changed outside the planner (SQL)</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL) by %1 at %2</source>
      <translation>Changed outside the planner (SQL) by %1 at %2</translation>
    </message>
    <message>
      <source>“%1”, by %2 at %3</source>
      <translation>“%1”, by %2 at %3</translation>
    </message>
    <message>
      <source>Made outside the planner: undo it the same way, by SQL.</source>
      <translation>Made outside the planner: undo it the same way, by SQL.</translation>
    </message>
  </context>
  <context>
    <name>ImportResolutionsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <source>Import Resolutions</source>
      <translation>Import Resolutions</translation>
    </message>
    <message>
      <source>Add &amp;Files…</source>
      <translation>Add &amp;Files…</translation>
    </message>
    <message>
      <source>&amp;Paste Text…</source>
      <translation>&amp;Paste Text…</translation>
    </message>
    <message>
      <source>Resolution / paragraph</source>
      <translation>Resolution / paragraph</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Confidence</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Becomes</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Accept</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>&amp;Reject</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>Choose resolutions (AKN XML, Word, PDF or text), drop them here, or paste a text. Nothing enters the plan until you press Import.</source>
      <translation>Choose resolutions (AKN XML, Word, PDF or text), drop them here, or paste a text. Nothing enters the plan until you press Import.</translation>
    </message>
    <message>
      <source>Ticked proposals are imported. Unsure ones (amber) wait for your decision. Nothing enters the plan until you press Import.</source>
      <translation>Ticked proposals are imported. Unsure ones (amber) wait for your decision. Nothing enters the plan until you press Import.</translation>
    </message>
    <message>
      <source>Choose Resolutions</source>
      <translation>Choose Resolutions</translation>
    </message>
    <message>
      <source>Resolutions (%1)</source>
      <translation>Resolutions (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <source>cannot be read</source>
      <translation>cannot be read</translation>
    </message>
    <message>
      <source>asks for no report</source>
      <translation>asks for no report</translation>
    </message>
    <message>
      <source>same resolution as %1</source>
      <translation>same resolution as %1</translation>
    </message>
    <message>
      <source>updates the decision in the plan</source>
      <translation>updates the decision in the plan</translation>
    </message>
    <message>
      <source>new decision</source>
      <translation>new decision</translation>
    </message>
    <message>
      <source>¶ %1</source>
      <translation>¶ %1</translation>
    </message>
    <message>
      <source>already in the plan</source>
      <translation>already in the plan</translation>
    </message>
    <message>
      <source>%1 · new line “%2”</source>
      <translation>%1 · new line “%2”</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>not placed: %1</source>
      <translation>not placed: %1</translation>
    </message>
    <message>
      <source>replaced by your edit</source>
      <translation>replaced by your edit</translation>
    </message>
    <message>
      <source>Edit the Decision Read from %1</source>
      <translation>Edit the Decision Read from %1</translation>
    </message>
    <message>
      <source>Replaced by your edit of the decision.</source>
      <translation>Replaced by your edit of the decision.</translation>
    </message>
    <message>
      <source>Nothing accepted yet.</source>
      <translation>Nothing accepted yet.</translation>
    </message>
  </context>
  <context>
    <name>InspectorPanel</name>
    <message>
      <source>Select a session, requirement, decision or event on the timeline to see its facts here.</source>
      <translation>Select a session, requirement, decision or event on the timeline to see its facts here.</translation>
    </message>
  </context>
  <context>
    <name>LanesPanel</name>
    <message>
      <source>Search bodies…</source>
      <translation>Search bodies…</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>This plan is being edited in another Mandate Planner window.</source>
      <translation>This plan is being edited in another Mandate Planner window.</translation>
    </message>
    <message>
      <source>Opened by %1 on %2 since %3.</source>
      <translation>Opened by %1 on %2 since %3.</translation>
    </message>
    <message>
      <source>Plan in use</source>
      <translation>Plan in use</translation>
    </message>
    <message>
      <source>Open it read-only?</source>
      <translation>Open it read-only?</translation>
    </message>
    <message>
      <source>Cannot open plan</source>
      <translation>Cannot open plan</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opened plan</source>
      <translation>Opened plan</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>Lanes</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>Requirements</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>What Changed</source>
      <translation>What Changed</translation>
    </message>
    <message>
      <source>What-if: Drafts</source>
      <translation>What-if: Drafts</translation>
    </message>
    <message>
      <source>Undo History</source>
      <translation>Undo History</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Legend</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Open &amp;Recent</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <source>Report Line…</source>
      <translation>Report Line…</translation>
    </message>
    <message>
      <source>Body…</source>
      <translation>Body…</translation>
    </message>
    <message>
      <source>Session…</source>
      <translation>Session…</translation>
    </message>
    <message>
      <source>Session Series…</source>
      <translation>Session Series…</translation>
    </message>
    <message>
      <source>Event…</source>
      <translation>Event…</translation>
    </message>
    <message>
      <source>Event Series…</source>
      <translation>Event Series…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Ne&amp;w Plan…</source>
      <translation>Ne&amp;w Plan…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Save &amp;As…</translation>
    </message>
    <message>
      <source>I&amp;mport Plan…</source>
      <translation>I&amp;mport Plan…</translation>
    </message>
    <message>
      <source>E&amp;xport Plan…</source>
      <translation>E&amp;xport Plan…</translation>
    </message>
    <message>
      <source>Import Reso&amp;lutions…</source>
      <translation>Import Reso&amp;lutions…</translation>
    </message>
    <message>
      <source>Import R&amp;eport List (.xlsx, .csv)…</source>
      <translation>Import R&amp;eport List (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>Import Meetin&amp;gs (.ics)…</source>
      <translation>Import Meetin&amp;gs (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Image…</source>
      <translation>Export &amp;Image…</translation>
    </message>
    <message>
      <source>&amp;Copy Timeline Image</source>
      <translation>&amp;Copy Timeline Image</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>Export PDF &amp;Handout…</source>
      <translation>Export PDF &amp;Handout…</translation>
    </message>
    <message>
      <source>Export &amp;Documentation List (.docx, .pdf)…</source>
      <translation>Export &amp;Documentation List (.docx, .pdf)…</translation>
    </message>
    <message>
      <source>Export &amp;Calendar (.ics)…</source>
      <translation>Export &amp;Calendar (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Requirements (.xlsx, .csv)…</source>
      <translation>Export &amp;Requirements (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;New Decision…</source>
      <translation>&amp;New Decision…</translation>
    </message>
    <message>
      <source>&amp;Edit Selected…</source>
      <translation>&amp;Edit Selected…</translation>
    </message>
    <message>
      <source>&amp;Delete Selected…</source>
      <translation>&amp;Delete Selected…</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Find…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>Zoom &amp;In</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>Zoom &amp;Out</translation>
    </message>
    <message>
      <source>&amp;Fit All</source>
      <translation>&amp;Fit All</translation>
    </message>
    <message>
      <source>Go to &amp;Today</source>
      <translation>Go to &amp;Today</translation>
    </message>
    <message>
      <source>Go to &amp;2012</source>
      <translation>Go to &amp;2012</translation>
    </message>
    <message>
      <source>&amp;Meeting Mode</source>
      <translation>&amp;Meeting Mode</translation>
    </message>
    <message>
      <source>Include &amp;Drafts</source>
      <translation>Include &amp;Drafts</translation>
    </message>
    <message>
      <source>&amp;Compare With and Without Drafts</source>
      <translation>&amp;Compare With and Without Drafts</translation>
    </message>
    <message>
      <source>Plan &amp;As Of…</source>
      <translation>Plan &amp;As Of…</translation>
    </message>
    <message>
      <source>Projection &amp;Horizon…</source>
      <translation>Projection &amp;Horizon…</translation>
    </message>
    <message>
      <source>&amp;About Mandate Planner</source>
      <translation>&amp;About Mandate Planner</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Main</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>As of</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n requirement</numerusform>
        <numerusform>%n requirements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n problem</numerusform>
        <numerusform>%n problems</numerusform>
      </translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>drafts included</translation>
    </message>
    <message>
      <source>adopted only</source>
      <translation>adopted only</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>as of %1</translation>
    </message>
    <message numerus="yes">
      <source>Problems (%n)</source>
      <translation>
        <numerusform>Problems (%n)</numerusform>
        <numerusform>Problems (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Backup failed: %1</source>
      <translation>Backup failed: %1</translation>
    </message>
    <message>
      <source>%1 — read-only</source>
      <translation>%1 — read-only</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <source>Open plan</source>
      <translation>Open plan</translation>
    </message>
    <message>
      <source>Plans (*.sqlite *.json);;All files (*)</source>
      <translation>Plans (*.sqlite *.json);;All files (*)</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Save As</translation>
    </message>
    <message>
      <source>This plan is not a plan file; import it first.</source>
      <translation>This plan is not a plan file; import it first.</translation>
    </message>
    <message>
      <source>Save plan as</source>
      <translation>Save plan as</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Plans (*.sqlite)</translation>
    </message>
    <message>
      <source>Saved a copy as %1</source>
      <translation>Saved a copy as %1</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>system fonts</source>
      <translation>system fonts</translation>
    </message>
    <message>
      <source>About Mandate Planner</source>
      <translation>About Mandate Planner</translation>
    </message>
    <message>
      <source>Which reports the Secretary-General owes to which session, why, and by when.</source>
      <translation>Which reports the Secretary-General owes to which session, why, and by when.</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>Fonts</translation>
    </message>
  </context>
  <context>
    <name>MandateForm</name>
    <message>
      <source>Mandate</source>
      <translation>Mandate</translation>
    </message>
    <message>
      <source>Title of the new report line</source>
      <translation>Title of the new report line</translation>
    </message>
    <message>
      <source> year(s)</source>
      <translation> year(s)</translation>
    </message>
    <message>
      <source>a year, or a session id</source>
      <translation>a year, or a session id</translation>
    </message>
    <message>
      <source>year (optional)</source>
      <translation>year (optional)</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> weeks</translation>
    </message>
    <message>
      <source>from</source>
      <translation>from</translation>
    </message>
    <message>
      <source>until</source>
      <translation>until</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>New report</source>
      <translation>New report</translation>
    </message>
    <message>
      <source>Effect</source>
      <translation>Effect</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Series</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>Every</translation>
    </message>
    <message>
      <source>First</source>
      <translation>First</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>Preparation</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Reviews</translation>
    </message>
    <message>
      <source>From session</source>
      <translation>From session</translation>
    </message>
    <message>
      <source>To session</source>
      <translation>To session</translation>
    </message>
    <message>
      <source>Into report</source>
      <translation>Into report</translation>
    </message>
    <message>
      <source>at every body</source>
      <translation>at every body</translation>
    </message>
    <message>
      <source>only at one body</source>
      <translation>only at one body</translation>
    </message>
    <message>
      <source>%1 (projected)</source>
      <translation>%1 (projected)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <source>Choose a Meeting Calendar</source>
      <translation>Choose a Meeting Calendar</translation>
    </message>
    <message>
      <source>Calendars (*.ics)</source>
      <translation>Calendars (*.ics)</translation>
    </message>
    <message>
      <source>Import Meetings</source>
      <translation>Import Meetings</translation>
    </message>
    <message>
      <source>Confirm sessions from %1</source>
      <translation>Confirm sessions from %1</translation>
    </message>
    <message>
      <source>Import Meetings from %1</source>
      <translation>Import Meetings from %1</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>&amp;Confirm Sessions</source>
      <translation>&amp;Confirm Sessions</translation>
    </message>
    <message>
      <source>Ticked meetings confirm their session with the meeting's dates and place.</source>
      <translation>Ticked meetings confirm their session with the meeting's dates and place.</translation>
    </message>
    <message>
      <source>confirms the projected session</source>
      <translation>confirms the projected session</translation>
    </message>
    <message>
      <source>changes %1 – %2</source>
      <translation>changes %1 – %2</translation>
    </message>
    <message>
      <source>as in the plan</source>
      <translation>as in the plan</translation>
    </message>
    <message>
      <source>no body of the plan named</source>
      <translation>no body of the plan named</translation>
    </message>
    <message>
      <source>no session of %1 near these dates</source>
      <translation>no session of %1 near these dates</translation>
    </message>
  </context>
  <context>
    <name>NewPlanDialog</name>
    <message>
      <source>New Plan</source>
      <translation>New Plan</translation>
    </message>
    <message>
      <source>&amp;Blank plan</source>
      <translation>&amp;Blank plan</translation>
    </message>
    <message>
      <source>&amp;From the UN calendar, with the bodies ticked below</source>
      <translation>&amp;From the UN calendar, with the bodies ticked below</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Tick &amp;All</source>
      <translation>Tick &amp;All</translation>
    </message>
    <message>
      <source>&amp;Untick All</source>
      <translation>&amp;Untick All</translation>
    </message>
    <message>
      <source>the file's name, if left empty</source>
      <translation>the file's name, if left empty</translation>
    </message>
    <message>
      <source>choose where to save it</source>
      <translation>choose where to save it</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Choose…</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Create</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>An empty plan: add bodies, sessions and decisions.</source>
      <translation>An empty plan: add bodies, sessions and decisions.</translation>
    </message>
    <message>
      <source>Tick the bodies the plan should hold.</source>
      <translation>Tick the bodies the plan should hold.</translation>
    </message>
    <message>
      <source>Bodies: %1 · sessions: %2 · decisions: %3 · report lines: %4</source>
      <translation>Bodies: %1 · sessions: %2 · decisions: %3 · report lines: %4</translation>
    </message>
    <message>
      <source>Also kept, without their calendar, for the decisions that refer to them: %1</source>
      <translation>Also kept, without their calendar, for the decisions that refer to them: %1</translation>
    </message>
    <message>
      <source>New plan file</source>
      <translation>New plan file</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Plans (*.sqlite)</translation>
    </message>
  </context>
  <context>
    <name>PasteTextDialog</name>
    <message>
      <source>Paste a Resolution</source>
      <translation>Paste a Resolution</translation>
    </message>
    <message>
      <source>Paste the resolution here: its numbered operative paragraphs, one per line or block.</source>
      <translation>Paste the resolution here: its numbered operative paragraphs, one per line or block.</translation>
    </message>
    <message>
      <source>(not known)</source>
      <translation>(not known)</translation>
    </message>
    <message>
      <source>known</source>
      <translation>known</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Symbol</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Adopted by</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Adopted on</translation>
    </message>
    <message>
      <source>pasted text</source>
      <translation>pasted text</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message>
      <source>Calendar data as of %1</source>
      <translation>Calendar data as of %1</translation>
    </message>
    <message>
      <source>This plan's calendar data as of %1</source>
      <translation>This plan's calendar data as of %1</translation>
    </message>
    <message>
      <source>New Plan</source>
      <translation>New Plan</translation>
    </message>
    <message>
      <source>Import plan</source>
      <translation>Import plan</translation>
    </message>
    <message>
      <source>Plan interchange files (*.json)</source>
      <translation>Plan interchange files (*.json)</translation>
    </message>
    <message>
      <source>Save the imported plan as</source>
      <translation>Save the imported plan as</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Plans (*.sqlite)</translation>
    </message>
    <message>
      <source>Import Plan</source>
      <translation>Import Plan</translation>
    </message>
    <message>
      <source>Export plan</source>
      <translation>Export plan</translation>
    </message>
    <message>
      <source>Export Plan</source>
      <translation>Export Plan</translation>
    </message>
    <message>
      <source>Exported the plan to %1</source>
      <translation>Exported the plan to %1</translation>
    </message>
    <message>
      <source>Projection Horizon</source>
      <translation>Projection Horizon</translation>
    </message>
    <message>
      <source>Project the session series this many years past the current year:</source>
      <translation>Project the session series this many years past the current year:</translation>
    </message>
    <message numerus="yes">
      <source>Projection horizon: %n year(s)</source>
      <translation>
        <numerusform>Projection horizon: %n year</numerusform>
        <numerusform>Projection horizon: %n years</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Slide 16:9 (1920 × 1080)</source>
      <translation>Slide 16:9 (1920 × 1080)</translation>
    </message>
    <message>
      <source>Slide 16:9 (3840 × 2160)</source>
      <translation>Slide 16:9 (3840 × 2160)</translation>
    </message>
    <message>
      <source>A4 landscape handout</source>
      <translation>A4 landscape handout</translation>
    </message>
    <message>
      <source>A3 poster</source>
      <translation>A3 poster</translation>
    </message>
    <message>
      <source>Email image (1200 px wide)</source>
      <translation>Email image (1200 px wide)</translation>
    </message>
  </context>
  <context>
    <name>PrintSetupDialog</name>
    <message>
      <source>Fit the years to the page width</source>
      <translation>Fit the years to the page width</translation>
    </message>
    <message>
      <source>Tile: a few years per page</source>
      <translation>Tile: a few years per page</translation>
    </message>
    <message>
      <source> years per page</source>
      <translation> years per page</translation>
    </message>
    <message>
      <source>Paper (landscape)</source>
      <translation>Paper (landscape)</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Years</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %1 (%n page(s))</source>
      <translation>
        <numerusform>Wrote %1 (%n page)</numerusform>
        <numerusform>Wrote %1 (%n pages)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <source>No problems: every rule finds its sessions and no deadline is missed.</source>
      <translation>No problems: every rule finds its sessions and no deadline is missed.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Next: %1</source>
      <translation>Next: %1</translation>
    </message>
    <message>
      <source>No occurrence in the range.</source>
      <translation>No occurrence in the range.</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>Recurrence (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Days</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>Number = year −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>Body %1</translation>
    </message>
    <message>
      <source>New body</source>
      <translation>New body</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>e.g. CSW</source>
      <translation>e.g. CSW</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Parent</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>Submission (weeks before)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>Issuance (weeks before)</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>Report line “%1”</translation>
    </message>
    <message>
      <source>New report line</source>
      <translation>New report line</translation>
    </message>
    <message>
      <source>a short stable id</source>
      <translation>a short stable id</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Short title</translation>
    </message>
    <message>
      <source>for labels; derived from the title</source>
      <translation>for labels; derived from the title</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>Word limit</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>New session</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>Session: %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>Confirm %1</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Series</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>Opens</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>Closes</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>Session series %1</translation>
    </message>
    <message>
      <source>New session series</source>
      <translation>New session series</translation>
    </message>
    <message>
      <source>Name pattern</source>
      <translation>Name pattern</translation>
    </message>
    <message>
      <source>Substantive session of {year}; {ordinal} session</source>
      <translation>Substantive session of {year}; {ordinal} session</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>Runs until the next opens</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>Event: %1</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>New event</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Ends</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>Tentative</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>Event series: %1</translation>
    </message>
    <message>
      <source>New event series</source>
      <translation>New event series</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>Track “%1” at %2</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Document symbol</translation>
    </message>
    <message>
      <source>e.g. A/67/123-E/2012/45</source>
      <translation>e.g. A/67/123-E/2012/45</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>Responsible officer</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>Word estimate</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>ReportListDialog</name>
    <message>
      <source>Report title</source>
      <translation>Report title</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Report id</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Document symbol</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>row %1: no report title</source>
      <translation>row %1: no report title</translation>
    </message>
    <message>
      <source>row %1: no report line %2</source>
      <translation>row %1: no report line %2</translation>
    </message>
    <message>
      <source>row %1: no session %2</source>
      <translation>row %1: no session %2</translation>
    </message>
    <message>
      <source>row %1: status %2 not known (planned)</source>
      <translation>row %1: status %2 not known (planned)</translation>
    </message>
    <message>
      <source>row %1: %2 given twice</source>
      <translation>row %1: %2 given twice</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <source>Choose a Report List</source>
      <translation>Choose a Report List</translation>
    </message>
    <message>
      <source>Report lists (*.xlsx *.csv)</source>
      <translation>Report lists (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Import Report List</source>
      <translation>Import Report List</translation>
    </message>
    <message>
      <source>Import report list %1</source>
      <translation>Import report list %1</translation>
    </message>
    <message>
      <source>Import Report List from %1</source>
      <translation>Import Report List from %1</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>(ignore)</source>
      <translation>(ignore)</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>Choose what each column holds; a report title is needed in each row.</source>
      <translation>Choose what each column holds; a report title is needed in each row.</translation>
    </message>
    <message>
      <source>A field is chosen for two columns.</source>
      <translation>A field is chosen for two columns.</translation>
    </message>
  </context>
  <context>
    <name>RequirementsPanel</name>
    <message>
      <source>Filter text…</source>
      <translation>Filter text…</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>No report is due yet: requirements appear here when a decision mandates a report (Edit ▸ New Decision, Ctrl+N).</source>
      <translation>No report is due yet: requirements appear here when a decision mandates a report (Edit ▸ New Decision, Ctrl+N).</translation>
    </message>
    <message>
      <source>All</source>
      <translation>All</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n requirement</numerusform>
        <numerusform>%n requirements</numerusform>
      </translation>
    </message>
    <message>
      <source>Show on timeline</source>
      <translation>Show on timeline</translation>
    </message>
    <message>
      <source>Track…</source>
      <translation>Track…</translation>
    </message>
    <message>
      <source>Edit report line…</source>
      <translation>Edit report line…</translation>
    </message>
    <message>
      <source>Delete report line…</source>
      <translation>Delete report line…</translation>
    </message>
  </context>
  <context>
    <name>ReviewText</name>
    <message>
      <source>no body named: the adopting body assumed</source>
      <translation>no body named: the adopting body assumed</translation>
    </message>
    <message>
      <source>the body taken from the rest of the text</source>
      <translation>the body taken from the rest of the text</translation>
    </message>
    <message>
      <source>a body this reader does not know</source>
      <translation>a body this reader does not know</translation>
    </message>
    <message>
      <source>asks for content in an existing report, perhaps not a report of its own</source>
      <translation>asks for content in an existing report, perhaps not a report of its own</translation>
    </message>
    <message>
      <source>in a draft recommended to another body, not adopted yet</source>
      <translation>in a draft recommended to another body, not adopted yet</translation>
    </message>
    <message>
      <source>no time given</source>
      <translation>no time given</translation>
    </message>
    <message>
      <source>only a year given</source>
      <translation>only a year given</translation>
    </message>
    <message>
      <source>several sessions named</source>
      <translation>several sessions named</translation>
    </message>
    <message>
      <source>what it is merged into is unclear</source>
      <translation>what it is merged into is unclear</translation>
    </message>
    <message>
      <source>the session taken from the provisional agenda named</source>
      <translation>the session taken from the provisional agenda named</translation>
    </message>
    <message>
      <source>a joint report to %1</source>
      <translation>a joint report to %1</translation>
    </message>
    <message>
      <source>through %1</source>
      <translation>through %1</translation>
    </message>
    <message>
      <source>the plan has no such session</source>
      <translation>the plan has no such session</translation>
    </message>
    <message>
      <source>the plan has no such body</source>
      <translation>the plan has no such body</translation>
    </message>
    <message>
      <source>no report line in the plan matches</source>
      <translation>no report line in the plan matches</translation>
    </message>
    <message>
      <source>no report line to merge into</source>
      <translation>no report line to merge into</translation>
    </message>
    <message>
      <source>no schedule to plan (ongoing)</source>
      <translation>no schedule to plan (ongoing)</translation>
    </message>
    <message>
      <source>no first occurrence known</source>
      <translation>no first occurrence known</translation>
    </message>
    <message>
      <source>no time given: the next session assumed</source>
      <translation>no time given: the next session assumed</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>every year</numerusform>
        <numerusform>every %n years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n proposal(s)</source>
      <translation>
        <numerusform>%n proposal</numerusform>
        <numerusform>%n proposals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s)</source>
      <translation>
        <numerusform>%n resolution</numerusform>
        <numerusform>%n resolutions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n already in the plan</numerusform>
        <numerusform>%n already in the plan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new mandate(s)</source>
      <translation>
        <numerusform>%n new mandate</numerusform>
        <numerusform>%n new mandates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>edited: %n mandate(s)</source>
      <translation>
        <numerusform>edited: %n mandate</numerusform>
        <numerusform>edited: %n mandates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s) cannot be imported as they stand: edit or reject them</source>
      <translation>
        <numerusform>%n resolution cannot be imported as it stands: edit or reject it</numerusform>
        <numerusform>%n resolutions cannot be imported as they stand: edit or reject them</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n resolution(s)</source>
      <translation>
        <numerusform>Import %n resolution</numerusform>
        <numerusform>Import %n resolutions</numerusform>
      </translation>
    </message>
    <message>
      <source>at session %1 (%2)</source>
      <translation>at session %1 (%2)</translation>
    </message>
    <message>
      <source>at session %1</source>
      <translation>at session %1</translation>
    </message>
    <message>
      <source>in %1</source>
      <translation>in %1</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>at the next session</translation>
    </message>
    <message>
      <source>from session %1</source>
      <translation>from session %1</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>from %1</translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>until %1</translation>
    </message>
    <message>
      <source>ongoing</source>
      <translation>ongoing</translation>
    </message>
    <message>
      <source>discontinued</source>
      <translation>discontinued</translation>
    </message>
    <message>
      <source>merged into “%1”</source>
      <translation>merged into “%1”</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>merged</translation>
    </message>
    <message>
      <source>to %1</source>
      <translation>to %1</translation>
    </message>
    <message>
      <source>oral</source>
      <translation>oral</translation>
    </message>
    <message>
      <source>unsure, %1</source>
      <translation>unsure, %1</translation>
    </message>
    <message>
      <source>“%1”, a new report line</source>
      <translation>“%1”, a new report line</translation>
    </message>
    <message>
      <source>%1 — %2: %3</source>
      <translation>%1 — %2: %3</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>What it will do</translation>
    </message>
    <message>
      <source>nothing: not accepted</source>
      <translation>nothing: not accepted</translation>
    </message>
    <message>
      <source>Unsure</source>
      <translation>Unsure</translation>
    </message>
    <message>
      <source>Read as</source>
      <translation>Read as</translation>
    </message>
    <message>
      <source>On: %1</source>
      <translation>On: %1</translation>
    </message>
    <message>
      <source>Agenda item: %1</source>
      <translation>Agenda item: %1</translation>
    </message>
    <message>
      <source>Confidence: %1</source>
      <translation>Confidence: %1</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>Notes: %1</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Becomes</translation>
    </message>
    <message>
      <source>Not placed in the plan: %1</source>
      <translation>Not placed in the plan: %1</translation>
    </message>
    <message>
      <source>Already in the plan: adds nothing.</source>
      <translation>Already in the plan: adds nothing.</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Symbol</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Adopted by</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Adopted on</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Operative paragraphs</source>
      <translation>Operative paragraphs</translation>
    </message>
  </context>
  <context>
    <name>SessionCard</name>
    <message>
      <source>projected</source>
      <translation>projected</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>No report is due at this session.</translation>
    </message>
    <message>
      <source>mandated by %1</source>
      <translation>mandated by %1</translation>
    </message>
    <message>
      <source>submit by %1, issue by %2</source>
      <translation>submit by %1, issue by %2</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <source>Session start</source>
      <translation>Session start</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>Submit by</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>Issue by</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>Mandated by</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>submission</source>
      <translation>submission</translation>
    </message>
    <message>
      <source>issuance</source>
      <translation>issuance</translation>
    </message>
    <message>
      <source>%1, overdue</source>
      <translation>%1, overdue</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Where</translation>
    </message>
  </context>
  <context>
    <name>TeamFeatures</name>
    <message>
      <source>Open &amp;Team Plan…</source>
      <translation>Open &amp;Team Plan…</translation>
    </message>
    <message>
      <source>Take &amp;Offline Copy…</source>
      <translation>Take &amp;Offline Copy…</translation>
    </message>
    <message>
      <source>&amp;Bring Changes Back…</source>
      <translation>&amp;Bring Changes Back…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <source>Connected to the server again</source>
      <translation>Connected to the server again</translation>
    </message>
    <message>
      <source>Not saved, the server cannot be reached: “%1” will be offered again</source>
      <translation>Not saved, the server cannot be reached: “%1” will be offered again</translation>
    </message>
    <message>
      <source>Save your edit “%1” now?</source>
      <translation>Save your edit “%1” now?</translation>
    </message>
    <message>
      <source>Open Team Plan</source>
      <translation>Open Team Plan</translation>
    </message>
    <message>
      <source>Take Offline Copy</source>
      <translation>Take Offline Copy</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Plans (*.sqlite)</translation>
    </message>
    <message>
      <source>Offline copy saved as %1</source>
      <translation>Offline copy saved as %1</translation>
    </message>
    <message>
      <source>Bring Changes Back</source>
      <translation>Bring Changes Back</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) brought back</source>
      <translation>
        <numerusform>%n change brought back</numerusform>
        <numerusform>%n changes brought back</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 — %2 on %3</source>
      <translation>%1 — %2 on %3</translation>
    </message>
    <message>
      <source>%1 — %2 on this computer</source>
      <translation>%1 — %2 on this computer</translation>
    </message>
  </context>
  <context>
    <name>TeamPlanDialog</name>
    <message>
      <source>Open Team Plan</source>
      <translation>Open Team Plan</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>confirmed session</source>
      <translation>confirmed session</translation>
    </message>
    <message>
      <source>projected session</source>
      <translation>projected session</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>decision</translation>
    </message>
    <message>
      <source>draft decision</source>
      <translation>draft decision</translation>
    </message>
    <message>
      <source>event</source>
      <translation>event</translation>
    </message>
    <message>
      <source>tentative event</source>
      <translation>tentative event</translation>
    </message>
    <message>
      <source>today</source>
      <translation>today</translation>
    </message>
    <message>
      <source>as of</source>
      <translation>as of</translation>
    </message>
    <message>
      <source>submission / issuance deadline</source>
      <translation>submission / issuance deadline</translation>
    </message>
    <message>
      <source>more reports, not named here</source>
      <translation>more reports, not named here</translation>
    </message>
    <message>
      <source>projections end</source>
      <translation>projections end</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>planned</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>forecast</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>submitted</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>issued</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>considered</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>overdue</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>cannot be met</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Decisions</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Redo %1</source>
      <translation>Redo %1</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Undo %1</translation>
    </message>
    <message>
      <source>%1: not done. %2</source>
      <translation>%1: not done. %2</translation>
    </message>
  </context>
  <context>
    <name>WhatChangedPanel</name>
    <message>
      <source>Edits and their effect on the requirements appear here.</source>
      <translation>Edits and their effect on the requirements appear here.</translation>
    </message>
  </context>
  <context>
    <name>WhatIfPanel</name>
    <message>
      <source>What the draft decisions would add, remove and move appears here (Plan ▸ Compare With and Without Drafts, Ctrl+Shift+D).</source>
      <translation>What the draft decisions would add, remove and move appears here (Plan ▸ Compare With and Without Drafts, Ctrl+Shift+D).</translation>
    </message>
    <message>
      <source>The plan has no draft decisions. A decision saved as a draft shows here what it would change.</source>
      <translation>The plan has no draft decisions. A decision saved as a draft shows here what it would change.</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>still due, now mandated by %1</source>
      <translation>still due, now mandated by %1</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>A .json file opens read-only; import it to edit it.</source>
      <translation>A .json file opens read-only; import it to edit it.</translation>
    </message>
    <message>
      <source>The plan file cannot be written (its permissions or folder).</source>
      <translation>The plan file cannot be written (its permissions or folder).</translation>
    </message>
    <message>
      <source>Another Mandate Planner window is editing this plan.</source>
      <translation>Another Mandate Planner window is editing this plan.</translation>
    </message>
    <message>
      <source>Meeting mode is read-only (Esc leaves it).</source>
      <translation>Meeting mode is read-only (Esc leaves it).</translation>
    </message>
    <message>
      <source>Your database role may only read this team plan.</source>
      <translation>Your database role may only read this team plan.</translation>
    </message>
    <message>
      <source>The plan holds values that cannot be computed; it opens read-only, without the records at fault.</source>
      <translation>The plan holds values that cannot be computed; it opens read-only, without the records at fault.</translation>
    </message>
    <message>
      <source>This plan was opened read-only.</source>
      <translation>This plan was opened read-only.</translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1 and %2</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>replaced by %1</source>
      <translation>replaced by %1</translation>
    </message>
    <message>
      <source>terminated by %1</source>
      <translation>terminated by %1</translation>
    </message>
    <message>
      <source>deferred to %1 by %2</source>
      <translation>deferred to %1 by %2</translation>
    </message>
    <message>
      <source>merged into %1 by %2</source>
      <translation>merged into %1 by %2</translation>
    </message>
    <message>
      <source>no longer mandated</source>
      <translation>no longer mandated</translation>
    </message>
    <message>
      <source>add</source>
      <translation>add</translation>
    </message>
    <message>
      <source>replace</source>
      <translation>replace</translation>
    </message>
    <message>
      <source>terminate</source>
      <translation>terminate</translation>
    </message>
    <message>
      <source>defer</source>
      <translation>defer</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>merge</translation>
    </message>
    <message>
      <source>from %1 to %2</source>
      <translation>from %1 to %2</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>from %1</translation>
    </message>
    <message>
      <source>into %1</source>
      <translation>into %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>only at %1</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>at %1</translation>
    </message>
    <message>
      <source>at the next session of %1</source>
      <translation>at the next session of %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after %2</source>
      <translation>at the first session of %1 after %2</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s) from %1</source>
      <translation>
        <numerusform>every year from %1</numerusform>
        <numerusform>every %n years from %1</numerusform>
      </translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>until %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after each %2</source>
      <translation>at the first session of %1 after each %2</translation>
    </message>
    <message numerus="yes">
      <source>(%n week(s) to prepare)</source>
      <translation>
        <numerusform>(%n week to prepare)</numerusform>
        <numerusform>(%n weeks to prepare)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>every year</numerusform>
        <numerusform>every %n years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>every month</numerusform>
        <numerusform>every %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>every week</numerusform>
        <numerusform>every %n weeks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>every day</numerusform>
        <numerusform>every %n days</numerusform>
      </translation>
    </message>
    <message>
      <source>the first %1</source>
      <translation>the first %1</translation>
    </message>
    <message>
      <source>the second %1</source>
      <translation>the second %1</translation>
    </message>
    <message>
      <source>the third %1</source>
      <translation>the third %1</translation>
    </message>
    <message>
      <source>the fourth %1</source>
      <translation>the fourth %1</translation>
    </message>
    <message>
      <source>the fifth %1</source>
      <translation>the fifth %1</translation>
    </message>
    <message>
      <source>the last %1</source>
      <translation>the last %1</translation>
    </message>
    <message>
      <source>the second-to-last %1</source>
      <translation>the second-to-last %1</translation>
    </message>
    <message>
      <source>on the %1 falling on day %2</source>
      <translation>on the %1 falling on day %2</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>on %1</translation>
    </message>
    <message>
      <source>on day %1</source>
      <translation>on day %1</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <source>%1 in %2</source>
      <translation>%1 in %2</translation>
    </message>
    <message>
      <source>“%1” (%2): no session of %3 in the plan fits this rule. Add the session or its series, or change the rule.</source>
      <translation>“%1” (%2): no session of %3 in the plan fits this rule. Add the session or its series, or change the rule.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3, before %4 took effect on %5; this report cannot be ready in time. Defer it to a later session.</source>
      <translation>“%1” at %2: the manuscript was due %3, before %4 took effect on %5; this report cannot be ready in time. Defer it to a later session.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3 and is still %4. Submit it, or update its tracking.</source>
      <translation>“%1” at %2: the manuscript was due %3 and is still %4. Submit it, or update its tracking.</translation>
    </message>
    <message numerus="yes">
      <source>“%1” at %2: %n words estimated, above the limit of %3. Shorten it.</source>
      <translation>
        <numerusform>“%1” at %2: %n word estimated, above the limit of %3. Shorten it.</numerusform>
        <numerusform>“%1” at %2: %n words estimated, above the limit of %3. Shorten it.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” at %2: it is no longer due there, but its tracking is kept. Clear the tracking if it is not needed.</source>
      <translation>“%1” at %2: it is no longer due there, but its tracking is kept. Clear the tracking if it is not needed.</translation>
    </message>
    <message>
      <source>%1 defers “%2” from %3, but it is not due there: nothing moves.</source>
      <translation>%1 defers “%2” from %3, but it is not due there: nothing moves.</translation>
    </message>
    <message>
      <source>%1 merges “%2” into “%3” from %4, but nothing is due then.</source>
      <translation>%1 merges “%2” into “%3” from %4, but nothing is due then.</translation>
    </message>
    <message>
      <source>“%1” (%2) is next due in %3, beyond the planning horizon (%4). Extend the horizon (Plan ▸ Projection Horizon) to plan for it.</source>
      <translation>“%1” (%2) is next due in %3, beyond the planning horizon (%4). Extend the horizon (Plan ▸ Projection Horizon) to plan for it.</translation>
    </message>
    <message>
      <source>%1 ends “%2” from %3, but nothing is due then.</source>
      <translation>%1 ends “%2” from %3, but nothing is due then.</translation>
    </message>
    <message>
      <source>%1, mandate %2</source>
      <translation>%1, mandate %2</translation>
    </message>
    <message>
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>warning</translation>
    </message>
    <message>
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>planned</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>forecast</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>submitted</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>issued</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>considered</translation>
    </message>
    <message>
      <source>this field</source>
      <translation>this field</translation>
    </message>
    <message>
      <source>Fill in “%1”.</source>
      <translation>Fill in “%1”.</translation>
    </message>
    <message>
      <source>“%1” must be at least %2.</source>
      <translation>“%1” must be at least %2.</translation>
    </message>
    <message>
      <source>“%1” must be at most %2.</source>
      <translation>“%1” must be at most %2.</translation>
    </message>
    <message>
      <source>“%1” must be a whole number.</source>
      <translation>“%1” must be a whole number.</translation>
    </message>
    <message>
      <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
      <translation>“%1” is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>“%1”: there is no such day as %2.</source>
      <translation>“%1”: there is no such day as %2.</translation>
    </message>
    <message>
      <source>“%1” must be a date from %2 to %3.</source>
      <translation>“%1” must be a date from %2 to %3.</translation>
    </message>
    <message>
      <source>“%1” is already used by another record; choose another.</source>
      <translation>“%1” is already used by another record; choose another.</translation>
    </message>
    <message>
      <source>This is not a recurrence the planner can read; write it as an RRULE, for example FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</source>
      <translation>This is not a recurrence the planner can read; write it as an RRULE, for example FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</translation>
    </message>
    <message>
      <source>The name can only use {year}, {number} and {ordinal} for the parts that change, e.g. “{ordinal} session”.</source>
      <translation>The name can only use {year}, {number} and {ordinal} for the parts that change, e.g. “{ordinal} session”.</translation>
    </message>
    <message>
      <source>A body cannot be placed under itself or under one of its own subsidiaries.</source>
      <translation>A body cannot be placed under itself or under one of its own subsidiaries.</translation>
    </message>
    <message>
      <source>There is no session “%1” in the plan: pick one, or give a year.</source>
      <translation>There is no session “%1” in the plan: pick one, or give a year.</translation>
    </message>
    <message>
      <source>There is no report line “%1” in the plan.</source>
      <translation>There is no report line “%1” in the plan.</translation>
    </message>
    <message>
      <source>There is no body “%1” in the plan.</source>
      <translation>There is no body “%1” in the plan.</translation>
    </message>
    <message>
      <source>A deferral needs the session it moves from and the session it moves to.</source>
      <translation>A deferral needs the session it moves from and the session it moves to.</translation>
    </message>
    <message>
      <source>Defer to another session than the one it moves from.</source>
      <translation>Defer to another session than the one it moves from.</translation>
    </message>
    <message>
      <source>A report line cannot merge into itself: pick the report line it joins.</source>
      <translation>A report line cannot merge into itself: pick the report line it joins.</translation>
    </message>
    <message>
      <source>Give a year (e.g. 2016) or a session.</source>
      <translation>Give a year (e.g. 2016) or a session.</translation>
    </message>
    <message>
      <source>Give a year from %1 to %2.</source>
      <translation>Give a year from %1 to %2.</translation>
    </message>
    <message>
      <source>The last year (%1) comes before the first (%2).</source>
      <translation>The last year (%1) comes before the first (%2).</translation>
    </message>
    <message>
      <source>These merges would go round in a circle: %1. Remove one of them.</source>
      <translation>These merges would go round in a circle: %1. Remove one of them.</translation>
    </message>
    <message>
      <source>“%1” (%2) cannot be before %3.</source>
      <translation>“%1” (%2) cannot be before %3.</translation>
    </message>
    <message>
      <source>Enter the decision’s symbol, e.g. E/DEC/2011/216 or “decision 2011/216”.</source>
      <translation>Enter the decision’s symbol, e.g. E/DEC/2011/216 or “decision 2011/216”.</translation>
    </message>
    <message>
      <source>Say which body adopted “%1” (e.g. “ECOSOC %1”), or give the full symbol.</source>
      <translation>Say which body adopted “%1” (e.g. “ECOSOC %1”), or give the full symbol.</translation>
    </message>
    <message>
      <source>“%1” is a working symbol, for drafts only: give the adopted symbol, e.g. E/DEC/2011/216, or make the decision a draft.</source>
      <translation>“%1” is a working symbol, for drafts only: give the adopted symbol, e.g. E/DEC/2011/216, or make the decision a draft.</translation>
    </message>
    <message>
      <source>“%1” is not a symbol: write e.g. A/RES/67/290, E/DEC/2011/216 or “resolution 2009/29”.</source>
      <translation>“%1” is not a symbol: write e.g. A/RES/67/290, E/DEC/2011/216 or “resolution 2009/29”.</translation>
    </message>
    <message>
      <source>%1 is already in the plan: edit that decision instead.</source>
      <translation>%1 is already in the plan: edit that decision instead.</translation>
    </message>
    <message>
      <source>The report line “%1” exists already: pick it from the list.</source>
      <translation>The report line “%1” exists already: pick it from the list.</translation>
    </message>
    <message>
      <source>Give the new report line “%1” a title.</source>
      <translation>Give the new report line “%1” a title.</translation>
    </message>
    <message numerus="yes">
      <source>This change would leave %n mandate(s) naming a session or event that no longer exists: change those decisions first.</source>
      <translation>
        <numerusform>This change would leave %n mandate naming a session or event that no longer exists: change that decision first.</numerusform>
        <numerusform>This change would leave %n mandates naming a session or event that no longer exists: change those decisions first.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” is still used by %2: change or delete those first.</source>
      <translation>“%1” is still used by %2: change or delete those first.</translation>
    </message>
    <message>
      <source>The id cannot change: other records refer to it by that id.</source>
      <translation>The id cannot change: other records refer to it by that id.</translation>
    </message>
    <message>
      <source>%1 is projected by its series: change the series instead.</source>
      <translation>%1 is projected by its series: change the series instead.</translation>
    </message>
    <message>
      <source>“%1” must be from %2 to %3.</source>
      <translation>“%1” must be from %2 to %3.</translation>
    </message>
    <message>
      <source>“%1” is a session of %2, not of %3: pick a session of %3.</source>
      <translation>“%1” is a session of %2, not of %3: pick a session of %3.</translation>
    </message>
    <message>
      <source>The series “%1” projects sessions of %2, not of %3.</source>
      <translation>The series “%1” projects sessions of %2, not of %3.</translation>
    </message>
    <message>
      <source>This effect needs a rule: choose one.</source>
      <translation>This effect needs a rule: choose one.</translation>
    </message>
    <message>
      <source>Choose the report line it merges into.</source>
      <translation>Choose the report line it merges into.</translation>
    </message>
    <message>
      <source>“%1” must be text.</source>
      <translation>“%1” must be text.</translation>
    </message>
    <message>
      <source>There is no event “%1” in the plan.</source>
      <translation>There is no event “%1” in the plan.</translation>
    </message>
    <message>
      <source>There is no series “%1” in the plan.</source>
      <translation>There is no series “%1” in the plan.</translation>
    </message>
    <message>
      <source>Give the rule only, for example %1.</source>
      <translation>Give the rule only, for example %1.</translation>
    </message>
    <message>
      <source>“%1” is not NAME=VALUE.</source>
      <translation>“%1” is not NAME=VALUE.</translation>
    </message>
    <message>
      <source>The recurrence has a part the planner does not know: %1.</source>
      <translation>The recurrence has a part the planner does not know: %1.</translation>
    </message>
    <message>
      <source>%1 is given twice.</source>
      <translation>%1 is given twice.</translation>
    </message>
    <message>
      <source>The recurrence needs FREQ, for example %1.</source>
      <translation>The recurrence needs FREQ, for example %1.</translation>
    </message>
    <message>
      <source>Sessions are whole days: use FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, without hours, minutes or seconds.</source>
      <translation>Sessions are whole days: use FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, without hours, minutes or seconds.</translation>
    </message>
    <message>
      <source>%1 cannot be “%2”.</source>
      <translation>%1 cannot be “%2”.</translation>
    </message>
    <message>
      <source>%1=%2 is out of range (%3 to %4).</source>
      <translation>%1=%2 is out of range (%3 to %4).</translation>
    </message>
    <message>
      <source>BYDAY=%1: a numbered weekday needs FREQ=MONTHLY or YEARLY.</source>
      <translation>BYDAY=%1: a numbered weekday needs FREQ=MONTHLY or YEARLY.</translation>
    </message>
    <message>
      <source>Give COUNT or UNTIL, not both.</source>
      <translation>Give COUNT or UNTIL, not both.</translation>
    </message>
    <message>
      <source>BYSETPOS needs another BY… part to choose from.</source>
      <translation>BYSETPOS needs another BY… part to choose from.</translation>
    </message>
    <message>
      <source>The recurrence names no day at all.</source>
      <translation>The recurrence names no day at all.</translation>
    </message>
    <message>
      <source>The series would give too many dates in its range: narrow the rule or give an earlier end.</source>
      <translation>The series would give too many dates in its range: narrow the rule or give an earlier end.</translation>
    </message>
  </context>
</TS>