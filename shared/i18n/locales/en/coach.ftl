# The coach: answers to the runner's own words, proposals and their buttons.

## The red-flag reply (no model, no plan change) and the names of the flags.
coach-red-flag-title = 🛑 <b>Please stop running now and seek medical care.</b>
coach-red-flag-serious = What you describe ({ $flag }) can be serious. If it is happening right now or getting worse, call your local emergency number (112 in Europe, 911 in the US).
coach-red-flag-not-doctor = I'm a training coach, not a doctor — I won't change your plan around this. Once a doctor has cleared you, write to me and we'll pick up from there.
coach-flag-chest-pain = chest pain
coach-flag-fainting = fainting
coach-flag-severe-shortness-of-breath = severe shortness of breath
coach-flag-heart-rhythm = heart rhythm
coach-flag-dizziness = dizziness
coach-flag-stroke-signs = stroke signs
coach-flag-coughing-blood = coughing blood
coach-flag-heat-illness = heat illness
coach-flag-fracture = fracture
coach-flag-severe-swelling = severe swelling

## "Didn't understand", with three examples.
coach-not-understood = I didn't understand “{ $text }”. You can write to me in plain words, for example:
coach-example-pain = “my knee hurts since yesterday”
coach-example-move = “move Saturday's run to Sunday”
coach-example-log = “ran 10k in 52 min this morning”
coach-help-hint = Or send /help to see my commands.

## Short answers.
coach-no-profile = First I need to know you as a runner: send /start to set up your profile.
coach-no-plan = You have no training plan yet: send /plan and I will build one.
coach-no-pending = There is nothing waiting for a yes from you right now.
coach-declined = Okay, nothing changes.
coach-proposal-footer = ✅ Checked against your plan's training rules. Nothing changes until you press <b>Apply</b>.
coach-apply-button = ✅ Apply
coach-cancel-button = ✖️ Cancel
coach-applied = ✅ Done — your plan is updated.
coach-applied-see-plan = ✅ Done — your plan is updated. Send /plan to see it.
coach-already-decided = You already answered this — nothing changed.
coach-cancelled = Cancelled — nothing changed.
coach-stale = Your plan changed since I suggested this, so I did not apply it. Tell me again and I will check it against the current plan.
coach-expired = That suggestion is too old now — nothing changed. Tell me again if you still want it.
coach-not-yours = That button is not yours — nothing changed.
coach-unknown-button = I didn't recognise that button — nothing changed.
coach-thinking-failed = Sorry, I could not answer that right now. Please try again in a minute, or use /plan and /log.
coach-cap-note = (I have answered a lot today, so I am reading your messages in simple mode until tomorrow.)
coach-tool-refused = I can't make that change — it is not something I can do safely. Nothing changed. Tell me in your own words what you need, e.g. “move Saturday's run to Sunday”.
coach-pain-advice = Listen to your { $area }: run only if it is pain-free, stop if it hurts. If the pain lasts more than a few days, gets worse, or changes how you walk, see a physiotherapist or doctor. I can't diagnose anything.

## Refusals: "I can't <what>: <reasons>."
coach-refused = I can't { $what }: { $reasons }. Your plan stays as it is.
coach-what-skip = skip it
coach-what-pause = pause over race day
coach-what-move = move that run
coach-what-lighten = lighten those days
coach-what-goal = change the goal like that
coach-what-goal-now = change the goal now
coach-rule-hard-back-to-back = it would put two hard sessions on back-to-back days
coach-rule-date-order = there is already a workout on that day
coach-rule-race-day = it would clash with race day
coach-rule-long-run-day = a week would lose its long run, or the long run would come too close to the race
coach-rule-week-volume = that week would carry more than its planned volume
coach-rule-ramp = the weekly volume would grow faster than is safe
coach-rule-quality-count = that week would get too many hard sessions
coach-rule-long-run-share = the long run would be too big a share of its week
coach-rule-spike = one run would be more than 10 % longer than your longest run of the last 30 days
coach-rule-daniels-cap = a session would hold more fast running than is safe for your week
coach-rule-rest-day = the week would have no rest day
coach-rule-long-run-longest = another run would be longer than the long run
coach-rule-long-run-max = a run would be longer than your long-run cap
coach-rule-date-range = that date is outside your plan
coach-rule-cutback = it would break the plan's recovery weeks
coach-rule-taper = it would break the taper before your race
coach-rule-other = it would break one of the plan's safety rules (training days, session types, paces or distances)
coach-edit-no-workout = there is no open workout on { $day }
coach-edit-past = { $day } has already passed
coach-edit-race = race day stays where it is — change the goal instead
coach-edit-outside-plan = { $day } is outside your plan
coach-edit-same-day = it is already on that day
coach-closed-workout = that workout is already { $status ->
    [done] done
    [skipped] skipped
    [cancelled] cancelled
   *[missed] missed
}
coach-pause-race = your race falls in that stretch — change the goal instead
coach-goal-race-date = the race date must be after today and within two years
coach-goal-invalid = the goal is not valid
coach-goal-too-soon = the race is less than two weeks away — too soon to build towards it

