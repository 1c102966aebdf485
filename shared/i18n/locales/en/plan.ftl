## The plan as shown: summary, weeks, workouts (shared/planner/render.ts, /plan).

plan-title = { $race } on { $date } · { $weeks } weeks
plan-predicted = Predicted: { $time } (VDOT { $vdot }, { $source ->
    [race] from your race
   *[other] estimated
}{ $riegel })
plan-no-prediction = No finish time predicted: race by time and feel.
plan-riegel = ; Riegel: { $time }
plan-pace-easy = Easy: { $pace }
plan-pace-marathon = Marathon: { $pace }
plan-pace-threshold = Threshold: { $pace }
plan-pace-interval = Interval: { $pace }
plan-pace-repetition = Repetition: { $pace }
plan-week = Week { $index } · { $phase ->
    [base] Base
    [build] Build
    [peak] Peak
    [taper] Taper
   *[race] Race week
} · { $volume }
plan-week-maintenance = maintenance
plan-week-cutback = cutback
plan-workout-minutes = ~{ $duration } min
plan-workout-hours = ~{ $duration } h
plan-warm-up = Warm-up: { $text }
plan-main-set = Main set: { $text }
plan-cool-down = Cool-down: { $text }
plan-pace = Pace: { $pace }
plan-note = Note: { $text }
plan-no-profile = First I need to know you as a runner: send /start to set up your profile.
plan-rebuild = 🔄 Rebuild my plan
plan-building = 🏗️ Building your training plan… this takes a few seconds. I will send it here.
plan-ready-footer = Send /plan any time to see this week; I will remind you the evening before each workout.
plan-job-no-profile = I need your runner profile first: send /start.
plan-infeasible-title = I can't build a safe plan for this goal yet.
plan-infeasible-pick = Pick one of these and I will plan it:
plan-infeasible-profile = Change your goal with /profile and I will plan it.
feasibility-unknown-button = I didn't recognise that button — nothing changed.
feasibility-finish-profile = Finish or /cancel your profile change first — nothing changed.
feasibility-not-possible = That option is no longer possible — nothing changed.
feasibility-updating = Updating your goal…
feasibility-building = 🏗️ Goal updated. Building your training plan… I will send it here.
