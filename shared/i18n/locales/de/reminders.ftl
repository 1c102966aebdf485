## /reminders und die Erinnerungen.

reminders-try = { $error }

    Versuche <code>/reminders on</code>, <code>/reminders off</code> oder <code>/reminders 20:00</code>.
reminders-saved = Gespeichert.

    { $settings }
reminders-saved-short = Gespeichert ✅
reminders-ask-hour = Zu welcher Stunde (deine Ortszeit) soll ich dich am Vorabend erinnern?
reminders-no-plan = Für morgen gibt es keinen aktiven Plan, also keine Erinnerung. Sende /plan, um einen zu bekommen.
reminders-done = Das Training von morgen ist schon eingetragen, es gibt nichts zu erinnern.
reminders-preview = <i>Vorschau der Erinnerung für morgen:</i>

    { $reminder }
reminders-on = 🔔 Erinnerungen sind <b>an</b>: um <b>{ $hour }</b> ({ $zone }) am Vorabend jedes Trainings.
reminders-off = 🔕 Erinnerungen sind <b>aus</b>.
reminders-rest-note = Vor einem Ruhetag bekommst du eine kurze Notiz.
reminders-rest-nothing = Vor einem Ruhetag bekommst du nichts.
reminders-turn-off = 🔕 Ausschalten
reminders-turn-on = 🔔 Einschalten
reminders-change-hour = 🕐 Uhrzeit ändern
reminders-rest-on = 🛌 Ruhetag-Notiz: an
reminders-rest-off = 🛌 Ruhetag-Notiz: aus
reminders-preview-button = 👀 Vorschau für morgen
reminders-back = ← Zurück
reminder-done = ✅ Erledigt
reminder-skip = ⏭ Auslassen
reminder-week = 📅 Woche ansehen
reminder-tomorrow = ⏰ <b>Morgen</b>

    { $workout }
reminder-rest-day = 🛌 <b>Morgen ({ $date }) ist Ruhetag.</b> Erholung gehört zum Plan: schlaf gut und lass die Beine locker.
