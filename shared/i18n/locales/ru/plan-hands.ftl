# План в руках бегуна: просмотр, календарь, пересборка с предпросмотром, перенос, отмена, история, пауза.
ph-week-header = Неделя { $index } из { $total } · { $phase } · { $distance }
ph-week-dates = { $from } – { $to }
ph-week-empty = На этой неделе тренировок нет.
ph-phase-base = База
ph-phase-build = Развитие
ph-phase-peak = Пик
ph-phase-taper = Подводка
ph-phase-race = Неделя старта
ph-tag-maintenance = поддержание
ph-tag-cutback = разгрузка
ph-full-header = Весь план · страница { $page } из { $pages }
ph-pace = Темп: { $pace }
ph-note = Заметка: { $note }
ph-btn-prev = ◀ Неделя { $index }
ph-btn-next = Неделя { $index } ▶
ph-btn-full = 📋 Весь план
ph-btn-this-week = 📅 Эта неделя
ph-btn-earlier = ◀ Раньше
ph-btn-later = Позже ▶
ph-btn-rebuild = 🔄 Пересобрать план
ph-btn-move = ↔️ Перенести
ph-btn-done = ✅ Сделано
ph-btn-skip = ✖️ Пропустить
ph-unknown-button = Я не узнал эту кнопку — ничего не изменилось.
ph-no-profile = Сначала мне нужно узнать вас как бегуна: отправьте /start, чтобы заполнить профиль.
ph-no-plan = У вас ещё нет плана тренировок — отправьте /plan, чтобы составить его.
ph-not-in-plan = Этой тренировки нет в вашем текущем плане — ничего не изменилось. Отправьте /plan, чтобы увидеть текущий.
ph-today-header = Сегодня
ph-today-rest = Сегодня ничего не запланировано — день отдыха.
ph-today-next = Дальше: { $workout }
ph-plan-over = Ваш план закончился. Отправьте /plan, чтобы составить новый.
# Календарь
ph-cal-name = План тренировок
ph-cal-caption = 📅 Ваш план тренировок в виде файла календаря: { $count ->
    [one] { $count } тренировка
    [few] { $count } тренировки
   *[many] { $count } тренировок
}. Откройте его, чтобы добавить их в календарь.
ph-cal-subscribe = Или подпишитесь — календарь будет следовать за каждым изменением плана: { $link }
    Не делитесь этой ссылкой. /calendar reset создаёт новую (старая перестаёт работать).
ph-cal-reset = 🔁 Новая ссылка на календарь: { $link }
    Старая ссылка больше не работает — подпишитесь заново по этой.
ph-cal-empty = В вашем плане не осталось тренировок для календаря.
