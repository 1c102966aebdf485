## El diálogo del perfil: preguntas, botones, respuestas y repreguntas (shared/profile).

profile-greeting = ¡Hola! Soy tu entrenador de running 🏃 Unas preguntas rápidas (unos dos minutos) y prepararé un plan para tu objetivo. Pulsa ⬅️ Atrás para corregir una respuesta o envía /cancel para parar.
profile-stale-button = Ese botón es de una pregunta anterior — no ha cambiado nada. Estamos aquí:
profile-unknown-button = No he reconocido ese botón — no ha cambiado nada. Estamos aquí:
profile-forged = No he reconocido ese botón — no ha cambiado nada.
profile-didnt-catch = No lo he entendido. { $hint }
profile-current-answer = Respuesta actual: { $answer }
profile-keep = Mantener: { $answer }
profile-back = ⬅️ Atrás
profile-back-to-summary = ⬅️ Volver al resumen
profile-no-changes = Sin cambios.
profile-summary-hint = Pulsa ✅ Guardar si todo está bien, o ✏️ Cambiar algo.
profile-first-question = Es la primera pregunta — no hay nada antes.
profile-command-in-dialog = Ese comando no forma parte de estas preguntas (envía /cancel para parar). Sigamos:
profile-saved-create = Guardado ✅ ¡Vamos a por esa línea de salida!
profile-saved-edit = Guardado ✅ Tu perfil está al día.
profile-skipped = omitido
profile-none = ninguna

words-yes = sí|si|ok|vale|guardar|correcto|confirmar|todo bien|👍|✅
words-edit = cambiar|editar|cambiar algo|no|corregir
words-skip = omitir|saltar|no|ninguna|ninguno|sin carrera|-
words-no-notes = omitir|saltar|no|nada|ninguna|sin notas|todo bien|-
words-not-sure = omitir|saltar|no sé|no se|ni idea|no estoy seguro|no estoy segura|?|-
words-no-running = todavía no corro|aún no corro|no corro|nada|ninguno
words-just-starting = empezando|acabo de empezar|ninguno|nunca
words-custom = otra|otra distancia|personalizada

## Unidades
step-units-menu = Unidades
step-units-ask = Primero: ¿kilómetros o millas? Lo usaré para distancias, ritmos, peso y altura.
step-units-km = Kilómetros (km, kg, cm)
step-units-mi = Millas (mi, lb, ft/in)
step-units-current = { $units ->
    [mi] millas
   *[km] kilómetros
}
step-units-hint = Pulsa Kilómetros o Millas, o escribe km o millas.
words-units = kilómetros=km|kilometros=km|métrico=km|millas=mi|milla=mi|imperial=mi

## Zona horaria
step-tz-menu = Zona horaria
step-tz-ask = ¿Dónde corres? Envía tu ciudad (como 'Madrid' o 'Ciudad de México') o un desfase UTC como 'UTC+1'. Lo necesito para saber cuál es tu 'hoy' y avisarte a la hora correcta.
step-tz-confirm = Entendido: { $label } → <b>{ $zone }</b> (tu hora ahora: { $time }).
step-tz-confirm-offset = Entendido: { $label } → <b>{ $zone }</b>, un desfase fijo sin horario de verano (tu hora ahora: { $time }). Si tus relojes cambian en verano, envía tu ciudad.
tz-hint = Envía tu ciudad, como 'Madrid' o 'Buenos Aires', o un desfase UTC como 'UTC+1'.
tz-bad-offset = Ningún lugar de la Tierra usa ese desfase. Van de UTC−12 a UTC+14. { tz-hint }
tz-several-zones = { $country } tiene varias zonas horarias — ¿en qué ciudad estás? { tz-hint }
tz-not-found = No he encontrado ese lugar. { tz-hint }

## Objetivo
step-goal-menu = Distancia objetivo
step-goal-ask = ¿Para qué estás entrenando? 🎯
step-goal-other = Otra distancia
step-goal-custom-ask = ¿Cuánto mide tu carrera? Por ejemplo '15 km', '30 km' o '50 { $unit }'.
distance-hint = Envía una distancia como '5 km', '10 km', '13,1 mi', 'media maratón' o 'maratón'.
distance-unreadable = No he podido leer esa distancia. { distance-hint }
distance-unknown-unit = No conozco la unidad “{ $unit }”. { distance-hint }
distance-range = Elige una distancia entre 1 y 250 km (0,6–155 mi).
distance-5k = 5K
distance-10k = 10K
distance-half = Media maratón
distance-full = Maratón
distance-custom = Carrera de { $distance }

