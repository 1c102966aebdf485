# El plan en manos del corredor: consulta, calendario, reconstrucción con vista previa, mover, deshacer, historial, pausa.
ph-week-header = Semana { $index } de { $total } · { $phase } · { $distance }
ph-week-dates = { $from } – { $to }
ph-week-empty = No hay entrenamientos esta semana.
ph-phase-base = Base
ph-phase-build = Desarrollo
ph-phase-peak = Pico
ph-phase-taper = Puesta a punto
ph-phase-race = Semana de carrera
ph-tag-maintenance = mantenimiento
ph-tag-cutback = descarga
ph-full-header = Plan completo · página { $page } de { $pages }
ph-pace = Ritmo: { $pace }
ph-note = Nota: { $note }
ph-btn-prev = ◀ Semana { $index }
ph-btn-next = Semana { $index } ▶
ph-btn-full = 📋 Plan completo
ph-btn-this-week = 📅 Esta semana
ph-btn-earlier = ◀ Antes
ph-btn-later = Después ▶
ph-btn-rebuild = 🔄 Rehacer mi plan
ph-btn-move = ↔️ Mover
ph-btn-done = ✅ Hecho
ph-btn-skip = ✖️ Saltar
ph-unknown-button = No he reconocido ese botón; no ha cambiado nada.
ph-no-profile = Primero necesito conocerte como corredor: envía /start para crear tu perfil.
ph-no-plan = Aún no tienes un plan de entrenamiento: envía /plan para crearlo.
ph-not-in-plan = Ese entrenamiento no está en tu plan actual; no ha cambiado nada. Envía /plan para ver el actual.
ph-today-header = Hoy
ph-today-rest = Hoy no hay nada previsto: día de descanso.
ph-today-next = Siguiente: { $workout }
ph-plan-over = Tu plan ha terminado. Envía /plan para crear uno nuevo.
# Calendario
ph-cal-name = Plan de entrenamiento
ph-cal-caption = 📅 Tu plan de entrenamiento como archivo de calendario: { $count ->
    [one] { $count } entrenamiento
   *[other] { $count } entrenamientos
}. Ábrelo para añadirlos a tu calendario.
ph-cal-subscribe = O suscríbete y tu calendario seguirá cada cambio del plan: { $link }
    No compartas este enlace. /calendar reset crea uno nuevo (el anterior deja de funcionar).
ph-cal-reset = 🔁 Nuevo enlace del calendario: { $link }
    El enlace anterior ya no funciona: suscríbete de nuevo con este.
ph-cal-empty = A tu plan no le quedan entrenamientos para poner en un calendario.
ph-cal-hour-set = 🕖 Tus eventos del calendario ahora son a las { $hour }:00, hora local.
ph-cal-allday-set = 📅 Tus eventos del calendario ahora son de todo el día.
ph-cal-usage = /calendar — tu plan como archivo de calendario y un enlace de suscripción
    /calendar 7 — eventos a las 07:00, tu hora; /calendar allday — eventos de todo el día
    /calendar reset — un enlace de suscripción nuevo (el anterior deja de funcionar)
