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
# A pace's unit: time per one kilometre / mile.
unit-pace-km = мин/км
unit-pace-mi = мин/миля

## Когда что-то не удалось совсем: ответ на «ядовитое» сообщение, умершие фоновые задачи.
poison-reply = Извините, с этим сообщением что-то пошло не так, и обработать его не получилось. Попробуйте ещё раз.
job-dead-plan = Извините, сейчас не получилось составить ваш план. Попробуйте /plan ещё раз через несколько минут.
job-dead-replan = Извините, сейчас не получилось изменить ваш план. Текущий план остаётся как есть.
job-dead-coach = Извините, сейчас не получилось ответить. Попробуйте ещё раз через минуту.