## Fecha de la carrera
step-date-menu = Fecha de la carrera
step-date-ask = ¿Cuándo es la carrera? Por ejemplo 12.04.2027, '12 de abril' o 'en 16 semanas'. La fecha define la forma de tu plan: base, pico y puesta a punto.
step-date-accepted = 📅 { $date } — { $weeks ->
    [0] en menos de una semana
    [one] dentro de { $weeks } semana
   *[other] dentro de { $weeks } semanas
}.
date-hint = Prueba 12.04.2027, '12 de abril' o 'en 16 semanas'.
date-not-on-calendar = Esa fecha no existe en el calendario. { date-hint }
date-unreadable = No he podido leer esa fecha. { date-hint }
date-which-day = ¿Qué día exactamente? { date-hint }
date-today = { $date } es hoy — necesito una fecha de carrera futura. { date-hint }
date-past = { $date } ya ha pasado — necesito una fecha de carrera futura. { date-hint }
date-too-far = { $date } está a más de { $years } años — elige una carrera dentro de dos años y prepararemos el camino.

## Género
step-gender-menu = Género
step-gender-ask = ¿Cuál es tu género? Me ayuda a estimar ritmos y zonas de frecuencia cardiaca.
step-gender-female = Mujer
step-gender-male = Hombre
step-gender-other = Otro / prefiero no decirlo
step-gender-current = { $gender ->
    [male] hombre
    [female] mujer
   *[other] sin especificar
}
step-gender-hint = Pulsa uno de los botones, o escribe hombre, mujer u otro.
words-gender = hombre=male|h=male|masculino=male|mujer=female|femenino=female|otro=other|prefiero no decirlo=other

## Edad
step-age-menu = Edad
step-age-ask = ¿Cuántos años tienes? La edad influye en cuánta recuperación necesitas.
age-hint = Envía tu edad en años, por ejemplo 34.
age-unreadable = No he podido leer esa edad. { age-hint }
age-whole = Solo años enteros, por favor — por ejemplo 34.
age-range = Entreno a corredores de 10 a 100 años. Envía tu edad en años.

