## План: сводка, недели, тренировки (shared/planner/render.ts, /plan).

plan-title = { $race }, { $date } · { $weeks } { $weeks ->
    [one] неделя
    [few] недели
   *[many] недель
}
plan-predicted = Прогноз: { $time } (VDOT { $vdot }, { $source ->
    [race] по вашему забегу
   *[other] оценка
}{ $riegel })
plan-no-prediction = Время финиша не прогнозируется: бегите по времени и самочувствию.
plan-riegel = ; по Ригелю: { $time }
plan-pace-easy = Лёгкий: { $pace }
plan-pace-marathon = Марафонский: { $pace }
plan-pace-threshold = Пороговый: { $pace }
plan-pace-interval = Интервальный: { $pace }
plan-pace-repetition = Повторы: { $pace }
plan-week = Неделя { $index } · { $phase ->
    [base] База
    [build] Развитие
    [peak] Пик
    [taper] Подводка
   *[race] Неделя старта
} · { $volume }
plan-week-maintenance = поддержка
plan-week-cutback = разгрузка
plan-workout-minutes = ~{ $duration } мин
plan-workout-hours = ~{ $duration } ч
plan-warm-up = Разминка: { $text }
plan-main-set = Основная часть: { $text }
plan-cool-down = Заминка: { $text }
plan-pace = Темп: { $pace }
plan-note = Заметка: { $text }
plan-no-profile = Сначала мне нужно узнать вас как бегуна: отправьте /start, чтобы заполнить профиль.
plan-rebuild = 🔄 Пересобрать план
plan-building = 🏗️ Составляю план тренировок… это займёт несколько секунд. Пришлю его сюда.
plan-ready-footer = Отправьте /plan в любой момент, чтобы увидеть эту неделю; я напомню накануне вечером перед каждой тренировкой.
plan-job-no-profile = Сначала нужен ваш профиль бегуна: отправьте /start.
plan-infeasible-title = Для этой цели я пока не могу составить безопасный план.
plan-infeasible-pick = Выберите один из вариантов, и я составлю план:
plan-infeasible-profile = Измените цель через /profile, и я составлю план.
feasibility-unknown-button = Я не узнал эту кнопку — ничего не изменилось.
feasibility-finish-profile = Сначала завершите или отмените (/cancel) изменение профиля — ничего не изменилось.
feasibility-not-possible = Этот вариант больше недоступен — ничего не изменилось.
feasibility-updating = Обновляю цель…
feasibility-building = 🏗️ Цель обновлена. Составляю план тренировок… Пришлю его сюда.
