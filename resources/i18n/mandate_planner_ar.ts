<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
  <context>
    <name>ChangeText</name>
    <message numerus="yes">
      <source>adds %n requirement(s)</source>
      <translation>
        <numerusform>لا يضيف التزامات</numerusform>
        <numerusform>يضيف التزاما واحدا</numerusform>
        <numerusform>يضيف التزامين</numerusform>
        <numerusform>يضيف %n التزامات</numerusform>
        <numerusform>يضيف %n التزاما</numerusform>
        <numerusform>يضيف %n التزام</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>removes %n requirement(s)</source>
      <translation>
        <numerusform>لا يزيل التزامات</numerusform>
        <numerusform>يزيل التزاما واحدا</numerusform>
        <numerusform>يزيل التزامين</numerusform>
        <numerusform>يزيل %n التزامات</numerusform>
        <numerusform>يزيل %n التزاما</numerusform>
        <numerusform>يزيل %n التزام</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>moves %n requirement(s)</source>
      <translation>
        <numerusform>لا ينقل التزامات</numerusform>
        <numerusform>ينقل التزاما واحدا</numerusform>
        <numerusform>ينقل التزامين</numerusform>
        <numerusform>ينقل %n التزامات</numerusform>
        <numerusform>ينقل %n التزاما</numerusform>
        <numerusform>ينقل %n التزام</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>re-mandates %n requirement(s)</source>
      <translation>
        <numerusform>لا يغير تكليف أي التزام</numerusform>
        <numerusform>يغير تكليف التزام واحد</numerusform>
        <numerusform>يغير تكليف التزامين</numerusform>
        <numerusform>يغير تكليف %n التزامات</numerusform>
        <numerusform>يغير تكليف %n التزاما</numerusform>
        <numerusform>يغير تكليف %n التزام</numerusform>
      </translation>
    </message>
    <message>
      <source>no change to requirements</source>
      <translation>لا تغيير في الالتزامات</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <source>“%1” at %2</source>
      <translation>«%1» في %2</translation>
    </message>
    <message>
      <source>%1: moved from %2 — %3</source>
      <translation>%1: نُقل من %2 — %3</translation>
    </message>
    <message>
      <source>%1: removed — %2</source>
      <translation>%1: أُزيل — %2</translation>
    </message>
    <message>
      <source>%1: added — mandated by %2</source>
      <translation>%1: أُضيف — بتكليف من %2</translation>
    </message>
    <message>
      <source>%1: now mandated by %2</source>
      <translation>%1: أصبح بتكليف من %2</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Changed on both sides</source>
      <translation>عُدّل من الجانبين</translation>
    </message>
    <message>
      <source>Yours (offline)</source>
      <translation>نسختك (دون اتصال)</translation>
    </message>
    <message>
      <source>Theirs (now on the server)</source>
      <translation>النسخة الأخرى (على الخادم الآن)</translation>
    </message>
    <message>
      <source>changed by %1 at %2</source>
      <translation>عدّله %1 في %2</translation>
    </message>
    <message>
      <source>Keep yours</source>
      <translation>احتفظ بنسختك</translation>
    </message>
    <message>
      <source>Keep theirs</source>
      <translation>احتفظ بالنسخة الأخرى</translation>
    </message>
  </context>
  <context>
    <name>Counted</name>
    <message numerus="yes">
      <source>%n new report line(s)</source>
      <translation>
        <numerusform>لا سلاسل تقارير جديدة</numerusform>
        <numerusform>سلسلة تقارير جديدة واحدة</numerusform>
        <numerusform>سلسلتا تقارير جديدتان</numerusform>
        <numerusform>%n سلاسل تقارير جديدة</numerusform>
        <numerusform>%n سلسلة تقارير جديدة</numerusform>
        <numerusform>%n سلسلة تقارير جديدة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>لا شيء منها في الخطة</numerusform>
        <numerusform>واحد منها في الخطة</numerusform>
        <numerusform>اثنان منها في الخطة</numerusform>
        <numerusform>%n منها في الخطة</numerusform>
        <numerusform>%n منها في الخطة</numerusform>
        <numerusform>%n منها في الخطة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tracking row(s)</source>
      <translation>
        <numerusform>لا صفوف متابعة</numerusform>
        <numerusform>صف متابعة واحد</numerusform>
        <numerusform>صفا متابعة</numerusform>
        <numerusform>%n صفوف متابعة</numerusform>
        <numerusform>%n صف متابعة</numerusform>
        <numerusform>%n صف متابعة</numerusform>
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
      <translation>اعتبارا من %1</translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>لا متأخرات</numerusform>
        <numerusform>متأخر واحد</numerusform>
        <numerusform>متأخران</numerusform>
        <numerusform>%n متأخرات</numerusform>
        <numerusform>%n متأخرا</numerusform>
        <numerusform>%n متأخر</numerusform>
      </translation>
    </message>
    <message>
      <source>No submission or issuance deadline from %1: deadlines appear here as decisions mandate reports.</source>
      <translation>لا مواعيد نهائية للتقديم أو الإصدار اعتبارا من %1: تظهر المواعيد هنا عندما تكلّف المقررات بتقارير.</translation>
    </message>
  </context>
  <context>
    <name>DecisionEditor</name>
    <message>
      <source>(none)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <source>at a named session</source>
      <translation>في دورة محددة</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>في الدورة التالية</translation>
    </message>
    <message>
      <source>at the first session after an event</source>
      <translation>في أول دورة بعد حدث</translation>
    </message>
    <message>
      <source>every N years</source>
      <translation>كل N سنوات</translation>
    </message>
    <message>
      <source>after each review of a series</source>
      <translation>بعد كل استعراض في سلسلة</translation>
    </message>
    <message>
      <source>add — the rule's sessions</source>
      <translation>إضافة — دورات القاعدة</translation>
    </message>
    <message>
      <source>replace — from its effective date</source>
      <translation>استبدال — من تاريخ نفاذه</translation>
    </message>
    <message>
      <source>terminate — end the report line</source>
      <translation>إنهاء — إنهاء سلسلة التقارير</translation>
    </message>
    <message>
      <source>defer — move one session's report</source>
      <translation>تأجيل — نقل تقرير دورة واحدة</translation>
    </message>
    <message>
      <source>merge — fold into another report</source>
      <translation>دمج — ضمه إلى تقرير آخر</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
      <source>Close this form and lose what you entered in it?</source>
      <translation>هل تريد إغلاق هذا النموذج وفقدان ما أدخلته فيه؟</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>في %1 فقط</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>تعديل %1</translation>
    </message>
    <message>
      <source>New decision</source>
      <translation>مقرر جديد</translation>
    </message>
    <message>
      <source>E/DEC/2011/216, or “decision 2011/216”</source>
      <translation>E/DEC/2011/216، أو «المقرر 2011/216»</translation>
    </message>
    <message>
      <source>effective from</source>
      <translation>نافذ اعتبارا من</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>متخذ</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>مشروع</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>مسحوب</translation>
    </message>
    <message>
      <source>Add mandate</source>
      <translation>إضافة ولاية</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>الجهة المتخذة</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>تاريخ الاتخاذ</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>الولايات</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>ما سيترتب عليه</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>حتى</translation>
    </message>
  </context>
  <context>
    <name>DocList</name>
    <message>
      <source>General Assembly resolution %1</source>
      <translation>قرار الجمعية العامة %1</translation>
    </message>
    <message>
      <source>General Assembly decision %1</source>
      <translation>مقرر الجمعية العامة %1</translation>
    </message>
    <message>
      <source>Council resolution %1</source>
      <translation>قرار المجلس %1</translation>
    </message>
    <message>
      <source>Council decision %1</source>
      <translation>مقرر المجلس %1</translation>
    </message>
    <message>
      <source>Security Council resolution %1</source>
      <translation>قرار مجلس الأمن %1</translation>
    </message>
    <message>
      <source>Security Council decision %1</source>
      <translation>مقرر مجلس الأمن %1</translation>
    </message>
    <message>
      <source>Human Rights Council resolution %1</source>
      <translation>قرار مجلس حقوق الإنسان %1</translation>
    </message>
    <message>
      <source>Human Rights Council decision %1</source>
      <translation>مقرر مجلس حقوق الإنسان %1</translation>
    </message>
    <message>
      <source>draft %1</source>
      <translation>مشروع %1</translation>
    </message>
    <message>
      <source>Report of the Secretary-General on %1</source>
      <translation>تقرير الأمين العام عن %1</translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>مع المشاريع</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>القرارات المعتمدة فقط</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>في تاريخ %1</translation>
    </message>
    <message>
      <source>Symbol: %1</source>
      <translation>الرمز: %1</translation>
    </message>
    <message>
      <source>Symbol not yet assigned</source>
      <translation>لم يُحدَّد الرمز بعد</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>الحالة: %1</translation>
    </message>
    <message>
      <source>Submission: %1</source>
      <translation>التقديم: %1</translation>
    </message>
    <message>
      <source>Issuance: %1</source>
      <translation>الإصدار: %1</translation>
    </message>
    <message>
      <source>Other reports</source>
      <translation>تقارير أخرى</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>الوثائق</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>لا يُنتظر أي تقرير في هذه الدورة.</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Read-only</source>
      <translation>للقراءة فقط</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>إضافة %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>تعديل %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>تأكيد: %1</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>متابعة «%1» في %2</translation>
    </message>
    <message>
      <source>Add body</source>
      <translation>إضافة هيئة</translation>
    </message>
    <message>
      <source>Add report line</source>
      <translation>إضافة سلسلة تقارير</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>إضافة دورة</translation>
    </message>
    <message>
      <source>Add session series</source>
      <translation>إضافة سلسلة دورات</translation>
    </message>
    <message>
      <source>Add event</source>
      <translation>إضافة حدث</translation>
    </message>
    <message>
      <source>Add event series</source>
      <translation>إضافة سلسلة أحداث</translation>
    </message>
    <message>
      <source>Edit body %1</source>
      <translation>تعديل الهيئة %1</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>حذف %1</translation>
    </message>
    <message>
      <source>The session goes back to its projected dates (if a series projects it).</source>
      <translation>تعود الدورة إلى تواريخها المتوقعة (إن كانت سلسلة تتوقعها).</translation>
    </message>
    <message>
      <source>The requirement stays; only its tracking is cleared.</source>
      <translation>يبقى الالتزام؛ وتُمسح متابعته فقط.</translation>
    </message>
    <message>
      <source>Clear tracking of “%1” at %2</source>
      <translation>مسح متابعة «%1» في %2</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>تعذر الحذف</translation>
    </message>
    <message>
      <source>%1?</source>
      <translation>%1؟</translation>
    </message>
    <message>
      <source>Edit “%1”</source>
      <translation>تعديل «%1»</translation>
    </message>
    <message>
      <source>Delete the body %1</source>
      <translation>حذف الهيئة %1</translation>
    </message>
    <message>
      <source>Delete the report line “%1”</source>
      <translation>حذف سلسلة التقارير «%1»</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>بحث</translation>
    </message>
    <message>
      <source>Decision symbol, report title or session name:</source>
      <translation>رمز المقرر أو عنوان التقرير أو اسم الدورة:</translation>
    </message>
    <message>
      <source>Nothing matches “%1”</source>
      <translation>لا نتائج تطابق «%1»</translation>
    </message>
    <message>
      <source>Edit decision…</source>
      <translation>تعديل المقرر…</translation>
    </message>
    <message>
      <source>Track requirement…</source>
      <translation>متابعة الالتزام…</translation>
    </message>
    <message>
      <source>Edit or confirm session…</source>
      <translation>تعديل الدورة أو تأكيدها…</translation>
    </message>
    <message>
      <source>Edit event…</source>
      <translation>تعديل الحدث…</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>سحب</translation>
    </message>
    <message>
      <source>Withdraw %1</source>
      <translation>سحب %1</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Clear tracking…</source>
      <translation>مسح المتابعة…</translation>
    </message>
    <message>
      <source>Edit body %1…</source>
      <translation>تعديل الهيئة %1…</translation>
    </message>
    <message>
      <source>Delete body %1…</source>
      <translation>حذف الهيئة %1…</translation>
    </message>
    <message>
      <source>Add session…</source>
      <translation>إضافة دورة…</translation>
    </message>
    <message>
      <source>Add decision here (%1)…</source>
      <translation>إضافة مقرر هنا (%1)…</translation>
    </message>
    <message>
      <source>Add event…</source>
      <translation>إضافة حدث…</translation>
    </message>
  </context>
  <context>
    <name>EditDiffView</name>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>After</source>
      <translation>بعد</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>drafts included</source>
      <translation>مع المشاريع</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>القرارات المعتمدة فقط</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>في تاريخ %1</translation>
    </message>
    <message>
      <source>lanes not shown: %n</source>
      <translation>مسارات أخرى غير معروضة: %n</translation>
    </message>
    <message>
      <source>generated %1 by Mandate Planner</source>
      <translation>أُنشئ في %1 بواسطة Mandate Planner</translation>
    </message>
    <message>
      <source>printed %1</source>
      <translation>طُبع في %1</translation>
    </message>
    <message>
      <source>page %1 of %2</source>
      <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>صُدِّر %1</translation>
    </message>
    <message>
      <source>Copied the timeline as an image</source>
      <translation>نُسخ الجدول الزمني كصورة</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>طباعة</translation>
    </message>
    <message>
      <source>PDF Handout</source>
      <translation>نشرة PDF</translation>
    </message>
    <message>
      <source>PDF handout</source>
      <translation>نشرة PDF</translation>
    </message>
    <message>
      <source>Select a session first: its documentation list is exported</source>
      <translation>اختر دورة أولًا: تُصدَّر قائمة وثائقها</translation>
    </message>
    <message>
      <source>Export documentation list</source>
      <translation>تصدير قائمة الوثائق</translation>
    </message>
    <message>
      <source>Export calendar</source>
      <translation>تصدير التقويم</translation>
    </message>
    <message>
      <source>Export requirements</source>
      <translation>تصدير الالتزامات</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>صورة PNG</translation>
    </message>
    <message>
      <source>SVG (text stays text)</source>
      <translation>SVG (يبقى النص نصا)</translation>
    </message>
    <message>
      <source>PDF (vector)</source>
      <translation>PDF (متجهي)</translation>
    </message>
    <message>
      <source>Export image</source>
      <translation>تصدير الصورة</translation>
    </message>
  </context>
  <context>
    <name>ExportImageDialog</name>
    <message>
      <source>Export Timeline Image</source>
      <translation>تصدير صورة الجدول الزمني</translation>
    </message>
    <message>
      <source>Custom width</source>
      <translation>عرض مخصص</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>مفتاح الرموز</translation>
    </message>
    <message>
      <source>Footer (plan, date, as-of, drafts)</source>
      <translation>التذييل (الخطة، التاريخ، التاريخ المرجعي، المشاريع)</translation>
    </message>
    <message>
      <source>Lanes shown on screen</source>
      <translation>المسارات الظاهرة على الشاشة</translation>
    </message>
    <message>
      <source>All lanes</source>
      <translation>كل المسارات</translation>
    </message>
    <message>
      <source>Lanes with reports in these years</source>
      <translation>المسارات التي فيها تقارير في هذه السنوات</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>كل شيء</translation>
    </message>
    <message>
      <source>The report lines and bodies ticked below</source>
      <translation>سلاسل التقارير والهيئات المؤشَّر عليها أدناه</translation>
    </message>
    <message>
      <source>What %1 mandates</source>
      <translation>ما يطلبه %1</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>السنوات</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>العرض</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>المسارات</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>عرض</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Subtitle</source>
      <translation>العنوان الفرعي</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <source>%1 × %2 pixels</source>
      <translation>%1 × %2 بكسل</translation>
    </message>
  </context>
  <context>
    <name>FactCounts</name>
    <message numerus="yes">
      <source>%n requirement(s) in the current result</source>
      <translation>
        <numerusform>لا التزامات في النتيجة الحالية</numerusform>
        <numerusform>التزام واحد في النتيجة الحالية</numerusform>
        <numerusform>التزامان في النتيجة الحالية</numerusform>
        <numerusform>%n التزامات في النتيجة الحالية</numerusform>
        <numerusform>%n التزاما في النتيجة الحالية</numerusform>
        <numerusform>%n التزام في النتيجة الحالية</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n report(s) due</source>
      <translation>
        <numerusform>لا تقارير مستحقة</numerusform>
        <numerusform>تقرير واحد مستحق</numerusform>
        <numerusform>تقريران مستحقان</numerusform>
        <numerusform>%n تقارير مستحقة</numerusform>
        <numerusform>%n تقريرا مستحقا</numerusform>
        <numerusform>%n تقرير مستحق</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Facts</name>
    <message>
      <source>confirmed</source>
      <translation>مؤكدة</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>متوقعة</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>متخذ</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>مشروع</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>مسحوب</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>حضوريًا</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>هجينة</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>افتراضية</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>إجراء الموافقة الضمنية</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>مؤجلة</translation>
    </message>
    <message>
      <source>suspended and resumed</source>
      <translation>معلقة ثم مستأنفة</translation>
    </message>
    <message>
      <source>“%1” at %2</source>
      <translation>«%1» في %2</translation>
    </message>
    <message>
      <source>not due</source>
      <translation>غير مطلوب</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>الهيئة</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الدورة</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>التقديم قبل</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>الإصدار قبل</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>بتكليف من</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>الوثيقة</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>الكلمات</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>اتُّخذ</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>تاريخ النفاذ</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>الولايات</translation>
    </message>
    <message>
      <source>No longer due because of this decision</source>
      <translation>لم تعد مطلوبة بسبب هذا المقرر</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>التواريخ</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>Projected by</source>
      <translation>مُسقطة من</translation>
    </message>
    <message>
      <source>series %1</source>
      <translation>السلسلة %1</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>القاعدة</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>السلسلة</translation>
    </message>
    <message>
      <source>tentative (projected from its series)</source>
      <translation>مؤقت (متوقع من سلسلته)</translation>
    </message>
    <message>
      <source>reports without a label: %n</source>
      <translation>تقارير بلا تسمية: %n</translation>
    </message>
    <message>
      <source>and %n more</source>
      <translation>و%n أخرى</translation>
    </message>
  </context>
  <context>
    <name>FirstViewHint</name>
    <message>
      <source>Dashed outlines are projected sessions and draft decisions, not yet adopted. &lt;a href='drafts'&gt;Include drafts&lt;/a&gt; (Ctrl+D) to see what they would change.</source>
      <translation>الخطوط المتقطعة هي دورات متوقعة ومشاريع مقررات لم تُعتمد بعد. &lt;a href='drafts'&gt;ضمّن المشاريع&lt;/a&gt; (Ctrl+D) لترى ما ستغيّره.</translation>
    </message>
    <message>
      <source>Close this note</source>
      <translation>إغلاق هذه الملاحظة</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>الهيئة الأم</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>التقديم (أسابيع قبل)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>الإصدار (أسابيع قبل)</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>الهيئة</translation>
    </message>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>التكرار (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>حتى</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>تستمر حتى افتتاح التالية</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>الرقم = السنة −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>السلسلة</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>يبدأ</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>ينتهي</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>مؤقت</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>العنوان المختصر</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>بند جدول الأعمال</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>الحد الأقصى للكلمات</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>اتُّخذ</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>تاريخ النفاذ</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>رمز الوثيقة</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>الموظف المسؤول</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>عدد الكلمات التقديري</translation>
    </message>
    <message>
      <source>Horizon (years)</source>
      <translation>الأفق (بالسنوات)</translation>
    </message>
    <message>
      <source>Calendar as of</source>
      <translation>التقويم حتى</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>متخذ</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>مشروع</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>مسحوب</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>مؤكدة</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>متوقعة</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>حضوريًا</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>هجينة</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>افتراضية</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>إجراء الموافقة الضمنية</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>مؤجلة</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>مقرر</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>متوقع</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>قُدِّم</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>صدر</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>نُظر فيه</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>الخطة</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>الهيئة %1</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>سلسلة الدورات %1</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>الدورة: %1</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>سلسلة الأحداث: %1</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>الحدث: %1</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>سلسلة التقارير «%1»</translation>
    </message>
    <message>
      <source>Decision %1</source>
      <translation>المقرر %1</translation>
    </message>
    <message>
      <source>Tracking of %1 at %2</source>
      <translation>متابعة %1 في %2</translation>
    </message>
    <message>
      <source>Mandate row %1</source>
      <translation>صف الولاية %1</translation>
    </message>
    <message>
      <source>Added: %1</source>
      <translation>أُضيف: %1</translation>
    </message>
    <message>
      <source>Removed: %1</source>
      <translation>حُذف: %1</translation>
    </message>
    <message>
      <source>Changed: %1</source>
      <translation>عُدّل: %1</translation>
    </message>
    <message>
      <source>Not applied, lost a conflict: %1</source>
      <translation>لم يُطبَّق، خسر في تعارض: %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>Mandate: %1</source>
      <translation>الولاية: %1</translation>
    </message>
    <message>
      <source>Order of the mandates</source>
      <translation>ترتيب الولايات</translation>
    </message>
    <message>
      <source>Place of the mandate: %1</source>
      <translation>موضع الولاية: %1</translation>
    </message>
    <message>
      <source>%1. %2</source>
      <translation>%1. %2</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>All edits</source>
      <translation>كل التعديلات</translation>
    </message>
    <message>
      <source>This record</source>
      <translation>هذا السجل</translation>
    </message>
    <message>
      <source>This officer</source>
      <translation>هذا الموظف</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>التعديل</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>السجلات</translation>
    </message>
    <message>
      <source>Undo This Edit</source>
      <translation>تراجع عن هذا التعديل</translation>
    </message>
    <message>
      <source>Select an edit to see what it changed.</source>
      <translation>اختر تعديلاً لترى ما غيّره.</translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL)</source>
      <translation>عُدّل خارج Mandate Planner (SQL)</translation>
    </message>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL) by %1 at %2</source>
      <translation>عُدّل خارج Mandate Planner (SQL) بواسطة %1 في %2</translation>
    </message>
    <message>
      <source>“%1”, by %2 at %3</source>
      <translation>«%1»، بواسطة %2 في %3</translation>
    </message>
    <message>
      <source>Made outside the planner: undo it the same way, by SQL.</source>
      <translation>أُجري خارج Mandate Planner: تراجع عنه بالطريقة نفسها، عبر SQL.</translation>
    </message>
  </context>
  <context>
    <name>ImportResolutionsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>للقراءة فقط</translation>
    </message>
    <message>
      <source>Import Resolutions</source>
      <translation>استيراد القرارات</translation>
    </message>
    <message>
      <source>Add &amp;Files…</source>
      <translation>إضافة &amp;ملفات…</translation>
    </message>
    <message>
      <source>&amp;Paste Text…</source>
      <translation>&amp;لصق نص…</translation>
    </message>
    <message>
      <source>Resolution / paragraph</source>
      <translation>القرار / الفقرة</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>القراءة</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>درجة الثقة</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>يصبح</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;قبول</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>&amp;رفض</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;تعديل…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;استيراد</translation>
    </message>
    <message>
      <source>Choose resolutions (AKN XML, Word, PDF or text), drop them here, or paste a text. Nothing enters the plan until you press Import.</source>
      <translation>اختر قرارات (AKN XML أو Word أو PDF أو نص)، أو أفلتها هنا، أو الصق نصا. لا يدخل شيء في الخطة حتى تضغط «استيراد».</translation>
    </message>
    <message>
      <source>Ticked proposals are imported. Unsure ones (amber) wait for your decision. Nothing enters the plan until you press Import.</source>
      <translation>تُستورد المقترحات المؤشَّر عليها. وتنتظر المقترحات غير المؤكدة (بالكهرماني) قرارك. لا يدخل شيء في الخطة حتى تضغط «استيراد».</translation>
    </message>
    <message>
      <source>Choose Resolutions</source>
      <translation>اختيار القرارات</translation>
    </message>
    <message>
      <source>Resolutions (%1)</source>
      <translation>القرارات (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>كل الملفات (*)</translation>
    </message>
    <message>
      <source>cannot be read</source>
      <translation>تتعذر قراءته</translation>
    </message>
    <message>
      <source>asks for no report</source>
      <translation>لا يطلب تقريرا</translation>
    </message>
    <message>
      <source>same resolution as %1</source>
      <translation>القرار نفسه في %1</translation>
    </message>
    <message>
      <source>updates the decision in the plan</source>
      <translation>يحدّث المقرر الموجود في الخطة</translation>
    </message>
    <message>
      <source>new decision</source>
      <translation>مقرر جديد</translation>
    </message>
    <message>
      <source>¶ %1</source>
      <translation>الفقرة %1</translation>
    </message>
    <message>
      <source>already in the plan</source>
      <translation>موجود في الخطة</translation>
    </message>
    <message>
      <source>%1 · new line “%2”</source>
      <translation>%1 · سلسلة جديدة «%2»</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>not placed: %1</source>
      <translation>لم يُحدَّد موضعه: %1</translation>
    </message>
    <message>
      <source>replaced by your edit</source>
      <translation>حلّ محله تعديلك</translation>
    </message>
    <message>
      <source>Edit the Decision Read from %1</source>
      <translation>تعديل المقرر المقروء من %1</translation>
    </message>
    <message>
      <source>Replaced by your edit of the decision.</source>
      <translation>حلّ محله تعديلك للمقرر.</translation>
    </message>
    <message>
      <source>Nothing accepted yet.</source>
      <translation>لم يُقبل شيء بعد.</translation>
    </message>
  </context>
  <context>
    <name>InspectorPanel</name>
    <message>
      <source>Select a session, requirement, decision or event on the timeline to see its facts here.</source>
      <translation>اختر دورة أو التزاما أو مقررا أو حدثا في الجدول الزمني لعرض تفاصيله هنا.</translation>
    </message>
  </context>
  <context>
    <name>LanesPanel</name>
    <message>
      <source>Search bodies…</source>
      <translation>البحث في الهيئات…</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>This plan is being edited in another Mandate Planner window.</source>
      <translation>يجري تحرير هذه الخطة في نافذة أخرى من Mandate Planner.</translation>
    </message>
    <message>
      <source>Opened by %1 on %2 since %3.</source>
      <translation>فتحه %1 على %2 منذ %3.</translation>
    </message>
    <message>
      <source>Plan in use</source>
      <translation>الخطة قيد الاستخدام</translation>
    </message>
    <message>
      <source>Open it read-only?</source>
      <translation>هل تريد فتحها للقراءة فقط؟</translation>
    </message>
    <message>
      <source>Cannot open plan</source>
      <translation>تعذر فتح الخطة</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opened plan</source>
      <translation>فُتحت الخطة</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>المسارات</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>الالتزامات</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>المواعيد النهائية</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>المشاكل</translation>
    </message>
    <message>
      <source>What Changed</source>
      <translation>ما الذي تغير</translation>
    </message>
    <message>
      <source>What-if: Drafts</source>
      <translation>ماذا لو: المشاريع</translation>
    </message>
    <message>
      <source>Undo History</source>
      <translation>سجل التراجع</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>مفتاح الرموز</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;تحرير</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>إ&amp;ضافة</translation>
    </message>
    <message>
      <source>Report Line…</source>
      <translation>سلسلة تقارير…</translation>
    </message>
    <message>
      <source>Body…</source>
      <translation>هيئة…</translation>
    </message>
    <message>
      <source>Session…</source>
      <translation>دورة…</translation>
    </message>
    <message>
      <source>Session Series…</source>
      <translation>سلسلة دورات…</translation>
    </message>
    <message>
      <source>Event…</source>
      <translation>حدث…</translation>
    </message>
    <message>
      <source>Event Series…</source>
      <translation>سلسلة أحداث…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>ال&amp;لغة</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>ال&amp;خطة</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <source>Ne&amp;w Plan…</source>
      <translation>خطة &amp;جديدة…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;فتح…</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
      <source>I&amp;mport Plan…</source>
      <translation>ا&amp;ستيراد خطة…</translation>
    </message>
    <message>
      <source>E&amp;xport Plan…</source>
      <translation>تص&amp;دير الخطة…</translation>
    </message>
    <message>
      <source>Import Reso&amp;lutions…</source>
      <translation>استيراد ال&amp;قرارات…</translation>
    </message>
    <message>
      <source>Import R&amp;eport List (.xlsx, .csv)…</source>
      <translation>استيراد قائمة &amp;تقارير (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>Import Meetin&amp;gs (.ics)…</source>
      <translation>استيراد الا&amp;جتماعات (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Image…</source>
      <translation>تصدير ال&amp;صورة…</translation>
    </message>
    <message>
      <source>&amp;Copy Timeline Image</source>
      <translation>&amp;نسخ صورة الجدول الزمني</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;طباعة…</translation>
    </message>
    <message>
      <source>Export PDF &amp;Handout…</source>
      <translation>تصدير &amp;نشرة PDF…</translation>
    </message>
    <message>
      <source>Export &amp;Documentation List (.docx, .pdf)…</source>
      <translation>تصدير قائمة ال&amp;وثائق (.docx، .pdf)…</translation>
    </message>
    <message>
      <source>Export &amp;Calendar (.ics)…</source>
      <translation>تصدير ال&amp;تقويم (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Requirements (.xlsx, .csv)…</source>
      <translation>تصدير الا&amp;لتزامات (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>ت&amp;راجع</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>إ&amp;عادة</translation>
    </message>
    <message>
      <source>&amp;New Decision…</source>
      <translation>مقرر &amp;جديد…</translation>
    </message>
    <message>
      <source>&amp;Edit Selected…</source>
      <translation>ت&amp;عديل المحدد…</translation>
    </message>
    <message>
      <source>&amp;Delete Selected…</source>
      <translation>&amp;حذف المحدد…</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;بحث…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>ت&amp;كبير</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>ت&amp;صغير</translation>
    </message>
    <message>
      <source>&amp;Fit All</source>
      <translation>عرض ال&amp;كل</translation>
    </message>
    <message>
      <source>Go to &amp;Today</source>
      <translation>الانتقال إلى ال&amp;يوم</translation>
    </message>
    <message>
      <source>Go to &amp;2012</source>
      <translation>الانتقال إلى &amp;2012</translation>
    </message>
    <message>
      <source>&amp;Meeting Mode</source>
      <translation>وضع الا&amp;جتماع</translation>
    </message>
    <message>
      <source>Include &amp;Drafts</source>
      <translation>تضمين ال&amp;مشاريع</translation>
    </message>
    <message>
      <source>&amp;Compare With and Without Drafts</source>
      <translation>م&amp;قارنة مع المشاريع ودونها</translation>
    </message>
    <message>
      <source>Plan &amp;As Of…</source>
      <translation>الخطة في &amp;تاريخ…</translation>
    </message>
    <message>
      <source>Projection &amp;Horizon…</source>
      <translation>&amp;أفق الإسقاط…</translation>
    </message>
    <message>
      <source>&amp;About Mandate Planner</source>
      <translation>&amp;حول Mandate Planner</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>الرئيسي</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>في تاريخ</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>لا التزامات</numerusform>
        <numerusform>التزام واحد</numerusform>
        <numerusform>التزامان</numerusform>
        <numerusform>%n التزامات</numerusform>
        <numerusform>%n التزاما</numerusform>
        <numerusform>%n التزام</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>لا مشاكل</numerusform>
        <numerusform>مشكلة واحدة</numerusform>
        <numerusform>مشكلتان</numerusform>
        <numerusform>%n مشاكل</numerusform>
        <numerusform>%n مشكلة</numerusform>
        <numerusform>%n مشكلة</numerusform>
      </translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>مع المشاريع</translation>
    </message>
    <message>
      <source>adopted only</source>
      <translation>المقررات المتخذة فقط</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>في تاريخ %1</translation>
    </message>
    <message numerus="yes">
      <source>Problems (%n)</source>
      <translation>
        <numerusform>المشاكل (%n)</numerusform>
        <numerusform>المشاكل (%n)</numerusform>
        <numerusform>المشاكل (%n)</numerusform>
        <numerusform>المشاكل (%n)</numerusform>
        <numerusform>المشاكل (%n)</numerusform>
        <numerusform>المشاكل (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Backup failed: %1</source>
      <translation>فشل النسخ الاحتياطي: %1</translation>
    </message>
    <message>
      <source>%1 — read-only</source>
      <translation>%1 — للقراءة فقط</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>للقراءة فقط</translation>
    </message>
    <message>
      <source>Open plan</source>
      <translation>فتح خطة</translation>
    </message>
    <message>
      <source>Plans (*.sqlite *.json);;All files (*)</source>
      <translation>خطط (*.sqlite *.json);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>حفظ باسم</translation>
    </message>
    <message>
      <source>This plan is not a plan file; import it first.</source>
      <translation>هذه ليست ملف خطة؛ استوردها أولا.</translation>
    </message>
    <message>
      <source>Save plan as</source>
      <translation>حفظ الخطة باسم</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>خطط (*.sqlite)</translation>
    </message>
    <message>
      <source>Saved a copy as %1</source>
      <translation>حُفظت نسخة باسم %1</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <source>system fonts</source>
      <translation>خطوط النظام</translation>
    </message>
    <message>
      <source>About Mandate Planner</source>
      <translation>حول Mandate Planner</translation>
    </message>
    <message>
      <source>Which reports the Secretary-General owes to which session, why, and by when.</source>
      <translation>أي التقارير يقدمها الأمين العام إلى أي دورة، ولماذا، وبحلول أي موعد.</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>الخطوط</translation>
    </message>
  </context>
  <context>
    <name>MandateForm</name>
    <message>
      <source>Mandate</source>
      <translation>الولاية</translation>
    </message>
    <message>
      <source>Title of the new report line</source>
      <translation>عنوان سلسلة التقارير الجديدة</translation>
    </message>
    <message>
      <source> year(s)</source>
      <translation> سنة</translation>
    </message>
    <message>
      <source>a year, or a session id</source>
      <translation>سنة أو معرّف دورة</translation>
    </message>
    <message>
      <source>year (optional)</source>
      <translation>السنة (اختياري)</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> أسابيع</translation>
    </message>
    <message>
      <source>from</source>
      <translation>من</translation>
    </message>
    <message>
      <source>until</source>
      <translation>حتى</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>التقرير</translation>
    </message>
    <message>
      <source>New report</source>
      <translation>تقرير جديد</translation>
    </message>
    <message>
      <source>Effect</source>
      <translation>الأثر</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>القاعدة</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>الهيئة</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الدورة</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>الحدث</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>السلسلة</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>كل</translation>
    </message>
    <message>
      <source>First</source>
      <translation>الأول</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>حتى</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>الإعداد</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>الاستعراضات</translation>
    </message>
    <message>
      <source>From session</source>
      <translation>من الدورة</translation>
    </message>
    <message>
      <source>To session</source>
      <translation>إلى الدورة</translation>
    </message>
    <message>
      <source>Into report</source>
      <translation>في التقرير</translation>
    </message>
    <message>
      <source>at every body</source>
      <translation>في كل الهيئات</translation>
    </message>
    <message>
      <source>only at one body</source>
      <translation>في هيئة واحدة فقط</translation>
    </message>
    <message>
      <source>%1 (projected)</source>
      <translation>%1 (متوقعة)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(لا شيء)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>للقراءة فقط</translation>
    </message>
    <message>
      <source>Choose a Meeting Calendar</source>
      <translation>اختيار تقويم اجتماعات</translation>
    </message>
    <message>
      <source>Calendars (*.ics)</source>
      <translation>التقاويم (*.ics)</translation>
    </message>
    <message>
      <source>Import Meetings</source>
      <translation>استيراد الاجتماعات</translation>
    </message>
    <message>
      <source>Confirm sessions from %1</source>
      <translation>تأكيد الدورات وفق %1</translation>
    </message>
    <message>
      <source>Import Meetings from %1</source>
      <translation>استيراد الاجتماعات من %1</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>التواريخ</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الدورة</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>التغيير</translation>
    </message>
    <message>
      <source>&amp;Confirm Sessions</source>
      <translation>&amp;تأكيد الدورات</translation>
    </message>
    <message>
      <source>Ticked meetings confirm their session with the meeting's dates and place.</source>
      <translation>تؤكد الاجتماعات المؤشَّر عليها دورتها بتواريخ الاجتماع ومكانه.</translation>
    </message>
    <message>
      <source>confirms the projected session</source>
      <translation>يؤكد الدورة المتوقعة</translation>
    </message>
    <message>
      <source>changes %1 – %2</source>
      <translation>يغيّر %1 – %2</translation>
    </message>
    <message>
      <source>as in the plan</source>
      <translation>كما في الخطة</translation>
    </message>
    <message>
      <source>no body of the plan named</source>
      <translation>لم تُذكر أي هيئة من الخطة</translation>
    </message>
    <message>
      <source>no session of %1 near these dates</source>
      <translation>لا دورة لـ %1 قرب هذه التواريخ</translation>
    </message>
  </context>
  <context>
    <name>NewPlanDialog</name>
    <message>
      <source>New Plan</source>
      <translation>خطة جديدة</translation>
    </message>
    <message>
      <source>&amp;Blank plan</source>
      <translation>خطة &amp;فارغة</translation>
    </message>
    <message>
      <source>&amp;From the UN calendar, with the bodies ticked below</source>
      <translation>من ت&amp;قويم الأمم المتحدة، مع الهيئات المحددة أدناه</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>الهيئة</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Tick &amp;All</source>
      <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
      <source>&amp;Untick All</source>
      <translation>إلغاء &amp;تحديد الكل</translation>
    </message>
    <message>
      <source>the file's name, if left empty</source>
      <translation>اسم الملف، إذا تُرك فارغًا</translation>
    </message>
    <message>
      <source>choose where to save it</source>
      <translation>اختر مكان الحفظ</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>إنشاء</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>ال&amp;عنوان</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>An empty plan: add bodies, sessions and decisions.</source>
      <translation>خطة فارغة: أضف الهيئات والدورات والقرارات.</translation>
    </message>
    <message>
      <source>Tick the bodies the plan should hold.</source>
      <translation>حدد الهيئات التي يجب أن تتضمنها الخطة.</translation>
    </message>
    <message>
      <source>Bodies: %1 · sessions: %2 · decisions: %3 · report lines: %4</source>
      <translation>الهيئات: %1 · الدورات: %2 · القرارات: %3 · خطوط التقارير: %4</translation>
    </message>
    <message>
      <source>Also kept, without their calendar, for the decisions that refer to them: %1</source>
      <translation>محفوظة أيضًا، دون تقويمها، من أجل القرارات التي تشير إليها: %1</translation>
    </message>
    <message>
      <source>New plan file</source>
      <translation>ملف الخطة الجديدة</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>خطط (*.sqlite)</translation>
    </message>
  </context>
  <context>
    <name>PasteTextDialog</name>
    <message>
      <source>Paste a Resolution</source>
      <translation>لصق قرار</translation>
    </message>
    <message>
      <source>Paste the resolution here: its numbered operative paragraphs, one per line or block.</source>
      <translation>الصق القرار هنا: فقرات منطوقه المرقمة، فقرة في كل سطر أو كتلة.</translation>
    </message>
    <message>
      <source>(not known)</source>
      <translation>(غير معروف)</translation>
    </message>
    <message>
      <source>known</source>
      <translation>معروف</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>الجهة المتخذة</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>تاريخ الاتخاذ</translation>
    </message>
    <message>
      <source>pasted text</source>
      <translation>نص ملصوق</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message>
      <source>Calendar data as of %1</source>
      <translation>بيانات التقويم حتى %1</translation>
    </message>
    <message>
      <source>This plan's calendar data as of %1</source>
      <translation>بيانات تقويم هذه الخطة حتى %1</translation>
    </message>
    <message>
      <source>New Plan</source>
      <translation>خطة جديدة</translation>
    </message>
    <message>
      <source>Import plan</source>
      <translation>استيراد خطة</translation>
    </message>
    <message>
      <source>Plan interchange files (*.json)</source>
      <translation>ملفات تبادل الخطط (*.json)</translation>
    </message>
    <message>
      <source>Save the imported plan as</source>
      <translation>حفظ الخطة المستوردة باسم</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>خطط (*.sqlite)</translation>
    </message>
    <message>
      <source>Import Plan</source>
      <translation>استيراد خطة</translation>
    </message>
    <message>
      <source>Export plan</source>
      <translation>تصدير الخطة</translation>
    </message>
    <message>
      <source>Export Plan</source>
      <translation>تصدير الخطة</translation>
    </message>
    <message>
      <source>Exported the plan to %1</source>
      <translation>صُدّرت الخطة إلى %1</translation>
    </message>
    <message>
      <source>Projection Horizon</source>
      <translation>أفق الإسقاط</translation>
    </message>
    <message>
      <source>Project the session series this many years past the current year:</source>
      <translation>إسقاط سلاسل الدورات لهذا العدد من السنوات بعد السنة الحالية:</translation>
    </message>
    <message numerus="yes">
      <source>Projection horizon: %n year(s)</source>
      <translation>
        <numerusform>أفق الإسقاط: %n سنة</numerusform>
        <numerusform>أفق الإسقاط: سنة واحدة</numerusform>
        <numerusform>أفق الإسقاط: سنتان</numerusform>
        <numerusform>أفق الإسقاط: %n سنوات</numerusform>
        <numerusform>أفق الإسقاط: %n سنة</numerusform>
        <numerusform>أفق الإسقاط: %n سنة</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Slide 16:9 (1920 × 1080)</source>
      <translation>شريحة 16:9 (1920 × 1080)</translation>
    </message>
    <message>
      <source>Slide 16:9 (3840 × 2160)</source>
      <translation>شريحة 16:9 (3840 × 2160)</translation>
    </message>
    <message>
      <source>A4 landscape handout</source>
      <translation>نشرة A4 أفقية</translation>
    </message>
    <message>
      <source>A3 poster</source>
      <translation>ملصق A3</translation>
    </message>
    <message>
      <source>Email image (1200 px wide)</source>
      <translation>صورة للبريد الإلكتروني (عرض 1200 بكسل)</translation>
    </message>
  </context>
  <context>
    <name>PrintSetupDialog</name>
    <message>
      <source>Fit the years to the page width</source>
      <translation>ملاءمة السنوات لعرض الصفحة</translation>
    </message>
    <message>
      <source>Tile: a few years per page</source>
      <translation>تجانب: بضع سنوات في كل صفحة</translation>
    </message>
    <message>
      <source> years per page</source>
      <translation> سنوات في الصفحة</translation>
    </message>
    <message>
      <source>Paper (landscape)</source>
      <translation>الورق (أفقي)</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>السنوات</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>التخطيط</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %1 (%n page(s))</source>
      <translation>
        <numerusform>كُتب %1 (%n صفحة)</numerusform>
        <numerusform>كُتب %1 (%n صفحة)</numerusform>
        <numerusform>كُتب %1 (%n صفحة)</numerusform>
        <numerusform>كُتب %1 (%n صفحة)</numerusform>
        <numerusform>كُتب %1 (%n صفحة)</numerusform>
        <numerusform>كُتب %1 (%n صفحة)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <source>No problems: every rule finds its sessions and no deadline is missed.</source>
      <translation>لا مشاكل: كل قاعدة تجد دوراتها ولا يفوت أي موعد نهائي.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Next: %1</source>
      <translation>التالي: %1</translation>
    </message>
    <message>
      <source>No occurrence in the range.</source>
      <translation>لا تواريخ في هذه الفترة.</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>التكرار (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>حتى</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>الرقم = السنة −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>الهيئة %1</translation>
    </message>
    <message>
      <source>New body</source>
      <translation>هيئة جديدة</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>المعرّف</translation>
    </message>
    <message>
      <source>e.g. CSW</source>
      <translation>مثلا CSW</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>الهيئة الأم</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>التقديم (أسابيع قبل)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>الإصدار (أسابيع قبل)</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>سلسلة التقارير «%1»</translation>
    </message>
    <message>
      <source>New report line</source>
      <translation>سلسلة تقارير جديدة</translation>
    </message>
    <message>
      <source>a short stable id</source>
      <translation>معرّف قصير ثابت</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>العنوان المختصر</translation>
    </message>
    <message>
      <source>for labels; derived from the title</source>
      <translation>للتسميات؛ يُشتق من العنوان</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>بند جدول الأعمال</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>الحد الأقصى للكلمات</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>دورة جديدة</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>الدورة: %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>تأكيد: %1</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>الهيئة</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>السلسلة</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>الافتتاح</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>الاختتام</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>سلسلة الدورات %1</translation>
    </message>
    <message>
      <source>New session series</source>
      <translation>سلسلة دورات جديدة</translation>
    </message>
    <message>
      <source>Name pattern</source>
      <translation>نمط الاسم</translation>
    </message>
    <message>
      <source>Substantive session of {year}; {ordinal} session</source>
      <translation>الدورة الموضوعية لعام {year}؛ الدورة {ordinal}</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>تستمر حتى افتتاح التالية</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>الحدث: %1</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>حدث جديد</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>يبدأ</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>ينتهي</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>مؤقت</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>سلسلة الأحداث: %1</translation>
    </message>
    <message>
      <source>New event series</source>
      <translation>سلسلة أحداث جديدة</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>متابعة «%1» في %2</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>التقرير</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الدورة</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>رمز الوثيقة</translation>
    </message>
    <message>
      <source>e.g. A/67/123-E/2012/45</source>
      <translation>مثلا A/67/123-E/2012/45</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>الموظف المسؤول</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>عدد الكلمات التقديري</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>اختياري</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
  </context>
  <context>
    <name>ReportListDialog</name>
    <message>
      <source>Report title</source>
      <translation>عنوان التقرير</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>معرّف التقرير</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>بند جدول الأعمال</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الدورة</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>رمز الوثيقة</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>row %1: no report title</source>
      <translation>الصف %1: لا عنوان للتقرير</translation>
    </message>
    <message>
      <source>row %1: no report line %2</source>
      <translation>الصف %1: لا توجد سلسلة تقارير %2</translation>
    </message>
    <message>
      <source>row %1: no session %2</source>
      <translation>الصف %1: لا توجد دورة %2</translation>
    </message>
    <message>
      <source>row %1: status %2 not known (planned)</source>
      <translation>الصف %1: الحالة %2 غير معروفة (مقرر)</translation>
    </message>
    <message>
      <source>row %1: %2 given twice</source>
      <translation>الصف %1: %2 مذكور مرتين</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>للقراءة فقط</translation>
    </message>
    <message>
      <source>Choose a Report List</source>
      <translation>اختيار قائمة تقارير</translation>
    </message>
    <message>
      <source>Report lists (*.xlsx *.csv)</source>
      <translation>قوائم التقارير (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Import Report List</source>
      <translation>استيراد قائمة تقارير</translation>
    </message>
    <message>
      <source>Import report list %1</source>
      <translation>استيراد قائمة التقارير %1</translation>
    </message>
    <message>
      <source>Import Report List from %1</source>
      <translation>استيراد قائمة التقارير من %1</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>(ignore)</source>
      <translation>(تجاهل)</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;استيراد</translation>
    </message>
    <message>
      <source>Choose what each column holds; a report title is needed in each row.</source>
      <translation>اختر ما يحويه كل عمود؛ يلزم عنوان تقرير في كل صف.</translation>
    </message>
    <message>
      <source>A field is chosen for two columns.</source>
      <translation>اختير الحقل نفسه لعمودين.</translation>
    </message>
  </context>
  <context>
    <name>RequirementsPanel</name>
    <message>
      <source>Filter text…</source>
      <translation>تصفية النص…</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>الهيئة</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>التقرير</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>السنة</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>No report is due yet: requirements appear here when a decision mandates a report (Edit ▸ New Decision, Ctrl+N).</source>
      <translation>لا تقارير مستحقة بعد: تظهر الالتزامات هنا عندما يكلّف مقرر بتقرير (تحرير ▸ مقرر جديد، Ctrl+N).</translation>
    </message>
    <message>
      <source>All</source>
      <translation>الكل</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>لا التزامات</numerusform>
        <numerusform>التزام واحد</numerusform>
        <numerusform>التزامان</numerusform>
        <numerusform>%n التزامات</numerusform>
        <numerusform>%n التزاما</numerusform>
        <numerusform>%n التزام</numerusform>
      </translation>
    </message>
    <message>
      <source>Show on timeline</source>
      <translation>إظهار في الجدول الزمني</translation>
    </message>
    <message>
      <source>Track…</source>
      <translation>متابعة…</translation>
    </message>
    <message>
      <source>Edit report line…</source>
      <translation>تعديل سلسلة التقارير…</translation>
    </message>
    <message>
      <source>Delete report line…</source>
      <translation>حذف سلسلة التقارير…</translation>
    </message>
  </context>
  <context>
    <name>ReviewText</name>
    <message>
      <source>no body named: the adopting body assumed</source>
      <translation>لم تُذكر هيئة: افتُرضت الهيئة المتخذة</translation>
    </message>
    <message>
      <source>the body taken from the rest of the text</source>
      <translation>الهيئة مستنتجة من بقية النص</translation>
    </message>
    <message>
      <source>a body this reader does not know</source>
      <translation>هيئة لا يعرفها هذا القارئ</translation>
    </message>
    <message>
      <source>asks for content in an existing report, perhaps not a report of its own</source>
      <translation>يطلب محتوى في تقرير قائم، وربما ليس تقريرا مستقلا</translation>
    </message>
    <message>
      <source>in a draft recommended to another body, not adopted yet</source>
      <translation>في مشروع موصى به لهيئة أخرى، لم يُعتمد بعد</translation>
    </message>
    <message>
      <source>no time given</source>
      <translation>لم يُحدد موعد</translation>
    </message>
    <message>
      <source>only a year given</source>
      <translation>حُددت سنة فقط</translation>
    </message>
    <message>
      <source>several sessions named</source>
      <translation>ذُكرت عدة دورات</translation>
    </message>
    <message>
      <source>what it is merged into is unclear</source>
      <translation>ما يُدمج فيه غير واضح</translation>
    </message>
    <message>
      <source>the session taken from the provisional agenda named</source>
      <translation>الدورة مستنتجة من جدول الأعمال المؤقت المذكور</translation>
    </message>
    <message>
      <source>a joint report to %1</source>
      <translation>تقرير مشترك إلى %1</translation>
    </message>
    <message>
      <source>through %1</source>
      <translation>عن طريق %1</translation>
    </message>
    <message>
      <source>the plan has no such session</source>
      <translation>لا توجد هذه الدورة في الخطة</translation>
    </message>
    <message>
      <source>the plan has no such body</source>
      <translation>لا توجد هذه الهيئة في الخطة</translation>
    </message>
    <message>
      <source>no report line in the plan matches</source>
      <translation>لا تطابقه أي سلسلة تقارير في الخطة</translation>
    </message>
    <message>
      <source>no report line to merge into</source>
      <translation>لا توجد سلسلة تقارير للدمج فيها</translation>
    </message>
    <message>
      <source>no schedule to plan (ongoing)</source>
      <translation>لا جدول زمنيا للتخطيط (مستمر)</translation>
    </message>
    <message>
      <source>no first occurrence known</source>
      <translation>الموعد الأول غير معروف</translation>
    </message>
    <message>
      <source>no time given: the next session assumed</source>
      <translation>لم يُحدد موعد: افتُرضت الدورة التالية</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>كل %n سنة</numerusform>
        <numerusform>كل سنة</numerusform>
        <numerusform>كل سنتين</numerusform>
        <numerusform>كل %n سنوات</numerusform>
        <numerusform>كل %n سنة</numerusform>
        <numerusform>كل %n سنة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n proposal(s)</source>
      <translation>
        <numerusform>لا مقترحات</numerusform>
        <numerusform>مقترح واحد</numerusform>
        <numerusform>مقترحان</numerusform>
        <numerusform>%n مقترحات</numerusform>
        <numerusform>%n مقترحا</numerusform>
        <numerusform>%n مقترح</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s)</source>
      <translation>
        <numerusform>لا قرارات</numerusform>
        <numerusform>قرار واحد</numerusform>
        <numerusform>قراران</numerusform>
        <numerusform>%n قرارات</numerusform>
        <numerusform>%n قرارا</numerusform>
        <numerusform>%n قرار</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>لا شيء منها في الخطة</numerusform>
        <numerusform>واحد منها في الخطة</numerusform>
        <numerusform>اثنان منها في الخطة</numerusform>
        <numerusform>%n منها في الخطة</numerusform>
        <numerusform>%n منها في الخطة</numerusform>
        <numerusform>%n منها في الخطة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new mandate(s)</source>
      <translation>
        <numerusform>لا ولايات جديدة</numerusform>
        <numerusform>ولاية جديدة واحدة</numerusform>
        <numerusform>ولايتان جديدتان</numerusform>
        <numerusform>%n ولايات جديدة</numerusform>
        <numerusform>%n ولاية جديدة</numerusform>
        <numerusform>%n ولاية جديدة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>edited: %n mandate(s)</source>
      <translation>
        <numerusform>معدَّل: لا ولايات</numerusform>
        <numerusform>معدَّل: ولاية واحدة</numerusform>
        <numerusform>معدَّل: ولايتان</numerusform>
        <numerusform>معدَّل: %n ولايات</numerusform>
        <numerusform>معدَّل: %n ولاية</numerusform>
        <numerusform>معدَّل: %n ولاية</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s) cannot be imported as they stand: edit or reject them</source>
      <translation>
        <numerusform>لا قرارات يتعذر استيرادها</numerusform>
        <numerusform>قرار واحد يتعذر استيراده كما هو: عدّله أو ارفضه</numerusform>
        <numerusform>قراران يتعذر استيرادهما كما هما: عدّلهما أو ارفضهما</numerusform>
        <numerusform>%n قرارات يتعذر استيرادها كما هي: عدّلها أو ارفضها</numerusform>
        <numerusform>%n قرارا يتعذر استيرادها كما هي: عدّلها أو ارفضها</numerusform>
        <numerusform>%n قرار يتعذر استيرادها كما هي: عدّلها أو ارفضها</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n resolution(s)</source>
      <translation>
        <numerusform>استيراد لا قرارات</numerusform>
        <numerusform>استيراد قرار واحد</numerusform>
        <numerusform>استيراد قرارين</numerusform>
        <numerusform>استيراد %n قرارات</numerusform>
        <numerusform>استيراد %n قرارا</numerusform>
        <numerusform>استيراد %n قرار</numerusform>
      </translation>
    </message>
    <message>
      <source>at session %1 (%2)</source>
      <translation>في الدورة %1 (%2)</translation>
    </message>
    <message>
      <source>at session %1</source>
      <translation>في الدورة %1</translation>
    </message>
    <message>
      <source>in %1</source>
      <translation>في %1</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>في الدورة التالية</translation>
    </message>
    <message>
      <source>from session %1</source>
      <translation>ابتداء من الدورة %1</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>ابتداء من %1</translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>حتى %1</translation>
    </message>
    <message>
      <source>ongoing</source>
      <translation>مستمر</translation>
    </message>
    <message>
      <source>discontinued</source>
      <translation>متوقف</translation>
    </message>
    <message>
      <source>merged into “%1”</source>
      <translation>مدمج في «%1»</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>مدمج</translation>
    </message>
    <message>
      <source>to %1</source>
      <translation>إلى %1</translation>
    </message>
    <message>
      <source>oral</source>
      <translation>شفوي</translation>
    </message>
    <message>
      <source>unsure, %1</source>
      <translation>غير مؤكد، %1</translation>
    </message>
    <message>
      <source>“%1”, a new report line</source>
      <translation>«%1»، سلسلة تقارير جديدة</translation>
    </message>
    <message>
      <source>%1 — %2: %3</source>
      <translation>%1 — %2: %3</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>ما سيترتب عليه</translation>
    </message>
    <message>
      <source>nothing: not accepted</source>
      <translation>لا شيء: غير مقبول</translation>
    </message>
    <message>
      <source>Unsure</source>
      <translation>غير مؤكد</translation>
    </message>
    <message>
      <source>Read as</source>
      <translation>قُرئ على أنه</translation>
    </message>
    <message>
      <source>On: %1</source>
      <translation>بشأن: %1</translation>
    </message>
    <message>
      <source>Agenda item: %1</source>
      <translation>بند جدول الأعمال: %1</translation>
    </message>
    <message>
      <source>Confidence: %1</source>
      <translation>درجة الثقة: %1</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>ملاحظات: %1</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>يصبح</translation>
    </message>
    <message>
      <source>Not placed in the plan: %1</source>
      <translation>لم يُحدَّد موضعه في الخطة: %1</translation>
    </message>
    <message>
      <source>Already in the plan: adds nothing.</source>
      <translation>موجود في الخطة: لا يضيف شيئا.</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>الجهة المتخذة</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>تاريخ الاتخاذ</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>بند جدول الأعمال</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Operative paragraphs</source>
      <translation>فقرات المنطوق</translation>
    </message>
  </context>
  <context>
    <name>SessionCard</name>
    <message>
      <source>projected</source>
      <translation>متوقعة</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>لا يُنتظر أي تقرير في هذه الدورة.</translation>
    </message>
    <message>
      <source>mandated by %1</source>
      <translation>بتكليف من %1</translation>
    </message>
    <message>
      <source>submit by %1, issue by %2</source>
      <translation>يُقدَّم قبل %1 ويصدر قبل %2</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <source>Session start</source>
      <translation>بداية الدورة</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>الهيئة</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الدورة</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>التقرير</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>التقديم قبل</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>الإصدار قبل</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>بتكليف من</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>submission</source>
      <translation>التقديم</translation>
    </message>
    <message>
      <source>issuance</source>
      <translation>الإصدار</translation>
    </message>
    <message>
      <source>%1, overdue</source>
      <translation>%1، متأخر</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>الموعد النهائي</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>المشكلة</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>الموضع</translation>
    </message>
  </context>
  <context>
    <name>TeamFeatures</name>
    <message>
      <source>Open &amp;Team Plan…</source>
      <translation>فتح خطة ال&amp;فريق…</translation>
    </message>
    <message>
      <source>Take &amp;Offline Copy…</source>
      <translation>أخذ نسخة &amp;دون اتصال…</translation>
    </message>
    <message>
      <source>&amp;Bring Changes Back…</source>
      <translation>إ&amp;عادة التعديلات…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>السجل التاريخي</translation>
    </message>
    <message>
      <source>Connected to the server again</source>
      <translation>تمت إعادة الاتصال بالخادم</translation>
    </message>
    <message>
      <source>Not saved, the server cannot be reached: “%1” will be offered again</source>
      <translation>لم يُحفظ، تعذر الوصول إلى الخادم: سيُعرض «%1» مرة أخرى</translation>
    </message>
    <message>
      <source>Save your edit “%1” now?</source>
      <translation>هل تحفظ تعديلك «%1» الآن؟</translation>
    </message>
    <message>
      <source>Open Team Plan</source>
      <translation>فتح خطة الفريق</translation>
    </message>
    <message>
      <source>Take Offline Copy</source>
      <translation>أخذ نسخة دون اتصال</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>خطط (*.sqlite)</translation>
    </message>
    <message>
      <source>Offline copy saved as %1</source>
      <translation>حُفظت النسخة دون اتصال باسم %1</translation>
    </message>
    <message>
      <source>Bring Changes Back</source>
      <translation>إعادة التعديلات</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) brought back</source>
      <translation>
        <numerusform>لم تُعد أي تعديلات (%n)</numerusform>
        <numerusform>أُعيد تعديل واحد (%n)</numerusform>
        <numerusform>أُعيد تعديلان (%n)</numerusform>
        <numerusform>أُعيدت %n تعديلات</numerusform>
        <numerusform>أُعيد %n تعديلًا</numerusform>
        <numerusform>أُعيد %n تعديل</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 — %2 on %3</source>
      <translation>%1 — %2 على %3</translation>
    </message>
    <message>
      <source>%1 — %2 on this computer</source>
      <translation>%1 — %2 على هذا الحاسوب</translation>
    </message>
  </context>
  <context>
    <name>TeamPlanDialog</name>
    <message>
      <source>Open Team Plan</source>
      <translation>فتح خطة الفريق</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>الخادم</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>قاعدة البيانات</translation>
    </message>
    <message>
      <source>User</source>
      <translation>المستخدم</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>الخطة</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>confirmed session</source>
      <translation>دورة مؤكدة</translation>
    </message>
    <message>
      <source>projected session</source>
      <translation>دورة متوقعة</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>مقرر</translation>
    </message>
    <message>
      <source>draft decision</source>
      <translation>مشروع مقرر</translation>
    </message>
    <message>
      <source>event</source>
      <translation>حدث</translation>
    </message>
    <message>
      <source>tentative event</source>
      <translation>حدث مؤقت</translation>
    </message>
    <message>
      <source>today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <source>as of</source>
      <translation>في تاريخ</translation>
    </message>
    <message>
      <source>submission / issuance deadline</source>
      <translation>الموعد النهائي للتقديم / الإصدار</translation>
    </message>
    <message>
      <source>more reports, not named here</source>
      <translation>تقارير أخرى غير مسمّاة هنا</translation>
    </message>
    <message>
      <source>projections end</source>
      <translation>نهاية التوقعات</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>مقرر</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>متوقع</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>قُدِّم</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>صدر</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>نُظر فيه</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>يتعذر الوفاء به</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <source>Events</source>
      <translation>الأحداث</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>المقررات</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Redo %1</source>
      <translation>إعادة: %1</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>تراجع: %1</translation>
    </message>
    <message>
      <source>%1: not done. %2</source>
      <translation>%1: لم يُنفَّذ. %2</translation>
    </message>
  </context>
  <context>
    <name>WhatChangedPanel</name>
    <message>
      <source>Edits and their effect on the requirements appear here.</source>
      <translation>تظهر هنا التعديلات وأثرها في الالتزامات.</translation>
    </message>
  </context>
  <context>
    <name>WhatIfPanel</name>
    <message>
      <source>What the draft decisions would add, remove and move appears here (Plan ▸ Compare With and Without Drafts, Ctrl+Shift+D).</source>
      <translation>يظهر هنا ما ستضيفه مشاريع المقررات أو تزيله أو تنقله (الخطة ▸ مقارنة مع المشاريع ودونها، Ctrl+Shift+D).</translation>
    </message>
    <message>
      <source>The plan has no draft decisions. A decision saved as a draft shows here what it would change.</source>
      <translation>لا تتضمن الخطة مشاريع مقررات. يُظهر هنا أي مقرر محفوظ كمشروع ما سيغيّره.</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 ← %2</translation>
    </message>
    <message>
      <source>still due, now mandated by %1</source>
      <translation>لا يزال مستحقا، بتكليف الآن من %1</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>A .json file opens read-only; import it to edit it.</source>
      <translation>يُفتح ملف ‎.json للقراءة فقط؛ استورده لتحريره.</translation>
    </message>
    <message>
      <source>The plan file cannot be written (its permissions or folder).</source>
      <translation>لا يمكن الكتابة في ملف الخطة (الأذونات أو المجلد).</translation>
    </message>
    <message>
      <source>Another Mandate Planner window is editing this plan.</source>
      <translation>نافذة أخرى من Mandate Planner تحرر هذه الخطة.</translation>
    </message>
    <message>
      <source>Meeting mode is read-only (Esc leaves it).</source>
      <translation>وضع الاجتماع للقراءة فقط (Esc للخروج منه).</translation>
    </message>
    <message>
      <source>Your database role may only read this team plan.</source>
      <translation>دورك في قاعدة البيانات يسمح بقراءة خطة الفريق هذه فقط.</translation>
    </message>
    <message>
      <source>The plan holds values that cannot be computed; it opens read-only, without the records at fault.</source>
      <translation>تتضمن الخطة قيمًا لا يمكن حسابها؛ لذا تُفتح للقراءة فقط، من دون السجلات المعنية.</translation>
    </message>
    <message>
      <source>This plan was opened read-only.</source>
      <translation>فُتحت هذه الخطة للقراءة فقط.</translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1 و%2</translation>
    </message>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>replaced by %1</source>
      <translation>استُبدل بموجب %1</translation>
    </message>
    <message>
      <source>terminated by %1</source>
      <translation>أُنهي بموجب %1</translation>
    </message>
    <message>
      <source>deferred to %1 by %2</source>
      <translation>أُجِّل إلى %1 بموجب %2</translation>
    </message>
    <message>
      <source>merged into %1 by %2</source>
      <translation>دُمج في %1 بموجب %2</translation>
    </message>
    <message>
      <source>no longer mandated</source>
      <translation>لم يعد مطلوبا</translation>
    </message>
    <message>
      <source>add</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <source>replace</source>
      <translation>استبدال</translation>
    </message>
    <message>
      <source>terminate</source>
      <translation>إنهاء</translation>
    </message>
    <message>
      <source>defer</source>
      <translation>تأجيل</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>دمج</translation>
    </message>
    <message>
      <source>from %1 to %2</source>
      <translation>من %1 إلى %2</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>ابتداء من %1</translation>
    </message>
    <message>
      <source>into %1</source>
      <translation>في %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>في %1 فقط</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>في %1</translation>
    </message>
    <message>
      <source>at the next session of %1</source>
      <translation>في الدورة التالية لـ %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after %2</source>
      <translation>في أول دورة لـ %1 بعد %2</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s) from %1</source>
      <translation>
        <numerusform>كل سنة اعتبارا من %1</numerusform>
        <numerusform>كل سنة اعتبارا من %1</numerusform>
        <numerusform>كل سنتين اعتبارا من %1</numerusform>
        <numerusform>كل %n سنوات اعتبارا من %1</numerusform>
        <numerusform>كل %n سنة اعتبارا من %1</numerusform>
        <numerusform>كل %n سنة اعتبارا من %1</numerusform>
      </translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>حتى %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after each %2</source>
      <translation>في أول دورة لـ %1 بعد كل %2</translation>
    </message>
    <message numerus="yes">
      <source>(%n week(s) to prepare)</source>
      <translation>
        <numerusform>(دون وقت للإعداد)</numerusform>
        <numerusform>(أسبوع واحد للإعداد)</numerusform>
        <numerusform>(أسبوعان للإعداد)</numerusform>
        <numerusform>(%n أسابيع للإعداد)</numerusform>
        <numerusform>(%n أسبوعا للإعداد)</numerusform>
        <numerusform>(%n أسبوع للإعداد)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>كل %n سنة</numerusform>
        <numerusform>كل سنة</numerusform>
        <numerusform>كل سنتين</numerusform>
        <numerusform>كل %n سنوات</numerusform>
        <numerusform>كل %n سنة</numerusform>
        <numerusform>كل %n سنة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>كل شهر</numerusform>
        <numerusform>كل شهر</numerusform>
        <numerusform>كل شهرين</numerusform>
        <numerusform>كل %n أشهر</numerusform>
        <numerusform>كل %n شهرا</numerusform>
        <numerusform>كل %n شهر</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>كل أسبوع</numerusform>
        <numerusform>كل أسبوع</numerusform>
        <numerusform>كل أسبوعين</numerusform>
        <numerusform>كل %n أسابيع</numerusform>
        <numerusform>كل %n أسبوعا</numerusform>
        <numerusform>كل %n أسبوع</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>كل يوم</numerusform>
        <numerusform>كل يوم</numerusform>
        <numerusform>كل يومين</numerusform>
        <numerusform>كل %n أيام</numerusform>
        <numerusform>كل %n يوما</numerusform>
        <numerusform>كل %n يوم</numerusform>
      </translation>
    </message>
    <message>
      <source>the first %1</source>
      <translation>%1 الأول</translation>
    </message>
    <message>
      <source>the second %1</source>
      <translation>%1 الثاني</translation>
    </message>
    <message>
      <source>the third %1</source>
      <translation>%1 الثالث</translation>
    </message>
    <message>
      <source>the fourth %1</source>
      <translation>%1 الرابع</translation>
    </message>
    <message>
      <source>the fifth %1</source>
      <translation>%1 الخامس</translation>
    </message>
    <message>
      <source>the last %1</source>
      <translation>%1 الأخير</translation>
    </message>
    <message>
      <source>the second-to-last %1</source>
      <translation>%1 قبل الأخير</translation>
    </message>
    <message>
      <source>on the %1 falling on day %2</source>
      <translation>في يوم %1 الواقع في اليوم %2</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>في %1</translation>
    </message>
    <message>
      <source>on day %1</source>
      <translation>في اليوم %1</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 من %2</translation>
    </message>
    <message>
      <source>%1 in %2</source>
      <translation>%1 في %2</translation>
    </message>
    <message>
      <source>“%1” (%2): no session of %3 in the plan fits this rule. Add the session or its series, or change the rule.</source>
      <translation>«%1» (%2): لا توجد في الخطة دورة لـ %3 تطابق هذه القاعدة. أضف الدورة أو سلسلتها، أو غيّر القاعدة.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3, before %4 took effect on %5; this report cannot be ready in time. Defer it to a later session.</source>
      <translation>«%1» في %2: كان موعد تقديم المخطوطة %3، قبل نفاذ %4 في %5؛ لا يمكن إعداد هذا التقرير في الوقت المحدد. أجّله إلى دورة لاحقة.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3 and is still %4. Submit it, or update its tracking.</source>
      <translation>«%1» في %2: كان موعد تقديم المخطوطة %3 وما زالت «%4». قدّمها أو حدّث متابعتها.</translation>
    </message>
    <message numerus="yes">
      <source>“%1” at %2: %n words estimated, above the limit of %3. Shorten it.</source>
      <translation>
        <numerusform>«%1» في %2: لا كلمات مقدرة.</numerusform>
        <numerusform>«%1» في %2: كلمة واحدة مقدرة، فوق الحد البالغ %3. اختصره.</numerusform>
        <numerusform>«%1» في %2: كلمتان مقدرتان، فوق الحد البالغ %3. اختصره.</numerusform>
        <numerusform>«%1» في %2: %n كلمات مقدرة، فوق الحد البالغ %3. اختصره.</numerusform>
        <numerusform>«%1» في %2: %n كلمة مقدرة، فوق الحد البالغ %3. اختصره.</numerusform>
        <numerusform>«%1» في %2: %n كلمة مقدرة، فوق الحد البالغ %3. اختصره.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” at %2: it is no longer due there, but its tracking is kept. Clear the tracking if it is not needed.</source>
      <translation>«%1» في %2: لم يعد مستحقا هناك، لكن متابعته محفوظة. امسح المتابعة إن لم تعد لازمة.</translation>
    </message>
    <message>
      <source>%1 defers “%2” from %3, but it is not due there: nothing moves.</source>
      <translation>%1 يؤجل «%2» من %3، لكنه غير مستحق هناك: لا شيء يُنقل.</translation>
    </message>
    <message>
      <source>%1 merges “%2” into “%3” from %4, but nothing is due then.</source>
      <translation>%1 يدمج «%2» في «%3» اعتبارا من %4، لكن لا شيء مستحق بعدئذ.</translation>
    </message>
    <message>
      <source>“%1” (%2) is next due in %3, beyond the planning horizon (%4). Extend the horizon (Plan ▸ Projection Horizon) to plan for it.</source>
      <translation>«%1» (%2) مستحق مرة أخرى في %3، بعد أفق التخطيط (%4). وسّع الأفق (الخطة ▸ أفق الإسقاط) لتخطط له.</translation>
    </message>
    <message>
      <source>%1 ends “%2” from %3, but nothing is due then.</source>
      <translation>%1 ينهي «%2» اعتبارا من %3، لكن لا شيء مستحق بعدئذ.</translation>
    </message>
    <message>
      <source>%1, mandate %2</source>
      <translation>%1، الولاية %2</translation>
    </message>
    <message>
      <source>error</source>
      <translation>خطأ</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>تحذير</translation>
    </message>
    <message>
      <source>note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>مقرر</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>متوقع</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>قُدِّم</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>صدر</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>نُظر فيه</translation>
    </message>
    <message>
      <source>this field</source>
      <translation>هذا الحقل</translation>
    </message>
    <message>
      <source>Fill in “%1”.</source>
      <translation>املأ «%1».</translation>
    </message>
    <message>
      <source>“%1” must be at least %2.</source>
      <translation>يجب ألا يقل «%1» عن %2.</translation>
    </message>
    <message>
      <source>“%1” must be at most %2.</source>
      <translation>يجب ألا يزيد «%1» على %2.</translation>
    </message>
    <message>
      <source>“%1” must be a whole number.</source>
      <translation>يجب أن يكون «%1» عددا صحيحا.</translation>
    </message>
    <message>
      <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
      <translation>«%1» ليس تاريخا: اكتبه بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>“%1”: there is no such day as %2.</source>
      <translation>«%1»: لا يوجد يوم %2.</translation>
    </message>
    <message>
      <source>“%1” must be a date from %2 to %3.</source>
      <translation>يجب أن يكون «%1» تاريخا من %2 إلى %3.</translation>
    </message>
    <message>
      <source>“%1” is already used by another record; choose another.</source>
      <translation>«%1» مستخدم بالفعل لسجل آخر؛ اختر غيره.</translation>
    </message>
    <message>
      <source>This is not a recurrence the planner can read; write it as an RRULE, for example FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</source>
      <translation>لا يستطيع المخطط قراءة قاعدة التكرار هذه؛ اكتبها بصيغة RRULE، مثل FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</translation>
    </message>
    <message>
      <source>The name can only use {year}, {number} and {ordinal} for the parts that change, e.g. “{ordinal} session”.</source>
      <translation>لا يمكن أن يستخدم الاسم للأجزاء المتغيرة إلا {year} و{number} و{ordinal}، مثل «الدورة {ordinal}».</translation>
    </message>
    <message>
      <source>A body cannot be placed under itself or under one of its own subsidiaries.</source>
      <translation>لا يمكن وضع هيئة تحت نفسها أو تحت إحدى هيئاتها الفرعية.</translation>
    </message>
    <message>
      <source>There is no session “%1” in the plan: pick one, or give a year.</source>
      <translation>لا توجد في الخطة دورة «%1»: اختر دورة أو اذكر سنة.</translation>
    </message>
    <message>
      <source>There is no report line “%1” in the plan.</source>
      <translation>لا توجد في الخطة سلسلة تقارير «%1».</translation>
    </message>
    <message>
      <source>There is no body “%1” in the plan.</source>
      <translation>لا توجد في الخطة هيئة «%1».</translation>
    </message>
    <message>
      <source>A deferral needs the session it moves from and the session it moves to.</source>
      <translation>يحتاج التأجيل إلى الدورة التي يُنقل منها والدورة التي يُنقل إليها.</translation>
    </message>
    <message>
      <source>Defer to another session than the one it moves from.</source>
      <translation>أجّل إلى دورة غير الدورة التي يُنقل منها.</translation>
    </message>
    <message>
      <source>A report line cannot merge into itself: pick the report line it joins.</source>
      <translation>لا يمكن دمج سلسلة تقارير في نفسها: اختر السلسلة التي تنضم إليها.</translation>
    </message>
    <message>
      <source>Give a year (e.g. 2016) or a session.</source>
      <translation>اذكر سنة (مثل 2016) أو دورة.</translation>
    </message>
    <message>
      <source>Give a year from %1 to %2.</source>
      <translation>اذكر سنة من %1 إلى %2.</translation>
    </message>
    <message>
      <source>The last year (%1) comes before the first (%2).</source>
      <translation>السنة الأخيرة (%1) تسبق الأولى (%2).</translation>
    </message>
    <message>
      <source>These merges would go round in a circle: %1. Remove one of them.</source>
      <translation>ستشكل عمليات الدمج هذه حلقة: %1. احذف إحداها.</translation>
    </message>
    <message>
      <source>“%1” (%2) cannot be before %3.</source>
      <translation>لا يمكن أن يكون «%1» (%2) قبل %3.</translation>
    </message>
    <message>
      <source>Enter the decision’s symbol, e.g. E/DEC/2011/216 or “decision 2011/216”.</source>
      <translation>أدخل رمز المقرر، مثل E/DEC/2011/216 أو «المقرر 2011/216».</translation>
    </message>
    <message>
      <source>Say which body adopted “%1” (e.g. “ECOSOC %1”), or give the full symbol.</source>
      <translation>اذكر الهيئة التي اتخذت «%1» (مثل «ECOSOC %1»)، أو أدخل الرمز كاملا.</translation>
    </message>
    <message>
      <source>“%1” is a working symbol, for drafts only: give the adopted symbol, e.g. E/DEC/2011/216, or make the decision a draft.</source>
      <translation>«%1» رمز عمل للمشاريع فقط: أدخل الرمز المعتمد، مثل E/DEC/2011/216، أو اجعل المقرر مشروعا.</translation>
    </message>
    <message>
      <source>“%1” is not a symbol: write e.g. A/RES/67/290, E/DEC/2011/216 or “resolution 2009/29”.</source>
      <translation>«%1» ليس رمزا: اكتب مثلا A/RES/67/290 أو E/DEC/2011/216 أو «القرار 2009/29».</translation>
    </message>
    <message>
      <source>%1 is already in the plan: edit that decision instead.</source>
      <translation>%1 موجود بالفعل في الخطة: عدّل ذلك المقرر بدلا من ذلك.</translation>
    </message>
    <message>
      <source>The report line “%1” exists already: pick it from the list.</source>
      <translation>سلسلة التقارير «%1» موجودة بالفعل: اخترها من القائمة.</translation>
    </message>
    <message>
      <source>Give the new report line “%1” a title.</source>
      <translation>أعطِ سلسلة التقارير الجديدة «%1» عنوانا.</translation>
    </message>
    <message numerus="yes">
      <source>This change would leave %n mandate(s) naming a session or event that no longer exists: change those decisions first.</source>
      <translation>
        <numerusform>لن يترك هذا التغيير أي ولاية بلا مرجع.</numerusform>
        <numerusform>سيترك هذا التغيير ولاية واحدة تشير إلى دورة أو حدث لم يعد موجودا: غيّر ذلك المقرر أولا.</numerusform>
        <numerusform>سيترك هذا التغيير ولايتين تشيران إلى دورة أو حدث لم يعد موجودا: غيّر هذين المقررين أولا.</numerusform>
        <numerusform>سيترك هذا التغيير %n ولايات تشير إلى دورة أو حدث لم يعد موجودا: غيّر تلك المقررات أولا.</numerusform>
        <numerusform>سيترك هذا التغيير %n ولاية تشير إلى دورة أو حدث لم يعد موجودا: غيّر تلك المقررات أولا.</numerusform>
        <numerusform>سيترك هذا التغيير %n ولاية تشير إلى دورة أو حدث لم يعد موجودا: غيّر تلك المقررات أولا.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” is still used by %2: change or delete those first.</source>
      <translation>لا يزال «%1» مستخدما في %2: غيّرها أو احذفها أولا.</translation>
    </message>
    <message>
      <source>The id cannot change: other records refer to it by that id.</source>
      <translation>لا يمكن تغيير المعرّف: تشير إليه سجلات أخرى.</translation>
    </message>
    <message>
      <source>%1 is projected by its series: change the series instead.</source>
      <translation>%1 متوقعة من سلسلتها: غيّر السلسلة بدلا من ذلك.</translation>
    </message>
    <message>
      <source>“%1” must be from %2 to %3.</source>
      <translation>يجب أن يكون «%1» من %2 إلى %3.</translation>
    </message>
    <message>
      <source>“%1” is a session of %2, not of %3: pick a session of %3.</source>
      <translation>«%1» دورة لـ %2 وليست لـ %3: اختر دورة لـ %3.</translation>
    </message>
    <message>
      <source>The series “%1” projects sessions of %2, not of %3.</source>
      <translation>السلسلة «%1» تتوقع دورات لـ %2 وليس لـ %3.</translation>
    </message>
    <message>
      <source>This effect needs a rule: choose one.</source>
      <translation>يحتاج هذا الأثر إلى قاعدة: اختر واحدة.</translation>
    </message>
    <message>
      <source>Choose the report line it merges into.</source>
      <translation>اختر سلسلة التقارير التي تندمج فيها.</translation>
    </message>
    <message>
      <source>“%1” must be text.</source>
      <translation>يجب أن يكون «%1» نصا.</translation>
    </message>
    <message>
      <source>There is no event “%1” in the plan.</source>
      <translation>لا يوجد في الخطة حدث «%1».</translation>
    </message>
    <message>
      <source>There is no series “%1” in the plan.</source>
      <translation>لا توجد في الخطة سلسلة «%1».</translation>
    </message>
    <message>
      <source>Give the rule only, for example %1.</source>
      <translation>اكتب القاعدة وحدها، مثل %1.</translation>
    </message>
    <message>
      <source>“%1” is not NAME=VALUE.</source>
      <translation>«%1» ليس بالصيغة اسم=قيمة.</translation>
    </message>
    <message>
      <source>The recurrence has a part the planner does not know: %1.</source>
      <translation>تتضمن قاعدة التكرار جزءا لا يعرفه المخطط: %1.</translation>
    </message>
    <message>
      <source>%1 is given twice.</source>
      <translation>ورد %1 مرتين.</translation>
    </message>
    <message>
      <source>The recurrence needs FREQ, for example %1.</source>
      <translation>تحتاج قاعدة التكرار إلى FREQ، مثل %1.</translation>
    </message>
    <message>
      <source>Sessions are whole days: use FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, without hours, minutes or seconds.</source>
      <translation>الدورات أيام كاملة: استخدم FREQ=YEARLY أو MONTHLY أو WEEKLY أو DAILY، دون ساعات أو دقائق أو ثوان.</translation>
    </message>
    <message>
      <source>%1 cannot be “%2”.</source>
      <translation>لا يمكن أن يكون %1 «%2».</translation>
    </message>
    <message>
      <source>%1=%2 is out of range (%3 to %4).</source>
      <translation>%1=%2 خارج النطاق (%3 إلى %4).</translation>
    </message>
    <message>
      <source>BYDAY=%1: a numbered weekday needs FREQ=MONTHLY or YEARLY.</source>
      <translation>BYDAY=%1: يحتاج يوم الأسبوع المرقم إلى FREQ=MONTHLY أو YEARLY.</translation>
    </message>
    <message>
      <source>Give COUNT or UNTIL, not both.</source>
      <translation>اذكر COUNT أو UNTIL، لا كليهما.</translation>
    </message>
    <message>
      <source>BYSETPOS needs another BY… part to choose from.</source>
      <translation>يحتاج BYSETPOS إلى جزء BY… آخر يختار منه.</translation>
    </message>
    <message>
      <source>The recurrence names no day at all.</source>
      <translation>لا تحدد قاعدة التكرار أي يوم.</translation>
    </message>
    <message>
      <source>The series would give too many dates in its range: narrow the rule or give an earlier end.</source>
      <translation>ستعطي السلسلة تواريخ كثيرة جدا في نطاقها: ضيّق القاعدة أو اذكر نهاية أبكر.</translation>
    </message>
  </context>
</TS>