## Altura
step-height-menu = Altura
step-height-ask = ¿Cuánto mides? Por ejemplo { $units ->
    [mi] 5'10" o 178 cm
   *[km] 178 cm o 5'10"
}.
height-hint = Envía tu altura como 178, 178 cm, 1,78 m o 5'10".
height-inches = Las pulgadas deben ser menos de 12 — por ejemplo 5'10". { height-hint }
height-unreadable = No he podido leer esa altura. { height-hint }
height-unknown-unit = No conozco la unidad “{ $unit }”. { height-hint }
height-which-unit = ¿Son centímetros, metros o pulgadas? { height-hint }
height-range = Esa altura parece rara — espero 100–250 cm (3'4"–8'2"). { height-hint }

## Peso
step-weight-menu = Peso
step-weight-ask = ¿Y tu peso? Por ejemplo { $units ->
    [mi] 160 lb o 72 kg
   *[km] 72 kg o 160 lb
}. Me ayuda a cuidar tus articulaciones.
weight-hint = Envía tu peso como 72, 72,5 kg o 160 lb.
weight-unreadable = No he podido leer ese peso. { weight-hint }
weight-unknown-unit = No conozco la unidad “{ $unit }”. { weight-hint }
weight-range = Ese peso parece raro — espero 30–250 kg (66–550 lb). { weight-hint }

## Experiencia
step-exp-menu = Experiencia
step-exp-ask = ¿Cómo te describirías como corredor?
step-exp-beginner = Principiante — empiezo o vuelvo
step-exp-intermediate = Intermedio — corro con regularidad
step-exp-advanced = Avanzado — entrenamiento estructurado, carreras
step-exp-current = { $level ->
    [beginner] principiante
    [intermediate] intermedio
   *[advanced] avanzado
}
step-exp-hint = Pulsa uno de los botones, o escribe principiante, intermedio o avanzado.
words-experience = principiante=beginner|novato=beginner|intermedio=intermediate|avanzado=advanced|experto=advanced

## Años corriendo
step-years-menu = Años corriendo
step-years-ask = ¿Cuántos años llevas corriendo? Pulsa o escribe un número.
step-years-zero = Empezando
step-years-choice = { $years } { $years ->
    [one] año
   *[other] años
}
years-hint = Envía un número de años, por ejemplo 3, o 0 si estás empezando.
years-unreadable = No he podido leerlo. { years-hint }
years-too-many = Son más de 80 años — { years-hint }
years-longer-than-age = Parece más de lo posible con { $age } años. { years-hint }

## Volumen semanal
step-vol-menu = Volumen semanal
step-vol-ask = ¿Cuánto corres en una semana normal ahora mismo (en { $unit })? Empiezo tu plan desde ahí para que la progresión sea segura.
step-vol-zero = Aún no corro
volume-hint = Envía una distancia semanal como 25, 25 km o 15 mi, o 0 si aún no corres.
volume-unreadable = No he podido leerlo. { volume-hint }
volume-unknown-unit = No conozco la unidad “{ $unit }”. { volume-hint }
volume-too-much = Son más de 250 km (155 mi) por semana — revísalo, por favor. { volume-hint }

## Tirada más larga
step-lrun-menu = Tirada más larga
step-lrun-ask = ¿Cuál ha sido tu carrera más larga del último mes (en { $unit })? Tus primeras tiradas largas empiezan ahí, para subir con seguridad. Pulsa, escríbela u omítela si no estás seguro.
step-lrun-zero = Aún ninguna
step-lrun-skip = Omitir — no estoy seguro
step-lrun-summary = 🏃 Tirada más larga del último mes: { $distance }
step-lrun-not-given = sin indicar
longest-hint = Envía una distancia como 12, 12 km u 8 mi, 0 si no has corrido, u omítela.
longest-unreadable = No he podido leer esa distancia. { longest-hint }
longest-unknown-unit = No conozco la unidad “{ $unit }”. { longest-hint }
longest-too-much = Son más de 100 km (62 mi) en una sola carrera — revísalo, por favor. { longest-hint }

## Días de entrenamiento
step-days-menu = Días de entrenamiento
step-days-ask = ¿Qué días puedes entrenar? Elige al menos 2 y pulsa Listo.
step-days-selected = Elegidos: { $days }
step-days-done = Listo ({ $count })
step-days-too-few = Elige al menos 2 días — correr dos veces por semana es el mínimo para un plan.
weekdays-hint = Pulsa los días o escríbelos como 'lun, mié, vie, dom'.
weekdays-unreadable-range = No he podido leer “{ $token }”. { weekdays-hint }
weekdays-unreadable-day = No he podido leer “{ $token }” como día. { weekdays-hint }
weekdays-none = No he encontrado ningún día. { weekdays-hint }

## Día de la tirada larga
step-long-menu = Día de tirada larga
step-long-ask = ¿Qué día te viene mejor la tirada larga? Es la sesión más larga de la semana, elige un día con tiempo.
step-long-pick = Elige uno de tus días de entrenamiento: { $options }.
step-long-not-training = El { $day } no es uno de tus días de entrenamiento. Elige uno de: { $options }.

## Carrera reciente
step-race-menu = Carrera reciente
step-race-ask = ¿Has corrido una carrera o un test en los últimos seis meses? Tu resultado fija tus ritmos de entrenamiento. Elige la distancia (o escríbela, p. ej. "10 km 45:30"), u omítelo.
step-race-skip = Omitir — sin carreras recientes
step-race-result = { $distance } en { $time }
step-race-noted = 🏁 { $distance } en { $time } — anotado.
step-rtime-ask = ¿Cuál fue tu tiempo en { $distance }? Por ejemplo 45:30 o 1:45:30.
step-rtime-race = la carrera
step-rtime-skip = Omitir
race-time-hint = Envía tu tiempo como 45:30, 1:45:30 o '45 min'.
race-time-unreadable = No he podido leer ese tiempo. { race-time-hint }
race-time-implausible = Eso sale a { $pace } por km, que no parece correcto para esta distancia. { race-time-hint }
words-in = en

## Notas
step-notes-menu = Notas
step-notes-ask = ¿Algo que tu entrenador deba saber? Lesiones, preferencias, lo que te encanta u odias entrenar… Escríbelo en un mensaje (hasta 500 caracteres), u omítelo.
step-notes-skip = Omitir — nada que añadir
step-notes-summary = 📝 Notas: { $notes }
notes-hint = Escríbelo en un mensaje (hasta { $max } caracteres), u omítelo.
notes-huge = Es mucho texto — máximo { $max } caracteres, por favor. { $hint }
notes-empty = No he recibido texto. { $hint }
notes-too-long = Son { $length } caracteres — deja como máximo { $max }, basta con lo esencial. { $hint }

## Hora del recordatorio
step-hour-menu = Hora del recordatorio
step-hour-ask = ¿A qué hora te aviso? Te escribo la tarde antes de cada entrenamiento (tu hora local). Pulsa una hora o escribe una como 19:00.
hour-hint = Envía una hora como 19:00 o 'a las 19', o pulsa un botón.
hour-unreadable = No he podido leer esa hora. { hour-hint }
hour-ampm = Con am/pm la hora va de 1 a 12. { hour-hint }
hour-range = Una hora va de 0 a 23. { hour-hint }
hour-on-the-hour = Los recordatorios salen a la hora en punto — por ejemplo { $hour }:00. { hour-hint }

## Respuestas cortas
answer-too-long = Es mucho texto — solo necesito una respuesta corta. { $hint }
answer-empty = No he recibido respuesta. { $hint }

## Resumen, menú de cambios, final
summary-question = ¿Está todo bien?
summary-save = ✅ Guardar
summary-change = ✏️ Cambiar algo
edit-menu-ask = ¿Qué quieres cambiar?
edit-menu-hint = Pulsa el campo que quieres cambiar.
finished-ask = Tu perfil está guardado ✅ Envía /profile cuando quieras cambiarlo.
finished-again = Tu perfil ya está guardado. Envía /profile para cambiar algo.
finished-saved = Tu perfil ya está guardado.

## Resumen del perfil
summary-title = <b>Tu perfil de corredor</b>
summary-goal = 🎯 Objetivo: <b>{ $goal }</b> ({ $distance }) el { $date }
summary-body = 👤 { $gender ->
    [male] Hombre
    [female] Mujer
   *[other] Género sin especificar
}, { $age } años, { $height }, { $weight }
summary-running = 📈 { $level ->
    [beginner] Principiante
    [intermediate] Intermedio
   *[advanced] Avanzado
} · corriendo desde hace { $years ->
    [0] menos de un año
    [one] { $years } año
   *[other] { $years } años
} · { $volume } por semana ahora
summary-days = 📅 Días de entrenamiento: { $days } · tirada larga el { $longDay }
summary-race = 🏁 Carrera reciente: { $race }
summary-race-none = ninguna
summary-zone = 🌍 Zona horaria: { $zone } · recordatorios a las { $hour }
summary-units = 📏 Unidades: { $units ->
    [mi] millas, lb, pies/pulgadas
   *[km] kilómetros, kg, cm
}

## /notes
notes-command-hint = Envía /notes seguido de tu texto (hasta { $max } caracteres).
words-notes-clear = borrar|eliminar|quitar|ninguna|limpiar
notes-none = 📝 Aún no tienes notas para tu entrenador. Lesiones, preferencias, cosas a evitar: envía <code>/notes tu texto</code> (hasta { $max } caracteres).
notes-show = 📝 <b>Tus notas para el entrenador</b>
    { $notes }

    Envía <code>/notes tu texto</code> para reemplazarlas (hasta { $max } caracteres) o <code>/notes clear</code> para borrarlas.
notes-removed = ✅ Tus notas se han borrado.
notes-saved = ✅ Notas guardadas:
    { $notes }

    Las tendré en cuenta la próxima vez que prepare tu plan (/plan).
notes-no-profile = Aún no tienes perfil. Envía /start y te haré unas preguntas rápidas.
notes-dialog-open = Estás cambiando tu perfil ahora mismo: elige <b>Notas</b> en su menú, o envía /cancel y luego /notes de nuevo.

## Perfil (/start, /profile, /cancel, /back)
profile-cancelled = Vale, paramos. Envía /start cuando estés listo.
profile-main-commands = /plan — tu plan de entrenamiento
    /pending — entrenamientos pendientes
    /log — registrar un entrenamiento
    /profile — ver o cambiar tus respuestas
    /help — todo lo que sé hacer
profile-edit-button = ✏️ Editar
profile-lost-change = Perdona, he perdido ese cambio, así que no ha cambiado nada. Este es tu perfil:
profile-lost-place = Perdona, he perdido por dónde íbamos, así que empecemos de nuevo.
profile-next-create = Envía /plan para crear tu plan de entrenamiento.
profile-next-edit = Envía /plan para crear tu plan con las nuevas respuestas, o /profile para ver tu perfil.
profile-nothing-changed = No ha cambiado nada.
profile-welcome-resume = ¡Bienvenido de nuevo! Sigamos donde lo dejamos:
profile-welcome-back = ¡Hola de nuevo{ $name ->
    [none] {""}
   *[other] , { $name }
}! 👋
profile-unfinished = Tu perfil aún no está terminado. Íbamos por aquí:
profile-none-yet = Aún no tienes perfil. Envía /start y te haré unas preguntas rápidas.
profile-nothing-to-cancel = No hay nada que cancelar ahora. Envía /help para ver lo que sé hacer.
profile-nothing-to-back = No hay nada a lo que volver. Envía /profile para cambiar tu perfil.
profile-no-profile-button = Aún no tienes perfil — envía /start.
profile-questions-finished = Esas preguntas ya terminaron — no ha cambiado nada. Envía /profile para cambiar tu perfil.
