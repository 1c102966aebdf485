## Seguimiento: /pending, /stats, Hecho / Omitir, registrar carreras.

cancel-sick = 🤒 Enfermo
cancel-injured = 🩹 Lesionado
cancel-no-time = ⏰ Sin tiempo
cancel-weather = 🌧 Tiempo
cancel-other = ✏️ Otro
run-distance-time = { $distance } en { $time }
run-pace = { $text } ({ $pace })
run-hr = { $text }, FC { $hr }
run-rpe = { $text }, RPE { $rpe }
run-unknown = una carrera
pending-none = 🎉 Nada pendiente: ningún entrenamiento atrasado y nada previsto para hoy ni mañana.
pending-title = <b>Entrenamientos pendientes</b>
pending-page = <b>Entrenamientos pendientes</b> · página { $page } de { $pages }
pending-overdue = ⚠️ Atrasados
pending-today = 📅 Hoy
pending-tomorrow = 🔜 Mañana
pending-previous = ‹ Anterior
pending-next = Siguiente ›
button-done = ✅ Hecho · { $date }
button-skip = ✖️ Omitir
ask-how-it-went = ¿Qué tal fue?
    { $workout }
button-as-planned = ✅ Según el plan
button-as-planned-distance = ✅ Según el plan ({ $distance })
button-enter-numbers = ✏️ Introducir mis datos
ask-why-skip = ¿Por qué lo omites?
    { $workout }
stats-title = <b>Últimas { $weeks } semanas</b>
stats-distance = Distancia: { $done } corridos, { $planned } previstos
stats-completion-none = Cumplimiento: aún no hay nada pendiente
stats-completion = Cumplimiento: { $percent }% ({ $done } de { $due } hechos, { $cancelled } omitidos, { $missed } perdidos)
stats-streak = Racha actual: { $streak } { $streak ->
    [one] entrenamiento seguido
   *[other] entrenamientos seguidos
}
stats-longest = Carrera más larga: { $distance } ({ $date })
stats-easy-pace = Ritmo suave: { $first } → { $last } ({ $trend ->
    [faster] más rápido por { $by }
    [slower] más lento por { $by }
   *[steady] estable
})
stats-easy-pace-none = Ritmo suave: aún no hay suficientes rodajes suaves con tiempo
stats-by = { $seconds } s/{ $unit }
stats-predicted = Previsión { $goal }: { $time } (VDOT { $vdot }; Riegel { $riegel }) — según { $distance } en { $duration } el { $date }
stats-predicted-none = Previsión { $goal }: registra un esfuerzo fuerte de 3 km o más con su tiempo para obtenerla
stats-empty = Aún no hay entrenamientos: envía /plan para tener un plan, o /log para registrar una carrera.
stats-chart-caption = Previsto vs hecho, últimas { $weeks } semanas
tracking-no-profile = Primero necesito conocerte como corredor: envía /start para crear tu perfil.
tracking-forged = No he reconocido ese botón — no ha cambiado nada.
replan-why-health = Siento que estés { $reason ->
    [sick] enfermo
   *[injured] lesionado
} — primero recupérate.
replan-why-missed = Se han perdido u omitido { $count } entrenamientos en los últimos { $days } días.
replan-offer = { $why }
    ¿Ajusto tu plan desde hoy, partiendo de lo que realmente has corrido? Los entrenamientos hechos se quedan como están.
replan-adjust = 🔄 Ajustar mi plan
replan-keep = Mantenerlo
chart-week-starting = inicio de semana
chart-completion-none = Cumplimiento: —
chart-completion = Cumplimiento: { $percent }%
chart-streak = Racha: { $streak }
chart-done = Hecho: { $done } de { $planned } { $unit }
replan-not-yours = Esa oferta no es tuya — no ha cambiado nada.
replan-already = Ya respondiste a esto — no ha cambiado nada.
replan-keeping = Mantengo tu plan
replan-kept = Vale, tu plan se queda como está.
replan-adjusting-short = Ajustando…
replan-adjusting = 🔄 Ajustando tu plan desde hoy a lo que realmente has corrido…
workout-not-yours = Ese entrenamiento no está en tu plan — no ha cambiado nada.
workout-archived = Ese entrenamiento es de un plan anterior — no ha cambiado nada. Envía /pending para ver los actuales.
workout-week-of = <b>Semana del { $date }</b>
workout-already-done = Ya registrado como hecho ✅ — no ha cambiado nada.
workout-already-skipped = Ya omitido — no ha cambiado nada.
workout-question-finished = Esa pregunta ya terminó — no ha cambiado nada.
workout-already-recorded-short = Ese entrenamiento ya estaba registrado.
workout-logged-short = Registrado ✅
workout-had-run = Ese entrenamiento ya tenía una carrera registrada — no ha cambiado nada.
workout-logged = ✅ Registrado: { $run } el { $date }.
workout-logged-extra = ✅ Registrado: { $run } el { $date } como carrera extra.
workout-finish-profile = Termina primero las preguntas del perfil (o envía /cancel).
workout-send-numbers = Envía tus datos para { $workout }: distancia, tiempo y, si quieres, frecuencia cardiaca y esfuerzo 1–10.
    Por ejemplo: { $example } (o /cancel)
