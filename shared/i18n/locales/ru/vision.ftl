## Скриншоты.

vision-busy = Я ещё читаю ваши последние скриншоты ({ $count }). Пришлите этот снова, когда я отвечу на них.
vision-analysing = 🔎 Разбираю скриншот… Скоро отвечу здесь.
vision-reading-file = ⌚ Читаю файл тренировки… Скоро отвечу здесь.
vision-already-recorded = Уже записано ✅
vision-already-discarded = Уже отброшено.
vision-fix-first = Сначала исправьте числа (Изменить).
vision-discarded-short = Отброшено
vision-discarded = { $reading }

    🗑️ Отброшено — ничего не записано.
vision-which-number = { $reading }

    Какое число исправить?
vision-finish-first = Сначала закончите (или /cancel) то, что мы делали.
vision-editing = { $reading }

    ✏️ Редактирую…
vision-no-change = Хорошо, без изменений.
vision-edit-error = { $error } /cancel — оставить числа как есть.
vision-activity = { $activity ->
    [run] Бег
    [walk] Ходьба
    [ride] Велосипед
    [swim] Плавание
   *[other] Тренировка
}
vision-distance = Дистанция: <b>{ $distance }</b>
vision-time = Время: <b>{ $time }</b>
vision-elapsed = Общее время (с остановками): { $time }
vision-pace = Темп: { $pace }
vision-hr = Средний пульс: { $hr } уд/мин
vision-elevation = Набор высоты: { $metres } м
vision-calories = Калории: { $calories }
vision-laps = Круги: { $count }
vision-source = Источник: { $app }
vision-edit = ✏️ Изменить
vision-discard = 🗑️ Отбросить
vision-confirm = ✅ Подтвердить
vision-read-this = 📸 Вот что я прочитал на скриншоте:
vision-read-this-file = ⌚ Вот что я прочитал в вашем файле { $format }:
vision-problems = ⚠️ Что-то не так: { $problems }
vision-nothing-recorded = Ничего не записано. Исправьте число кнопкой «Изменить» или отбросьте.
vision-record-it = Записать?
vision-field-distance = Дистанция
vision-field-time = Время
vision-field-date = Дата
vision-field-hr = Пульс
vision-back = ↩️ Назад
vision-prompt-distance = { $units ->
    [mi] Пришлите дистанцию в милях, например <code>3.12</code> (или <code>5 km</code>). /cancel — отмена.
   *[km] Пришлите дистанцию в км, например <code>5.02</code> (или <code>3.1 mi</code>). /cancel — отмена.
}
vision-prompt-time = Пришлите время как ч:мм:сс или мм:сс, например <code>25:13</code>. /cancel — отмена.
vision-prompt-date = Пришлите дату как ГГГГ-ММ-ДД, например <code>2025-03-02</code>, или «today» / «yesterday». /cancel — отмена.
vision-prompt-hr = Пришлите средний пульс, например <code>152</code>. /cancel — отмена.
vision-too-large = Изображение больше 10 МБ, я его не читал. Пришлите скриншот поменьше, лучше как фото.
vision-not-image = Это не изображение PNG, JPEG или WebP и не файл тренировки FIT, GPX или TCX, я не могу его прочитать. Пришлите скриншот тренировки как фото или файл тренировки с часов.
vision-damaged = Изображение повреждено, я не смог его открыть. Пришлите скриншот ещё раз, лучше как фото.
vision-file-too-large = Файл больше 20 МБ, я его не читал. Экспортируйте тренировку ещё раз (файлы FIT самые маленькие).
vision-file-damaged = Файл тренировки, похоже, повреждён (неполный или испорчен), я не смог его прочитать, и ничего не записано. Экспортируйте его из часов или приложения ещё раз.
vision-file-empty = В файле тренировки нет ни дистанции, ни времени, поэтому ничего не записано. Пришлите файл завершённой пробежки.
vision-file-not-running = { $activity ->
    [walk] В файле ходьба, а не пробежка
    [ride] В файле велотренировка, а не пробежка
    [swim] В файле плавание, а не пробежка
   *[other] В файле не пробежка
}, а я записываю только бег, поэтому ничего не записано.
vision-unavailable = Не удалось скачать файл из Telegram. Пришлите скриншот ещё раз.
vision-not-workout = Спасибо за картинку! Пробежки на ней я не нашёл{ $why }, поэтому ничего не записано. Чтобы записать пробежку, пришлите скриншот итогов тренировки из беговой программы (дистанция, время, темп).
vision-other-sport = похоже, это { $activity ->
    [walk] ходьба
    [ride] велосипед
    [swim] плавание
   *[other] другой вид спорта
}, а я записываю только бег

## Подтверждение: что сделала запись.
vision-run-duplicate = { $reading }

    ✅ Эта пробежка уже записана — ничего не изменилось.
vision-workout-duplicate = { $reading }

    ✅ Эта тренировка уже записана — ничего не изменилось.
vision-which-workout = { $reading }

    Какая это тренировка из плана?
vision-recorded-planned = { $reading }

    ✅ Записано как запланированная тренировка <b>{ $title }</b> ({ $date }).
vision-recorded-extra = { $reading }

    ✅ Записано как дополнительная пробежка.
# Заметка к записанной пробежке (видна в /history); название приложения — в скобках после неё.
vision-note-screenshot = со скриншота
vision-note-file = из файла { $format }

## Исправление: число, которое не подошло.
vision-edit-distance = { $units ->
    [mi] Пришлите число миль, например 3,12.
   *[km] Пришлите число километров, например 5,02.
}
vision-edit-distance-zero = Дистанция должна быть больше 0.
vision-edit-time = Пришлите время как ч:мм:сс или мм:сс, например 25:13.
vision-edit-date = Пришлите дату как ГГГГ-ММ-ДД, например 2025-03-02.
vision-edit-future = Эта дата ещё не наступила.
vision-edit-hr = Пришлите пульс от 30 до 250 уд/мин.

## Проверка правдоподобия: склеивается в vision-problems.
vision-problem-missing-distance = Не удалось прочитать дистанцию.
vision-problem-distance-too-short = { $distance } км — это меньше 0,1 км.
vision-problem-distance-too-long = { $distance } км — это больше 100 км.
vision-problem-missing-duration = Не удалось прочитать время.
vision-problem-pace-too-fast = темп { $pace } на км быстрее, чем у любого бегуна (2:30 на км).
vision-problem-pace-too-slow = темп { $pace } на км медленнее бега (15:00 на км).
vision-problem-date-in-future = дата { $date } ещё не наступила.

## Задача чтения скриншота.
vision-still-reading = ⏳ Всё ещё читаю ваш скриншот, почти готово…
vision-dead = Извините, в этот раз не получилось прочитать ваш скриншот ({ $count } { $count ->
    [one] попытка
    [few] попытки
   *[many] попыток
}). Ничего не записано — пришлите его ещё раз чуть позже.