## Workout types explained.
coach-zone-easy = Easy runs build your aerobic base. Keep them conversational — you should be able to talk in full sentences.
coach-zone-long = The long run builds endurance. Run it at easy pace; finishing strong matters more than speed.
coach-zone-recovery = Recovery runs are short and very easy; they loosen the legs after hard days.
coach-zone-tempo = Tempo (threshold) runs are "comfortably hard": a pace you could hold for about an hour in a race. They raise your lactate threshold.
coach-zone-intervals = Intervals (I pace) are hard repeats of 3–5 minutes with jog recoveries. They build your VO₂max.
coach-zone-repetitions = Repetitions (R pace) are short, fast repeats with full recovery. They build speed and running economy.
coach-zone-race-pace = Race-pace runs rehearse your goal pace so it feels familiar on race day.
coach-zone-race = Race day! Start a little conservatively and run your own race.

## Logging a run.
coach-log-future = That day is still ahead — log runs once you have done them.
coach-log-too-old = I can only log runs from the last 60 days.
coach-log-impossible-pace = That pace is not humanly possible — please check the distance and the time.
coach-log-in = in { $duration }
coach-log-effort = (effort { $rpe }/10)
coach-log-proposal = 📝 Log a run of <b>{ $what }</b> on { $day }?
coach-run-duplicate = That workout was already recorded — nothing changed.
coach-run-recorded = ✅ Run recorded. See /stats for your progress.

## Weeks, skips and pauses.
coach-week-outside = That week is outside your plan.
coach-skip-proposal = ⏭️ Skip <b>{ $title }</b> on { $day }? The rest of the plan stays as it is.
coach-pause-nothing = There are no open workouts from { $from } to { $to } — nothing to pause.
coach-pause-proposal = ⏸️ Pause from { $from } to { $to }: skip these { $count } workouts?
coach-workout-line = • { $day } — { $title }
coach-pause-long-break = After more than a week off, come back gently: tell me “reduce this week” or rebuild with /plan.
coach-pause-resume = When you are back, your plan continues as planned.
coach-skip-nothing-left = Nothing left to skip — those workouts were already done or skipped.
coach-skipped = ✅ Skipped { $count ->
    [one] it
   *[other] { $count } workouts
}. The rest of your plan stays as it is.

## Moving, lightening, explaining.
coach-move-proposal = 🔀 Move <b>{ $title }</b> from { $from } to { $to }?
coach-the-run = the run
coach-reduce-note = Reduced { $percent } % on request.
coach-reduce-heading = 🪶 A lighter week
coach-pain-note = Lighter because of { $area } pain.
coach-pain-heading = 🩹 Sorry about your { $area }. Here is a lighter next 7 days: easy runs only, { $percent } % shorter
coach-lighten-summary = { $heading } ({ $from } – { $to }): { $before } → <b>{ $after }</b>.
coach-lighten-line = • { $day } — { $title }, { $distance }
coach-nothing-to-lighten = There is nothing left to lighten in those days.
coach-no-change = That changes nothing in your plan.
coach-rest-day = There is no workout on { $day } — a rest day.
coach-your-pace = Your pace for it: <b>{ $pace }</b>.
coach-which-workout = Which workout? Try “explain tomorrow's run” or “how fast is my tempo?”.

## Changing the goal.
coach-goal-proposal = 🎯 New goal: <b>{ $goal }</b> on { $day }. Your plan would be rebuilt from today:
coach-goal-footer = Done workouts stay in your history. Nothing changes until you press <b>Apply</b>.
coach-goal-saved = ✅ New goal saved and your plan rebuilt. Send /plan to see it.

