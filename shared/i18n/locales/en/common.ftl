# Units and counts shared by every area.
unit-km = { $value } km
unit-mi = { $value } mi
km-count = { $count } { $count ->
    [one] kilometre
   *[other] kilometres
}
week-count = { $count } { $count ->
    [one] week
   *[other] weeks
}
workout-count = { $count } { $count ->
    [one] workout
   *[other] workouts
}
unit-cm = { $value } cm
unit-kg = { $value } kg
unit-lb = { $value } lb
unit-name-km = km
unit-name-mi = mi
pace-km = { $pace } min/km
pace-mi = { $pace } min/mi
unit-minutes = min
