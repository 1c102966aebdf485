## /reminders and the reminder messages.

reminders-try = { $error }

    Try <code>/reminders on</code>, <code>/reminders off</code> or <code>/reminders 20:00</code>.
reminders-saved = Saved.

    { $settings }
reminders-saved-short = Saved ✅
reminders-ask-hour = At what hour (your local time) should I remind you the evening before?
reminders-no-plan = You have no active plan for tomorrow, so there is no reminder. Send /plan to get one.
reminders-done = Tomorrow’s workout is already recorded, so there is nothing to remind you of.
reminders-preview = <i>Preview of tomorrow’s reminder:</i>

    { $reminder }
reminders-on = 🔔 Reminders are <b>on</b>: at <b>{ $hour }</b> ({ $zone }) the evening before each workout.
reminders-off = 🔕 Reminders are <b>off</b>.
reminders-rest-note = Before a rest day you get a short note.
reminders-rest-nothing = Before a rest day you get nothing.
reminders-turn-off = 🔕 Turn off
reminders-turn-on = 🔔 Turn on
reminders-change-hour = 🕐 Change hour
reminders-rest-on = 🛌 Rest-day note: on
reminders-rest-off = 🛌 Rest-day note: off
reminders-preview-button = 👀 Preview tomorrow
reminders-back = ← Back
reminder-done = ✅ Done
reminder-skip = ⏭ Skip
reminder-week = 📅 See week
reminder-tomorrow = ⏰ <b>Tomorrow</b>

    { $workout }
reminder-rest-day = 🛌 <b>Tomorrow ({ $date }) is a rest day.</b> Recovery is part of the plan: sleep well and keep the legs easy.
