## Диалог профиля: вопросы, кнопки, ответы и переспросы (shared/profile).

profile-greeting = Привет! Я ваш беговой тренер 🏃 Несколько быстрых вопросов (примерно две минуты), и я составлю план под вашу цель. Нажмите ⬅️ Назад, чтобы исправить ответ, или отправьте /cancel, чтобы остановиться.
profile-stale-button = Эта кнопка от предыдущего вопроса — ничего не изменилось. Вот где мы сейчас:
profile-unknown-button = Я не узнал эту кнопку — ничего не изменилось. Вот где мы сейчас:
profile-forged = Я не узнал эту кнопку — ничего не изменилось.
profile-didnt-catch = Не понял ответ. { $hint }
profile-current-answer = Текущий ответ: { $answer }
profile-keep = Оставить: { $answer }
profile-back = ⬅️ Назад
profile-back-to-summary = ⬅️ Назад к сводке
profile-no-changes = Без изменений.
profile-summary-hint = Нажмите ✅ Сохранить, если всё верно, или ✏️ Изменить.
profile-first-question = Это первый вопрос — до него ничего нет.
profile-command-in-dialog = Эта команда не относится к вопросам (отправьте /cancel, чтобы остановиться). Продолжим:
profile-saved-create = Сохранено ✅ Впереди — ваш старт!
profile-saved-edit = Сохранено ✅ Профиль обновлён.
profile-skipped = пропущено
profile-none = нет

words-yes = да|ок|окей|сохранить|сохрани|верно|всё верно|все верно|подтверждаю|👍|✅
words-edit = изменить|поменять|исправить|нет
words-skip = пропустить|пропуск|нет|не было|без забега|-
words-no-notes = пропустить|нет|ничего|нечего|всё хорошо|все хорошо|-
words-not-sure = пропустить|не знаю|не уверен|не уверена|без понятия|?|-
words-no-running = ещё не бегаю|еще не бегаю|не бегаю|нисколько|ноль|нет
words-just-starting = только начинаю|начинаю|нисколько|никогда|нет
words-custom = другая|другое|другая дистанция|своя

## Единицы
step-units-menu = Единицы
step-units-ask = Для начала: километры или мили? Я буду использовать их для дистанций, темпа, веса и роста.
step-units-km = Километры (км, кг, см)
step-units-mi = Мили (mi, lb, ft/in)
step-units-current = { $units ->
    [mi] мили
   *[km] километры
}
step-units-hint = Нажмите «Километры» или «Мили» либо напишите км или мили.
words-units = км=km|километры=km|километров=km|метрические=km|мили=mi|миль=mi|миля=mi

## Часовой пояс
step-tz-menu = Часовой пояс
step-tz-ask = Где вы бегаете? Напишите город (например, «Москва» или «Berlin») или смещение от UTC, например «UTC+3». Так я узнаю, какое у вас «сегодня», и напомню в нужный час.
step-tz-confirm = Понял: { $label } → <b>{ $zone }</b> (у вас сейчас { $time }).
step-tz-confirm-offset = Понял: { $label } → <b>{ $zone }</b>, фиксированное смещение без перехода на летнее время (у вас сейчас { $time }). Если часы у вас переводятся летом, лучше напишите город.
tz-hint = Напишите город, например «Москва» или «Berlin», или смещение вроде «UTC+3».
tz-bad-offset = Такого смещения нет нигде на Земле. Смещения бывают от UTC−12 до UTC+14. { tz-hint }
tz-several-zones = { $country } — страна с несколькими часовыми поясами. В каком вы городе? { tz-hint }
tz-not-found = Не нашёл такое место. { tz-hint }

## Цель
step-goal-menu = Дистанция цели
step-goal-ask = К чему готовимся? 🎯
step-goal-other = Другая дистанция
step-goal-custom-ask = Какой длины ваш забег? Например, «15 км», «30 км» или «50 { $unit }».
distance-hint = Напишите дистанцию, например «5 км», «10 км», «13,1 mi», «полумарафон» или «марафон».
distance-unreadable = Не смог прочитать дистанцию. { distance-hint }
distance-unknown-unit = Не знаю единицу «{ $unit }». { distance-hint }
distance-range = Выберите дистанцию от 1 до 250 км (0,6–155 mi).
distance-5k = 5 км
distance-10k = 10 км
distance-half = Полумарафон
distance-full = Марафон
distance-custom = Забег { $distance }

