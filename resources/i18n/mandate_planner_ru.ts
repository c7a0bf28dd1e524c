<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
  <context>
    <name>ChangeText</name>
    <message numerus="yes">
      <source>adds %n requirement(s)</source>
      <translation>
        <numerusform>добавляет %n обязательство</numerusform>
        <numerusform>добавляет %n обязательства</numerusform>
        <numerusform>добавляет %n обязательств</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>removes %n requirement(s)</source>
      <translation>
        <numerusform>исключает %n обязательство</numerusform>
        <numerusform>исключает %n обязательства</numerusform>
        <numerusform>исключает %n обязательств</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>moves %n requirement(s)</source>
      <translation>
        <numerusform>переносит %n обязательство</numerusform>
        <numerusform>переносит %n обязательства</numerusform>
        <numerusform>переносит %n обязательств</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>re-mandates %n requirement(s)</source>
      <translation>
        <numerusform>меняет мандат %n обязательства</numerusform>
        <numerusform>меняет мандат %n обязательств</numerusform>
        <numerusform>меняет мандат %n обязательств</numerusform>
      </translation>
    </message>
    <message>
      <source>no change to requirements</source>
      <translation>обязательства не меняются</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <source>“%1” at %2</source>
      <translation>«%1» на %2</translation>
    </message>
    <message>
      <source>%1: moved from %2 — %3</source>
      <translation>%1: перенесено с %2 — %3</translation>
    </message>
    <message>
      <source>%1: removed — %2</source>
      <translation>%1: исключено — %2</translation>
    </message>
    <message>
      <source>%1: added — mandated by %2</source>
      <translation>%1: добавлено — по мандату %2</translation>
    </message>
    <message>
      <source>%1: now mandated by %2</source>
      <translation>%1: теперь по мандату %2</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Changed on both sides</source>
      <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
      <source>Yours (offline)</source>
      <translation>Ваша (автономно)</translation>
    </message>
    <message>
      <source>Theirs (now on the server)</source>
      <translation>Чужая (сейчас на сервере)</translation>
    </message>
    <message>
      <source>changed by %1 at %2</source>
      <translation>изменено: %1, %2</translation>
    </message>
    <message>
      <source>Keep yours</source>
      <translation>Оставить вашу</translation>
    </message>
    <message>
      <source>Keep theirs</source>
      <translation>Оставить чужую</translation>
    </message>
  </context>
  <context>
    <name>Counted</name>
    <message numerus="yes">
      <source>%n new report line(s)</source>
      <translation>
        <numerusform>%n новая линия докладов</numerusform>
        <numerusform>%n новые линии докладов</numerusform>
        <numerusform>%n новых линий докладов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n уже в плане</numerusform>
        <numerusform>%n уже в плане</numerusform>
        <numerusform>%n уже в плане</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tracking row(s)</source>
      <translation>
        <numerusform>%n строка отслеживания</numerusform>
        <numerusform>%n строки отслеживания</numerusform>
        <numerusform>%n строк отслеживания</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>ГГГГ-ММ-ДД</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesPanel</name>
    <message>
      <source>From %1</source>
      <translation>С %1</translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n просрочено</numerusform>
        <numerusform>%n просрочено</numerusform>
        <numerusform>%n просрочено</numerusform>
      </translation>
    </message>
    <message>
      <source>No submission or issuance deadline from %1: deadlines appear here as decisions mandate reports.</source>
      <translation>Нет сроков представления или выпуска с %1: сроки появляются здесь, когда решения предусматривают доклады.</translation>
    </message>
  </context>
  <context>
    <name>DecisionEditor</name>
    <message>
      <source>(none)</source>
      <translation>(нет)</translation>
    </message>
    <message>
      <source>at a named session</source>
      <translation>на указанной сессии</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>на следующей сессии</translation>
    </message>
    <message>
      <source>at the first session after an event</source>
      <translation>на первой сессии после мероприятия</translation>
    </message>
    <message>
      <source>every N years</source>
      <translation>каждые N лет</translation>
    </message>
    <message>
      <source>after each review of a series</source>
      <translation>после каждого обзора серии</translation>
    </message>
    <message>
      <source>add — the rule's sessions</source>
      <translation>добавить — сессии по правилу</translation>
    </message>
    <message>
      <source>replace — from its effective date</source>
      <translation>заменить — со дня вступления в силу</translation>
    </message>
    <message>
      <source>terminate — end the report line</source>
      <translation>прекратить — закрыть линию докладов</translation>
    </message>
    <message>
      <source>defer — move one session's report</source>
      <translation>отложить — перенести доклад одной сессии</translation>
    </message>
    <message>
      <source>merge — fold into another report</source>
      <translation>объединить — включить в другой доклад</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Отменить изменения?</translation>
    </message>
    <message>
      <source>Close this form and lose what you entered in it?</source>
      <translation>Закрыть форму и потерять введённые данные?</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>только в %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Изменить %1</translation>
    </message>
    <message>
      <source>New decision</source>
      <translation>Новое решение</translation>
    </message>
    <message>
      <source>E/DEC/2011/216, or “decision 2011/216”</source>
      <translation>E/DEC/2011/216 или «решение 2011/216»</translation>
    </message>
    <message>
      <source>effective from</source>
      <translation>вступает в силу</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>принято</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>проект</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>отозвано</translation>
    </message>
    <message>
      <source>Add mandate</source>
      <translation>Добавить поручение</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Убрать</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Условное обозначение</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Кем принято</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Дата принятия</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>Что изменится</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>До</translation>
    </message>
  </context>
  <context>
    <name>DocList</name>
    <message>
      <source>General Assembly resolution %1</source>
      <translation>резолюция %1 Генеральной Ассамблеи</translation>
    </message>
    <message>
      <source>General Assembly decision %1</source>
      <translation>решение %1 Генеральной Ассамблеи</translation>
    </message>
    <message>
      <source>Council resolution %1</source>
      <translation>резолюция %1 Совета</translation>
    </message>
    <message>
      <source>Council decision %1</source>
      <translation>решение %1 Совета</translation>
    </message>
    <message>
      <source>Security Council resolution %1</source>
      <translation>резолюция %1 Совета Безопасности</translation>
    </message>
    <message>
      <source>Security Council decision %1</source>
      <translation>решение %1 Совета Безопасности</translation>
    </message>
    <message>
      <source>Human Rights Council resolution %1</source>
      <translation>резолюция %1 Совета по правам человека</translation>
    </message>
    <message>
      <source>Human Rights Council decision %1</source>
      <translation>решение %1 Совета по правам человека</translation>
    </message>
    <message>
      <source>draft %1</source>
      <translation>проект %1</translation>
    </message>
    <message>
      <source>Report of the Secretary-General on %1</source>
      <translation>Доклад Генерального секретаря: %1</translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>с проектами</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>только принятые решения</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>по состоянию на %1</translation>
    </message>
    <message>
      <source>Symbol: %1</source>
      <translation>Условное обозначение: %1</translation>
    </message>
    <message>
      <source>Symbol not yet assigned</source>
      <translation>Условное обозначение ещё не присвоено</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>Статус: %1</translation>
    </message>
    <message>
      <source>Submission: %1</source>
      <translation>Представление: %1</translation>
    </message>
    <message>
      <source>Issuance: %1</source>
      <translation>Выпуск: %1</translation>
    </message>
    <message>
      <source>Other reports</source>
      <translation>Другие доклады</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Документация</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>На этой сессии доклады не ожидаются.</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Read-only</source>
      <translation>Только чтение</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>Добавить %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Изменить %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>Подтвердить: %1</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>Отслеживать «%1» на %2</translation>
    </message>
    <message>
      <source>Add body</source>
      <translation>Добавить орган</translation>
    </message>
    <message>
      <source>Add report line</source>
      <translation>Добавить линию докладов</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>Добавить сессию</translation>
    </message>
    <message>
      <source>Add session series</source>
      <translation>Добавить серию сессий</translation>
    </message>
    <message>
      <source>Add event</source>
      <translation>Добавить мероприятие</translation>
    </message>
    <message>
      <source>Add event series</source>
      <translation>Добавить серию мероприятий</translation>
    </message>
    <message>
      <source>Edit body %1</source>
      <translation>Изменить орган %1</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>Удалить %1</translation>
    </message>
    <message>
      <source>The session goes back to its projected dates (if a series projects it).</source>
      <translation>Сессия возвращается к прогнозным датам (если её предусматривает серия).</translation>
    </message>
    <message>
      <source>The requirement stays; only its tracking is cleared.</source>
      <translation>Обязательство сохраняется; очищается только его отслеживание.</translation>
    </message>
    <message>
      <source>Clear tracking of “%1” at %2</source>
      <translation>Очистить отслеживание «%1» на %2</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>Удаление невозможно</translation>
    </message>
    <message>
      <source>%1?</source>
      <translation>%1?</translation>
    </message>
    <message>
      <source>Edit “%1”</source>
      <translation>Изменить «%1»</translation>
    </message>
    <message>
      <source>Delete the body %1</source>
      <translation>Удалить орган %1</translation>
    </message>
    <message>
      <source>Delete the report line “%1”</source>
      <translation>Удалить линию докладов «%1»</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Найти</translation>
    </message>
    <message>
      <source>Decision symbol, report title or session name:</source>
      <translation>Условное обозначение решения, название доклада или сессии:</translation>
    </message>
    <message>
      <source>Nothing matches “%1”</source>
      <translation>Ничего не найдено по запросу «%1»</translation>
    </message>
    <message>
      <source>Edit decision…</source>
      <translation>Изменить решение…</translation>
    </message>
    <message>
      <source>Track requirement…</source>
      <translation>Отслеживать обязательство…</translation>
    </message>
    <message>
      <source>Edit or confirm session…</source>
      <translation>Изменить или подтвердить сессию…</translation>
    </message>
    <message>
      <source>Edit event…</source>
      <translation>Изменить мероприятие…</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Отозвать</translation>
    </message>
    <message>
      <source>Withdraw %1</source>
      <translation>Отозвать %1</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Clear tracking…</source>
      <translation>Очистить отслеживание…</translation>
    </message>
    <message>
      <source>Edit body %1…</source>
      <translation>Изменить орган %1…</translation>
    </message>
    <message>
      <source>Delete body %1…</source>
      <translation>Удалить орган %1…</translation>
    </message>
    <message>
      <source>Add session…</source>
      <translation>Добавить сессию…</translation>
    </message>
    <message>
      <source>Add decision here (%1)…</source>
      <translation>Добавить решение здесь (%1)…</translation>
    </message>
    <message>
      <source>Add event…</source>
      <translation>Добавить мероприятие…</translation>
    </message>
  </context>
  <context>
    <name>EditDiffView</name>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>До</translation>
    </message>
    <message>
      <source>After</source>
      <translation>После</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>drafts included</source>
      <translation>с проектами</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>только принятые решения</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>по состоянию на %1</translation>
    </message>
    <message>
      <source>lanes not shown: %n</source>
      <translation>Не показано строк: %n</translation>
    </message>
    <message>
      <source>generated %1 by Mandate Planner</source>
      <translation>создано %1 в Mandate Planner</translation>
    </message>
    <message>
      <source>printed %1</source>
      <translation>напечатано %1</translation>
    </message>
    <message>
      <source>page %1 of %2</source>
      <translation>страница %1 из %2</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>Экспортировано: %1</translation>
    </message>
    <message>
      <source>Copied the timeline as an image</source>
      <translation>Шкала скопирована как изображение</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <source>PDF Handout</source>
      <translation>Раздаточный PDF</translation>
    </message>
    <message>
      <source>PDF handout</source>
      <translation>Раздаточный PDF</translation>
    </message>
    <message>
      <source>Select a session first: its documentation list is exported</source>
      <translation>Сначала выберите сессию: экспортируется её перечень документов</translation>
    </message>
    <message>
      <source>Export documentation list</source>
      <translation>Экспорт перечня документов</translation>
    </message>
    <message>
      <source>Export calendar</source>
      <translation>Экспорт календаря</translation>
    </message>
    <message>
      <source>Export requirements</source>
      <translation>Экспорт обязательств</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>Изображение PNG</translation>
    </message>
    <message>
      <source>SVG (text stays text)</source>
      <translation>SVG (текст остаётся текстом)</translation>
    </message>
    <message>
      <source>PDF (vector)</source>
      <translation>PDF (векторный)</translation>
    </message>
    <message>
      <source>Export image</source>
      <translation>Экспорт изображения</translation>
    </message>
  </context>
  <context>
    <name>ExportImageDialog</name>
    <message>
      <source>Export Timeline Image</source>
      <translation>Экспорт изображения шкалы</translation>
    </message>
    <message>
      <source>Custom width</source>
      <translation>Своя ширина</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Условные обозначения</translation>
    </message>
    <message>
      <source>Footer (plan, date, as-of, drafts)</source>
      <translation>Нижний колонтитул (план, дата, дата отсчёта, проекты)</translation>
    </message>
    <message>
      <source>Lanes shown on screen</source>
      <translation>Строки на экране</translation>
    </message>
    <message>
      <source>All lanes</source>
      <translation>Все строки</translation>
    </message>
    <message>
      <source>Lanes with reports in these years</source>
      <translation>Строки с докладами в эти годы</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Всё</translation>
    </message>
    <message>
      <source>The report lines and bodies ticked below</source>
      <translation>Отмеченные ниже линии докладов и органы</translation>
    </message>
    <message>
      <source>What %1 mandates</source>
      <translation>То, что поручает %1</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Годы</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Ширина</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>Строки</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Subtitle</source>
      <translation>Подзаголовок</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>%1 × %2 pixels</source>
      <translation>%1 × %2 пикселей</translation>
    </message>
  </context>
  <context>
    <name>FactCounts</name>
    <message numerus="yes">
      <source>%n requirement(s) in the current result</source>
      <translation>
        <numerusform>%n обязательство в текущем результате</numerusform>
        <numerusform>%n обязательства в текущем результате</numerusform>
        <numerusform>%n обязательств в текущем результате</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n report(s) due</source>
      <translation>
        <numerusform>%n доклад к сессии</numerusform>
        <numerusform>%n доклада к сессии</numerusform>
        <numerusform>%n докладов к сессии</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Facts</name>
    <message>
      <source>confirmed</source>
      <translation>подтверждена</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>прогнозная</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>принято</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>проект</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>отозвано</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>очно</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>гибридный</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>виртуально</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>процедура умолчания</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>отложена</translation>
    </message>
    <message>
      <source>suspended and resumed</source>
      <translation>прервана и возобновлена</translation>
    </message>
    <message>
      <source>“%1” at %2</source>
      <translation>«%1» на %2</translation>
    </message>
    <message>
      <source>not due</source>
      <translation>не требуется</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Орган</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Сессия</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>Представить до</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>Выпустить до</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>Кем поручено</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Слов</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>Принято</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>Вступает в силу</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <source>No longer due because of this decision</source>
      <translation>Больше не требуется в силу этого решения</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Даты</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <source>Projected by</source>
      <translation>Прогноз по</translation>
    </message>
    <message>
      <source>series %1</source>
      <translation>серии %1</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Правило</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Серия</translation>
    </message>
    <message>
      <source>tentative (projected from its series)</source>
      <translation>предварительно (по прогнозу серии)</translation>
    </message>
    <message>
      <source>reports without a label: %n</source>
      <translation>Докладов без подписи: %n</translation>
    </message>
    <message>
      <source>and %n more</source>
      <translation>и ещё %n</translation>
    </message>
  </context>
  <context>
    <name>FirstViewHint</name>
    <message>
      <source>Dashed outlines are projected sessions and draft decisions, not yet adopted. &lt;a href='drafts'&gt;Include drafts&lt;/a&gt; (Ctrl+D) to see what they would change.</source>
      <translation>Пунктиром показаны прогнозируемые сессии и ещё не принятые проекты решений. &lt;a href='drafts'&gt;Учитывать проекты&lt;/a&gt; (Ctrl+D), чтобы увидеть, что они изменят.</translation>
    </message>
    <message>
      <source>Close this note</source>
      <translation>Закрыть это примечание</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Вышестоящий орган</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>Представление (за недель)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>Выпуск (за недель)</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Орган</translation>
    </message>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>Повторение (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Дней</translation>
    </message>
    <message>
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>До</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>Длится до открытия следующей</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>Номер = год −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Серия</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Начало</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Окончание</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>Предварительное</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Краткое название</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Пункт повестки дня</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>Лимит слов</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>Принято</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>Вступает в силу</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Условное обозначение документа</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>Ответственный сотрудник</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>Оценка объёма (слов)</translation>
    </message>
    <message>
      <source>Horizon (years)</source>
      <translation>Горизонт (лет)</translation>
    </message>
    <message>
      <source>Calendar as of</source>
      <translation>Календарь на</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>принято</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>проект</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>отозвано</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>подтверждена</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>прогнозная</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>очно</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>гибридный</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>виртуально</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>процедура умолчания</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>отложена</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>запланировано</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>прогноз</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>представлено</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>выпущено</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>рассмотрено</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>Орган %1</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>Серия сессий %1</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>Сессия: %1</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>Серия мероприятий: %1</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>Мероприятие: %1</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>Линия докладов «%1»</translation>
    </message>
    <message>
      <source>Decision %1</source>
      <translation>Решение %1</translation>
    </message>
    <message>
      <source>Tracking of %1 at %2</source>
      <translation>Отслеживание %1 на %2</translation>
    </message>
    <message>
      <source>Mandate row %1</source>
      <translation>Строка мандата %1</translation>
    </message>
    <message>
      <source>Added: %1</source>
      <translation>Добавлено: %1</translation>
    </message>
    <message>
      <source>Removed: %1</source>
      <translation>Удалено: %1</translation>
    </message>
    <message>
      <source>Changed: %1</source>
      <translation>Изменено: %1</translation>
    </message>
    <message>
      <source>Not applied, lost a conflict: %1</source>
      <translation>Не применено, проиграло конфликт: %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>Mandate: %1</source>
      <translation>Мандат: %1</translation>
    </message>
    <message>
      <source>Order of the mandates</source>
      <translation>Порядок мандатов</translation>
    </message>
    <message>
      <source>Place of the mandate: %1</source>
      <translation>Место мандата: %1</translation>
    </message>
    <message>
      <source>%1. %2</source>
      <translation>%1. %2</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>All edits</source>
      <translation>Все изменения</translation>
    </message>
    <message>
      <source>This record</source>
      <translation>Эта запись</translation>
    </message>
    <message>
      <source>This officer</source>
      <translation>Этот сотрудник</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Кто</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Изменение</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Записи</translation>
    </message>
    <message>
      <source>Undo This Edit</source>
      <translation>Отменить это изменение</translation>
    </message>
    <message>
      <source>Select an edit to see what it changed.</source>
      <translation>Выберите правку, чтобы увидеть, что она изменила.</translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL)</source>
      <translation>Изменено вне Mandate Planner (SQL)</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL) by %1 at %2</source>
      <translation>Изменено вне Mandate Planner (SQL) пользователем %1, %2</translation>
    </message>
    <message>
      <source>“%1”, by %2 at %3</source>
      <translation>«%1», %2, %3</translation>
    </message>
    <message>
      <source>Made outside the planner: undo it the same way, by SQL.</source>
      <translation>Сделано вне Mandate Planner: отмените так же, через SQL.</translation>
    </message>
  </context>
  <context>
    <name>ImportResolutionsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>Только чтение</translation>
    </message>
    <message>
      <source>Import Resolutions</source>
      <translation>Импорт резолюций</translation>
    </message>
    <message>
      <source>Add &amp;Files…</source>
      <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
      <source>&amp;Paste Text…</source>
      <translation>&amp;Вставить текст…</translation>
    </message>
    <message>
      <source>Resolution / paragraph</source>
      <translation>Резолюция / пункт</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Прочтение</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Уверенность</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Становится</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Принять</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>&amp;Отклонить</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Импортировать</translation>
    </message>
    <message>
      <source>Choose resolutions (AKN XML, Word, PDF or text), drop them here, or paste a text. Nothing enters the plan until you press Import.</source>
      <translation>Выберите резолюции (AKN XML, Word, PDF или текст), перетащите их сюда или вставьте текст. В план ничего не попадёт, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
      <source>Ticked proposals are imported. Unsure ones (amber) wait for your decision. Nothing enters the plan until you press Import.</source>
      <translation>Отмеченные предложения будут импортированы. Неуверенные (янтарные) ждут вашего решения. В план ничего не попадёт, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
      <source>Choose Resolutions</source>
      <translation>Выбор резолюций</translation>
    </message>
    <message>
      <source>Resolutions (%1)</source>
      <translation>Резолюции (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <source>cannot be read</source>
      <translation>не читается</translation>
    </message>
    <message>
      <source>asks for no report</source>
      <translation>доклада не запрашивает</translation>
    </message>
    <message>
      <source>same resolution as %1</source>
      <translation>та же резолюция, что и %1</translation>
    </message>
    <message>
      <source>updates the decision in the plan</source>
      <translation>обновляет решение в плане</translation>
    </message>
    <message>
      <source>new decision</source>
      <translation>новое решение</translation>
    </message>
    <message>
      <source>¶ %1</source>
      <translation>п. %1</translation>
    </message>
    <message>
      <source>already in the plan</source>
      <translation>уже в плане</translation>
    </message>
    <message>
      <source>%1 · new line “%2”</source>
      <translation>%1 · новая линия «%2»</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>not placed: %1</source>
      <translation>не размещено: %1</translation>
    </message>
    <message>
      <source>replaced by your edit</source>
      <translation>заменено вашей правкой</translation>
    </message>
    <message>
      <source>Edit the Decision Read from %1</source>
      <translation>Изменить решение, прочитанное из %1</translation>
    </message>
    <message>
      <source>Replaced by your edit of the decision.</source>
      <translation>Заменено вашей правкой решения.</translation>
    </message>
    <message>
      <source>Nothing accepted yet.</source>
      <translation>Пока ничего не принято.</translation>
    </message>
  </context>
  <context>
    <name>InspectorPanel</name>
    <message>
      <source>Select a session, requirement, decision or event on the timeline to see its facts here.</source>
      <translation>Выберите на шкале сессию, обязательство, решение или мероприятие, чтобы увидеть здесь сведения о нём.</translation>
    </message>
  </context>
  <context>
    <name>LanesPanel</name>
    <message>
      <source>Search bodies…</source>
      <translation>Поиск органов…</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>This plan is being edited in another Mandate Planner window.</source>
      <translation>Этот план редактируется в другом окне Mandate Planner.</translation>
    </message>
    <message>
      <source>Opened by %1 on %2 since %3.</source>
      <translation>Открыт пользователем %1 на %2 с %3.</translation>
    </message>
    <message>
      <source>Plan in use</source>
      <translation>План используется</translation>
    </message>
    <message>
      <source>Open it read-only?</source>
      <translation>Открыть только для чтения?</translation>
    </message>
    <message>
      <source>Cannot open plan</source>
      <translation>Не удаётся открыть план</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opened plan</source>
      <translation>План открыт</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Инспектор</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>Строки</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>Обязательства</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Сроки</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Проблемы</translation>
    </message>
    <message>
      <source>What Changed</source>
      <translation>Изменения</translation>
    </message>
    <message>
      <source>What-if: Drafts</source>
      <translation>Сценарий: проекты</translation>
    </message>
    <message>
      <source>Undo History</source>
      <translation>Журнал отмены</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Условные обозначения</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Добавить</translation>
    </message>
    <message>
      <source>Report Line…</source>
      <translation>Линия докладов…</translation>
    </message>
    <message>
      <source>Body…</source>
      <translation>Орган…</translation>
    </message>
    <message>
      <source>Session…</source>
      <translation>Сессия…</translation>
    </message>
    <message>
      <source>Session Series…</source>
      <translation>Серия сессий…</translation>
    </message>
    <message>
      <source>Event…</source>
      <translation>Мероприятие…</translation>
    </message>
    <message>
      <source>Event Series…</source>
      <translation>Серия мероприятий…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>П&amp;лан</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>Ne&amp;w Plan…</source>
      <translation>Новы&amp;й план…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Открыть…</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
      <source>I&amp;mport Plan…</source>
      <translation>И&amp;мпорт плана…</translation>
    </message>
    <message>
      <source>E&amp;xport Plan…</source>
      <translation>Экспорт п&amp;лана…</translation>
    </message>
    <message>
      <source>Import Reso&amp;lutions…</source>
      <translation>Импорт резо&amp;люций…</translation>
    </message>
    <message>
      <source>Import R&amp;eport List (.xlsx, .csv)…</source>
      <translation>Импорт списка &amp;докладов (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>Import Meetin&amp;gs (.ics)…</source>
      <translation>Импорт засе&amp;даний (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Image…</source>
      <translation>Экспорт &amp;изображения…</translation>
    </message>
    <message>
      <source>&amp;Copy Timeline Image</source>
      <translation>&amp;Копировать изображение шкалы</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <source>Export PDF &amp;Handout…</source>
      <translation>Экспорт &amp;раздаточного PDF…</translation>
    </message>
    <message>
      <source>Export &amp;Documentation List (.docx, .pdf)…</source>
      <translation>Экспорт перечня &amp;документов (.docx, .pdf)…</translation>
    </message>
    <message>
      <source>Export &amp;Calendar (.ics)…</source>
      <translation>Экспорт &amp;календаря (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Requirements (.xlsx, .csv)…</source>
      <translation>Экспорт &amp;обязательств (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>&amp;New Decision…</source>
      <translation>&amp;Новое решение…</translation>
    </message>
    <message>
      <source>&amp;Edit Selected…</source>
      <translation>&amp;Изменить выбранное…</translation>
    </message>
    <message>
      <source>&amp;Delete Selected…</source>
      <translation>&amp;Удалить выбранное…</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Найти…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>&amp;Увеличить</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>У&amp;меньшить</translation>
    </message>
    <message>
      <source>&amp;Fit All</source>
      <translation>&amp;Показать всё</translation>
    </message>
    <message>
      <source>Go to &amp;Today</source>
      <translation>Перейти к &amp;сегодня</translation>
    </message>
    <message>
      <source>Go to &amp;2012</source>
      <translation>Перейти к &amp;2012</translation>
    </message>
    <message>
      <source>&amp;Meeting Mode</source>
      <translation>Режим &amp;заседания</translation>
    </message>
    <message>
      <source>Include &amp;Drafts</source>
      <translation>Учитывать &amp;проекты</translation>
    </message>
    <message>
      <source>&amp;Compare With and Without Drafts</source>
      <translation>&amp;Сравнить с проектами и без них</translation>
    </message>
    <message>
      <source>Plan &amp;As Of…</source>
      <translation>План &amp;по состоянию на…</translation>
    </message>
    <message>
      <source>Projection &amp;Horizon…</source>
      <translation>&amp;Горизонт прогноза…</translation>
    </message>
    <message>
      <source>&amp;About Mandate Planner</source>
      <translation>&amp;О программе Mandate Planner</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Главная</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>По состоянию на</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n обязательство</numerusform>
        <numerusform>%n обязательства</numerusform>
        <numerusform>%n обязательств</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n проблема</numerusform>
        <numerusform>%n проблемы</numerusform>
        <numerusform>%n проблем</numerusform>
      </translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>с проектами</translation>
    </message>
    <message>
      <source>adopted only</source>
      <translation>только принятые</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>по состоянию на %1</translation>
    </message>
    <message numerus="yes">
      <source>Problems (%n)</source>
      <translation>
        <numerusform>Проблемы (%n)</numerusform>
        <numerusform>Проблемы (%n)</numerusform>
        <numerusform>Проблемы (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Backup failed: %1</source>
      <translation>Не удалось создать резервную копию: %1</translation>
    </message>
    <message>
      <source>%1 — read-only</source>
      <translation>%1 — только чтение</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Только чтение</translation>
    </message>
    <message>
      <source>Open plan</source>
      <translation>Открыть план</translation>
    </message>
    <message>
      <source>Plans (*.sqlite *.json);;All files (*)</source>
      <translation>Планы (*.sqlite *.json);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Сохранить как</translation>
    </message>
    <message>
      <source>This plan is not a plan file; import it first.</source>
      <translation>Это не файл плана; сначала импортируйте его.</translation>
    </message>
    <message>
      <source>Save plan as</source>
      <translation>Сохранить план как</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Планы (*.sqlite)</translation>
    </message>
    <message>
      <source>Saved a copy as %1</source>
      <translation>Копия сохранена как %1</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(нет)</translation>
    </message>
    <message>
      <source>system fonts</source>
      <translation>системные шрифты</translation>
    </message>
    <message>
      <source>About Mandate Planner</source>
      <translation>О программе Mandate Planner</translation>
    </message>
    <message>
      <source>Which reports the Secretary-General owes to which session, why, and by when.</source>
      <translation>Какие доклады Генеральный секретарь должен представить какой сессии, почему и к какому сроку.</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>Шрифты</translation>
    </message>
  </context>
  <context>
    <name>MandateForm</name>
    <message>
      <source>Mandate</source>
      <translation>Поручение</translation>
    </message>
    <message>
      <source>Title of the new report line</source>
      <translation>Название новой линии докладов</translation>
    </message>
    <message>
      <source> year(s)</source>
      <translation> г.</translation>
    </message>
    <message>
      <source>a year, or a session id</source>
      <translation>год или идентификатор сессии</translation>
    </message>
    <message>
      <source>year (optional)</source>
      <translation>год (необязательно)</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> нед.</translation>
    </message>
    <message>
      <source>from</source>
      <translation>с</translation>
    </message>
    <message>
      <source>until</source>
      <translation>до</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Доклад</translation>
    </message>
    <message>
      <source>New report</source>
      <translation>Новый доклад</translation>
    </message>
    <message>
      <source>Effect</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Правило</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Орган</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Сессия</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Серия</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>Каждые</translation>
    </message>
    <message>
      <source>First</source>
      <translation>Первый</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>До</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>Подготовка</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Обзоры</translation>
    </message>
    <message>
      <source>From session</source>
      <translation>С сессии</translation>
    </message>
    <message>
      <source>To session</source>
      <translation>На сессию</translation>
    </message>
    <message>
      <source>Into report</source>
      <translation>В доклад</translation>
    </message>
    <message>
      <source>at every body</source>
      <translation>во всех органах</translation>
    </message>
    <message>
      <source>only at one body</source>
      <translation>только в одном органе</translation>
    </message>
    <message>
      <source>%1 (projected)</source>
      <translation>%1 (прогноз)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(нет)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>Только чтение</translation>
    </message>
    <message>
      <source>Choose a Meeting Calendar</source>
      <translation>Выбор календаря заседаний</translation>
    </message>
    <message>
      <source>Calendars (*.ics)</source>
      <translation>Календари (*.ics)</translation>
    </message>
    <message>
      <source>Import Meetings</source>
      <translation>Импорт заседаний</translation>
    </message>
    <message>
      <source>Confirm sessions from %1</source>
      <translation>Подтвердить сессии по %1</translation>
    </message>
    <message>
      <source>Import Meetings from %1</source>
      <translation>Импорт заседаний из %1</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Даты</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Сессия</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Изменение</translation>
    </message>
    <message>
      <source>&amp;Confirm Sessions</source>
      <translation>&amp;Подтвердить сессии</translation>
    </message>
    <message>
      <source>Ticked meetings confirm their session with the meeting's dates and place.</source>
      <translation>Отмеченные заседания подтверждают свою сессию датами и местом заседания.</translation>
    </message>
    <message>
      <source>confirms the projected session</source>
      <translation>подтверждает прогнозируемую сессию</translation>
    </message>
    <message>
      <source>changes %1 – %2</source>
      <translation>изменяет %1 – %2</translation>
    </message>
    <message>
      <source>as in the plan</source>
      <translation>как в плане</translation>
    </message>
    <message>
      <source>no body of the plan named</source>
      <translation>не назван ни один орган плана</translation>
    </message>
    <message>
      <source>no session of %1 near these dates</source>
      <translation>нет сессии %1 около этих дат</translation>
    </message>
  </context>
  <context>
    <name>NewPlanDialog</name>
    <message>
      <source>New Plan</source>
      <translation>Новый план</translation>
    </message>
    <message>
      <source>&amp;Blank plan</source>
      <translation>&amp;Пустой план</translation>
    </message>
    <message>
      <source>&amp;From the UN calendar, with the bodies ticked below</source>
      <translation>Из &amp;календаря ООН, с отмеченными ниже органами</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Орган</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Tick &amp;All</source>
      <translation>&amp;Отметить все</translation>
    </message>
    <message>
      <source>&amp;Untick All</source>
      <translation>&amp;Снять все</translation>
    </message>
    <message>
      <source>the file's name, if left empty</source>
      <translation>имя файла, если не указано</translation>
    </message>
    <message>
      <source>choose where to save it</source>
      <translation>выберите, где сохранить</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Выбрать…</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Создать</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Название</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>An empty plan: add bodies, sessions and decisions.</source>
      <translation>Пустой план: добавьте органы, сессии и решения.</translation>
    </message>
    <message>
      <source>Tick the bodies the plan should hold.</source>
      <translation>Отметьте органы, которые войдут в план.</translation>
    </message>
    <message>
      <source>Bodies: %1 · sessions: %2 · decisions: %3 · report lines: %4</source>
      <translation>Органов: %1 · сессий: %2 · решений: %3 · докладов: %4</translation>
    </message>
    <message>
      <source>Also kept, without their calendar, for the decisions that refer to them: %1</source>
      <translation>Также сохранены, без их календаря, для ссылающихся на них решений: %1</translation>
    </message>
    <message>
      <source>New plan file</source>
      <translation>Файл нового плана</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Планы (*.sqlite)</translation>
    </message>
  </context>
  <context>
    <name>PasteTextDialog</name>
    <message>
      <source>Paste a Resolution</source>
      <translation>Вставка резолюции</translation>
    </message>
    <message>
      <source>Paste the resolution here: its numbered operative paragraphs, one per line or block.</source>
      <translation>Вставьте сюда резолюцию: её нумерованные пункты постановляющей части, по одному в строке или блоке.</translation>
    </message>
    <message>
      <source>(not known)</source>
      <translation>(неизвестно)</translation>
    </message>
    <message>
      <source>known</source>
      <translation>известна</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Условное обозначение</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Кем принято</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Дата принятия</translation>
    </message>
    <message>
      <source>pasted text</source>
      <translation>вставленный текст</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message>
      <source>Calendar data as of %1</source>
      <translation>Данные календаря на %1</translation>
    </message>
    <message>
      <source>This plan's calendar data as of %1</source>
      <translation>Данные календаря этого плана на %1</translation>
    </message>
    <message>
      <source>New Plan</source>
      <translation>Новый план</translation>
    </message>
    <message>
      <source>Import plan</source>
      <translation>Импорт плана</translation>
    </message>
    <message>
      <source>Plan interchange files (*.json)</source>
      <translation>Файлы обмена планами (*.json)</translation>
    </message>
    <message>
      <source>Save the imported plan as</source>
      <translation>Сохранить импортированный план как</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Планы (*.sqlite)</translation>
    </message>
    <message>
      <source>Import Plan</source>
      <translation>Импорт плана</translation>
    </message>
    <message>
      <source>Export plan</source>
      <translation>Экспорт плана</translation>
    </message>
    <message>
      <source>Export Plan</source>
      <translation>Экспорт плана</translation>
    </message>
    <message>
      <source>Exported the plan to %1</source>
      <translation>План экспортирован в %1</translation>
    </message>
    <message>
      <source>Projection Horizon</source>
      <translation>Горизонт прогноза</translation>
    </message>
    <message>
      <source>Project the session series this many years past the current year:</source>
      <translation>На сколько лет после текущего года прогнозировать серии сессий:</translation>
    </message>
    <message numerus="yes">
      <source>Projection horizon: %n year(s)</source>
      <translation>
        <numerusform>Горизонт прогноза: %n год</numerusform>
        <numerusform>Горизонт прогноза: %n года</numerusform>
        <numerusform>Горизонт прогноза: %n лет</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Slide 16:9 (1920 × 1080)</source>
      <translation>Слайд 16:9 (1920 × 1080)</translation>
    </message>
    <message>
      <source>Slide 16:9 (3840 × 2160)</source>
      <translation>Слайд 16:9 (3840 × 2160)</translation>
    </message>
    <message>
      <source>A4 landscape handout</source>
      <translation>Раздаточный материал A4 (альбомный)</translation>
    </message>
    <message>
      <source>A3 poster</source>
      <translation>Плакат A3</translation>
    </message>
    <message>
      <source>Email image (1200 px wide)</source>
      <translation>Изображение для письма (ширина 1200 пикс.)</translation>
    </message>
  </context>
  <context>
    <name>PrintSetupDialog</name>
    <message>
      <source>Fit the years to the page width</source>
      <translation>Уместить годы по ширине страницы</translation>
    </message>
    <message>
      <source>Tile: a few years per page</source>
      <translation>Мозаика: несколько лет на страницу</translation>
    </message>
    <message>
      <source> years per page</source>
      <translation> лет на страницу</translation>
    </message>
    <message>
      <source>Paper (landscape)</source>
      <translation>Бумага (альбомная)</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Годы</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Разметка</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %1 (%n page(s))</source>
      <translation>
        <numerusform>Записан %1 (страниц: %n)</numerusform>
        <numerusform>Записан %1 (страниц: %n)</numerusform>
        <numerusform>Записан %1 (страниц: %n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <source>No problems: every rule finds its sessions and no deadline is missed.</source>
      <translation>Проблем нет: каждое правило находит свои сессии, и ни один срок не пропущен.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Next: %1</source>
      <translation>Ближайшие: %1</translation>
    </message>
    <message>
      <source>No occurrence in the range.</source>
      <translation>В этом периоде дат нет.</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>Повторение (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Дней</translation>
    </message>
    <message>
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>До</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>Номер = год −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>Орган %1</translation>
    </message>
    <message>
      <source>New body</source>
      <translation>Новый орган</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Идентификатор</translation>
    </message>
    <message>
      <source>e.g. CSW</source>
      <translation>напр. CSW</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Вышестоящий орган</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>Представление (за недель)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>Выпуск (за недель)</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>Линия докладов «%1»</translation>
    </message>
    <message>
      <source>New report line</source>
      <translation>Новая линия докладов</translation>
    </message>
    <message>
      <source>a short stable id</source>
      <translation>краткий постоянный идентификатор</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Краткое название</translation>
    </message>
    <message>
      <source>for labels; derived from the title</source>
      <translation>для подписей; выводится из названия</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Пункт повестки дня</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>Лимит слов</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Новая сессия</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>Сессия: %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>Подтвердить: %1</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Орган</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Серия</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>Открытие</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>Закрытие</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>Серия сессий %1</translation>
    </message>
    <message>
      <source>New session series</source>
      <translation>Новая серия сессий</translation>
    </message>
    <message>
      <source>Name pattern</source>
      <translation>Шаблон названия</translation>
    </message>
    <message>
      <source>Substantive session of {year}; {ordinal} session</source>
      <translation>Основная сессия {year} года; {ordinal} сессия</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>Длится до открытия следующей</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>Мероприятие: %1</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>Новое мероприятие</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Начало</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Окончание</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>Предварительное</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>Серия мероприятий: %1</translation>
    </message>
    <message>
      <source>New event series</source>
      <translation>Новая серия мероприятий</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>Отслеживать «%1» на %2</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Доклад</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Сессия</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Условное обозначение документа</translation>
    </message>
    <message>
      <source>e.g. A/67/123-E/2012/45</source>
      <translation>напр. A/67/123-E/2012/45</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>Ответственный сотрудник</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>Оценка объёма (слов)</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>необязательно</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
  </context>
  <context>
    <name>ReportListDialog</name>
    <message>
      <source>Report title</source>
      <translation>Название доклада</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Идентификатор доклада</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Пункт повестки дня</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Сессия</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Условное обозначение документа</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>row %1: no report title</source>
      <translation>строка %1: нет названия доклада</translation>
    </message>
    <message>
      <source>row %1: no report line %2</source>
      <translation>строка %1: нет линии докладов %2</translation>
    </message>
    <message>
      <source>row %1: no session %2</source>
      <translation>строка %1: нет сессии %2</translation>
    </message>
    <message>
      <source>row %1: status %2 not known (planned)</source>
      <translation>строка %1: статус %2 неизвестен (запланирован)</translation>
    </message>
    <message>
      <source>row %1: %2 given twice</source>
      <translation>строка %1: %2 указано дважды</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Только чтение</translation>
    </message>
    <message>
      <source>Choose a Report List</source>
      <translation>Выбор списка докладов</translation>
    </message>
    <message>
      <source>Report lists (*.xlsx *.csv)</source>
      <translation>Списки докладов (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Import Report List</source>
      <translation>Импорт списка докладов</translation>
    </message>
    <message>
      <source>Import report list %1</source>
      <translation>Импорт списка докладов %1</translation>
    </message>
    <message>
      <source>Import Report List from %1</source>
      <translation>Импорт списка докладов из %1</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>(ignore)</source>
      <translation>(пропустить)</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Импортировать</translation>
    </message>
    <message>
      <source>Choose what each column holds; a report title is needed in each row.</source>
      <translation>Укажите, что содержит каждый столбец; в каждой строке нужно название доклада.</translation>
    </message>
    <message>
      <source>A field is chosen for two columns.</source>
      <translation>Одно поле выбрано для двух столбцов.</translation>
    </message>
  </context>
  <context>
    <name>RequirementsPanel</name>
    <message>
      <source>Filter text…</source>
      <translation>Фильтр по тексту…</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Орган</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Доклад</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>No report is due yet: requirements appear here when a decision mandates a report (Edit ▸ New Decision, Ctrl+N).</source>
      <translation>Пока ни один доклад не причитается: обязательства появляются здесь, когда решение предусматривает доклад (Правка ▸ Новое решение, Ctrl+N).</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Все</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n обязательство</numerusform>
        <numerusform>%n обязательства</numerusform>
        <numerusform>%n обязательств</numerusform>
      </translation>
    </message>
    <message>
      <source>Show on timeline</source>
      <translation>Показать на шкале</translation>
    </message>
    <message>
      <source>Track…</source>
      <translation>Отслеживать…</translation>
    </message>
    <message>
      <source>Edit report line…</source>
      <translation>Изменить линию докладов…</translation>
    </message>
    <message>
      <source>Delete report line…</source>
      <translation>Удалить линию докладов…</translation>
    </message>
  </context>
  <context>
    <name>ReviewText</name>
    <message>
      <source>no body named: the adopting body assumed</source>
      <translation>орган не назван: предполагается принявший орган</translation>
    </message>
    <message>
      <source>the body taken from the rest of the text</source>
      <translation>орган определён по остальному тексту</translation>
    </message>
    <message>
      <source>a body this reader does not know</source>
      <translation>орган, неизвестный этому модулю чтения</translation>
    </message>
    <message>
      <source>asks for content in an existing report, perhaps not a report of its own</source>
      <translation>запрашивает сведения в существующем докладе, возможно, не отдельный доклад</translation>
    </message>
    <message>
      <source>in a draft recommended to another body, not adopted yet</source>
      <translation>в проекте, рекомендованном другому органу, ещё не принятом</translation>
    </message>
    <message>
      <source>no time given</source>
      <translation>срок не указан</translation>
    </message>
    <message>
      <source>only a year given</source>
      <translation>указан только год</translation>
    </message>
    <message>
      <source>several sessions named</source>
      <translation>названо несколько сессий</translation>
    </message>
    <message>
      <source>what it is merged into is unclear</source>
      <translation>неясно, с чем объединяется</translation>
    </message>
    <message>
      <source>the session taken from the provisional agenda named</source>
      <translation>сессия определена по упомянутой предварительной повестке дня</translation>
    </message>
    <message>
      <source>a joint report to %1</source>
      <translation>совместный доклад для %1</translation>
    </message>
    <message>
      <source>through %1</source>
      <translation>через %1</translation>
    </message>
    <message>
      <source>the plan has no such session</source>
      <translation>в плане нет такой сессии</translation>
    </message>
    <message>
      <source>the plan has no such body</source>
      <translation>в плане нет такого органа</translation>
    </message>
    <message>
      <source>no report line in the plan matches</source>
      <translation>в плане нет подходящей линии докладов</translation>
    </message>
    <message>
      <source>no report line to merge into</source>
      <translation>нет линии докладов для объединения</translation>
    </message>
    <message>
      <source>no schedule to plan (ongoing)</source>
      <translation>нет графика для планирования (постоянно)</translation>
    </message>
    <message>
      <source>no first occurrence known</source>
      <translation>первый срок неизвестен</translation>
    </message>
    <message>
      <source>no time given: the next session assumed</source>
      <translation>срок не указан: предполагается следующая сессия</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>каждый %n год</numerusform>
        <numerusform>каждые %n года</numerusform>
        <numerusform>каждые %n лет</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n proposal(s)</source>
      <translation>
        <numerusform>%n предложение</numerusform>
        <numerusform>%n предложения</numerusform>
        <numerusform>%n предложений</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s)</source>
      <translation>
        <numerusform>%n резолюция</numerusform>
        <numerusform>%n резолюции</numerusform>
        <numerusform>%n резолюций</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n уже в плане</numerusform>
        <numerusform>%n уже в плане</numerusform>
        <numerusform>%n уже в плане</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new mandate(s)</source>
      <translation>
        <numerusform>%n новое поручение</numerusform>
        <numerusform>%n новых поручения</numerusform>
        <numerusform>%n новых поручений</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>edited: %n mandate(s)</source>
      <translation>
        <numerusform>изменено: %n поручение</numerusform>
        <numerusform>изменено: %n поручения</numerusform>
        <numerusform>изменено: %n поручений</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s) cannot be imported as they stand: edit or reject them</source>
      <translation>
        <numerusform>%n резолюцию нельзя импортировать в таком виде: измените или отклоните её</numerusform>
        <numerusform>%n резолюции нельзя импортировать в таком виде: измените или отклоните их</numerusform>
        <numerusform>%n резолюций нельзя импортировать в таком виде: измените или отклоните их</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n resolution(s)</source>
      <translation>
        <numerusform>Импорт %n резолюции</numerusform>
        <numerusform>Импорт %n резолюций</numerusform>
        <numerusform>Импорт %n резолюций</numerusform>
      </translation>
    </message>
    <message>
      <source>at session %1 (%2)</source>
      <translation>на %1-й сессии (%2)</translation>
    </message>
    <message>
      <source>at session %1</source>
      <translation>на %1-й сессии</translation>
    </message>
    <message>
      <source>in %1</source>
      <translation>в %1 году</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>на следующей сессии</translation>
    </message>
    <message>
      <source>from session %1</source>
      <translation>начиная с %1-й сессии</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>начиная с %1</translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>до %1</translation>
    </message>
    <message>
      <source>ongoing</source>
      <translation>постоянно</translation>
    </message>
    <message>
      <source>discontinued</source>
      <translation>прекращено</translation>
    </message>
    <message>
      <source>merged into “%1”</source>
      <translation>объединено с «%1»</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>объединено</translation>
    </message>
    <message>
      <source>to %1</source>
      <translation>для %1</translation>
    </message>
    <message>
      <source>oral</source>
      <translation>устно</translation>
    </message>
    <message>
      <source>unsure, %1</source>
      <translation>неуверенно, %1</translation>
    </message>
    <message>
      <source>“%1”, a new report line</source>
      <translation>«%1», новая линия докладов</translation>
    </message>
    <message>
      <source>%1 — %2: %3</source>
      <translation>%1 — %2: %3</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>Что изменится</translation>
    </message>
    <message>
      <source>nothing: not accepted</source>
      <translation>ничего: не принято</translation>
    </message>
    <message>
      <source>Unsure</source>
      <translation>Неуверенно</translation>
    </message>
    <message>
      <source>Read as</source>
      <translation>Прочитано как</translation>
    </message>
    <message>
      <source>On: %1</source>
      <translation>Тема: %1</translation>
    </message>
    <message>
      <source>Agenda item: %1</source>
      <translation>Пункт повестки дня: %1</translation>
    </message>
    <message>
      <source>Confidence: %1</source>
      <translation>Уверенность: %1</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>Примечания: %1</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Становится</translation>
    </message>
    <message>
      <source>Not placed in the plan: %1</source>
      <translation>Не размещено в плане: %1</translation>
    </message>
    <message>
      <source>Already in the plan: adds nothing.</source>
      <translation>Уже в плане: ничего не добавляет.</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Условное обозначение</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Кем принято</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Дата принятия</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Пункт повестки дня</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Operative paragraphs</source>
      <translation>Пункты постановляющей части</translation>
    </message>
  </context>
  <context>
    <name>SessionCard</name>
    <message>
      <source>projected</source>
      <translation>прогнозная</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>На этой сессии доклады не ожидаются.</translation>
    </message>
    <message>
      <source>mandated by %1</source>
      <translation>поручено %1</translation>
    </message>
    <message>
      <source>submit by %1, issue by %2</source>
      <translation>представить до %1, выпустить до %2</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <source>Session start</source>
      <translation>Начало сессии</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Орган</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Сессия</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Доклад</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>Представить до</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>Выпустить до</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>Кем поручено</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>submission</source>
      <translation>представление</translation>
    </message>
    <message>
      <source>issuance</source>
      <translation>выпуск</translation>
    </message>
    <message>
      <source>%1, overdue</source>
      <translation>%1, просрочено</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Где</translation>
    </message>
  </context>
  <context>
    <name>TeamFeatures</name>
    <message>
      <source>Open &amp;Team Plan…</source>
      <translation>Открыть &amp;общий план…</translation>
    </message>
    <message>
      <source>Take &amp;Offline Copy…</source>
      <translation>Взять &amp;автономную копию…</translation>
    </message>
    <message>
      <source>&amp;Bring Changes Back…</source>
      <translation>&amp;Вернуть изменения…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <source>Connected to the server again</source>
      <translation>Соединение с сервером восстановлено</translation>
    </message>
    <message>
      <source>Not saved, the server cannot be reached: “%1” will be offered again</source>
      <translation>Не сохранено, сервер недоступен: «%1» будет предложено снова</translation>
    </message>
    <message>
      <source>Save your edit “%1” now?</source>
      <translation>Сохранить ваше изменение «%1» сейчас?</translation>
    </message>
    <message>
      <source>Open Team Plan</source>
      <translation>Открыть общий план</translation>
    </message>
    <message>
      <source>Take Offline Copy</source>
      <translation>Взять автономную копию</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Планы (*.sqlite)</translation>
    </message>
    <message>
      <source>Offline copy saved as %1</source>
      <translation>Автономная копия сохранена как %1</translation>
    </message>
    <message>
      <source>Bring Changes Back</source>
      <translation>Вернуть изменения</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) brought back</source>
      <translation>
        <numerusform>%n изменение возвращено</numerusform>
        <numerusform>%n изменения возвращены</numerusform>
        <numerusform>%n изменений возвращено</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 — %2 on %3</source>
      <translation>%1 — %2 на %3</translation>
    </message>
    <message>
      <source>%1 — %2 on this computer</source>
      <translation>%1 — %2 на этом компьютере</translation>
    </message>
  </context>
  <context>
    <name>TeamPlanDialog</name>
    <message>
      <source>Open Team Plan</source>
      <translation>Открыть общий план</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Сервер</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>База данных</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Пользователь</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>confirmed session</source>
      <translation>подтверждённая сессия</translation>
    </message>
    <message>
      <source>projected session</source>
      <translation>прогнозная сессия</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>решение</translation>
    </message>
    <message>
      <source>draft decision</source>
      <translation>проект решения</translation>
    </message>
    <message>
      <source>event</source>
      <translation>мероприятие</translation>
    </message>
    <message>
      <source>tentative event</source>
      <translation>предварительное мероприятие</translation>
    </message>
    <message>
      <source>today</source>
      <translation>сегодня</translation>
    </message>
    <message>
      <source>as of</source>
      <translation>по состоянию на</translation>
    </message>
    <message>
      <source>submission / issuance deadline</source>
      <translation>срок представления / выпуска</translation>
    </message>
    <message>
      <source>more reports, not named here</source>
      <translation>ещё доклады, здесь без подписи</translation>
    </message>
    <message>
      <source>projections end</source>
      <translation>конец прогноза</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>запланировано</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>прогноз</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>представлено</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>выпущено</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>рассмотрено</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>просрочено</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>невыполнимо</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <source>Events</source>
      <translation>Мероприятия</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Решения</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Redo %1</source>
      <translation>Повторить: %1</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Отменить: %1</translation>
    </message>
    <message>
      <source>%1: not done. %2</source>
      <translation>%1: не выполнено. %2</translation>
    </message>
  </context>
  <context>
    <name>WhatChangedPanel</name>
    <message>
      <source>Edits and their effect on the requirements appear here.</source>
      <translation>Здесь отображаются изменения и их влияние на обязательства.</translation>
    </message>
  </context>
  <context>
    <name>WhatIfPanel</name>
    <message>
      <source>What the draft decisions would add, remove and move appears here (Plan ▸ Compare With and Without Drafts, Ctrl+Shift+D).</source>
      <translation>Здесь показано, что проекты решений добавят, исключат или перенесут (План ▸ Сравнить с проектами и без них, Ctrl+Shift+D).</translation>
    </message>
    <message>
      <source>The plan has no draft decisions. A decision saved as a draft shows here what it would change.</source>
      <translation>В плане нет проектов решений. Решение, сохранённое как проект, покажет здесь, что оно изменит.</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>still due, now mandated by %1</source>
      <translation>по-прежнему причитается, теперь по мандату %1</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>A .json file opens read-only; import it to edit it.</source>
      <translation>Файл .json открывается только для чтения; импортируйте его, чтобы редактировать.</translation>
    </message>
    <message>
      <source>The plan file cannot be written (its permissions or folder).</source>
      <translation>Файл плана недоступен для записи (права доступа или папка).</translation>
    </message>
    <message>
      <source>Another Mandate Planner window is editing this plan.</source>
      <translation>Этот план редактируется в другом окне Mandate Planner.</translation>
    </message>
    <message>
      <source>Meeting mode is read-only (Esc leaves it).</source>
      <translation>Режим совещания — только чтение (Esc — выход).</translation>
    </message>
    <message>
      <source>Your database role may only read this team plan.</source>
      <translation>Ваша роль в базе данных позволяет только читать этот общий план.</translation>
    </message>
    <message>
      <source>The plan holds values that cannot be computed; it opens read-only, without the records at fault.</source>
      <translation>План содержит значения, которые нельзя рассчитать; он открывается только для чтения, без ошибочных записей.</translation>
    </message>
    <message>
      <source>This plan was opened read-only.</source>
      <translation>Этот план открыт только для чтения.</translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1 и %2</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>replaced by %1</source>
      <translation>заменено решением %1</translation>
    </message>
    <message>
      <source>terminated by %1</source>
      <translation>прекращено решением %1</translation>
    </message>
    <message>
      <source>deferred to %1 by %2</source>
      <translation>перенесено на %1 решением %2</translation>
    </message>
    <message>
      <source>merged into %1 by %2</source>
      <translation>объединено с %1 решением %2</translation>
    </message>
    <message>
      <source>no longer mandated</source>
      <translation>больше не поручено</translation>
    </message>
    <message>
      <source>add</source>
      <translation>добавить</translation>
    </message>
    <message>
      <source>replace</source>
      <translation>заменить</translation>
    </message>
    <message>
      <source>terminate</source>
      <translation>прекратить</translation>
    </message>
    <message>
      <source>defer</source>
      <translation>отложить</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>объединить</translation>
    </message>
    <message>
      <source>from %1 to %2</source>
      <translation>с %1 на %2</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>начиная с %1</translation>
    </message>
    <message>
      <source>into %1</source>
      <translation>в %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>только в %1</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>на %1</translation>
    </message>
    <message>
      <source>at the next session of %1</source>
      <translation>на следующей сессии %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after %2</source>
      <translation>на первой сессии %1 после %2</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s) from %1</source>
      <translation>
        <numerusform>каждый год начиная с %1</numerusform>
        <numerusform>каждые %n года начиная с %1</numerusform>
        <numerusform>каждые %n лет начиная с %1</numerusform>
      </translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>до %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after each %2</source>
      <translation>на первой сессии %1 после каждого события «%2»</translation>
    </message>
    <message numerus="yes">
      <source>(%n week(s) to prepare)</source>
      <translation>
        <numerusform>(%n неделя на подготовку)</numerusform>
        <numerusform>(%n недели на подготовку)</numerusform>
        <numerusform>(%n недель на подготовку)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>каждый %n год</numerusform>
        <numerusform>каждые %n года</numerusform>
        <numerusform>каждые %n лет</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>каждый месяц</numerusform>
        <numerusform>каждые %n месяца</numerusform>
        <numerusform>каждые %n месяцев</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>каждую неделю</numerusform>
        <numerusform>каждые %n недели</numerusform>
        <numerusform>каждые %n недель</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>каждый день</numerusform>
        <numerusform>каждые %n дня</numerusform>
        <numerusform>каждые %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>the first %1</source>
      <translation>в первый %1</translation>
    </message>
    <message>
      <source>the second %1</source>
      <translation>во второй %1</translation>
    </message>
    <message>
      <source>the third %1</source>
      <translation>в третий %1</translation>
    </message>
    <message>
      <source>the fourth %1</source>
      <translation>в четвёртый %1</translation>
    </message>
    <message>
      <source>the fifth %1</source>
      <translation>в пятый %1</translation>
    </message>
    <message>
      <source>the last %1</source>
      <translation>в последний %1</translation>
    </message>
    <message>
      <source>the second-to-last %1</source>
      <translation>в предпоследний %1</translation>
    </message>
    <message>
      <source>on the %1 falling on day %2</source>
      <translation>в %1, приходящийся на %2 число</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>%1</translation>
    </message>
    <message>
      <source>on day %1</source>
      <translation>%1 числа</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 месяца %2</translation>
    </message>
    <message>
      <source>%1 in %2</source>
      <translation>%1 в %2</translation>
    </message>
    <message>
      <source>“%1” (%2): no session of %3 in the plan fits this rule. Add the session or its series, or change the rule.</source>
      <translation>«%1» (%2): ни одна сессия %3 в плане не подходит под это правило. Добавьте сессию или её серию либо измените правило.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3, before %4 took effect on %5; this report cannot be ready in time. Defer it to a later session.</source>
      <translation>«%1» на %2: рукопись нужно было представить %3, до вступления в силу %4 (%5); этот доклад не может быть готов вовремя. Перенесите его на более позднюю сессию.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3 and is still %4. Submit it, or update its tracking.</source>
      <translation>«%1» на %2: рукопись нужно было представить %3, а статус всё ещё «%4». Представьте её или обновите отслеживание.</translation>
    </message>
    <message numerus="yes">
      <source>“%1” at %2: %n words estimated, above the limit of %3. Shorten it.</source>
      <translation>
        <numerusform>«%1» на %2: оценка — %n слово, больше предела в %3. Сократите доклад.</numerusform>
        <numerusform>«%1» на %2: оценка — %n слова, больше предела в %3. Сократите доклад.</numerusform>
        <numerusform>«%1» на %2: оценка — %n слов, больше предела в %3. Сократите доклад.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” at %2: it is no longer due there, but its tracking is kept. Clear the tracking if it is not needed.</source>
      <translation>«%1» на %2: доклад там больше не причитается, но его отслеживание сохранено. Очистите отслеживание, если оно не нужно.</translation>
    </message>
    <message>
      <source>%1 defers “%2” from %3, but it is not due there: nothing moves.</source>
      <translation>%1 переносит «%2» с %3, но там он не причитается: ничего не переносится.</translation>
    </message>
    <message>
      <source>%1 merges “%2” into “%3” from %4, but nothing is due then.</source>
      <translation>%1 объединяет «%2» с «%3» с %4, но с этой даты ничего не причитается.</translation>
    </message>
    <message>
      <source>“%1” (%2) is next due in %3, beyond the planning horizon (%4). Extend the horizon (Plan ▸ Projection Horizon) to plan for it.</source>
      <translation>«%1» (%2) в следующий раз причитается в %3 году, за горизонтом планирования (%4). Расширьте горизонт (План ▸ Горизонт прогноза), чтобы учесть его.</translation>
    </message>
    <message>
      <source>%1 ends “%2” from %3, but nothing is due then.</source>
      <translation>%1 прекращает «%2» с %3, но с этой даты ничего не причитается.</translation>
    </message>
    <message>
      <source>%1, mandate %2</source>
      <translation>%1, мандат %2</translation>
    </message>
    <message>
      <source>error</source>
      <translation>ошибка</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>предупреждение</translation>
    </message>
    <message>
      <source>note</source>
      <translation>примечание</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>запланировано</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>прогноз</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>представлено</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>выпущено</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>рассмотрено</translation>
    </message>
    <message>
      <source>this field</source>
      <translation>это поле</translation>
    </message>
    <message>
      <source>Fill in “%1”.</source>
      <translation>Заполните поле «%1».</translation>
    </message>
    <message>
      <source>“%1” must be at least %2.</source>
      <translation>«%1»: не меньше %2.</translation>
    </message>
    <message>
      <source>“%1” must be at most %2.</source>
      <translation>«%1»: не больше %2.</translation>
    </message>
    <message>
      <source>“%1” must be a whole number.</source>
      <translation>«%1» должно быть целым числом.</translation>
    </message>
    <message>
      <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
      <translation>«%1» — не дата: пишите ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
      <source>“%1”: there is no such day as %2.</source>
      <translation>«%1»: такой даты нет (%2).</translation>
    </message>
    <message>
      <source>“%1” must be a date from %2 to %3.</source>
      <translation>«%1» должно быть датой с %2 по %3 год.</translation>
    </message>
    <message>
      <source>“%1” is already used by another record; choose another.</source>
      <translation>«%1» уже используется другой записью; выберите другое.</translation>
    </message>
    <message>
      <source>This is not a recurrence the planner can read; write it as an RRULE, for example FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</source>
      <translation>Планировщик не может прочитать это правило повторения; запишите его как RRULE, например FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</translation>
    </message>
    <message>
      <source>The name can only use {year}, {number} and {ordinal} for the parts that change, e.g. “{ordinal} session”.</source>
      <translation>В названии для изменяемых частей можно использовать только {year}, {number} и {ordinal}, например «{ordinal} сессия».</translation>
    </message>
    <message>
      <source>A body cannot be placed under itself or under one of its own subsidiaries.</source>
      <translation>Орган нельзя подчинить самому себе или одному из его вспомогательных органов.</translation>
    </message>
    <message>
      <source>There is no session “%1” in the plan: pick one, or give a year.</source>
      <translation>В плане нет сессии «%1»: выберите сессию или укажите год.</translation>
    </message>
    <message>
      <source>There is no report line “%1” in the plan.</source>
      <translation>В плане нет линии докладов «%1».</translation>
    </message>
    <message>
      <source>There is no body “%1” in the plan.</source>
      <translation>В плане нет органа «%1».</translation>
    </message>
    <message>
      <source>A deferral needs the session it moves from and the session it moves to.</source>
      <translation>Для переноса нужны исходная сессия и сессия назначения.</translation>
    </message>
    <message>
      <source>Defer to another session than the one it moves from.</source>
      <translation>Перенесите на другую сессию, не на исходную.</translation>
    </message>
    <message>
      <source>A report line cannot merge into itself: pick the report line it joins.</source>
      <translation>Линию докладов нельзя объединить саму с собой: выберите линию, к которой она присоединяется.</translation>
    </message>
    <message>
      <source>Give a year (e.g. 2016) or a session.</source>
      <translation>Укажите год (например, 2016) или сессию.</translation>
    </message>
    <message>
      <source>Give a year from %1 to %2.</source>
      <translation>Укажите год с %1 по %2.</translation>
    </message>
    <message>
      <source>The last year (%1) comes before the first (%2).</source>
      <translation>Последний год (%1) раньше первого (%2).</translation>
    </message>
    <message>
      <source>These merges would go round in a circle: %1. Remove one of them.</source>
      <translation>Эти объединения образуют круг: %1. Удалите одно из них.</translation>
    </message>
    <message>
      <source>“%1” (%2) cannot be before %3.</source>
      <translation>«%1» (%2) не может быть раньше %3.</translation>
    </message>
    <message>
      <source>Enter the decision’s symbol, e.g. E/DEC/2011/216 or “decision 2011/216”.</source>
      <translation>Введите условное обозначение решения, например E/DEC/2011/216 или «решение 2011/216».</translation>
    </message>
    <message>
      <source>Say which body adopted “%1” (e.g. “ECOSOC %1”), or give the full symbol.</source>
      <translation>Укажите, какой орган принял «%1» (например, «ECOSOC %1»), или введите полное обозначение.</translation>
    </message>
    <message>
      <source>“%1” is a working symbol, for drafts only: give the adopted symbol, e.g. E/DEC/2011/216, or make the decision a draft.</source>
      <translation>«%1» — рабочее обозначение, только для проектов: укажите обозначение принятого документа, например E/DEC/2011/216, или сделайте решение проектом.</translation>
    </message>
    <message>
      <source>“%1” is not a symbol: write e.g. A/RES/67/290, E/DEC/2011/216 or “resolution 2009/29”.</source>
      <translation>«%1» — не обозначение документа: пишите, например, A/RES/67/290, E/DEC/2011/216 или «резолюция 2009/29».</translation>
    </message>
    <message>
      <source>%1 is already in the plan: edit that decision instead.</source>
      <translation>%1 уже есть в плане: измените это решение.</translation>
    </message>
    <message>
      <source>The report line “%1” exists already: pick it from the list.</source>
      <translation>Линия докладов «%1» уже существует: выберите её из списка.</translation>
    </message>
    <message>
      <source>Give the new report line “%1” a title.</source>
      <translation>Дайте название новой линии докладов «%1».</translation>
    </message>
    <message numerus="yes">
      <source>This change would leave %n mandate(s) naming a session or event that no longer exists: change those decisions first.</source>
      <translation>
        <numerusform>После этого изменения %n мандат будет ссылаться на несуществующую сессию или мероприятие: сначала измените решение.</numerusform>
        <numerusform>После этого изменения %n мандата будут ссылаться на несуществующие сессии или мероприятия: сначала измените решения.</numerusform>
        <numerusform>После этого изменения %n мандатов будут ссылаться на несуществующие сессии или мероприятия: сначала измените решения.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” is still used by %2: change or delete those first.</source>
      <translation>«%1» всё ещё используется: %2. Сначала измените или удалите их.</translation>
    </message>
    <message>
      <source>The id cannot change: other records refer to it by that id.</source>
      <translation>Идентификатор нельзя изменить: на него ссылаются другие записи.</translation>
    </message>
    <message>
      <source>%1 is projected by its series: change the series instead.</source>
      <translation>%1 прогнозируется её серией: измените серию.</translation>
    </message>
    <message>
      <source>“%1” must be from %2 to %3.</source>
      <translation>«%1» должно быть от %2 до %3.</translation>
    </message>
    <message>
      <source>“%1” is a session of %2, not of %3: pick a session of %3.</source>
      <translation>«%1» — сессия %2, а не %3: выберите сессию %3.</translation>
    </message>
    <message>
      <source>The series “%1” projects sessions of %2, not of %3.</source>
      <translation>Серия «%1» прогнозирует сессии %2, а не %3.</translation>
    </message>
    <message>
      <source>This effect needs a rule: choose one.</source>
      <translation>Для этого действия нужно правило: выберите его.</translation>
    </message>
    <message>
      <source>Choose the report line it merges into.</source>
      <translation>Выберите линию докладов, с которой она объединяется.</translation>
    </message>
    <message>
      <source>“%1” must be text.</source>
      <translation>«%1» должно быть текстом.</translation>
    </message>
    <message>
      <source>There is no event “%1” in the plan.</source>
      <translation>В плане нет мероприятия «%1».</translation>
    </message>
    <message>
      <source>There is no series “%1” in the plan.</source>
      <translation>В плане нет серии «%1».</translation>
    </message>
    <message>
      <source>Give the rule only, for example %1.</source>
      <translation>Укажите только правило, например %1.</translation>
    </message>
    <message>
      <source>“%1” is not NAME=VALUE.</source>
      <translation>«%1» — не в виде ИМЯ=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
      <source>The recurrence has a part the planner does not know: %1.</source>
      <translation>В правиле повторения есть часть, неизвестная планировщику: %1.</translation>
    </message>
    <message>
      <source>%1 is given twice.</source>
      <translation>%1 указано дважды.</translation>
    </message>
    <message>
      <source>The recurrence needs FREQ, for example %1.</source>
      <translation>В правиле повторения нужен FREQ, например %1.</translation>
    </message>
    <message>
      <source>Sessions are whole days: use FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, without hours, minutes or seconds.</source>
      <translation>Сессии состоят из целых дней: используйте FREQ=YEARLY, MONTHLY, WEEKLY или DAILY без часов, минут и секунд.</translation>
    </message>
    <message>
      <source>%1 cannot be “%2”.</source>
      <translation>%1 не может быть «%2».</translation>
    </message>
    <message>
      <source>%1=%2 is out of range (%3 to %4).</source>
      <translation>%1=%2 вне допустимого диапазона (%3–%4).</translation>
    </message>
    <message>
      <source>BYDAY=%1: a numbered weekday needs FREQ=MONTHLY or YEARLY.</source>
      <translation>BYDAY=%1: день недели с номером требует FREQ=MONTHLY или YEARLY.</translation>
    </message>
    <message>
      <source>Give COUNT or UNTIL, not both.</source>
      <translation>Укажите COUNT или UNTIL, но не оба.</translation>
    </message>
    <message>
      <source>BYSETPOS needs another BY… part to choose from.</source>
      <translation>BYSETPOS нужна другая часть BY…, из которой выбирать.</translation>
    </message>
    <message>
      <source>The recurrence names no day at all.</source>
      <translation>Правило повторения не называет ни одного дня.</translation>
    </message>
    <message>
      <source>The series would give too many dates in its range: narrow the rule or give an earlier end.</source>
      <translation>Серия даст слишком много дат в своём диапазоне: сузьте правило или укажите более раннее окончание.</translation>
    </message>
  </context>
</TS>