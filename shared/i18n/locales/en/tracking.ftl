## Tracking: /pending, /stats, Done / Skip, logging runs (shared/tracking render files, features).

cancel-sick = 🤒 Sick
cancel-injured = 🩹 Injured
cancel-no-time = ⏰ No time
cancel-weather = 🌧 Weather
cancel-other = ✏️ Other
run-distance-time = { $distance } in { $time }
run-pace = { $text } ({ $pace })
run-hr = { $text }, HR { $hr }
run-rpe = { $text }, RPE { $rpe }
run-unknown = a run
pending-none = 🎉 Nothing pending: no overdue workouts and nothing planned for today or tomorrow.
pending-title = <b>Pending workouts</b>
pending-page = <b>Pending workouts</b> · page { $page } of { $pages }
pending-overdue = ⚠️ Overdue
pending-today = 📅 Today
pending-tomorrow = 🔜 Tomorrow
pending-previous = ‹ Previous
pending-next = Next ›
button-done = ✅ Done · { $date }
button-skip = ✖️ Skip
ask-how-it-went = How did it go?
    { $workout }
button-as-planned = ✅ As planned
button-as-planned-distance = ✅ As planned ({ $distance })
button-enter-numbers = ✏️ Enter my numbers
ask-why-skip = Why are you skipping it?
    { $workout }
stats-title = <b>Last { $weeks } weeks</b>
stats-distance = Distance: { $done } run, { $planned } planned
stats-completion-none = Completion: nothing due yet
stats-completion = Completion: { $percent }% ({ $done } of { $due } done, { $cancelled } skipped, { $missed } missed)
stats-streak = Current streak: { $streak } { $streak ->
    [one] workout
   *[other] workouts
} in a row
stats-longest = Longest run: { $distance } ({ $date })
stats-easy-pace = Easy pace: { $first } → { $last } ({ $trend ->
    [faster] faster by { $by }
    [slower] slower by { $by }
   *[steady] steady
})
stats-easy-pace-none = Easy pace: not enough easy runs with a time yet
stats-by = { $seconds } s/{ $unit }
stats-predicted = Predicted { $goal }: { $time } (VDOT { $vdot }; Riegel { $riegel }) — from { $distance } in { $duration } on { $date }
stats-predicted-none = Predicted { $goal }: log a hard effort of 3 km or more with its time to get one
stats-empty = No workouts yet: send /plan for a training plan, or /log a run you did.
stats-chart-caption = Planned vs done, last { $weeks } weeks
tracking-no-profile = First I need to know you as a runner: send /start to set up your profile.
tracking-forged = I didn't recognise that button — nothing changed.
replan-why-health = Sorry you are { $reason ->
    [sick] ill
   *[injured] injured
} — get well first.
replan-why-missed = { $count } workouts were missed or skipped in the last { $days } days.
replan-offer = { $why }
    Shall I adjust your plan from today, starting from what you have actually been running? Workouts you did stay as they are.
replan-adjust = 🔄 Adjust my plan
replan-keep = Keep it
chart-week-starting = week starting
chart-completion-none = Completion: —
chart-completion = Completion: { $percent }%
chart-streak = Streak: { $streak }
chart-done = Done: { $done } of { $planned } { $unit }
replan-not-yours = That offer is not yours — nothing changed.
replan-already = You already answered this — nothing changed.
replan-keeping = Keeping your plan
replan-kept = Okay, your plan stays as it is.
replan-adjusting-short = Adjusting…
replan-adjusting = 🔄 Adjusting your plan from today to what you have actually been running…
workout-not-yours = That workout is not in your plan — nothing changed.
workout-archived = That workout belongs to an older plan — nothing changed. Send /pending for the current ones.
workout-week-of = <b>Week of { $date }</b>
workout-already-done = Already recorded as done ✅ — nothing changed.
workout-already-skipped = Already skipped — nothing changed.
workout-question-finished = That question is finished — nothing changed.
workout-already-recorded-short = That workout was already recorded.
workout-logged-short = Logged ✅
workout-had-run = That workout already had a run recorded — nothing changed.
workout-logged = ✅ Logged { $run } on { $date }.
workout-logged-extra = ✅ Logged { $run } on { $date } as an extra run.
workout-finish-profile = Finish your profile questions first (or /cancel them).
workout-send-numbers = Send your numbers for { $workout }: distance, time, and optionally heart rate and effort 1–10.
    For example: { $example } (or /cancel)
workout-already-recorded = That workout was already recorded — nothing changed.
workout-recorded-short = Recorded ✅
workout-done-as-planned = ✅ Done as planned: { $workout }. Nice work!
workout-skipped-short = Skipped
workout-skipped = ✖️ Skipped: { $workout } — { $reason }
workout-ask-note = What got in the way? One line is enough (or /cancel to skip the note).
workout-cancelled = Okay, stopped. Nothing more was recorded.
workout-choose-above = Please choose with the buttons above which workout that run was (or /cancel).
workout-note-saved = Noted, thanks. Rest well and send /pending when you are ready for the next one.
workout-numbers-error = { $error }
    For example: { $example } (or /cancel)
workout-recorded = ✅ Recorded { $run } for { $workout }.
log-ask = Tell me what you ran. { $hint }
log-finish-profile = Finish your profile questions first (or /cancel them), then log the run again.
log-which = Which workout was { $run } on { $date }?
log-extra-run = ➕ An extra run
log-logged-matched = ✅ Logged { $run } on { $date } — { $title } ({ $planned }) is done.
log-logged-extra = ✅ Logged { $run } on { $date } as an extra run.
workout-duplicate-tap = Already recorded ✅ — nothing changed.
replan-no-profile = I need your runner profile first: send /start.
replan-race-passed = Your race date has passed, so there is nothing left to adjust. Set a new goal with /profile.
replan-failed = Sorry, I could not adjust your plan. Try /plan to rebuild it.
replan-unsafe = Sorry, I could not build a safe adjusted plan. Your current plan stays as it is.
replan-done = ✅ <b>Plan adjusted</b> from your recent running ({ $volume } a week lately). Done workouts stay as they are.
log-hint = For example: /log 10k 52:30 · /log 6.2mi 1:01:00 rpe 6 · /log yesterday 8 km easy hr 145
runlog-empty = Tell me what you ran.
runlog-too-long = That is too long for one run.
runlog-negative = Distances and times cannot be negative.
runlog-not-a-date = “{ $text }” is not a real date.
runlog-two-dates = Two different dates — which day was it?
runlog-two-times = Two different times — which one was it?
runlog-two-distances = Two different distances — which one was it?
runlog-not-a-time = “{ $text }” is not a time.
runlog-future = That date is in the future — log runs once you have done them.
runlog-unknown-here = I don't know what “{ $text }” means here.
runlog-unknown = I don't know what “{ $text }” means.
runlog-need-something = I need at least a distance or a time.
runlog-distance-range = A run is between 0.2 and 250 km — please check the distance.
runlog-time-range = A run takes between 1 minute and 48 hours — please check the time.
runlog-pace = That pace is not humanly possible — please check the distance and the time.
runlog-hr = Average heart rate should be between 30 and 230 bpm.
runlog-rpe = Effort (RPE) is a whole number from 1 (very easy) to 10 (all out).
runlog-too-old = I can only log runs from the last { $days } days.
