# The plan in the runner's hands: browsing, calendar, rebuild preview, move, undo, history, pause.
ph-week-header = Week { $index } of { $total } · { $phase } · { $distance }
ph-week-dates = { $from } – { $to }
ph-week-empty = No workouts this week.
ph-phase-base = Base
ph-phase-build = Build
ph-phase-peak = Peak
ph-phase-taper = Taper
ph-phase-race = Race week
ph-tag-maintenance = maintenance
ph-tag-cutback = cutback
ph-full-header = Full plan · page { $page } of { $pages }
ph-pace = Pace: { $pace }
ph-note = Note: { $note }
ph-btn-prev = ◀ Week { $index }
ph-btn-next = Week { $index } ▶
ph-btn-full = 📋 Full plan
ph-btn-this-week = 📅 This week
ph-btn-earlier = ◀ Earlier
ph-btn-later = Later ▶
ph-btn-rebuild = 🔄 Rebuild my plan
ph-btn-move = ↔️ Move
ph-btn-done = ✅ Done
ph-btn-skip = ✖️ Skip
ph-unknown-button = I didn't recognise that button — nothing changed.
ph-no-profile = First I need to know you as a runner: send /start to set up your profile.
ph-no-plan = You have no training plan yet — send /plan to build one.
ph-not-in-plan = That workout is not in your current plan — nothing changed. Send /plan for the current one.
ph-today-header = Today
ph-today-rest = Nothing planned today — a rest day.
ph-today-next = Next: { $workout }
ph-plan-over = Your plan is over. Send /plan to build a new one.
# Calendar
ph-cal-name = Training plan
ph-cal-caption = 📅 Your training plan as a calendar file: { $count ->
    [one] { $count } workout
   *[other] { $count } workouts
}. Open it to add them to your calendar.
ph-cal-subscribe = Or subscribe, and your calendar follows every change of the plan: { $link }
    Keep this link private. /calendar reset makes a new one (the old one stops working).
ph-cal-reset = 🔁 New calendar link: { $link }
    The old link no longer works — subscribe again with this one.
ph-cal-empty = Your plan has no workouts left to put in a calendar.
ph-cal-hour-set = 🕖 Your calendar events are now at { $hour }:00, your time.
ph-cal-allday-set = 📅 Your calendar events are now all-day.
ph-cal-usage = /calendar — your plan as a calendar file and a subscription link
    /calendar 7 — events at 07:00 your time; /calendar allday — all-day events
    /calendar reset — a new subscription link (the old one stops working)
