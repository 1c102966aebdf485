## /reminders y los recordatorios.

reminders-try = { $error }

    Prueba <code>/reminders on</code>, <code>/reminders off</code> o <code>/reminders 20:00</code>.
reminders-saved = Guardado.

    { $settings }
reminders-saved-short = Guardado ✅
reminders-ask-hour = ¿A qué hora (tu hora local) te aviso la tarde antes?
reminders-no-plan = No tienes un plan activo para mañana, así que no hay recordatorio. Envía /plan para tener uno.
reminders-done = El entrenamiento de mañana ya está registrado, así que no hay nada que recordar.
reminders-preview = <i>Vista previa del recordatorio de mañana:</i>

    { $reminder }
reminders-on = 🔔 Los recordatorios están <b>activados</b>: a las <b>{ $hour }</b> ({ $zone }) la tarde antes de cada entrenamiento.
reminders-off = 🔕 Los recordatorios están <b>desactivados</b>.
reminders-rest-note = Antes de un día de descanso recibes una nota breve.
reminders-rest-nothing = Antes de un día de descanso no recibes nada.
reminders-turn-off = 🔕 Desactivar
reminders-turn-on = 🔔 Activar
reminders-change-hour = 🕐 Cambiar hora
reminders-rest-on = 🛌 Nota de descanso: sí
reminders-rest-off = 🛌 Nota de descanso: no
reminders-preview-button = 👀 Ver el de mañana
reminders-back = ← Atrás
reminder-done = ✅ Hecho
reminder-skip = ⏭ Omitir
reminder-week = 📅 Ver semana
reminder-tomorrow = ⏰ <b>Mañana</b>

    { $workout }
reminder-rest-day = 🛌 <b>Mañana ({ $date }) es día de descanso.</b> La recuperación es parte del plan: duerme bien y deja descansar las piernas.
