## /reminders и напоминания.

reminders-try = { $error }

    Попробуйте <code>/reminders on</code>, <code>/reminders off</code> или <code>/reminders 20:00</code>.
reminders-saved = Сохранено.

    { $settings }
reminders-saved-short = Сохранено ✅
reminders-ask-hour = В котором часу (по вашему времени) напоминать накануне вечером?
reminders-no-plan = На завтра нет активного плана, поэтому напоминания не будет. Отправьте /plan, чтобы получить план.
reminders-done = Завтрашняя тренировка уже записана, напоминать не о чем.
reminders-preview = <i>Так будет выглядеть завтрашнее напоминание:</i>

    { $reminder }
reminders-on = 🔔 Напоминания <b>включены</b>: в <b>{ $hour }</b> ({ $zone }) накануне каждой тренировки.
reminders-off = 🔕 Напоминания <b>выключены</b>.
reminders-rest-note = Перед днём отдыха приходит короткая заметка.
reminders-rest-nothing = Перед днём отдыха ничего не приходит.
reminders-turn-off = 🔕 Выключить
reminders-turn-on = 🔔 Включить
reminders-change-hour = 🕐 Сменить час
reminders-rest-on = 🛌 Заметка о дне отдыха: вкл.
reminders-rest-off = 🛌 Заметка о дне отдыха: выкл.
reminders-preview-button = 👀 Показать завтрашнее
reminders-back = ← Назад
reminder-done = ✅ Готово
reminder-skip = ⏭ Пропустить
reminder-week = 📅 Вся неделя
reminder-tomorrow = ⏰ <b>Завтра</b>

    { $workout }
reminder-rest-day = 🛌 <b>Завтра ({ $date }) день отдыха.</b> Восстановление — часть плана: выспитесь и дайте ногам отдохнуть.