## Дата забега
step-date-menu = Дата забега
step-date-ask = Когда забег? Например, 12.04.2027, «12 апреля» или «через 16 недель». От даты зависит форма плана: набор, пик и подводка.
step-date-accepted = 📅 { $date } — { $weeks ->
    [0] меньше чем через неделю
    [one] через { $weeks } неделю
    [few] через { $weeks } недели
   *[many] через { $weeks } недель
}.
date-hint = Например, 12.04.2027, «12 апреля» или «через 16 недель».
date-not-on-calendar = Такой даты нет в календаре. { date-hint }
date-unreadable = Не смог прочитать дату. { date-hint }
date-which-day = А какого именно числа? { date-hint }
date-today = { $date } — это сегодня, а мне нужна дата в будущем. { date-hint }
date-past = { $date } уже прошло, а мне нужна дата в будущем. { date-hint }
date-too-far = До { $date } больше { $years } лет — выберите забег в пределах двух лет, и мы начнём подготовку.

## Пол
step-gender-menu = Пол
step-gender-ask = Ваш пол? Это помогает оценить темп и пульсовые зоны.
step-gender-female = Женский
step-gender-male = Мужской
step-gender-other = Другое / не скажу
step-gender-current = { $gender ->
    [male] мужской
    [female] женский
   *[other] не указан
}
step-gender-hint = Нажмите одну из кнопок или напишите: мужской, женский или другое.
words-gender = мужской=male|муж=male|м=male|мужчина=male|женский=female|жен=female|ж=female|женщина=female|другое=other|не скажу=other

## Возраст
step-age-menu = Возраст
step-age-ask = Сколько вам лет? От возраста зависит, сколько нужно восстанавливаться.
age-hint = Напишите возраст в годах, например 34.
age-unreadable = Не смог прочитать возраст. { age-hint }
age-whole = Только целые годы, пожалуйста, — например 34.
age-range = Я тренирую бегунов от 10 до 100 лет. Напишите возраст в годах.

