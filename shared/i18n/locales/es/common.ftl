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
