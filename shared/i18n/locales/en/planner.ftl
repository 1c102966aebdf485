## The plan engine's texts (shared/planner): workout titles, sessions and descriptions, plan warnings, the
## feasibility gate's reasons and options. The planner stores message ids with raw numbers; renderers fill
## `$km` / `$…Km` as distances in the runner's units, `$at` as a pace phrase, `$…Sec` as a duration.

planner-title-rest = Rest day
planner-title-easy = Easy run
planner-title-medium-long = Medium-long run
planner-title-back-to-back = Back-to-back long run
planner-title-recovery = Recovery run
planner-title-long = Long run
planner-title-long-mp = Long run with marathon-pace finish
planner-title-race = Race day: { $raceKind ->
    [marathon] Marathon
    [half] Half marathon
    [k] { $raceK }K
   *[other] { $raceKm } race
}
planner-title-tempo = Tempo run
planner-title-cruise = Cruise intervals
planner-title-intervals = Intervals
planner-title-repetitions = Repetitions
planner-title-race-pace = Race-pace run
planner-title-shake-out = Shake-out run

planner-at = { $zone ->
    [E] at E pace
    [T] at T pace
    [I] at I pace
    [R] at R pace
    [race] at goal race pace
   *[goal] at goal pace
}
planner-at-range = at { $pace }

planner-main-rest = Rest, or 20–30 min of walking and mobility
planner-main-easy = { $km } easy { $at }
planner-strides = + 6 × 20 s strides
planner-main-recovery = { $km } very easy
planner-main-long = { $km } steady { $at }
planner-main-long-mp = { $km } { $at }, then the last { $mpKm } at marathon (M) pace
planner-race-warm-up-short = 10–15 min easy jog + 4 strides
planner-race-warm-up-long = A few minutes of walking and easy jogging
planner-main-race-feel = { $km } by time and feel
planner-main-race = { $km } race { $at }
planner-race-cool-down = Walk and easy jog 10 min
planner-main-tempo = { $km } continuous { $at }
planner-main-cruise = { $reps } × { $repKm } { $at } with 1 min jog
planner-main-intervals = { $reps } × { $repMeters } m { $at } with { $jogMeters } m jog
planner-main-repetitions = { $reps } × { $repMeters } m { $at } with { $jogMeters } m jog
planner-main-race-pace = { $km } { $at }
planner-main-race-pace-reps = { $reps } × { $repKm } { $at } with 2 min jog
planner-km-easy = { $km } easy

planner-desc-rest = Adaptation happens while you recover. Keep it easy today.
planner-desc-easy = Conversational pace: you should be able to talk in full sentences.
planner-desc-medium-long = A second, shorter long run in the week at easy effort: endurance without one huge day.
planner-desc-back-to-back = The day after your long run: easy effort on tired legs, walking breaks welcome. This is how ultra plans add endurance safely.
planner-desc-recovery = Very relaxed running to recover from the previous hard day. Slower is better.
planner-desc-ultra-long = Time on feet at easy effort. Practise your race: walk the climbs with purpose, fuel every 30–45 min (what you will eat on race day), and run on terrain like the course.
planner-desc-long = Builds endurance. Keep it easy and even; take water{ $fuel ->
    [yes] {" "}and fuel every 30–40 min
   *[no] {""}
}.
planner-desc-mp-finish = The marathon-pace finish rehearses race rhythm on tired legs.
planner-run-walk = Run/walk: { $minutes } min running, 1 min walking, repeated (one more running minute each week).
planner-run-continuous = Run continuously if it feels easy; walk breaks are still fine.
planner-desc-race-ultra = Race by time and feel, not pace: start slower than feels right, walk the climbs from the start, eat and drink every 30–45 min, and keep talking-pace effort for the first half.
planner-desc-race-feel = Finish comfortably: start slower than feels right, take walk breaks early (e.g. 1 min every 1–2 km) and enjoy it.
planner-desc-race = Predicted finish ≈ { $predictedSec }. Start conservatively, settle into goal pace, and push only in the last part.
planner-desc-tempo = Comfortably hard: a pace you could hold for about an hour. Raises your lactate threshold.
planner-desc-intervals = Hard but controlled repeats that build VO2max. Jog the recoveries; never sprint.
planner-desc-repetitions = Fast, relaxed repeats for speed and running economy. Full recovery between them.
planner-desc-race-pace = Rehearse your goal pace so it feels familiar on race day.
planner-desc-eased = Easy and conversational — only if it feels fine.

planner-warn-short = Only { $weeks } week(s) until the { $raceKind ->
    [marathon] Marathon
    [half] Half marathon
    [k] { $raceK }K
   *[other] { $raceKm } race
}: there is little time to build fitness, so this plan keeps you healthy and arrives fresh rather than adding much volume.
planner-warn-long-share = Your long run is a bigger share of the week than the usual 25–30 %: at your weekly volume that is how the plan prepares you for the distance (capped by time and at 35 km).
planner-warn-ultra = Beyond the marathon no formula predicts a finish time honestly: race by time and feel, and use the long runs to practise walking, eating and the terrain.
planner-warn-finish = Goal: finish comfortably, with walk breaks. No time is predicted and there is no race-pace work.

planner-gate-lead = { $guide ->
    [k5] A 5K takes about 6–8 weeks from zero
    [k10] A 10K takes about 8–10 weeks from zero
    [half] A half marathon takes about 12 weeks from about 15 km a week
    [marathon] A marathon takes 16–20 weeks from 25–30 km a week with a long run of about 10 km
    [ultra60] An ultra up to 60 km takes 16–24 weeks from 40 km a week
   *[ultra] A long ultra takes 20–28 weeks from 55 km a week
}. From { $weeklyKm } a week you need about { $need } weeks to be ready for the { $distance ->
    [marathon] marathon
    [half] half marathon
    [k10] 10K
    [k5] 5K
   *[other] { $goalKmValue } km race
} safely; there are { $lead }.
planner-gate-long-run = Before the { $distance ->
    [marathon] marathon
    [half] half marathon
    [k10] 10K
    [k5] 5K
   *[other] { $goalKmValue } km race
} your long run has to reach about { $requiredKm } by { $by ->
    [three-weeks] 3 weeks before the race
   *[last-week] the last week before the race
}. Growing it safely (no run more than 10 % longer than your longest of the last 30 days) gets you to { $longestKm } by then.
planner-option-date = Race on { $raceDate } instead
planner-option-distance = Run a { $distance ->
    [marathon] marathon
    [half] half marathon
    [k10] 10K
    [k5] 5K
   *[other] { $goalKmValue } km race
} on the same date
planner-option-finish = Aim to finish comfortably, with walk breaks
