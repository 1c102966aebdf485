# El entrenador: respuestas a lo que el corredor escribe con sus palabras, propuestas y sus botones.

## La respuesta a una señal de alarma (sin modelo, sin cambios en el plan) y los nombres de las señales.
coach-red-flag-title = 🛑 <b>Deja de correr ahora y busca atención médica.</b>
coach-red-flag-serious = Lo que describes ({ $flag }) puede ser grave. Si está ocurriendo ahora mismo o empeora, llama al número de emergencias local (112 en Europa, 911 en EE. UU. y gran parte de América).
coach-red-flag-not-doctor = Soy un entrenador, no un médico: no voy a adaptar tu plan a esto. Cuando un médico te dé el alta, escríbeme y seguimos desde ahí.
coach-flag-chest-pain = dolor en el pecho
coach-flag-fainting = desmayo
coach-flag-severe-shortness-of-breath = falta de aire grave
coach-flag-heart-rhythm = ritmo cardiaco irregular
coach-flag-dizziness = mareo
coach-flag-stroke-signs = signos de ictus
coach-flag-coughing-blood = tos con sangre
coach-flag-heat-illness = golpe de calor
coach-flag-fracture = fractura
coach-flag-severe-swelling = hinchazón grave

## «No entendí», con tres ejemplos.
coach-not-understood = No entendí «{ $text }». Puedes escribirme con tus propias palabras, por ejemplo:
coach-example-pain = «me duele la rodilla desde ayer»
coach-example-move = «pasa la carrera del sábado al domingo»
coach-example-log = «esta mañana corrí 10 km en 52 min»
coach-help-hint = O envía /help para ver mis comandos.

## Respuestas breves.
coach-no-profile = Primero necesito conocerte como corredor: envía /start para crear tu perfil.
coach-no-plan = Aún no tienes plan de entrenamiento: envía /plan y te preparo uno.
coach-no-pending = Ahora mismo no hay nada esperando tu «sí».
coach-declined = De acuerdo, no cambia nada.
coach-proposal-footer = ✅ Comprobado con las reglas de entrenamiento de tu plan. No cambia nada hasta que pulses <b>Aplicar</b>.
coach-apply-button = ✅ Aplicar
coach-cancel-button = ✖️ Cancelar
coach-applied = ✅ Hecho: tu plan está actualizado.
coach-applied-see-plan = ✅ Hecho: tu plan está actualizado. Envía /plan para verlo.
coach-already-decided = Ya respondiste a esto: no cambió nada.
coach-cancelled = Cancelado: no cambió nada.
coach-stale = Tu plan cambió desde que te sugerí esto, así que no lo apliqué. Vuelve a decírmelo y lo compruebo con el plan actual.
coach-expired = Esa sugerencia ya es demasiado antigua: no cambió nada. Vuelve a decírmelo si aún la quieres.
coach-not-yours = Ese botón no es tuyo: no cambió nada.
coach-unknown-button = No reconocí ese botón: no cambió nada.
coach-thinking-failed = Lo siento, ahora mismo no puedo responder a eso. Inténtalo de nuevo en un minuto o usa /plan y /log.
coach-cap-note = (Hoy ya he respondido mucho, así que hasta mañana leo tus mensajes en modo sencillo.)
coach-tool-refused = No puedo hacer ese cambio: no es algo que pueda hacer de forma segura. No cambió nada. Dime con tus palabras lo que necesitas, p. ej. «pasa la carrera del sábado al domingo».
coach-pain-advice = Escucha a tu cuerpo ({ $area }): corre solo si no duele y para si duele. Si el dolor dura más de unos días, empeora o cambia tu forma de caminar, acude a un fisioterapeuta o a un médico. Yo no puedo diagnosticar nada.

## Rechazos: «No puedo <qué>: <motivos>.»
coach-refused = No puedo { $what }: { $reasons }. Tu plan se queda como está.
coach-what-skip = saltarla
coach-what-pause = hacer una pausa sobre el día de la carrera
coach-what-move = mover esa carrera
coach-what-lighten = aligerar esos días
coach-what-goal = cambiar el objetivo así
coach-what-goal-now = cambiar el objetivo ahora
coach-rule-hard-back-to-back = quedarían dos sesiones duras en días seguidos
coach-rule-date-order = ya hay un entrenamiento ese día
coach-rule-race-day = coincidiría con el día de la carrera
coach-rule-long-run-day = una semana se quedaría sin tirada larga, o la tirada larga quedaría demasiado cerca de la carrera
coach-rule-week-volume = esa semana superaría su volumen previsto
coach-rule-ramp = el volumen semanal crecería más rápido de lo seguro
coach-rule-quality-count = esa semana tendría demasiadas sesiones duras
coach-rule-long-run-share = la tirada larga sería una parte demasiado grande de su semana
coach-rule-spike = una carrera sería más de un 10 % más larga que tu carrera más larga de los últimos 30 días
coach-rule-daniels-cap = una sesión tendría más carrera rápida de la que es segura para tu semana
coach-rule-rest-day = la semana no tendría ningún día de descanso
coach-rule-long-run-longest = otra carrera sería más larga que la tirada larga
coach-rule-long-run-max = una carrera superaría tu máximo para la tirada larga
coach-rule-date-range = esa fecha está fuera de tu plan
coach-rule-cutback = rompería las semanas de descarga del plan
coach-rule-taper = rompería la puesta a punto antes de tu carrera
coach-rule-other = rompería una de las reglas de seguridad del plan (días de entrenamiento, tipos de sesión, ritmos o distancias)
coach-edit-no-workout = no hay ningún entrenamiento pendiente el { $day }
coach-edit-past = el { $day } ya pasó
coach-edit-race = el día de la carrera no se mueve: cambia el objetivo en su lugar
coach-edit-outside-plan = el { $day } está fuera de tu plan
coach-edit-same-day = ya está en ese día
coach-closed-workout = ese entrenamiento ya está { $status ->
    [done] hecho
    [skipped] saltado
    [cancelled] cancelado
   *[missed] perdido
}
coach-pause-race = tu carrera cae en ese periodo: cambia el objetivo en su lugar
coach-goal-race-date = la fecha de la carrera debe ser posterior a hoy y dentro de dos años
coach-goal-invalid = el objetivo no es válido
coach-goal-too-soon = faltan menos de dos semanas para la carrera: demasiado pronto para prepararla