# Undo, edit, history
ph-hist-header = Your recent entries
ph-hist-empty = Nothing recorded yet. Tap ✅ Done under a workout or send /log.
ph-hist-done = ✅ { $date } — { $what }
ph-hist-skipped = ✖️ { $date } — { $title } (skipped)
ph-hist-extra = Extra run
ph-hist-no-time = no time
ph-hist-hint = Edit, Delete and Undo work for { $days } days after an entry.
ph-btn-undo = ↩️ Undo
ph-btn-edit = ✏️ Edit
ph-btn-edit-on = ✏️ { $date }
ph-btn-delete-on = 🗑 { $date }
ph-btn-unskip-on = ↩️ { $date }
ph-btn-no-time = ⏭ I didn't time it
ph-ask-time = ⏱ Did you time it? Send your time (for example 47:30), or tap "I didn't time it". A run without a time counts for distance only, not for paces and predictions.
ph-time-saved = ⏱ Saved: { $what }.
ph-no-time-ok = Okay — recorded without a time (distance only).
ph-undone-done = ↩️ Undone: that run is no longer recorded and the workout is open again.
ph-undone-skip = ↩️ Undone: the workout is open again.
ph-already-undone = Nothing to change — that entry is already gone.
ph-too-old = That entry is older than { $days } days and can no longer be changed.
ph-ask-edit = Send the corrected distance and time for { $what }, for example 8.2 { $units } 47:30 (or /cancel).
ph-edit-saved = ✏️ Updated: { $what }.
ph-edit-bad = I couldn't read that. For example: 8.2 { $units } 47:30 (or /cancel)
ph-form-stopped = Okay, stopped. Nothing changed.
ph-form-busy = Finish your current question first (or /cancel it).
# Move
ph-move-ask = 🔀 Move { $workout } to which day? These keep your plan safe:
ph-move-none = 🔀 I can't move { $workout } to another of your days this week without breaking a training rule. It stays where it is; you can also skip it.
ph-move-refused-day = ✖️ { $day }: { $reason }
ph-move-refused = I can't move it to { $day }: { $reasons }. Days that work: { $days }. Nothing changed.
ph-move-no-days = none this week
ph-move-done = 🔀 Moved: { $workout } is now on { $day }.
ph-move-stale = Your plan changed meanwhile — nothing moved. Send /week for the current one.
ph-move-not-open = Only a coming workout that is not done or skipped can be moved.
ph-rule-HARD_BACK_TO_BACK = two hard sessions would be on back-to-back days
ph-rule-DATE_ORDER = there is already a workout on that day
ph-rule-DATE_RANGE = that day is outside your plan
ph-rule-RACE_DAY = it would clash with race day
ph-rule-LONG_RUN_DAY = the long run would come too close to the race or a week would lose it
ph-rule-WEEK_VOLUME = that week would carry more than its planned volume
ph-rule-RAMP = the weekly volume would grow faster than is safe
ph-rule-QUALITY_COUNT = that week would get too many hard sessions
ph-rule-LONG_RUN_SHARE = the long run would be too big a share of its week
ph-rule-LONG_RUN_PROGRESSION = the long run would jump up too fast
ph-rule-LONG_RUN_LONGEST = another run would be longer than the long run
ph-rule-LONG_RUN_MAX = a run would be longer than your long-run cap
ph-rule-CUTBACK = it would break the plan's recovery weeks
ph-rule-TAPER = it would break the taper before your race
ph-rule-other = it would break a training rule
# Rebuild preview
ph-rb-header = 🔄 What a rebuild would change:
ph-rb-line = { $what }: { $from } → { $to }
ph-rb-same = { $what }: { $value } (unchanged)
ph-rb-race = Race
ph-rb-weeks = Weeks
ph-rb-peak = Peak week
ph-rb-longest = Longest run
ph-rb-this-week = This week
ph-rb-footer = Apply builds the new plan; your current plan and everything you recorded stay in your history.
ph-rb-no-change = A rebuild would keep all of this. Apply anyway, or keep your plan.
ph-btn-apply = ✅ Apply
ph-btn-keep = ↩️ Keep my plan
ph-rb-kept = Kept your current plan — nothing changed.
ph-rb-building = 🏗️ Building your new plan… I will send it here.
ph-rb-refused = I can't build a safe plan from these answers: { $reason }. Your current plan stays.
ph-profile-saved-next = Send /plan to see your plan, or /profile to see your profile.
# Pause
ph-pause-usage = /pause 7 — pause your plan for 7 days (1 to { $max }), for a holiday; /pause 7 ill — after an illness, the first week back is lighter. /resume ends a pause early.
ph-pause-done = ⏸️ Paused until { $until }: no workouts and no reminders until then. Your plan picks up on { $back }, rebuilt from there to your race.
ph-pause-done-ill = The first week back is lighter and easy only. Get well soon!
ph-pause-note-ill = Lighter week after illness — only if you feel fine.
ph-pause-refused = I can't rebuild your plan around that pause: { $reason }. Your plan stays as it is.
ph-resume-none = Your plan is not paused.
ph-resume-done = ▶️ Welcome back! Your plan picks up today, rebuilt from here to your race. Send /week to see it.
# One prediction
ph-pred-effort = Predicted { $goal }: { $time } (VDOT { $vdot }; Riegel { $riegel }) — from your { $distance } in { $effort } on { $date }
ph-pred-race = Predicted { $goal }: { $time } (VDOT { $vdot }; Riegel { $riegel }) — from your recent race, until you log a fresher hard effort
ph-pred-estimate = Predicted { $goal }: { $time } (VDOT { $vdot }, estimated) — log a hard effort of 3 km or more with its time to sharpen it
ph-pred-none = Predicted { $goal }: log a hard effort of 3 km or more with its time to get one
ph-ask-reason = What got in the way?
ph-reason-saved = ✏️ Updated: skipped — { $reason }.
