## Учёт: /pending, /stats, Готово / Пропустить, запись пробежек.

cancel-sick = 🤒 Болею
cancel-injured = 🩹 Травма
cancel-no-time = ⏰ Нет времени
cancel-weather = 🌧 Погода
cancel-other = ✏️ Другое
run-distance-time = { $distance } за { $time }
run-pace = { $text } ({ $pace })
run-hr = { $text }, пульс { $hr }
run-rpe = { $text }, RPE { $rpe }
run-unknown = пробежка
pending-none = 🎉 Ничего не ждёт: нет просроченных тренировок, и на сегодня и завтра ничего не запланировано.
pending-title = <b>Предстоящие тренировки</b>
pending-page = <b>Предстоящие тренировки</b> · страница { $page } из { $pages }
pending-overdue = ⚠️ Просрочено
pending-today = 📅 Сегодня
pending-tomorrow = 🔜 Завтра
pending-previous = ‹ Назад
pending-next = Дальше ›
button-done = ✅ Готово · { $date }
button-skip = ✖️ Пропустить
ask-how-it-went = Как прошло?
    { $workout }
button-as-planned = ✅ По плану
button-as-planned-distance = ✅ По плану ({ $distance })
button-enter-numbers = ✏️ Ввести свои данные
ask-why-skip = Почему пропускаете?
    { $workout }
stats-title = <b>Последние { $weeks } { $weeks ->
    [one] неделя
    [few] недели
   *[many] недель
}</b>
stats-distance = Дистанция: пробежано { $done }, по плану { $planned }
stats-completion-none = Выполнение: пока нечего выполнять
stats-completion = Выполнение: { $percent }% (сделано { $done } из { $due }, пропущено { $cancelled }, не выполнено { $missed })
stats-streak = Серия: { $streak } { $streak ->
    [one] тренировка
    [few] тренировки
   *[many] тренировок
} подряд
stats-longest = Самая длинная пробежка: { $distance } ({ $date })
stats-easy-pace = Лёгкий темп: { $first } → { $last } ({ $trend ->
    [faster] быстрее на { $by }
    [slower] медленнее на { $by }
   *[steady] без изменений
})
stats-easy-pace-none = Лёгкий темп: пока мало лёгких пробежек со временем
stats-by = { $seconds } с/{ $unit }
stats-predicted = Прогноз на { $goal }: { $time } (VDOT { $vdot }; по Ригелю { $riegel }) — по { $distance } за { $duration }, { $date }
stats-predicted-none = Прогноз на { $goal }: запишите тяжёлую пробежку от 3 км со временем, чтобы получить его
stats-empty = Тренировок пока нет: отправьте /plan, чтобы получить план, или /log, чтобы записать пробежку.
stats-chart-caption = План и факт, последние { $weeks } { $weeks ->
    [one] неделя
    [few] недели
   *[many] недель
}
tracking-no-profile = Сначала мне нужно узнать вас как бегуна: отправьте /start, чтобы заполнить профиль.
tracking-forged = Я не узнал эту кнопку — ничего не изменилось.
replan-why-health = Жаль, что вы { $reason ->
    [sick] болеете
   *[injured] травмированы
} — сначала выздоравливайте.
replan-why-missed = За последние { $days } дней пропущено или не выполнено тренировок: { $count }.
replan-offer = { $why }
    Подстроить план с сегодняшнего дня под то, что вы реально бегали? Выполненные тренировки останутся как есть.