## Tipos de entrenamiento explicados.
coach-zone-easy = Los rodajes suaves construyen tu base aeróbica. Hazlos a ritmo de conversación: deberías poder hablar con frases completas.
coach-zone-long = La tirada larga desarrolla la resistencia. Hazla a ritmo suave; terminar entero importa más que la velocidad.
coach-zone-recovery = Los rodajes de recuperación son cortos y muy suaves; sueltan las piernas después de los días duros.
coach-zone-tempo = Los rodajes de tempo (umbral) son «cómodamente duros»: un ritmo que podrías mantener alrededor de una hora en una carrera. Elevan tu umbral de lactato.
coach-zone-intervals = Los intervalos (ritmo I) son repeticiones duras de 3–5 minutos con recuperación trotando. Desarrollan tu VO₂máx.
coach-zone-repetitions = Las repeticiones (ritmo R) son series cortas y rápidas con recuperación completa. Desarrollan la velocidad y la economía de carrera.
coach-zone-race-pace = Los rodajes a ritmo de carrera ensayan tu ritmo objetivo para que te resulte familiar el día de la carrera.
coach-zone-race = ¡Día de carrera! Sal un poco conservador y corre tu propia carrera.

## Registrar una carrera.
coach-log-future = Ese día aún no ha llegado: registra las carreras cuando ya las hayas hecho.
coach-log-too-old = Solo puedo registrar carreras de los últimos 60 días.
coach-log-impossible-pace = Ese ritmo no es humanamente posible: revisa la distancia y el tiempo.
coach-log-in = en { $duration }
coach-log-effort = (esfuerzo { $rpe }/10)
coach-log-proposal = 📝 ¿Registro una carrera de <b>{ $what }</b> el { $day }?
coach-run-duplicate = Ese entrenamiento ya estaba registrado: no cambió nada.
coach-run-recorded = ✅ Carrera registrada. Mira tu progreso en /stats.

## Semanas, saltos y pausas.
coach-week-outside = Esa semana está fuera de tu plan.
coach-skip-proposal = ⏭️ ¿Salto <b>{ $title }</b> el { $day }? El resto del plan se queda como está.
coach-pause-nothing = No hay entrenamientos pendientes del { $from } al { $to }: no hay nada que pausar.
coach-pause-proposal = ⏸️ Pausa del { $from } al { $to }: ¿salto { $count ->
    [one] este entrenamiento
   *[other] estos { $count } entrenamientos
}?
coach-workout-line = • { $day } — { $title }
coach-pause-long-break = Después de más de una semana sin correr, vuelve poco a poco: dime «reduce esta semana» o rehaz el plan con /plan.
coach-pause-resume = Cuando vuelvas, tu plan sigue según lo previsto.
coach-skip-nothing-left = No queda nada que saltar: esos entrenamientos ya estaban hechos o saltados.
coach-skipped = ✅ { $count ->
    [one] Saltado
   *[other] Saltados { $count } entrenamientos
}. El resto de tu plan se queda como está.

## Mover, aligerar, explicar.
coach-move-proposal = 🔀 ¿Muevo <b>{ $title }</b> del { $from } al { $to }?
coach-the-run = la carrera
coach-reduce-note = Reducido un { $percent } % a petición.
coach-reduce-heading = 🪶 Una semana más ligera
coach-pain-note = Más ligero por dolor ({ $area }).
coach-pain-heading = 🩹 Siento lo de tu molestia ({ $area }). Aquí tienes unos próximos 7 días más ligeros: solo rodajes suaves, un { $percent } % más cortos
coach-lighten-summary = { $heading } ({ $from } – { $to }): { $before } → <b>{ $after }</b>.
coach-lighten-line = • { $day } — { $title }, { $distance }
coach-nothing-to-lighten = En esos días ya no queda nada que aligerar.
coach-no-change = Eso no cambia nada en tu plan.
coach-rest-day = No hay entrenamiento el { $day }: es un día de descanso.
coach-your-pace = Tu ritmo para él: <b>{ $pace }</b>.
coach-which-workout = ¿Qué entrenamiento? Prueba «explícame la carrera de mañana» o «¿a qué ritmo va mi tempo?».

## Cambiar el objetivo.
coach-goal-proposal = 🎯 Nuevo objetivo: <b>{ $goal }</b> el { $day }. Tu plan se rehará a partir de hoy:
coach-goal-footer = Los entrenamientos hechos se quedan en tu historial. No cambia nada hasta que pulses <b>Aplicar</b>.
coach-goal-saved = ✅ Nuevo objetivo guardado y plan rehecho. Envía /plan para verlo.
