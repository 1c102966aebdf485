# Unidades y recuentos comunes.
unit-km = { $value } km
unit-mi = { $value } mi
km-count = { $count } { $count ->
    [one] kilómetro
   *[other] kilómetros
}
week-count = { $count } { $count ->
    [one] semana
   *[other] semanas
}
workout-count = { $count } { $count ->
    [one] entrenamiento
   *[other] entrenamientos
}
unit-cm = { $value } cm
unit-kg = { $value } kg
unit-lb = { $value } lb
unit-name-km = km
unit-name-mi = millas
pace-km = { $pace } min/km
pace-mi = { $pace } min/mi
# A pace's unit: time per one kilometre / mile.
unit-pace-km = min/km
unit-pace-mi = min/milla

## Cuando algo falla del todo: la respuesta a un mensaje que no se pudo procesar, tareas muertas.
poison-reply = Lo siento, algo salió mal con ese mensaje y no pude procesarlo. Inténtalo de nuevo.
job-dead-plan = Lo siento, ahora mismo no he podido crear tu plan. Vuelve a probar /plan dentro de unos minutos.
job-dead-replan = Lo siento, ahora mismo no he podido ajustar tu plan. Tu plan actual se queda como está.
job-dead-coach = Lo siento, ahora mismo no he podido responder. Inténtalo de nuevo dentro de un minuto.