workout-already-recorded = Ese entrenamiento ya estaba registrado — no ha cambiado nada.
workout-recorded-short = Registrado ✅
workout-done-as-planned = ✅ Hecho según el plan: { $workout }. ¡Buen trabajo!
workout-skipped-short = Omitido
workout-skipped = ✖️ Omitido: { $workout } — { $reason }
workout-ask-note = ¿Qué te lo impidió? Basta con una línea (o /cancel para no escribir nada).
workout-cancelled = Vale, paramos. No se ha registrado nada más.
workout-choose-above = Elige con los botones de arriba a qué entrenamiento corresponde esa carrera (o /cancel).
workout-note-saved = Anotado, gracias. Descansa y envía /pending cuando estés listo para el siguiente.
workout-numbers-error = { $error }
    Por ejemplo: { $example } (o /cancel)
workout-recorded = ✅ Registrado { $run } para { $workout }.
log-ask = Cuéntame qué corriste. { $hint }
log-finish-profile = Termina primero las preguntas del perfil (o envía /cancel) y vuelve a registrar la carrera.
log-which = ¿A qué entrenamiento corresponde { $run } el { $date }?
log-extra-run = ➕ Una carrera extra
log-logged-matched = ✅ Registrado { $run } el { $date } — { $title } ({ $planned }) hecho.
log-logged-extra = ✅ Registrado { $run } el { $date } como carrera extra.
workout-duplicate-tap = Ya registrado ✅ — no ha cambiado nada.
replan-no-profile = Primero necesito tu perfil de corredor: envía /start.
replan-race-passed = La fecha de tu carrera ya pasó, así que no hay nada que ajustar. Fija un nuevo objetivo con /profile.
replan-failed = Perdona, no he podido ajustar tu plan. Prueba /plan para rehacerlo.
replan-unsafe = Perdona, no he podido crear un plan ajustado seguro. Tu plan actual se queda como está.
replan-done = ✅ <b>Plan ajustado</b> a lo que has corrido últimamente ({ $volume } por semana). Los entrenamientos hechos se quedan como están.
log-hint = Por ejemplo: /log 10k 52:30 · /log 6.2mi 1:01:00 rpe 6 · /log yesterday 8 km easy hr 145
runlog-empty = Cuéntame qué corriste.
runlog-too-long = Es demasiado largo para una sola carrera.
runlog-negative = Las distancias y los tiempos no pueden ser negativos.
runlog-not-a-date = “{ $text }” no es una fecha real.
runlog-two-dates = Dos fechas distintas — ¿qué día fue?
runlog-two-times = Dos tiempos distintos — ¿cuál fue?
runlog-two-distances = Dos distancias distintas — ¿cuál fue?
runlog-not-a-time = “{ $text }” no es un tiempo.
runlog-future = Esa fecha está en el futuro — registra las carreras cuando ya las hayas hecho.
runlog-unknown-here = No sé qué significa “{ $text }” aquí.
runlog-unknown = No sé qué significa “{ $text }”.
runlog-need-something = Necesito al menos una distancia o un tiempo.
runlog-distance-range = Una carrera va de 0,2 a 250 km — revisa la distancia.
runlog-time-range = Una carrera dura entre 1 minuto y 48 horas — revisa el tiempo.
runlog-pace = Ese ritmo no es humanamente posible — revisa la distancia y el tiempo.
runlog-hr = La frecuencia cardiaca media debe estar entre 30 y 230 ppm.
runlog-rpe = El esfuerzo (RPE) es un número entero de 1 (muy suave) a 10 (a tope).
runlog-too-old = Solo puedo registrar carreras de los últimos { $days } días.
