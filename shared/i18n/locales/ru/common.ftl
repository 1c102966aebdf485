# Единицы и счётчики для всех разделов.
unit-km = { $value } км
unit-mi = { $value } ми
km-count = { $count } { $count ->
    [one] километр
    [few] километра
   *[many] километров
}
week-count = { $count } { $count ->
    [one] неделя
    [few] недели
   *[many] недель
}
workout-count = { $count } { $count ->
    [one] тренировка
    [few] тренировки
   *[many] тренировок
}
unit-cm = { $value } см
unit-kg = { $value } кг
unit-lb = { $value } фунт.
unit-name-km = км
unit-name-mi = милях
pace-km = { $pace } мин/км
pace-mi = { $pace } мин/миля
unit-minutes = мин
