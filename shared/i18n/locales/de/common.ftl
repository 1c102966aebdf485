# Einheiten und Zählwörter für alle Bereiche.
unit-km = { $value } km
unit-mi = { $value } mi
km-count = { $count } { $count ->
    [one] Kilometer
   *[other] Kilometer
}
week-count = { $count } { $count ->
    [one] Woche
   *[other] Wochen
}
workout-count = { $count } { $count ->
    [one] Training
   *[other] Trainings
}
unit-cm = { $value } cm
unit-kg = { $value } kg
unit-lb = { $value } lb
unit-name-km = km
unit-name-mi = Meilen
pace-km = { $pace } min/km
pace-mi = { $pace } min/mi
unit-minutes = min
