<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
  <context>
    <name>ChangeText</name>
    <message numerus="yes">
      <source>adds %n requirement(s)</source>
      <translation>
        <numerusform>añade %n obligación</numerusform>
        <numerusform>añade %n obligaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>removes %n requirement(s)</source>
      <translation>
        <numerusform>elimina %n obligación</numerusform>
        <numerusform>elimina %n obligaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>moves %n requirement(s)</source>
      <translation>
        <numerusform>traslada %n obligación</numerusform>
        <numerusform>traslada %n obligaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>re-mandates %n requirement(s)</source>
      <translation>
        <numerusform>cambia el mandato de %n obligación</numerusform>
        <numerusform>cambia el mandato de %n obligaciones</numerusform>
      </translation>
    </message>
    <message>
      <source>no change to requirements</source>
      <translation>ningún cambio en las obligaciones</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <source>“%1” at %2</source>
      <translation>«%1» en %2</translation>
    </message>
    <message>
      <source>%1: moved from %2 — %3</source>
      <translation>%1: trasladado desde %2 — %3</translation>
    </message>
    <message>
      <source>%1: removed — %2</source>
      <translation>%1: suprimido — %2</translation>
    </message>
    <message>
      <source>%1: added — mandated by %2</source>
      <translation>%1: añadido — encomendado por %2</translation>
    </message>
    <message>
      <source>%1: now mandated by %2</source>
      <translation>%1: ahora encomendado por %2</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Changed on both sides</source>
      <translation>Modificado en ambos lados</translation>
    </message>
    <message>
      <source>Yours (offline)</source>
      <translation>La suya (sin conexión)</translation>
    </message>
    <message>
      <source>Theirs (now on the server)</source>
      <translation>La otra (ahora en el servidor)</translation>
    </message>
    <message>
      <source>changed by %1 at %2</source>
      <translation>modificado por %1 el %2</translation>
    </message>
    <message>
      <source>Keep yours</source>
      <translation>Conservar la suya</translation>
    </message>
    <message>
      <source>Keep theirs</source>
      <translation>Conservar la otra</translation>
    </message>
  </context>
  <context>
    <name>Counted</name>
    <message numerus="yes">
      <source>%n new report line(s)</source>
      <translation>
        <numerusform>%n línea de informe nueva</numerusform>
        <numerusform>%n líneas de informe nuevas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n ya en el plan</numerusform>
        <numerusform>%n ya en el plan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tracking row(s)</source>
      <translation>
        <numerusform>%n fila de seguimiento</numerusform>
        <numerusform>%n filas de seguimiento</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesPanel</name>
    <message>
      <source>From %1</source>
      <translation>A partir del %1</translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n atrasado</numerusform>
        <numerusform>%n atrasados</numerusform>
      </translation>
    </message>
    <message>
      <source>No submission or issuance deadline from %1: deadlines appear here as decisions mandate reports.</source>
      <translation>Ningún plazo de presentación o publicación desde el %1: los plazos aparecen aquí cuando las decisiones encomiendan informes.</translation>
    </message>
  </context>
  <context>
    <name>DecisionEditor</name>
    <message>
      <source>(none)</source>
      <translation>(ninguna)</translation>
    </message>
    <message>
      <source>at a named session</source>
      <translation>en un período de sesiones concreto</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>en el próximo período de sesiones</translation>
    </message>
    <message>
      <source>at the first session after an event</source>
      <translation>en el primer período de sesiones tras un acontecimiento</translation>
    </message>
    <message>
      <source>every N years</source>
      <translation>cada N años</translation>
    </message>
    <message>
      <source>after each review of a series</source>
      <translation>después de cada examen de una serie</translation>
    </message>
    <message>
      <source>add — the rule's sessions</source>
      <translation>añadir — los períodos de sesiones de la regla</translation>
    </message>
    <message>
      <source>replace — from its effective date</source>
      <translation>sustituir — desde su entrada en vigor</translation>
    </message>
    <message>
      <source>terminate — end the report line</source>
      <translation>terminar — cerrar la línea de informe</translation>
    </message>
    <message>
      <source>defer — move one session's report</source>
      <translation>aplazar — mover el informe de un período de sesiones</translation>
    </message>
    <message>
      <source>merge — fold into another report</source>
      <translation>fusionar — integrar en otro informe</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
      <source>Close this form and lose what you entered in it?</source>
      <translation>¿Cerrar este formulario y perder lo que ha escrito en él?</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>solo en %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Modificar %1</translation>
    </message>
    <message>
      <source>New decision</source>
      <translation>Nueva decisión</translation>
    </message>
    <message>
      <source>E/DEC/2011/216, or “decision 2011/216”</source>
      <translation>E/DEC/2011/216, o «decisión 2011/216»</translation>
    </message>
    <message>
      <source>effective from</source>
      <translation>en vigor desde</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>aprobada</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>proyecto</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>retirada</translation>
    </message>
    <message>
      <source>Add mandate</source>
      <translation>Añadir mandato</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Signatura</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Aprobada por</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Aprobada el</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>Mandatos</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>Qué hará</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Hasta</translation>
    </message>
  </context>
  <context>
    <name>DocList</name>
    <message>
      <source>General Assembly resolution %1</source>
      <translation>resolución %1 de la Asamblea General</translation>
    </message>
    <message>
      <source>General Assembly decision %1</source>
      <translation>decisión %1 de la Asamblea General</translation>
    </message>
    <message>
      <source>Council resolution %1</source>
      <translation>resolución %1 del Consejo</translation>
    </message>
    <message>
      <source>Council decision %1</source>
      <translation>decisión %1 del Consejo</translation>
    </message>
    <message>
      <source>Security Council resolution %1</source>
      <translation>resolución %1 del Consejo de Seguridad</translation>
    </message>
    <message>
      <source>Security Council decision %1</source>
      <translation>decisión %1 del Consejo de Seguridad</translation>
    </message>
    <message>
      <source>Human Rights Council resolution %1</source>
      <translation>resolución %1 del Consejo de Derechos Humanos</translation>
    </message>
    <message>
      <source>Human Rights Council decision %1</source>
      <translation>decisión %1 del Consejo de Derechos Humanos</translation>
    </message>
    <message>
      <source>draft %1</source>
      <translation>proyecto %1</translation>
    </message>
    <message>
      <source>Report of the Secretary-General on %1</source>
      <translation>Informe del Secretario General sobre %1</translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>proyectos incluidos</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>solo decisiones adoptadas</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>a fecha de %1</translation>
    </message>
    <message>
      <source>Symbol: %1</source>
      <translation>Signatura: %1</translation>
    </message>
    <message>
      <source>Symbol not yet assigned</source>
      <translation>Signatura aún no asignada</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>Estado: %1</translation>
    </message>
    <message>
      <source>Submission: %1</source>
      <translation>Presentación: %1</translation>
    </message>
    <message>
      <source>Issuance: %1</source>
      <translation>Publicación: %1</translation>
    </message>
    <message>
      <source>Other reports</source>
      <translation>Otros informes</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Documentación</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>No se espera ningún informe en este período de sesiones.</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Read-only</source>
      <translation>Solo lectura</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>Añadir %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Modificar %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>Confirmar: %1</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>Seguimiento de «%1» en %2</translation>
    </message>
    <message>
      <source>Add body</source>
      <translation>Añadir órgano</translation>
    </message>
    <message>
      <source>Add report line</source>
      <translation>Añadir línea de informe</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>Añadir período de sesiones</translation>
    </message>
    <message>
      <source>Add session series</source>
      <translation>Añadir serie de períodos de sesiones</translation>
    </message>
    <message>
      <source>Add event</source>
      <translation>Añadir acontecimiento</translation>
    </message>
    <message>
      <source>Add event series</source>
      <translation>Añadir serie de acontecimientos</translation>
    </message>
    <message>
      <source>Edit body %1</source>
      <translation>Modificar el órgano %1</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>Eliminar %1</translation>
    </message>
    <message>
      <source>The session goes back to its projected dates (if a series projects it).</source>
      <translation>El período de sesiones vuelve a sus fechas previstas (si una serie lo prevé).</translation>
    </message>
    <message>
      <source>The requirement stays; only its tracking is cleared.</source>
      <translation>La obligación se mantiene; solo se borra su seguimiento.</translation>
    </message>
    <message>
      <source>Clear tracking of “%1” at %2</source>
      <translation>Borrar el seguimiento de «%1» en %2</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>No se puede eliminar</translation>
    </message>
    <message>
      <source>%1?</source>
      <translation>¿%1?</translation>
    </message>
    <message>
      <source>Edit “%1”</source>
      <translation>Editar «%1»</translation>
    </message>
    <message>
      <source>Delete the body %1</source>
      <translation>Eliminar el órgano %1</translation>
    </message>
    <message>
      <source>Delete the report line “%1”</source>
      <translation>Eliminar la línea de informes «%1»</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <source>Decision symbol, report title or session name:</source>
      <translation>Signatura de la decisión, título del informe o nombre del período de sesiones:</translation>
    </message>
    <message>
      <source>Nothing matches “%1”</source>
      <translation>Ningún resultado para «%1»</translation>
    </message>
    <message>
      <source>Edit decision…</source>
      <translation>Modificar decisión…</translation>
    </message>
    <message>
      <source>Track requirement…</source>
      <translation>Seguir obligación…</translation>
    </message>
    <message>
      <source>Edit or confirm session…</source>
      <translation>Modificar o confirmar período de sesiones…</translation>
    </message>
    <message>
      <source>Edit event…</source>
      <translation>Modificar acontecimiento…</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Retirar</translation>
    </message>
    <message>
      <source>Withdraw %1</source>
      <translation>Retirar %1</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Clear tracking…</source>
      <translation>Borrar seguimiento…</translation>
    </message>
    <message>
      <source>Edit body %1…</source>
      <translation>Modificar el órgano %1…</translation>
    </message>
    <message>
      <source>Delete body %1…</source>
      <translation>Eliminar el órgano %1…</translation>
    </message>
    <message>
      <source>Add session…</source>
      <translation>Añadir período de sesiones…</translation>
    </message>
    <message>
      <source>Add decision here (%1)…</source>
      <translation>Añadir decisión aquí (%1)…</translation>
    </message>
    <message>
      <source>Add event…</source>
      <translation>Añadir acontecimiento…</translation>
    </message>
  </context>
  <context>
    <name>EditDiffView</name>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Después</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>drafts included</source>
      <translation>proyectos incluidos</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>solo decisiones adoptadas</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>a fecha de %1</translation>
    </message>
    <message>
      <source>lanes not shown: %n</source>
      <translation>filas sin mostrar: %n</translation>
    </message>
    <message>
      <source>generated %1 by Mandate Planner</source>
      <translation>generado el %1 con Mandate Planner</translation>
    </message>
    <message>
      <source>printed %1</source>
      <translation>impreso el %1</translation>
    </message>
    <message>
      <source>page %1 of %2</source>
      <translation>página %1 de %2</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>Exportado: %1</translation>
    </message>
    <message>
      <source>Copied the timeline as an image</source>
      <translation>Cronología copiada como imagen</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Imprimir</translation>
    </message>
    <message>
      <source>PDF Handout</source>
      <translation>Documento PDF</translation>
    </message>
    <message>
      <source>PDF handout</source>
      <translation>Documento PDF</translation>
    </message>
    <message>
      <source>Select a session first: its documentation list is exported</source>
      <translation>Seleccione primero un período de sesiones: se exporta su lista de documentos</translation>
    </message>
    <message>
      <source>Export documentation list</source>
      <translation>Exportar la lista de documentos</translation>
    </message>
    <message>
      <source>Export calendar</source>
      <translation>Exportar calendario</translation>
    </message>
    <message>
      <source>Export requirements</source>
      <translation>Exportar obligaciones</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>Imagen PNG</translation>
    </message>
    <message>
      <source>SVG (text stays text)</source>
      <translation>SVG (el texto sigue siendo texto)</translation>
    </message>
    <message>
      <source>PDF (vector)</source>
      <translation>PDF (vectorial)</translation>
    </message>
    <message>
      <source>Export image</source>
      <translation>Exportar imagen</translation>
    </message>
  </context>
  <context>
    <name>ExportImageDialog</name>
    <message>
      <source>Export Timeline Image</source>
      <translation>Exportar imagen de la cronología</translation>
    </message>
    <message>
      <source>Custom width</source>
      <translation>Ancho personalizado</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Leyenda</translation>
    </message>
    <message>
      <source>Footer (plan, date, as-of, drafts)</source>
      <translation>Pie de página (plan, fecha, fecha de referencia, proyectos)</translation>
    </message>
    <message>
      <source>Lanes shown on screen</source>
      <translation>Filas visibles en pantalla</translation>
    </message>
    <message>
      <source>All lanes</source>
      <translation>Todas las filas</translation>
    </message>
    <message>
      <source>Lanes with reports in these years</source>
      <translation>Filas con informes en estos años</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Todo</translation>
    </message>
    <message>
      <source>The report lines and bodies ticked below</source>
      <translation>Las líneas de informe y los órganos marcados abajo</translation>
    </message>
    <message>
      <source>What %1 mandates</source>
      <translation>Lo que %1 solicita</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Años</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Ancho</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>Filas</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Mostrar</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Subtitle</source>
      <translation>Subtítulo</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>%1 × %2 pixels</source>
      <translation>%1 × %2 píxeles</translation>
    </message>
  </context>
  <context>
    <name>FactCounts</name>
    <message numerus="yes">
      <source>%n requirement(s) in the current result</source>
      <translation>
        <numerusform>%n obligación en el resultado actual</numerusform>
        <numerusform>%n obligaciones en el resultado actual</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n report(s) due</source>
      <translation>
        <numerusform>%n informe pendiente</numerusform>
        <numerusform>%n informes pendientes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Facts</name>
    <message>
      <source>confirmed</source>
      <translation>confirmado</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>previsto</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>aprobada</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>proyecto</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>retirada</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>presencial</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>híbrida</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>virtual</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>procedimiento de acuerdo tácito</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>aplazada</translation>
    </message>
    <message>
      <source>suspended and resumed</source>
      <translation>suspendida y reanudada</translation>
    </message>
    <message>
      <source>“%1” at %2</source>
      <translation>«%1» en %2</translation>
    </message>
    <message>
      <source>not due</source>
      <translation>no exigible</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Órgano</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Período de sesiones</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>Presentar antes del</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>Publicar antes del</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>Solicitado por</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Palabras</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>Aprobada</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>En vigor</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>Mandatos</translation>
    </message>
    <message>
      <source>No longer due because of this decision</source>
      <translation>Ya no se deben a causa de esta decisión</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Fechas</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>Projected by</source>
      <translation>Proyectada por</translation>
    </message>
    <message>
      <source>series %1</source>
      <translation>serie %1</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regla</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <source>tentative (projected from its series)</source>
      <translation>provisional (previsto según su serie)</translation>
    </message>
    <message>
      <source>reports without a label: %n</source>
      <translation>informes sin etiqueta: %n</translation>
    </message>
    <message>
      <source>and %n more</source>
      <translation>y %n más</translation>
    </message>
  </context>
  <context>
    <name>FirstViewHint</name>
    <message>
      <source>Dashed outlines are projected sessions and draft decisions, not yet adopted. &lt;a href='drafts'&gt;Include drafts&lt;/a&gt; (Ctrl+D) to see what they would change.</source>
      <translation>Los contornos discontinuos son períodos de sesiones previstos y proyectos de decisión aún no aprobados. &lt;a href='drafts'&gt;Incluir proyectos&lt;/a&gt; (Ctrl+D) para ver lo que cambiarían.</translation>
    </message>
    <message>
      <source>Close this note</source>
      <translation>Cerrar esta nota</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Órgano principal</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>Presentación (semanas antes)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>Publicación (semanas antes)</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Órgano</translation>
    </message>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>Recurrencia (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Días</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>Dura hasta que se abre el siguiente</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>Número = año −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Comienza</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>Provisional</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Título abreviado</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Tema del programa</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>Límite de palabras</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>Aprobada</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>En vigor</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Signatura del documento</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>Palabras estimadas</translation>
    </message>
    <message>
      <source>Horizon (years)</source>
      <translation>Horizonte (años)</translation>
    </message>
    <message>
      <source>Calendar as of</source>
      <translation>Calendario al</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>aprobada</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>proyecto</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>retirada</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>confirmado</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>previsto</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>presencial</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>híbrida</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>virtual</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>procedimiento de acuerdo tácito</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>aplazada</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>programado</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>previsto</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>presentado</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>publicado</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>examinado</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>Órgano %1</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>Serie de períodos de sesiones %1</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>Período de sesiones: %1</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>Serie de eventos: %1</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>Evento: %1</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>Línea de informes «%1»</translation>
    </message>
    <message>
      <source>Decision %1</source>
      <translation>Decisión %1</translation>
    </message>
    <message>
      <source>Tracking of %1 at %2</source>
      <translation>Seguimiento de %1 en %2</translation>
    </message>
    <message>
      <source>Mandate row %1</source>
      <translation>Fila de mandato %1</translation>
    </message>
    <message>
      <source>Added: %1</source>
      <translation>Añadido: %1</translation>
    </message>
    <message>
      <source>Removed: %1</source>
      <translation>Eliminado: %1</translation>
    </message>
    <message>
      <source>Changed: %1</source>
      <translation>Modificado: %1</translation>
    </message>
    <message>
      <source>Not applied, lost a conflict: %1</source>
      <translation>No aplicado, perdió un conflicto: %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>Mandate: %1</source>
      <translation>Mandato: %1</translation>
    </message>
    <message>
      <source>Order of the mandates</source>
      <translation>Orden de los mandatos</translation>
    </message>
    <message>
      <source>Place of the mandate: %1</source>
      <translation>Lugar del mandato: %1</translation>
    </message>
    <message>
      <source>%1. %2</source>
      <translation>%1. %2</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>All edits</source>
      <translation>Todas las modificaciones</translation>
    </message>
    <message>
      <source>This record</source>
      <translation>Este elemento</translation>
    </message>
    <message>
      <source>This officer</source>
      <translation>Este oficial</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Modificación</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Elementos</translation>
    </message>
    <message>
      <source>Undo This Edit</source>
      <translation>Deshacer esta modificación</translation>
    </message>
    <message>
      <source>Select an edit to see what it changed.</source>
      <translation>Seleccione una modificación para ver lo que cambió.</translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL)</source>
      <translation>Modificado fuera de Mandate Planner (SQL)</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL) by %1 at %2</source>
      <translation>Modificado fuera de Mandate Planner (SQL) por %1 el %2</translation>
    </message>
    <message>
      <source>“%1”, by %2 at %3</source>
      <translation>«%1», por %2 el %3</translation>
    </message>
    <message>
      <source>Made outside the planner: undo it the same way, by SQL.</source>
      <translation>Hecha fuera de Mandate Planner: deshágala del mismo modo, con SQL.</translation>
    </message>
  </context>
  <context>
    <name>ImportResolutionsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>Solo lectura</translation>
    </message>
    <message>
      <source>Import Resolutions</source>
      <translation>Importar resoluciones</translation>
    </message>
    <message>
      <source>Add &amp;Files…</source>
      <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
      <source>&amp;Paste Text…</source>
      <translation>&amp;Pegar texto…</translation>
    </message>
    <message>
      <source>Resolution / paragraph</source>
      <translation>Resolución / párrafo</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Lectura</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Confianza</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Se convierte en</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Aceptar</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>&amp;Rechazar</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modificar…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importar</translation>
    </message>
    <message>
      <source>Choose resolutions (AKN XML, Word, PDF or text), drop them here, or paste a text. Nothing enters the plan until you press Import.</source>
      <translation>Elija resoluciones (XML AKN, Word, PDF o texto), suéltelas aquí o pegue un texto. Nada entra en el plan hasta que pulse Importar.</translation>
    </message>
    <message>
      <source>Ticked proposals are imported. Unsure ones (amber) wait for your decision. Nothing enters the plan until you press Import.</source>
      <translation>Se importan las propuestas marcadas. Las inciertas (en ámbar) esperan su decisión. Nada entra en el plan hasta que pulse Importar.</translation>
    </message>
    <message>
      <source>Choose Resolutions</source>
      <translation>Elegir resoluciones</translation>
    </message>
    <message>
      <source>Resolutions (%1)</source>
      <translation>Resoluciones (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Todos los archivos (*)</translation>
    </message>
    <message>
      <source>cannot be read</source>
      <translation>no se puede leer</translation>
    </message>
    <message>
      <source>asks for no report</source>
      <translation>no pide ningún informe</translation>
    </message>
    <message>
      <source>same resolution as %1</source>
      <translation>la misma resolución que %1</translation>
    </message>
    <message>
      <source>updates the decision in the plan</source>
      <translation>actualiza la decisión del plan</translation>
    </message>
    <message>
      <source>new decision</source>
      <translation>nueva decisión</translation>
    </message>
    <message>
      <source>¶ %1</source>
      <translation>párr. %1</translation>
    </message>
    <message>
      <source>already in the plan</source>
      <translation>ya está en el plan</translation>
    </message>
    <message>
      <source>%1 · new line “%2”</source>
      <translation>%1 · nueva línea “%2”</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>not placed: %1</source>
      <translation>no ubicado: %1</translation>
    </message>
    <message>
      <source>replaced by your edit</source>
      <translation>sustituido por su modificación</translation>
    </message>
    <message>
      <source>Edit the Decision Read from %1</source>
      <translation>Modificar la decisión leída de %1</translation>
    </message>
    <message>
      <source>Replaced by your edit of the decision.</source>
      <translation>Sustituido por su modificación de la decisión.</translation>
    </message>
    <message>
      <source>Nothing accepted yet.</source>
      <translation>Aún no se ha aceptado nada.</translation>
    </message>
  </context>
  <context>
    <name>InspectorPanel</name>
    <message>
      <source>Select a session, requirement, decision or event on the timeline to see its facts here.</source>
      <translation>Seleccione un período de sesiones, una obligación, una decisión o un acontecimiento en la cronología para ver aquí sus datos.</translation>
    </message>
  </context>
  <context>
    <name>LanesPanel</name>
    <message>
      <source>Search bodies…</source>
      <translation>Buscar órganos…</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>This plan is being edited in another Mandate Planner window.</source>
      <translation>Este plan se está editando en otra ventana de Mandate Planner.</translation>
    </message>
    <message>
      <source>Opened by %1 on %2 since %3.</source>
      <translation>Abierto por %1 en %2 desde %3.</translation>
    </message>
    <message>
      <source>Plan in use</source>
      <translation>Plan en uso</translation>
    </message>
    <message>
      <source>Open it read-only?</source>
      <translation>¿Abrirlo en modo de solo lectura?</translation>
    </message>
    <message>
      <source>Cannot open plan</source>
      <translation>No se puede abrir el plan</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opened plan</source>
      <translation>Plan abierto</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>Filas</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>Obligaciones</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Plazos</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problemas</translation>
    </message>
    <message>
      <source>What Changed</source>
      <translation>Cambios</translation>
    </message>
    <message>
      <source>What-if: Drafts</source>
      <translation>Simulación: proyectos</translation>
    </message>
    <message>
      <source>Undo History</source>
      <translation>Historial de cambios</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Leyenda</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edición</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Añadir</translation>
    </message>
    <message>
      <source>Report Line…</source>
      <translation>Línea de informe…</translation>
    </message>
    <message>
      <source>Body…</source>
      <translation>Órgano…</translation>
    </message>
    <message>
      <source>Session…</source>
      <translation>Período de sesiones…</translation>
    </message>
    <message>
      <source>Session Series…</source>
      <translation>Serie de períodos de sesiones…</translation>
    </message>
    <message>
      <source>Event…</source>
      <translation>Acontecimiento…</translation>
    </message>
    <message>
      <source>Event Series…</source>
      <translation>Serie de acontecimientos…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>Ne&amp;w Plan…</source>
      <translation>N&amp;uevo plan…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Guardar &amp;como…</translation>
    </message>
    <message>
      <source>I&amp;mport Plan…</source>
      <translation>I&amp;mportar plan…</translation>
    </message>
    <message>
      <source>E&amp;xport Plan…</source>
      <translation>E&amp;xportar plan…</translation>
    </message>
    <message>
      <source>Import Reso&amp;lutions…</source>
      <translation>Importar reso&amp;luciones…</translation>
    </message>
    <message>
      <source>Import R&amp;eport List (.xlsx, .csv)…</source>
      <translation>Importar lista de &amp;informes (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>Import Meetin&amp;gs (.ics)…</source>
      <translation>Importar reu&amp;niones (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Image…</source>
      <translation>Exportar &amp;imagen…</translation>
    </message>
    <message>
      <source>&amp;Copy Timeline Image</source>
      <translation>&amp;Copiar imagen de la cronología</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <source>Export PDF &amp;Handout…</source>
      <translation>Exportar &amp;documento PDF…</translation>
    </message>
    <message>
      <source>Export &amp;Documentation List (.docx, .pdf)…</source>
      <translation>Exportar la lista de &amp;documentos (.docx, .pdf)…</translation>
    </message>
    <message>
      <source>Export &amp;Calendar (.ics)…</source>
      <translation>Exportar &amp;calendario (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Requirements (.xlsx, .csv)…</source>
      <translation>Exportar &amp;obligaciones (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <source>&amp;New Decision…</source>
      <translation>&amp;Nueva decisión…</translation>
    </message>
    <message>
      <source>&amp;Edit Selected…</source>
      <translation>&amp;Modificar selección…</translation>
    </message>
    <message>
      <source>&amp;Delete Selected…</source>
      <translation>&amp;Eliminar selección…</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>&amp;Acercar</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>A&amp;lejar</translation>
    </message>
    <message>
      <source>&amp;Fit All</source>
      <translation>&amp;Ver todo</translation>
    </message>
    <message>
      <source>Go to &amp;Today</source>
      <translation>Ir a &amp;hoy</translation>
    </message>
    <message>
      <source>Go to &amp;2012</source>
      <translation>Ir a &amp;2012</translation>
    </message>
    <message>
      <source>&amp;Meeting Mode</source>
      <translation>Modo &amp;reunión</translation>
    </message>
    <message>
      <source>Include &amp;Drafts</source>
      <translation>Incluir &amp;proyectos</translation>
    </message>
    <message>
      <source>&amp;Compare With and Without Drafts</source>
      <translation>&amp;Comparar con y sin proyectos</translation>
    </message>
    <message>
      <source>Plan &amp;As Of…</source>
      <translation>Plan &amp;a fecha de…</translation>
    </message>
    <message>
      <source>Projection &amp;Horizon…</source>
      <translation>&amp;Horizonte de proyección…</translation>
    </message>
    <message>
      <source>&amp;About Mandate Planner</source>
      <translation>&amp;Acerca de Mandate Planner</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Principal</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>A fecha de</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n obligación</numerusform>
        <numerusform>%n obligaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n problema</numerusform>
        <numerusform>%n problemas</numerusform>
      </translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>proyectos incluidos</translation>
    </message>
    <message>
      <source>adopted only</source>
      <translation>solo decisiones aprobadas</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>a fecha de %1</translation>
    </message>
    <message numerus="yes">
      <source>Problems (%n)</source>
      <translation>
        <numerusform>Problemas (%n)</numerusform>
        <numerusform>Problemas (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Backup failed: %1</source>
      <translation>Falló la copia de seguridad: %1</translation>
    </message>
    <message>
      <source>%1 — read-only</source>
      <translation>%1 — solo lectura</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Solo lectura</translation>
    </message>
    <message>
      <source>Open plan</source>
      <translation>Abrir plan</translation>
    </message>
    <message>
      <source>Plans (*.sqlite *.json);;All files (*)</source>
      <translation>Planes (*.sqlite *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Guardar como</translation>
    </message>
    <message>
      <source>This plan is not a plan file; import it first.</source>
      <translation>Este plan no es un archivo de plan; impórtelo primero.</translation>
    </message>
    <message>
      <source>Save plan as</source>
      <translation>Guardar el plan como</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Planes (*.sqlite)</translation>
    </message>
    <message>
      <source>Saved a copy as %1</source>
      <translation>Copia guardada como %1</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ninguna)</translation>
    </message>
    <message>
      <source>system fonts</source>
      <translation>fuentes del sistema</translation>
    </message>
    <message>
      <source>About Mandate Planner</source>
      <translation>Acerca de Mandate Planner</translation>
    </message>
    <message>
      <source>Which reports the Secretary-General owes to which session, why, and by when.</source>
      <translation>Qué informes debe presentar el Secretario General a qué período de sesiones, por qué y para cuándo.</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>Fuentes</translation>
    </message>
  </context>
  <context>
    <name>MandateForm</name>
    <message>
      <source>Mandate</source>
      <translation>Mandato</translation>
    </message>
    <message>
      <source>Title of the new report line</source>
      <translation>Título de la nueva línea de informe</translation>
    </message>
    <message>
      <source> year(s)</source>
      <translation> año(s)</translation>
    </message>
    <message>
      <source>a year, or a session id</source>
      <translation>un año o un identificador de período de sesiones</translation>
    </message>
    <message>
      <source>year (optional)</source>
      <translation>año (opcional)</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> semanas</translation>
    </message>
    <message>
      <source>from</source>
      <translation>desde</translation>
    </message>
    <message>
      <source>until</source>
      <translation>hasta</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <source>New report</source>
      <translation>Nuevo informe</translation>
    </message>
    <message>
      <source>Effect</source>
      <translation>Efecto</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regla</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Órgano</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Período de sesiones</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Acontecimiento</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>Cada</translation>
    </message>
    <message>
      <source>First</source>
      <translation>Primero</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>Preparación</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Exámenes</translation>
    </message>
    <message>
      <source>From session</source>
      <translation>Desde el período de sesiones</translation>
    </message>
    <message>
      <source>To session</source>
      <translation>Al período de sesiones</translation>
    </message>
    <message>
      <source>Into report</source>
      <translation>En el informe</translation>
    </message>
    <message>
      <source>at every body</source>
      <translation>en todos los órganos</translation>
    </message>
    <message>
      <source>only at one body</source>
      <translation>solo en un órgano</translation>
    </message>
    <message>
      <source>%1 (projected)</source>
      <translation>%1 (prevista)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ninguna)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>Solo lectura</translation>
    </message>
    <message>
      <source>Choose a Meeting Calendar</source>
      <translation>Elegir un calendario de reuniones</translation>
    </message>
    <message>
      <source>Calendars (*.ics)</source>
      <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
      <source>Import Meetings</source>
      <translation>Importar reuniones</translation>
    </message>
    <message>
      <source>Confirm sessions from %1</source>
      <translation>Confirmar períodos de sesiones según %1</translation>
    </message>
    <message>
      <source>Import Meetings from %1</source>
      <translation>Importar las reuniones de %1</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Reunión</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Fechas</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Período de sesiones</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <source>&amp;Confirm Sessions</source>
      <translation>&amp;Confirmar períodos de sesiones</translation>
    </message>
    <message>
      <source>Ticked meetings confirm their session with the meeting's dates and place.</source>
      <translation>Las reuniones marcadas confirman su período de sesiones con las fechas y el lugar de la reunión.</translation>
    </message>
    <message>
      <source>confirms the projected session</source>
      <translation>confirma el período de sesiones previsto</translation>
    </message>
    <message>
      <source>changes %1 – %2</source>
      <translation>cambia %1 – %2</translation>
    </message>
    <message>
      <source>as in the plan</source>
      <translation>como en el plan</translation>
    </message>
    <message>
      <source>no body of the plan named</source>
      <translation>no se nombra ningún órgano del plan</translation>
    </message>
    <message>
      <source>no session of %1 near these dates</source>
      <translation>ningún período de sesiones de %1 cerca de esas fechas</translation>
    </message>
  </context>
  <context>
    <name>NewPlanDialog</name>
    <message>
      <source>New Plan</source>
      <translation>Nuevo plan</translation>
    </message>
    <message>
      <source>&amp;Blank plan</source>
      <translation>Plan en &amp;blanco</translation>
    </message>
    <message>
      <source>&amp;From the UN calendar, with the bodies ticked below</source>
      <translation>Del calendario de las &amp;Naciones Unidas, con los órganos marcados abajo</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Órgano</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Tick &amp;All</source>
      <translation>&amp;Marcar todos</translation>
    </message>
    <message>
      <source>&amp;Untick All</source>
      <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
      <source>the file's name, if left empty</source>
      <translation>el nombre del archivo, si se deja vacío</translation>
    </message>
    <message>
      <source>choose where to save it</source>
      <translation>elija dónde guardarlo</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Elegir…</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Crear</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Título</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>An empty plan: add bodies, sessions and decisions.</source>
      <translation>Un plan vacío: añada órganos, períodos de sesiones y decisiones.</translation>
    </message>
    <message>
      <source>Tick the bodies the plan should hold.</source>
      <translation>Marque los órganos que debe contener el plan.</translation>
    </message>
    <message>
      <source>Bodies: %1 · sessions: %2 · decisions: %3 · report lines: %4</source>
      <translation>Órganos: %1 · períodos de sesiones: %2 · decisiones: %3 · líneas de informe: %4</translation>
    </message>
    <message>
      <source>Also kept, without their calendar, for the decisions that refer to them: %1</source>
      <translation>También se conservan, sin su calendario, por las decisiones que los mencionan: %1</translation>
    </message>
    <message>
      <source>New plan file</source>
      <translation>Archivo del nuevo plan</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Planes (*.sqlite)</translation>
    </message>
  </context>
  <context>
    <name>PasteTextDialog</name>
    <message>
      <source>Paste a Resolution</source>
      <translation>Pegar una resolución</translation>
    </message>
    <message>
      <source>Paste the resolution here: its numbered operative paragraphs, one per line or block.</source>
      <translation>Pegue aquí la resolución: sus párrafos dispositivos numerados, uno por línea o bloque.</translation>
    </message>
    <message>
      <source>(not known)</source>
      <translation>(desconocido)</translation>
    </message>
    <message>
      <source>known</source>
      <translation>conocida</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Signatura</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Aprobada por</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Aprobada el</translation>
    </message>
    <message>
      <source>pasted text</source>
      <translation>texto pegado</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message>
      <source>Calendar data as of %1</source>
      <translation>Datos del calendario al %1</translation>
    </message>
    <message>
      <source>This plan's calendar data as of %1</source>
      <translation>Datos del calendario de este plan al %1</translation>
    </message>
    <message>
      <source>New Plan</source>
      <translation>Nuevo plan</translation>
    </message>
    <message>
      <source>Import plan</source>
      <translation>Importar plan</translation>
    </message>
    <message>
      <source>Plan interchange files (*.json)</source>
      <translation>Archivos de intercambio de planes (*.json)</translation>
    </message>
    <message>
      <source>Save the imported plan as</source>
      <translation>Guardar el plan importado como</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Planes (*.sqlite)</translation>
    </message>
    <message>
      <source>Import Plan</source>
      <translation>Importar plan</translation>
    </message>
    <message>
      <source>Export plan</source>
      <translation>Exportar plan</translation>
    </message>
    <message>
      <source>Export Plan</source>
      <translation>Exportar plan</translation>
    </message>
    <message>
      <source>Exported the plan to %1</source>
      <translation>Plan exportado a %1</translation>
    </message>
    <message>
      <source>Projection Horizon</source>
      <translation>Horizonte de proyección</translation>
    </message>
    <message>
      <source>Project the session series this many years past the current year:</source>
      <translation>Proyectar las series de períodos de sesiones este número de años después del año en curso:</translation>
    </message>
    <message numerus="yes">
      <source>Projection horizon: %n year(s)</source>
      <translation>
        <numerusform>Horizonte de proyección: %n año</numerusform>
        <numerusform>Horizonte de proyección: %n años</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Slide 16:9 (1920 × 1080)</source>
      <translation>Diapositiva 16:9 (1920 × 1080)</translation>
    </message>
    <message>
      <source>Slide 16:9 (3840 × 2160)</source>
      <translation>Diapositiva 16:9 (3840 × 2160)</translation>
    </message>
    <message>
      <source>A4 landscape handout</source>
      <translation>Documento A4 horizontal</translation>
    </message>
    <message>
      <source>A3 poster</source>
      <translation>Póster A3</translation>
    </message>
    <message>
      <source>Email image (1200 px wide)</source>
      <translation>Imagen para correo (1200 px de ancho)</translation>
    </message>
  </context>
  <context>
    <name>PrintSetupDialog</name>
    <message>
      <source>Fit the years to the page width</source>
      <translation>Ajustar los años al ancho de la página</translation>
    </message>
    <message>
      <source>Tile: a few years per page</source>
      <translation>Mosaico: unos años por página</translation>
    </message>
    <message>
      <source> years per page</source>
      <translation> años por página</translation>
    </message>
    <message>
      <source>Paper (landscape)</source>
      <translation>Papel (horizontal)</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Años</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Disposición</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %1 (%n page(s))</source>
      <translation>
        <numerusform>Se escribió %1 (%n página)</numerusform>
        <numerusform>Se escribió %1 (%n páginas)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <source>No problems: every rule finds its sessions and no deadline is missed.</source>
      <translation>Ningún problema: cada regla encuentra sus períodos de sesiones y no se incumple ningún plazo.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Next: %1</source>
      <translation>Próximos: %1</translation>
    </message>
    <message>
      <source>No occurrence in the range.</source>
      <translation>Ninguna fecha en el intervalo.</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>Recurrencia (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Días</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>Número = año −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>Órgano %1</translation>
    </message>
    <message>
      <source>New body</source>
      <translation>Nuevo órgano</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Identificador</translation>
    </message>
    <message>
      <source>e.g. CSW</source>
      <translation>p. ej. CSW</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Órgano principal</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>Presentación (semanas antes)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>Publicación (semanas antes)</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>Línea de informes «%1»</translation>
    </message>
    <message>
      <source>New report line</source>
      <translation>Nueva línea de informe</translation>
    </message>
    <message>
      <source>a short stable id</source>
      <translation>un identificador breve y estable</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Título abreviado</translation>
    </message>
    <message>
      <source>for labels; derived from the title</source>
      <translation>para las etiquetas; se deriva del título</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Tema del programa</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>Límite de palabras</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Nuevo período de sesiones</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>Período de sesiones: %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>Confirmar: %1</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Órgano</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>Clausura</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>Serie de períodos de sesiones %1</translation>
    </message>
    <message>
      <source>New session series</source>
      <translation>Nueva serie de períodos de sesiones</translation>
    </message>
    <message>
      <source>Name pattern</source>
      <translation>Patrón de nombre</translation>
    </message>
    <message>
      <source>Substantive session of {year}; {ordinal} session</source>
      <translation>Período de sesiones sustantivo de {year}; {ordinal} período de sesiones</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>Dura hasta que se abre el siguiente</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>Evento: %1</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>Nuevo acontecimiento</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Comienza</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>Provisional</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>Serie de eventos: %1</translation>
    </message>
    <message>
      <source>New event series</source>
      <translation>Nueva serie de acontecimientos</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>Seguimiento de «%1» en %2</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Período de sesiones</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Signatura del documento</translation>
    </message>
    <message>
      <source>e.g. A/67/123-E/2012/45</source>
      <translation>p. ej. A/67/123-E/2012/45</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>Palabras estimadas</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>opcional</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
  </context>
  <context>
    <name>ReportListDialog</name>
    <message>
      <source>Report title</source>
      <translation>Título del informe</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Identificador del informe</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Tema del programa</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Período de sesiones</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Signatura del documento</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>row %1: no report title</source>
      <translation>fila %1: sin título de informe</translation>
    </message>
    <message>
      <source>row %1: no report line %2</source>
      <translation>fila %1: no existe la línea de informe %2</translation>
    </message>
    <message>
      <source>row %1: no session %2</source>
      <translation>fila %1: no existe el período de sesiones %2</translation>
    </message>
    <message>
      <source>row %1: status %2 not known (planned)</source>
      <translation>fila %1: estado %2 desconocido (previsto)</translation>
    </message>
    <message>
      <source>row %1: %2 given twice</source>
      <translation>fila %1: %2 aparece dos veces</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Solo lectura</translation>
    </message>
    <message>
      <source>Choose a Report List</source>
      <translation>Elegir una lista de informes</translation>
    </message>
    <message>
      <source>Report lists (*.xlsx *.csv)</source>
      <translation>Listas de informes (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Import Report List</source>
      <translation>Importar lista de informes</translation>
    </message>
    <message>
      <source>Import report list %1</source>
      <translation>Importar la lista de informes %1</translation>
    </message>
    <message>
      <source>Import Report List from %1</source>
      <translation>Importar la lista de informes %1</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>(ignore)</source>
      <translation>(omitir)</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importar</translation>
    </message>
    <message>
      <source>Choose what each column holds; a report title is needed in each row.</source>
      <translation>Indique qué contiene cada columna; cada fila necesita un título de informe.</translation>
    </message>
    <message>
      <source>A field is chosen for two columns.</source>
      <translation>Se eligió el mismo campo para dos columnas.</translation>
    </message>
  </context>
  <context>
    <name>RequirementsPanel</name>
    <message>
      <source>Filter text…</source>
      <translation>Filtrar texto…</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Órgano</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>No report is due yet: requirements appear here when a decision mandates a report (Edit ▸ New Decision, Ctrl+N).</source>
      <translation>Todavía no se debe ningún informe: las obligaciones aparecen aquí cuando una decisión encomienda un informe (Edición ▸ Nueva decisión, Ctrl+N).</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todos</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n obligación</numerusform>
        <numerusform>%n obligaciones</numerusform>
      </translation>
    </message>
    <message>
      <source>Show on timeline</source>
      <translation>Mostrar en la cronología</translation>
    </message>
    <message>
      <source>Track…</source>
      <translation>Seguir…</translation>
    </message>
    <message>
      <source>Edit report line…</source>
      <translation>Modificar línea de informe…</translation>
    </message>
    <message>
      <source>Delete report line…</source>
      <translation>Eliminar línea de informe…</translation>
    </message>
  </context>
  <context>
    <name>ReviewText</name>
    <message>
      <source>no body named: the adopting body assumed</source>
      <translation>no se nombra ningún órgano: se supone el órgano que aprueba</translation>
    </message>
    <message>
      <source>the body taken from the rest of the text</source>
      <translation>órgano deducido del resto del texto</translation>
    </message>
    <message>
      <source>a body this reader does not know</source>
      <translation>un órgano que este lector no conoce</translation>
    </message>
    <message>
      <source>asks for content in an existing report, perhaps not a report of its own</source>
      <translation>pide contenido en un informe existente, quizá no un informe propio</translation>
    </message>
    <message>
      <source>in a draft recommended to another body, not adopted yet</source>
      <translation>en un proyecto recomendado a otro órgano, aún no aprobado</translation>
    </message>
    <message>
      <source>no time given</source>
      <translation>no se indica plazo</translation>
    </message>
    <message>
      <source>only a year given</source>
      <translation>solo se indica un año</translation>
    </message>
    <message>
      <source>several sessions named</source>
      <translation>se nombran varios períodos de sesiones</translation>
    </message>
    <message>
      <source>what it is merged into is unclear</source>
      <translation>no está claro con qué se fusiona</translation>
    </message>
    <message>
      <source>the session taken from the provisional agenda named</source>
      <translation>período de sesiones deducido del programa provisional citado</translation>
    </message>
    <message>
      <source>a joint report to %1</source>
      <translation>un informe conjunto a %1</translation>
    </message>
    <message>
      <source>through %1</source>
      <translation>por conducto de %1</translation>
    </message>
    <message>
      <source>the plan has no such session</source>
      <translation>el plan no tiene ese período de sesiones</translation>
    </message>
    <message>
      <source>the plan has no such body</source>
      <translation>el plan no tiene ese órgano</translation>
    </message>
    <message>
      <source>no report line in the plan matches</source>
      <translation>ninguna línea de informe del plan coincide</translation>
    </message>
    <message>
      <source>no report line to merge into</source>
      <translation>no hay línea de informe con la que fusionar</translation>
    </message>
    <message>
      <source>no schedule to plan (ongoing)</source>
      <translation>sin calendario que planificar (continuo)</translation>
    </message>
    <message>
      <source>no first occurrence known</source>
      <translation>se desconoce la primera vez</translation>
    </message>
    <message>
      <source>no time given: the next session assumed</source>
      <translation>no se indica plazo: se supone el próximo período de sesiones</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>cada año</numerusform>
        <numerusform>cada %n años</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n proposal(s)</source>
      <translation>
        <numerusform>%n propuesta</numerusform>
        <numerusform>%n propuestas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s)</source>
      <translation>
        <numerusform>%n resolución</numerusform>
        <numerusform>%n resoluciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n ya en el plan</numerusform>
        <numerusform>%n ya en el plan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new mandate(s)</source>
      <translation>
        <numerusform>%n mandato nuevo</numerusform>
        <numerusform>%n mandatos nuevos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>edited: %n mandate(s)</source>
      <translation>
        <numerusform>modificada: %n mandato</numerusform>
        <numerusform>modificada: %n mandatos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s) cannot be imported as they stand: edit or reject them</source>
      <translation>
        <numerusform>%n resolución no puede importarse tal como está: modifíquela o recházela</numerusform>
        <numerusform>%n resoluciones no pueden importarse tal como están: modifíquelas o recházelas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n resolution(s)</source>
      <translation>
        <numerusform>Importar %n resolución</numerusform>
        <numerusform>Importar %n resoluciones</numerusform>
      </translation>
    </message>
    <message>
      <source>at session %1 (%2)</source>
      <translation>en el período de sesiones %1 (%2)</translation>
    </message>
    <message>
      <source>at session %1</source>
      <translation>en el período de sesiones %1</translation>
    </message>
    <message>
      <source>in %1</source>
      <translation>en %1</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>en el próximo período de sesiones</translation>
    </message>
    <message>
      <source>from session %1</source>
      <translation>desde el período de sesiones %1</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>desde %1</translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>hasta %1</translation>
    </message>
    <message>
      <source>ongoing</source>
      <translation>continuo</translation>
    </message>
    <message>
      <source>discontinued</source>
      <translation>suprimido</translation>
    </message>
    <message>
      <source>merged into “%1”</source>
      <translation>fusionado con “%1”</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>fusionado</translation>
    </message>
    <message>
      <source>to %1</source>
      <translation>a %1</translation>
    </message>
    <message>
      <source>oral</source>
      <translation>oral</translation>
    </message>
    <message>
      <source>unsure, %1</source>
      <translation>incierto, %1</translation>
    </message>
    <message>
      <source>“%1”, a new report line</source>
      <translation>“%1”, una nueva línea de informe</translation>
    </message>
    <message>
      <source>%1 — %2: %3</source>
      <translation>%1 — %2: %3</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>Qué hará</translation>
    </message>
    <message>
      <source>nothing: not accepted</source>
      <translation>nada: no aceptado</translation>
    </message>
    <message>
      <source>Unsure</source>
      <translation>Incierto</translation>
    </message>
    <message>
      <source>Read as</source>
      <translation>Leído como</translation>
    </message>
    <message>
      <source>On: %1</source>
      <translation>Sobre: %1</translation>
    </message>
    <message>
      <source>Agenda item: %1</source>
      <translation>Tema del programa: %1</translation>
    </message>
    <message>
      <source>Confidence: %1</source>
      <translation>Confianza: %1</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>Notas: %1</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Se convierte en</translation>
    </message>
    <message>
      <source>Not placed in the plan: %1</source>
      <translation>No ubicado en el plan: %1</translation>
    </message>
    <message>
      <source>Already in the plan: adds nothing.</source>
      <translation>Ya está en el plan: no añade nada.</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Signatura</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Aprobada por</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Aprobada el</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Tema del programa</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>Operative paragraphs</source>
      <translation>Párrafos dispositivos</translation>
    </message>
  </context>
  <context>
    <name>SessionCard</name>
    <message>
      <source>projected</source>
      <translation>previsto</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>No se espera ningún informe en este período de sesiones.</translation>
    </message>
    <message>
      <source>mandated by %1</source>
      <translation>solicitado por %1</translation>
    </message>
    <message>
      <source>submit by %1, issue by %2</source>
      <translation>presentar antes del %1, publicar antes del %2</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <source>Session start</source>
      <translation>Inicio del período de sesiones</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Órgano</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Período de sesiones</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>Presentar antes del</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>Publicar antes del</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>Solicitado por</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>submission</source>
      <translation>presentación</translation>
    </message>
    <message>
      <source>issuance</source>
      <translation>publicación</translation>
    </message>
    <message>
      <source>%1, overdue</source>
      <translation>%1, atrasada</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Plazo</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Ubicación</translation>
    </message>
  </context>
  <context>
    <name>TeamFeatures</name>
    <message>
      <source>Open &amp;Team Plan…</source>
      <translation>Abrir plan de &amp;equipo…</translation>
    </message>
    <message>
      <source>Take &amp;Offline Copy…</source>
      <translation>Tomar copia sin c&amp;onexión…</translation>
    </message>
    <message>
      <source>&amp;Bring Changes Back…</source>
      <translation>&amp;Traer los cambios…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <source>Connected to the server again</source>
      <translation>Conectado de nuevo al servidor</translation>
    </message>
    <message>
      <source>Not saved, the server cannot be reached: “%1” will be offered again</source>
      <translation>No guardado, no se puede acceder al servidor: «%1» se ofrecerá de nuevo</translation>
    </message>
    <message>
      <source>Save your edit “%1” now?</source>
      <translation>¿Guardar ahora su modificación «%1»?</translation>
    </message>
    <message>
      <source>Open Team Plan</source>
      <translation>Abrir plan de equipo</translation>
    </message>
    <message>
      <source>Take Offline Copy</source>
      <translation>Tomar copia sin conexión</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Planes (*.sqlite)</translation>
    </message>
    <message>
      <source>Offline copy saved as %1</source>
      <translation>Copia sin conexión guardada como %1</translation>
    </message>
    <message>
      <source>Bring Changes Back</source>
      <translation>Traer los cambios</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) brought back</source>
      <translation>
        <numerusform>%n cambio traído</numerusform>
        <numerusform>%n cambios traídos</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 — %2 on %3</source>
      <translation>%1 — %2 en %3</translation>
    </message>
    <message>
      <source>%1 — %2 on this computer</source>
      <translation>%1 — %2 en este equipo</translation>
    </message>
  </context>
  <context>
    <name>TeamPlanDialog</name>
    <message>
      <source>Open Team Plan</source>
      <translation>Abrir plan de equipo</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Base de datos</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Usuario</translation>
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
      <translation>período de sesiones confirmado</translation>
    </message>
    <message>
      <source>projected session</source>
      <translation>período de sesiones previsto</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>decisión</translation>
    </message>
    <message>
      <source>draft decision</source>
      <translation>proyecto de decisión</translation>
    </message>
    <message>
      <source>event</source>
      <translation>acontecimiento</translation>
    </message>
    <message>
      <source>tentative event</source>
      <translation>acontecimiento provisional</translation>
    </message>
    <message>
      <source>today</source>
      <translation>hoy</translation>
    </message>
    <message>
      <source>as of</source>
      <translation>a fecha de</translation>
    </message>
    <message>
      <source>submission / issuance deadline</source>
      <translation>plazo de presentación / publicación</translation>
    </message>
    <message>
      <source>more reports, not named here</source>
      <translation>más informes, sin nombre aquí</translation>
    </message>
    <message>
      <source>projections end</source>
      <translation>fin de las proyecciones</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>programado</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>previsto</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>presentado</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>publicado</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>examinado</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>atrasado</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>imposible de cumplir</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <source>Events</source>
      <translation>Acontecimientos</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Decisiones</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Redo %1</source>
      <translation>Rehacer: %1</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Deshacer: %1</translation>
    </message>
    <message>
      <source>%1: not done. %2</source>
      <translation>%1: no se hizo. %2</translation>
    </message>
  </context>
  <context>
    <name>WhatChangedPanel</name>
    <message>
      <source>Edits and their effect on the requirements appear here.</source>
      <translation>Aquí aparecen los cambios y su efecto en las obligaciones.</translation>
    </message>
  </context>
  <context>
    <name>WhatIfPanel</name>
    <message>
      <source>What the draft decisions would add, remove and move appears here (Plan ▸ Compare With and Without Drafts, Ctrl+Shift+D).</source>
      <translation>Lo que los proyectos de decisión añadirían, suprimirían o trasladarían aparece aquí (Plan ▸ Comparar con y sin proyectos, Ctrl+Mayús+D).</translation>
    </message>
    <message>
      <source>The plan has no draft decisions. A decision saved as a draft shows here what it would change.</source>
      <translation>El plan no tiene proyectos de decisión. Una decisión guardada como proyecto muestra aquí lo que cambiaría.</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>still due, now mandated by %1</source>
      <translation>sigue pendiente, ahora encomendado por %1</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>A .json file opens read-only; import it to edit it.</source>
      <translation>Un archivo .json se abre en solo lectura; impórtelo para editarlo.</translation>
    </message>
    <message>
      <source>The plan file cannot be written (its permissions or folder).</source>
      <translation>No se puede escribir en el archivo del plan (permisos o carpeta).</translation>
    </message>
    <message>
      <source>Another Mandate Planner window is editing this plan.</source>
      <translation>Otra ventana de Mandate Planner está editando este plan.</translation>
    </message>
    <message>
      <source>Meeting mode is read-only (Esc leaves it).</source>
      <translation>El modo reunión es de solo lectura (Esc para salir).</translation>
    </message>
    <message>
      <source>Your database role may only read this team plan.</source>
      <translation>Su función en la base de datos solo permite leer este plan de equipo.</translation>
    </message>
    <message>
      <source>The plan holds values that cannot be computed; it opens read-only, without the records at fault.</source>
      <translation>El plan contiene valores que no se pueden calcular; se abre en solo lectura, sin los registros afectados.</translation>
    </message>
    <message>
      <source>This plan was opened read-only.</source>
      <translation>Este plan se abrió en solo lectura.</translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1 y %2</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>replaced by %1</source>
      <translation>sustituido por %1</translation>
    </message>
    <message>
      <source>terminated by %1</source>
      <translation>terminado por %1</translation>
    </message>
    <message>
      <source>deferred to %1 by %2</source>
      <translation>aplazado a %1 por %2</translation>
    </message>
    <message>
      <source>merged into %1 by %2</source>
      <translation>fusionado en %1 por %2</translation>
    </message>
    <message>
      <source>no longer mandated</source>
      <translation>ya no se solicita</translation>
    </message>
    <message>
      <source>add</source>
      <translation>añadir</translation>
    </message>
    <message>
      <source>replace</source>
      <translation>sustituir</translation>
    </message>
    <message>
      <source>terminate</source>
      <translation>poner fin</translation>
    </message>
    <message>
      <source>defer</source>
      <translation>aplazar</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>fusionar</translation>
    </message>
    <message>
      <source>from %1 to %2</source>
      <translation>de %1 a %2</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>desde %1</translation>
    </message>
    <message>
      <source>into %1</source>
      <translation>en %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>solo en %1</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>en %1</translation>
    </message>
    <message>
      <source>at the next session of %1</source>
      <translation>en el próximo período de sesiones de %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after %2</source>
      <translation>en el primer período de sesiones de %1 después de %2</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s) from %1</source>
      <translation>
        <numerusform>cada año desde %1</numerusform>
        <numerusform>cada %n años desde %1</numerusform>
      </translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>hasta %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after each %2</source>
      <translation>en el primer período de sesiones de %1 después de cada %2</translation>
    </message>
    <message numerus="yes">
      <source>(%n week(s) to prepare)</source>
      <translation>
        <numerusform>(%n semana de preparación)</numerusform>
        <numerusform>(%n semanas de preparación)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>cada año</numerusform>
        <numerusform>cada %n años</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>cada mes</numerusform>
        <numerusform>cada %n meses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>cada semana</numerusform>
        <numerusform>cada %n semanas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>cada día</numerusform>
        <numerusform>cada %n días</numerusform>
      </translation>
    </message>
    <message>
      <source>the first %1</source>
      <translation>el primer %1</translation>
    </message>
    <message>
      <source>the second %1</source>
      <translation>el segundo %1</translation>
    </message>
    <message>
      <source>the third %1</source>
      <translation>el tercer %1</translation>
    </message>
    <message>
      <source>the fourth %1</source>
      <translation>el cuarto %1</translation>
    </message>
    <message>
      <source>the fifth %1</source>
      <translation>el quinto %1</translation>
    </message>
    <message>
      <source>the last %1</source>
      <translation>el último %1</translation>
    </message>
    <message>
      <source>the second-to-last %1</source>
      <translation>el penúltimo %1</translation>
    </message>
    <message>
      <source>on the %1 falling on day %2</source>
      <translation>el %1 que cae en los días %2</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>el %1</translation>
    </message>
    <message>
      <source>on day %1</source>
      <translation>el día %1</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
    <message>
      <source>%1 in %2</source>
      <translation>%1 en %2</translation>
    </message>
    <message>
      <source>“%1” (%2): no session of %3 in the plan fits this rule. Add the session or its series, or change the rule.</source>
      <translation>«%1» (%2): ningún período de sesiones de %3 del plan se ajusta a esta regla. Añada el período de sesiones o su serie, o cambie la regla.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3, before %4 took effect on %5; this report cannot be ready in time. Defer it to a later session.</source>
      <translation>«%1» en %2: el manuscrito debía presentarse el %3, antes de que %4 entrara en vigor el %5; este informe no puede estar listo a tiempo. Aplácelo a un período de sesiones posterior.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3 and is still %4. Submit it, or update its tracking.</source>
      <translation>«%1» en %2: el manuscrito debía presentarse el %3 y sigue «%4». Preséntelo o actualice su seguimiento.</translation>
    </message>
    <message numerus="yes">
      <source>“%1” at %2: %n words estimated, above the limit of %3. Shorten it.</source>
      <translation>
        <numerusform>«%1» en %2: %n palabra estimada, por encima del límite de %3. Acórtelo.</numerusform>
        <numerusform>«%1» en %2: %n palabras estimadas, por encima del límite de %3. Acórtelo.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” at %2: it is no longer due there, but its tracking is kept. Clear the tracking if it is not needed.</source>
      <translation>«%1» en %2: ya no debe presentarse en ese período de sesiones, pero se conserva su seguimiento. Borre el seguimiento si no es necesario.</translation>
    </message>
    <message>
      <source>%1 defers “%2” from %3, but it is not due there: nothing moves.</source>
      <translation>%1 aplaza «%2» desde %3, pero no debe presentarse allí: nada se traslada.</translation>
    </message>
    <message>
      <source>%1 merges “%2” into “%3” from %4, but nothing is due then.</source>
      <translation>%1 fusiona «%2» en «%3» desde el %4, pero nada debe presentarse a partir de entonces.</translation>
    </message>
    <message>
      <source>“%1” (%2) is next due in %3, beyond the planning horizon (%4). Extend the horizon (Plan ▸ Projection Horizon) to plan for it.</source>
      <translation>«%1» (%2) vuelve a deberse en %3, más allá del horizonte de planificación (%4). Amplíe el horizonte (Plan ▸ Horizonte de proyección) para planificarlo.</translation>
    </message>
    <message>
      <source>%1 ends “%2” from %3, but nothing is due then.</source>
      <translation>%1 pone fin a «%2» desde el %3, pero nada debe presentarse a partir de entonces.</translation>
    </message>
    <message>
      <source>%1, mandate %2</source>
      <translation>%1, mandato %2</translation>
    </message>
    <message>
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>advertencia</translation>
    </message>
    <message>
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>programado</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>previsto</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>presentado</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>publicado</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>examinado</translation>
    </message>
    <message>
      <source>this field</source>
      <translation>este campo</translation>
    </message>
    <message>
      <source>Fill in “%1”.</source>
      <translation>Rellene «%1».</translation>
    </message>
    <message>
      <source>“%1” must be at least %2.</source>
      <translation>«%1» debe ser al menos %2.</translation>
    </message>
    <message>
      <source>“%1” must be at most %2.</source>
      <translation>«%1» debe ser como máximo %2.</translation>
    </message>
    <message>
      <source>“%1” must be a whole number.</source>
      <translation>«%1» debe ser un número entero.</translation>
    </message>
    <message>
      <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
      <translation>«%1» no es una fecha: escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
      <source>“%1”: there is no such day as %2.</source>
      <translation>«%1»: no existe el día %2.</translation>
    </message>
    <message>
      <source>“%1” must be a date from %2 to %3.</source>
      <translation>«%1» debe ser una fecha entre %2 y %3.</translation>
    </message>
    <message>
      <source>“%1” is already used by another record; choose another.</source>
      <translation>«%1» ya lo usa otro registro; elija otro.</translation>
    </message>
    <message>
      <source>This is not a recurrence the planner can read; write it as an RRULE, for example FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</source>
      <translation>El planificador no puede leer esta recurrencia; escríbala como una RRULE, por ejemplo FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</translation>
    </message>
    <message>
      <source>The name can only use {year}, {number} and {ordinal} for the parts that change, e.g. “{ordinal} session”.</source>
      <translation>El nombre solo puede usar {year}, {number} y {ordinal} para las partes que cambian, p. ej. «{ordinal} período de sesiones».</translation>
    </message>
    <message>
      <source>A body cannot be placed under itself or under one of its own subsidiaries.</source>
      <translation>Un órgano no puede colocarse bajo sí mismo ni bajo uno de sus órganos subsidiarios.</translation>
    </message>
    <message>
      <source>There is no session “%1” in the plan: pick one, or give a year.</source>
      <translation>El plan no tiene ningún período de sesiones «%1»: elija uno o indique un año.</translation>
    </message>
    <message>
      <source>There is no report line “%1” in the plan.</source>
      <translation>El plan no tiene ninguna línea de informes «%1».</translation>
    </message>
    <message>
      <source>There is no body “%1” in the plan.</source>
      <translation>El plan no tiene ningún órgano «%1».</translation>
    </message>
    <message>
      <source>A deferral needs the session it moves from and the session it moves to.</source>
      <translation>Un aplazamiento necesita el período de sesiones de origen y el de destino.</translation>
    </message>
    <message>
      <source>Defer to another session than the one it moves from.</source>
      <translation>Aplace a un período de sesiones distinto del de origen.</translation>
    </message>
    <message>
      <source>A report line cannot merge into itself: pick the report line it joins.</source>
      <translation>Una línea de informes no puede fusionarse consigo misma: elija la línea a la que se une.</translation>
    </message>
    <message>
      <source>Give a year (e.g. 2016) or a session.</source>
      <translation>Indique un año (p. ej. 2016) o un período de sesiones.</translation>
    </message>
    <message>
      <source>Give a year from %1 to %2.</source>
      <translation>Indique un año entre %1 y %2.</translation>
    </message>
    <message>
      <source>The last year (%1) comes before the first (%2).</source>
      <translation>El último año (%1) es anterior al primero (%2).</translation>
    </message>
    <message>
      <source>These merges would go round in a circle: %1. Remove one of them.</source>
      <translation>Estas fusiones formarían un círculo: %1. Elimine una de ellas.</translation>
    </message>
    <message>
      <source>“%1” (%2) cannot be before %3.</source>
      <translation>«%1» (%2) no puede ser anterior al %3.</translation>
    </message>
    <message>
      <source>Enter the decision’s symbol, e.g. E/DEC/2011/216 or “decision 2011/216”.</source>
      <translation>Escriba la signatura de la decisión, p. ej. E/DEC/2011/216 o «decisión 2011/216».</translation>
    </message>
    <message>
      <source>Say which body adopted “%1” (e.g. “ECOSOC %1”), or give the full symbol.</source>
      <translation>Indique qué órgano aprobó «%1» (p. ej. «ECOSOC %1») o escriba la signatura completa.</translation>
    </message>
    <message>
      <source>“%1” is a working symbol, for drafts only: give the adopted symbol, e.g. E/DEC/2011/216, or make the decision a draft.</source>
      <translation>«%1» es una signatura de trabajo, solo para proyectos: indique la signatura definitiva, p. ej. E/DEC/2011/216, o marque la decisión como proyecto.</translation>
    </message>
    <message>
      <source>“%1” is not a symbol: write e.g. A/RES/67/290, E/DEC/2011/216 or “resolution 2009/29”.</source>
      <translation>«%1» no es una signatura: escriba p. ej. A/RES/67/290, E/DEC/2011/216 o «resolución 2009/29».</translation>
    </message>
    <message>
      <source>%1 is already in the plan: edit that decision instead.</source>
      <translation>%1 ya está en el plan: edite esa decisión.</translation>
    </message>
    <message>
      <source>The report line “%1” exists already: pick it from the list.</source>
      <translation>La línea de informes «%1» ya existe: elíjala de la lista.</translation>
    </message>
    <message>
      <source>Give the new report line “%1” a title.</source>
      <translation>Dé un título a la nueva línea de informes «%1».</translation>
    </message>
    <message numerus="yes">
      <source>This change would leave %n mandate(s) naming a session or event that no longer exists: change those decisions first.</source>
      <translation>
        <numerusform>Este cambio dejaría %n mandato que remite a un período de sesiones o evento que ya no existe: cambie primero esa decisión.</numerusform>
        <numerusform>Este cambio dejaría %n mandatos que remiten a un período de sesiones o evento que ya no existe: cambie primero esas decisiones.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” is still used by %2: change or delete those first.</source>
      <translation>«%1» todavía lo usa %2: cámbielos o elimínelos primero.</translation>
    </message>
    <message>
      <source>The id cannot change: other records refer to it by that id.</source>
      <translation>El identificador no puede cambiar: otros registros remiten a él.</translation>
    </message>
    <message>
      <source>%1 is projected by its series: change the series instead.</source>
      <translation>%1 está prevista por su serie: cambie la serie.</translation>
    </message>
    <message>
      <source>“%1” must be from %2 to %3.</source>
      <translation>«%1» debe estar entre %2 y %3.</translation>
    </message>
    <message>
      <source>“%1” is a session of %2, not of %3: pick a session of %3.</source>
      <translation>«%1» es un período de sesiones de %2, no de %3: elija uno de %3.</translation>
    </message>
    <message>
      <source>The series “%1” projects sessions of %2, not of %3.</source>
      <translation>La serie «%1» prevé períodos de sesiones de %2, no de %3.</translation>
    </message>
    <message>
      <source>This effect needs a rule: choose one.</source>
      <translation>Este efecto necesita una regla: elija una.</translation>
    </message>
    <message>
      <source>Choose the report line it merges into.</source>
      <translation>Elija la línea de informes con la que se fusiona.</translation>
    </message>
    <message>
      <source>“%1” must be text.</source>
      <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
      <source>There is no event “%1” in the plan.</source>
      <translation>El plan no tiene ningún evento «%1».</translation>
    </message>
    <message>
      <source>There is no series “%1” in the plan.</source>
      <translation>El plan no tiene ninguna serie «%1».</translation>
    </message>
    <message>
      <source>Give the rule only, for example %1.</source>
      <translation>Indique solo la regla, por ejemplo %1.</translation>
    </message>
    <message>
      <source>“%1” is not NAME=VALUE.</source>
      <translation>«%1» no tiene la forma NOMBRE=VALOR.</translation>
    </message>
    <message>
      <source>The recurrence has a part the planner does not know: %1.</source>
      <translation>La recurrencia tiene una parte que el planificador no conoce: %1.</translation>
    </message>
    <message>
      <source>%1 is given twice.</source>
      <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
      <source>The recurrence needs FREQ, for example %1.</source>
      <translation>La recurrencia necesita FREQ, por ejemplo %1.</translation>
    </message>
    <message>
      <source>Sessions are whole days: use FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, without hours, minutes or seconds.</source>
      <translation>Los períodos de sesiones son días completos: use FREQ=YEARLY, MONTHLY, WEEKLY o DAILY, sin horas, minutos ni segundos.</translation>
    </message>
    <message>
      <source>%1 cannot be “%2”.</source>
      <translation>%1 no puede ser «%2».</translation>
    </message>
    <message>
      <source>%1=%2 is out of range (%3 to %4).</source>
      <translation>%1=%2 está fuera de rango (%3 a %4).</translation>
    </message>
    <message>
      <source>BYDAY=%1: a numbered weekday needs FREQ=MONTHLY or YEARLY.</source>
      <translation>BYDAY=%1: un día de la semana numerado requiere FREQ=MONTHLY o YEARLY.</translation>
    </message>
    <message>
      <source>Give COUNT or UNTIL, not both.</source>
      <translation>Indique COUNT o UNTIL, no ambos.</translation>
    </message>
    <message>
      <source>BYSETPOS needs another BY… part to choose from.</source>
      <translation>BYSETPOS necesita otra parte BY… entre la que elegir.</translation>
    </message>
    <message>
      <source>The recurrence names no day at all.</source>
      <translation>La recurrencia no designa ningún día.</translation>
    </message>
    <message>
      <source>The series would give too many dates in its range: narrow the rule or give an earlier end.</source>
      <translation>La serie daría demasiadas fechas en su período: restrinja la regla o indique un final anterior.</translation>
    </message>
  </context>
</TS>