replan-adjust = 🔄 Подстроить план
replan-keep = Оставить
chart-week-starting = начало недели
chart-completion-none = Выполнение: —
chart-completion = Выполнение: { $percent }%
chart-streak = Серия: { $streak }
chart-done = Сделано: { $done } из { $planned } { $unit }
replan-not-yours = Это предложение не ваше — ничего не изменилось.
replan-already = Вы уже ответили — ничего не изменилось.
replan-keeping = Оставляю план
replan-kept = Хорошо, план остаётся как есть.
replan-adjusting-short = Подстраиваю…
replan-adjusting = 🔄 Подстраиваю план с сегодняшнего дня под то, что вы реально бегали…
workout-not-yours = Этой тренировки нет в вашем плане — ничего не изменилось.
workout-archived = Эта тренировка из старого плана — ничего не изменилось. Отправьте /pending, чтобы увидеть текущие.
workout-week-of = <b>Неделя с { $date }</b>
workout-already-done = Уже записано как выполненное ✅ — ничего не изменилось.
workout-already-skipped = Уже пропущено — ничего не изменилось.
workout-question-finished = Этот вопрос уже закрыт — ничего не изменилось.
workout-already-recorded-short = Эта тренировка уже записана.
workout-logged-short = Записано ✅
workout-had-run = У этой тренировки уже есть записанная пробежка — ничего не изменилось.
workout-logged = ✅ Записал: { $run }, { $date }.
workout-logged-extra = ✅ Записал: { $run }, { $date }, как дополнительную пробежку.
workout-finish-profile = Сначала закончите вопросы профиля (или отправьте /cancel).
workout-send-numbers = Пришлите данные для { $workout }: дистанция, время и по желанию пульс и усилие 1–10.
    Например: { $example } (или /cancel)
workout-already-recorded = Эта тренировка уже записана — ничего не изменилось.
workout-recorded-short = Записано ✅
workout-done-as-planned = ✅ Выполнено по плану: { $workout }. Отличная работа!
workout-skipped-short = Пропущено
workout-skipped = ✖️ Пропущено: { $workout } — { $reason }
workout-ask-note = Что помешало? Достаточно одной строки (или /cancel, чтобы не писать).
workout-cancelled = Хорошо, остановились. Больше ничего не записано.
workout-choose-above = Выберите кнопками выше, к какой тренировке относится пробежка (или /cancel).
workout-note-saved = Записал, спасибо. Отдыхайте и отправьте /pending, когда будете готовы к следующей.
workout-numbers-error = { $error }
    Например: { $example } (или /cancel)
workout-recorded = ✅ Записал { $run } для { $workout }.
log-ask = Расскажите, что вы пробежали. { $hint }
log-finish-profile = Сначала закончите вопросы профиля (или отправьте /cancel), затем запишите пробежку снова.
log-which = К какой тренировке относится { $run }, { $date }?
log-extra-run = ➕ Дополнительная пробежка
log-logged-matched = ✅ Записал { $run }, { $date } — { $title } ({ $planned }) выполнена.
log-logged-extra = ✅ Записал { $run }, { $date }, как дополнительную пробежку.
workout-duplicate-tap = Уже записано ✅ — ничего не изменилось.
replan-no-profile = Сначала мне нужен ваш профиль бегуна: отправьте /start.
replan-race-passed = Дата забега уже прошла, подстраивать нечего. Задайте новую цель через /profile.
replan-failed = Извините, не получилось подстроить план. Попробуйте /plan, чтобы пересобрать его.
replan-unsafe = Извините, не получилось составить безопасный план. Текущий план остаётся как есть.
replan-done = ✅ <b>План подстроен</b> под ваш недавний бег (в последнее время { $volume } в неделю). Выполненные тренировки остаются как есть.
log-hint = Например: /log 10k 52:30 · /log 6.2mi 1:01:00 rpe 6 · /log yesterday 8 km easy hr 145
runlog-empty = Расскажите, что вы пробежали.
runlog-too-long = Слишком длинно для одной пробежки.
runlog-negative = Дистанция и время не могут быть отрицательными.
runlog-not-a-date = «{ $text }» — не настоящая дата.
runlog-two-dates = Две разные даты — какой это был день?
runlog-two-times = Два разных времени — какое верное?
runlog-two-distances = Две разные дистанции — какая верная?
runlog-not-a-time = «{ $text }» — это не время.
runlog-future = Эта дата в будущем — записывайте пробежки, когда они уже сделаны.
runlog-unknown-here = Не понимаю, что здесь значит «{ $text }».
runlog-unknown = Не понимаю, что значит «{ $text }».
runlog-need-something = Нужна хотя бы дистанция или время.
runlog-distance-range = Пробежка — от 0,2 до 250 км, проверьте дистанцию.
runlog-time-range = Пробежка длится от 1 минуты до 48 часов, проверьте время.
runlog-pace = Такой темп человеку не под силу — проверьте дистанцию и время.
runlog-hr = Средний пульс должен быть от 30 до 230 уд/мин.
runlog-rpe = Усилие (RPE) — целое число от 1 (очень легко) до 10 (на пределе).
runlog-too-old = Я записываю пробежки только за последние { $days } дней.