## Рост
step-height-menu = Рост
step-height-ask = Какой у вас рост? Например, { $units ->
    [mi] 5'10" или 178 см
   *[km] 178 см или 5'10"
}.
height-hint = Напишите рост, например 178, 178 см, 1,78 м или 5'10".
height-inches = Дюймов должно быть меньше 12 — например 5'10". { height-hint }
height-unreadable = Не смог прочитать рост. { height-hint }
height-unknown-unit = Не знаю единицу «{ $unit }». { height-hint }
height-which-unit = Это сантиметры, метры или дюймы? { height-hint }
height-range = Рост выглядит странно — я ожидаю 100–250 см (3'4"–8'2"). { height-hint }

## Вес
step-weight-menu = Вес
step-weight-ask = А вес? Например, { $units ->
    [mi] 160 lb или 72 кг
   *[km] 72 кг или 160 lb
}. Так я берегу ваши суставы от лишней нагрузки.
weight-hint = Напишите вес, например 72, 72,5 кг или 160 lb.
weight-unreadable = Не смог прочитать вес. { weight-hint }
weight-unknown-unit = Не знаю единицу «{ $unit }». { weight-hint }
weight-range = Вес выглядит странно — я ожидаю 30–250 кг (66–550 lb). { weight-hint }

## Опыт
step-exp-menu = Опыт
step-exp-ask = Как бы вы описали себя как бегуна?
step-exp-beginner = Новичок — начинаю или возвращаюсь
step-exp-intermediate = Любитель — бегаю регулярно
step-exp-advanced = Опытный — структурные тренировки, старты
step-exp-current = { $level ->
    [beginner] новичок
    [intermediate] любитель
   *[advanced] опытный
}
step-exp-hint = Нажмите одну из кнопок или напишите: новичок, любитель или опытный.
words-experience = новичок=beginner|начинающий=beginner|любитель=intermediate|средний=intermediate|опытный=advanced|продвинутый=advanced

## Стаж
step-years-menu = Беговой стаж
step-years-ask = Сколько лет вы бегаете? Нажмите или напишите число.
step-years-zero = Только начинаю
step-years-choice = { $years } { $years ->
    [one] год
    [few] года
   *[many] лет
}
years-hint = Напишите число лет, например 3, или 0, если только начинаете.
years-unreadable = Не смог прочитать. { years-hint }
years-too-many = Это больше 80 лет — { years-hint }
years-longer-than-age = В { $age } так долго бегать не получится. { years-hint }

## Недельный объём
step-vol-menu = Недельный объём
step-vol-ask = Сколько вы сейчас пробегаете в обычную неделю (в { $unit })? С этого я начну план, чтобы наращивание было безопасным.
step-vol-zero = Пока не бегаю
volume-hint = Напишите недельный объём, например 25, 25 км или 15 mi, или 0, если пока не бегаете.
volume-unreadable = Не смог прочитать. { volume-hint }
volume-unknown-unit = Не знаю единицу «{ $unit }». { volume-hint }
volume-too-much = Это больше 250 км (155 mi) в неделю — проверьте, пожалуйста. { volume-hint }

## Самая длинная пробежка
step-lrun-menu = Самая длинная пробежка
step-lrun-ask = Какая самая длинная пробежка у вас была за последний месяц (в { $unit })? С неё начнутся длительные, чтобы шаг вверх был безопасным. Нажмите, напишите или пропустите, если не уверены.
step-lrun-zero = Пока не бегал(а)
step-lrun-skip = Пропустить — не уверен(а)
step-lrun-summary = 🏃 Самая длинная пробежка за месяц: { $distance }
step-lrun-not-given = не указана
longest-hint = Напишите дистанцию, например 12, 12 км или 8 mi, 0, если не бегали, или пропустите.
longest-unreadable = Не смог прочитать дистанцию. { longest-hint }
longest-unknown-unit = Не знаю единицу «{ $unit }». { longest-hint }
longest-too-much = Это больше 100 км (62 mi) за одну пробежку — проверьте, пожалуйста. { longest-hint }

## Дни тренировок
step-days-menu = Дни тренировок
step-days-ask = В какие дни вы можете тренироваться? Выберите минимум 2, затем «Готово».
step-days-selected = Выбрано: { $days }
step-days-done = Готово ({ $count })
step-days-too-few = Выберите минимум 2 дня — для плана нужно бегать хотя бы дважды в неделю.
weekdays-hint = Нажмите на дни или напишите их, например «пн, ср, пт, вс».
weekdays-unreadable-range = Не смог прочитать «{ $token }». { weekdays-hint }
weekdays-unreadable-day = Не смог прочитать «{ $token }» как день. { weekdays-hint }
weekdays-none = Не нашёл ни одного дня. { weekdays-hint }

## День длительной
step-long-menu = День длительной
step-long-ask = В какой день удобнее длительная? Это самая долгая тренировка недели, выберите день со свободным временем.
step-long-pick = Выберите один из ваших дней тренировок: { $options }.
step-long-not-training = { $day } — не ваш день тренировок. Выберите один из: { $options }.

## Недавний забег
step-race-menu = Недавний забег
step-race-ask = Бежали ли вы забег или контрольную за последние полгода? По результату я рассчитаю тренировочные темпы. Выберите дистанцию (или напишите, например «10 км 45:30») либо пропустите.
step-race-skip = Пропустить — забегов не было
step-race-result = { $distance } за { $time }
step-race-noted = 🏁 { $distance } за { $time } — записал.
step-rtime-ask = За какое время вы пробежали { $distance }? Например, 45:30 или 1:45:30.
step-rtime-race = забег
step-rtime-skip = Пропустить
race-time-hint = Напишите время финиша, например 45:30, 1:45:30 или «45 мин».
race-time-unreadable = Не смог прочитать время. { race-time-hint }
race-time-implausible = Получается { $pace } на км — для этой дистанции это не похоже на правду. { race-time-hint }
words-in = за

## Заметки
step-notes-menu = Заметки
step-notes-ask = Что ещё стоит знать тренеру? Травмы, предпочтения, что любите или не любите в тренировках… Напишите одним сообщением (до 500 символов) или пропустите.
step-notes-skip = Пропустить — нечего добавить
step-notes-summary = 📝 Заметки: { $notes }
notes-hint = Напишите одним сообщением (до { $max } символов) или пропустите.
notes-huge = Слишком много текста — не больше { $max } символов, пожалуйста. { $hint }
notes-empty = Я не увидел здесь текста. { $hint }
notes-too-long = Здесь { $length } символов — оставьте не больше { $max }, достаточно главного. { $hint }

## Час напоминаний
step-hour-menu = Час напоминаний
step-hour-ask = В котором часу вам напоминать? Я пишу накануне вечером перед каждой тренировкой (по вашему времени). Нажмите на время или напишите, например 19:00.
hour-hint = Напишите час, например 19:00 или «в 19», или нажмите кнопку.
hour-unreadable = Не смог прочитать время. { hour-hint }
hour-ampm = С am/pm час должен быть от 1 до 12. { hour-hint }
hour-range = Час — это число от 0 до 23. { hour-hint }
hour-on-the-hour = Напоминания приходят в начале часа — например, в { $hour }:00. { hour-hint }

## Короткие ответы
answer-too-long = Слишком много текста — мне нужен короткий ответ. { $hint }
answer-empty = Я не увидел здесь ответа. { $hint }

## Сводка, меню изменений, конец
summary-question = Всё верно?
summary-save = ✅ Сохранить
summary-change = ✏️ Изменить
edit-menu-ask = Что вы хотите изменить?
edit-menu-hint = Нажмите на поле, которое хотите изменить.
finished-ask = Профиль сохранён ✅ Отправьте /profile, чтобы изменить его в любой момент.
finished-again = Профиль уже сохранён. Отправьте /profile, чтобы что-то изменить.
finished-saved = Профиль уже сохранён.

## Сводка профиля
summary-title = <b>Ваш профиль бегуна</b>
summary-goal = 🎯 Цель: <b>{ $goal }</b> ({ $distance }), { $date }
summary-body = 👤 { $gender ->
    [male] Мужчина
    [female] Женщина
   *[other] Пол не указан
}, { $age } { $age ->
    [one] год
    [few] года
   *[many] лет
}, { $height }, { $weight }
summary-running = 📈 { $level ->
    [beginner] Новичок
    [intermediate] Любитель
   *[advanced] Опытный
} · бегаю { $years ->
    [0] меньше года
    [one] { $years } год
    [few] { $years } года
   *[many] { $years } лет
} · сейчас { $volume } в неделю
summary-days = 📅 Дни тренировок: { $days } · длительная — { $longDay }
summary-race = 🏁 Недавний забег: { $race }
summary-race-none = не указан
summary-zone = 🌍 Часовой пояс: { $zone } · напоминания в { $hour }
summary-units = 📏 Единицы: { $units ->
    [mi] мили, фунты, футы/дюймы
   *[km] километры, кг, см
}

## /notes
notes-command-hint = Отправьте /notes и текст (до { $max } символов).
words-notes-clear = очистить|удалить|убрать|нет|сбросить
notes-none = 📝 Заметок для тренера пока нет. Травмы, предпочтения, чего избегать: отправьте <code>/notes ваш текст</code> (до { $max } символов).
notes-show = 📝 <b>Ваши заметки для тренера</b>
    { $notes }

    Отправьте <code>/notes ваш текст</code>, чтобы заменить их (до { $max } символов), или <code>/notes clear</code>, чтобы удалить.
notes-removed = ✅ Заметки удалены.
notes-saved = ✅ Заметки сохранены:
    { $notes }

    Я учту их, когда буду составлять план в следующий раз (/plan).
notes-no-profile = У вас ещё нет профиля. Отправьте /start, и я задам несколько быстрых вопросов.
notes-dialog-open = Вы сейчас меняете профиль: выберите <b>Заметки</b> в его меню или отправьте /cancel, а затем снова /notes.

## Профиль (/start, /profile, /cancel, /back)
profile-cancelled = Хорошо, остановились. Отправьте /start, когда будете готовы.
profile-main-commands = /plan — ваш план тренировок
    /pending — что ещё предстоит
    /log — записать тренировку
    /profile — посмотреть или изменить ответы
    /help — всё, что я умею
profile-edit-button = ✏️ Изменить
profile-lost-change = Извините, я потерял это изменение, поэтому ничего не поменялось. Вот ваш профиль:
profile-lost-place = Извините, я потерял, где мы остановились, начнём заново.
profile-next-create = Отправьте /plan, чтобы составить план тренировок.
profile-next-edit = Отправьте /plan, чтобы составить план с новыми ответами, или /profile, чтобы посмотреть профиль.
profile-nothing-changed = Ничего не изменилось.
profile-welcome-resume = С возвращением! Продолжим с того же места:
profile-welcome-back = С возвращением{ $name ->
    [none] {""}
   *[other] , { $name }
}! 👋
profile-unfinished = Профиль ещё не заполнен. Мы остановились здесь:
profile-none-yet = У вас ещё нет профиля. Отправьте /start, и я задам несколько быстрых вопросов.
profile-nothing-to-cancel = Сейчас нечего отменять. Отправьте /help, чтобы узнать, что я умею.
profile-nothing-to-back = Возвращаться некуда. Отправьте /profile, чтобы изменить профиль.
profile-no-profile-button = У вас ещё нет профиля — отправьте /start.
profile-questions-finished = Эти вопросы уже закончились — ничего не изменилось. Отправьте /profile, чтобы изменить профиль.
