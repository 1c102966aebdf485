## Capturas de pantalla.

vision-busy = Todavía estoy leyendo tus últimas { $count } capturas. Envía esta de nuevo cuando haya respondido a esas.
vision-analysing = 🔎 Analizando tu captura… Te respondo aquí en un momento.
vision-reading-file = ⌚ Leyendo tu archivo de actividad… Te respondo aquí en un momento.
vision-already-recorded = Ya registrado ✅
vision-already-discarded = Ya descartado.
vision-fix-first = Corrige primero los números (Editar).
vision-discarded-short = Descartado
vision-discarded = { $reading }

    🗑️ Descartado — no se ha registrado nada.
vision-which-number = { $reading }

    ¿Qué número corrijo?
vision-finish-first = Termina primero (o /cancel) lo que estábamos haciendo.
vision-editing = { $reading }

    ✏️ Editando…
vision-no-change = Vale, sin cambios.
vision-edit-error = { $error } /cancel para dejar los números como están.
vision-activity = { $activity ->
    [run] Carrera
    [walk] Caminata
    [ride] Bici
    [swim] Natación
   *[other] Entrenamiento
}
vision-distance = Distancia: <b>{ $distance }</b>
vision-time = Tiempo: <b>{ $time }</b>
vision-elapsed = Tiempo total (con paradas): { $time }
vision-pace = Ritmo: { $pace }
vision-hr = FC media: { $hr } ppm
vision-elevation = Desnivel positivo: { $metres } m
vision-calories = Calorías: { $calories }
vision-laps = Vueltas: { $count }
vision-source = Fuente: { $app }
vision-edit = ✏️ Editar
vision-discard = 🗑️ Descartar
vision-confirm = ✅ Confirmar
vision-read-this = 📸 Esto es lo que leí en tu captura:
vision-read-this-file = ⌚ Esto es lo que leí en tu archivo { $format }:
vision-problems = ⚠️ Algo no cuadra: { $problems }
vision-nothing-recorded = No se ha registrado nada. Corrige el número con Editar, o descártalo.
vision-record-it = ¿Lo registro?
vision-field-distance = Distancia
vision-field-time = Tiempo
vision-field-date = Fecha
vision-field-hr = FC media
vision-back = ↩️ Atrás
vision-prompt-distance = { $units ->
    [mi] Envía la distancia en millas, p. ej. <code>3.12</code> (o <code>5 km</code>). /cancel para parar.
   *[km] Envía la distancia en km, p. ej. <code>5.02</code> (o <code>3.1 mi</code>). /cancel para parar.
}
vision-prompt-time = Envía el tiempo como h:mm:ss o mm:ss, p. ej. <code>25:13</code>. /cancel para parar.
vision-prompt-date = Envía la fecha como AAAA-MM-DD, p. ej. <code>2025-03-02</code>, o "today" / "yesterday". /cancel para parar.
vision-prompt-hr = Envía la frecuencia cardiaca media, p. ej. <code>152</code>. /cancel para parar.
vision-too-large = La imagen supera los 10 MB, así que no la he leído. Envía una captura más pequeña, mejor como foto.
vision-not-image = Ese archivo no es una imagen PNG, JPEG o WebP, ni un archivo de actividad FIT, GPX o TCX, no puedo leerlo. Envía la captura del entrenamiento como foto, o el archivo de actividad de tu reloj.
vision-damaged = La imagen parece dañada, no he podido abrirla. Envía la captura de nuevo, mejor como foto.
vision-file-too-large = Ese archivo supera los 20 MB, así que no lo he leído. Exporta la actividad de nuevo (los archivos FIT son los más pequeños).
vision-file-damaged = Ese archivo de actividad parece dañado (incompleto o corrupto), no he podido leerlo y no se ha registrado nada. Expórtalo de nuevo desde tu reloj o tu app.
vision-file-empty = Ese archivo de actividad no tiene distancia ni tiempo, así que no se ha registrado nada. Envía el archivo de una carrera terminada.
vision-file-not-running = { $activity ->
    [walk] Ese archivo de actividad es una caminata, no una carrera
    [ride] Ese archivo de actividad es una salida en bici, no una carrera
    [swim] Ese archivo de actividad es de natación, no una carrera
   *[other] Ese archivo de actividad no es una carrera
}, y solo registro carreras, así que no se ha registrado nada.
vision-unavailable = No he podido descargar ese archivo de Telegram. Envía la captura de nuevo.
vision-not-workout = ¡Gracias por la imagen! No he encontrado una carrera{ $why }, así que no se ha registrado nada. Para registrar una carrera, envía una captura del resumen del entrenamiento de tu app (distancia, tiempo, ritmo).
vision-other-sport = parece { $activity ->
    [walk] una caminata
    [ride] una salida en bici
    [swim] natación
   *[other] otro deporte
}, y solo registro carreras

## Confirmar: lo que hizo el registro.
vision-run-duplicate = { $reading }

    ✅ Esta carrera ya estaba registrada, así que no ha cambiado nada.
vision-workout-duplicate = { $reading }

    ✅ Ese entrenamiento ya estaba registrado, así que no ha cambiado nada.
vision-which-workout = { $reading }

    ¿Qué entrenamiento del plan era este?
vision-recorded-planned = { $reading }

    ✅ Registrado como tu entrenamiento planificado <b>{ $title }</b> ({ $date }).
vision-recorded-extra = { $reading }

    ✅ Registrado como carrera extra.
# La nota de la carrera registrada (se ve en /history); el nombre de la app sigue entre paréntesis.
vision-note-screenshot = de una captura de pantalla
vision-note-file = de un archivo { $format }

## Editar: un número escrito que no sirve.
vision-edit-distance = { $units ->
    [mi] Envía un número de millas, p. ej. 3,12.
   *[km] Envía un número de kilómetros, p. ej. 5,02.
}
vision-edit-distance-zero = La distancia debe ser mayor que 0.
vision-edit-time = Envía el tiempo como h:mm:ss o mm:ss, p. ej. 25:13.
vision-edit-date = Envía la fecha como AAAA-MM-DD, p. ej. 2025-03-02.
vision-edit-future = Esa fecha está en el futuro.
vision-edit-hr = Envía una frecuencia cardiaca entre 30 y 250 ppm.

## Plausibilidad: se une en vision-problems.
vision-problem-missing-distance = No pude leer la distancia.
vision-problem-distance-too-short = { $distance } km es menos de 0,1 km.
vision-problem-distance-too-long = { $distance } km es más de 100 km.
vision-problem-missing-duration = No pude leer el tiempo.
vision-problem-pace-too-fast = un ritmo de { $pace } por km es más rápido que el de cualquier corredor (2:30 por km).
vision-problem-pace-too-slow = un ritmo de { $pace } por km es más lento que correr (15:00 por km).
vision-problem-date-in-future = la fecha { $date } está en el futuro.

## La tarea de lectura.
vision-still-reading = ⏳ Sigo leyendo tu captura, ya casi está…
vision-dead = Lo siento, esta vez no he podido leer tu captura ({ $count } { $count ->
    [one] intento
   *[other] intentos
}). No se ha registrado nada: envíala de nuevo un poco más tarde.
