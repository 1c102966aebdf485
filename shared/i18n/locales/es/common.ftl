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
unit-minutes = min