# Deshacer, editar, historial
ph-hist-header = Tus últimos registros
ph-hist-empty = Aún no hay nada registrado. Pulsa ✅ Hecho bajo un entrenamiento o envía /log.
ph-hist-done = ✅ { $date } — { $what }
ph-hist-skipped = ✖️ { $date } — { $title } (saltado)
ph-hist-extra = Carrera extra
ph-hist-no-time = sin tiempo
ph-hist-hint = Editar, borrar y deshacer funcionan durante { $days } días tras cada registro.
ph-btn-undo = ↩️ Deshacer
ph-btn-edit = ✏️ Editar
ph-btn-edit-on = ✏️ { $date }
ph-btn-delete-on = 🗑 { $date }
ph-btn-unskip-on = ↩️ { $date }
ph-btn-no-time = ⏭ No lo cronometré
ph-ask-time = ⏱ ¿Lo cronometraste? Envía tu tiempo (por ejemplo 47:30) o pulsa «No lo cronometré». Una carrera sin tiempo solo cuenta por la distancia, no para ritmos ni predicciones.
ph-time-saved = ⏱ Guardado: { $what }.
ph-no-time-ok = De acuerdo: registrado sin tiempo (solo la distancia).
ph-undone-done = ↩️ Deshecho: esa carrera ya no está registrada y el entrenamiento vuelve a estar abierto.
ph-undone-skip = ↩️ Deshecho: el entrenamiento vuelve a estar abierto.
ph-already-undone = No hay nada que cambiar: ese registro ya no existe.
ph-too-old = Ese registro tiene más de { $days } días y ya no se puede cambiar.
ph-ask-edit = Envía la distancia y el tiempo corregidos de { $what }, por ejemplo 8.2 { $units } 47:30 (o /cancel).
ph-edit-saved = ✏️ Actualizado: { $what }.
ph-edit-bad = No he podido leerlo. Por ejemplo: 8.2 { $units } 47:30 (o /cancel)
ph-form-stopped = De acuerdo, paramos. No ha cambiado nada.
ph-form-busy = Termina primero la pregunta actual (o envía /cancel).
# Mover
ph-move-ask = 🔀 ¿A qué día mueves { $workout }? Estos días mantienen tu plan seguro:
ph-move-none = 🔀 No puedo mover { $workout } a otro de tus días de esta semana sin romper una regla de entrenamiento. Se queda donde está; también puedes saltarlo.
ph-move-refused-day = ✖️ { $day }: { $reason }
ph-move-refused = No puedo moverlo al { $day }: { $reasons }. Días que funcionan: { $days }. No ha cambiado nada.
ph-move-no-days = ninguno esta semana
ph-move-done = 🔀 Movido: { $workout } ahora es el { $day }.
ph-move-stale = Tu plan ha cambiado mientras tanto; no se ha movido nada. Envía /week para ver el actual.
ph-move-not-open = Solo se puede mover un entrenamiento próximo que no esté hecho ni saltado.
ph-rule-HARD_BACK_TO_BACK = quedarían dos sesiones duras en días seguidos
ph-rule-DATE_ORDER = ya hay un entrenamiento ese día
ph-rule-DATE_RANGE = ese día está fuera de tu plan
ph-rule-RACE_DAY = coincidiría con el día de la carrera
ph-rule-LONG_RUN_DAY = la tirada larga quedaría demasiado cerca de la carrera o una semana se quedaría sin ella
ph-rule-WEEK_VOLUME = esa semana superaría su volumen previsto
ph-rule-RAMP = el volumen semanal crecería más rápido de lo seguro
ph-rule-QUALITY_COUNT = esa semana tendría demasiadas sesiones duras
ph-rule-LONG_RUN_SHARE = la tirada larga sería una parte demasiado grande de su semana
ph-rule-LONG_RUN_PROGRESSION = la tirada larga subiría demasiado deprisa
ph-rule-LONG_RUN_LONGEST = otra carrera sería más larga que la tirada larga
ph-rule-LONG_RUN_MAX = una carrera superaría tu límite de tirada larga
ph-rule-CUTBACK = rompería las semanas de descarga del plan
ph-rule-TAPER = rompería la puesta a punto antes de tu carrera
ph-rule-other = rompería una regla de entrenamiento
# Vista previa de la reconstrucción
ph-rb-header = 🔄 Lo que cambiaría al rehacer el plan:
ph-rb-line = { $what }: { $from } → { $to }
ph-rb-same = { $what }: { $value } (sin cambios)
ph-rb-race = Carrera
ph-rb-weeks = Semanas
ph-rb-peak = Semana pico
ph-rb-longest = Tirada más larga
ph-rb-this-week = Esta semana
ph-rb-footer = Aplicar crea el plan nuevo; tu plan actual y todo lo que registraste quedan en tu historial.
ph-rb-no-change = Rehacerlo mantendría todo esto. Aplícalo igualmente o conserva tu plan.
ph-btn-apply = ✅ Aplicar
ph-btn-keep = ↩️ Conservar mi plan
ph-rb-kept = Se conserva tu plan actual; no ha cambiado nada.
ph-rb-building = 🏗️ Creando tu plan nuevo… te lo enviaré aquí.
ph-rb-refused = No puedo crear un plan seguro con estas respuestas: { $reason }. Tu plan actual se mantiene.
ph-profile-saved-next = Envía /plan para ver tu plan o /profile para ver tu perfil.
# Pausa
ph-pause-usage = /pause 7 — pausa tu plan 7 días (de 1 a { $max }), por unas vacaciones; /pause 7 ill — tras una enfermedad, la primera semana de vuelta es más suave. /resume termina antes una pausa.
ph-pause-done = ⏸️ En pausa hasta el { $until }: sin entrenamientos ni recordatorios hasta entonces. Tu plan sigue el { $back }, rehecho desde ahí hasta tu carrera.
ph-pause-done-ill = La primera semana de vuelta es más suave y solo con rodajes suaves. ¡Que te mejores!
ph-pause-note-ill = Semana más suave tras la enfermedad: solo si te encuentras bien.
ph-pause-refused = No puedo rehacer tu plan con esa pausa: { $reason }. Tu plan se queda como está.
ph-resume-none = Tu plan no está en pausa.
ph-resume-done = ▶️ ¡Bienvenido de vuelta! Tu plan sigue desde hoy, rehecho desde aquí hasta tu carrera. Envía /week para verlo.
# Una sola predicción
ph-pred-effort = Predicción ({ $goal }): { $time } (VDOT { $vdot }; Riegel { $riegel }) — según tus { $distance } en { $effort } el { $date }
ph-pred-race = Predicción ({ $goal }): { $time } (VDOT { $vdot }; Riegel { $riegel }) — según tu carrera reciente, hasta que registres un esfuerzo duro más reciente
ph-pred-estimate = Predicción ({ $goal }): { $time } (VDOT { $vdot }, estimada) — registra un esfuerzo duro de 3 km o más con su tiempo para afinarla
ph-pred-none = Predicción ({ $goal }): registra un esfuerzo duro de 3 km o más con su tiempo para obtenerla
ph-ask-reason = ¿Qué te lo impidió?
ph-reason-saved = ✏️ Actualizado: saltado — { $reason }.
