## Screenshots (the screenshot feature; shared/vision renders the readings).

vision-busy = I'm still reading your last { $count } screenshots. Please send this one again once I've answered those.
vision-analysing = 🔎 Analysing your screenshot… I will reply here in a moment.
vision-reading-file = ⌚ Reading your activity file… I will reply here in a moment.
vision-already-recorded = Already recorded ✅
vision-already-discarded = Already discarded.
vision-fix-first = Please fix the numbers first (Edit).
vision-discarded-short = Discarded
vision-discarded = { $reading }

    🗑️ Discarded — nothing was recorded.
vision-which-number = { $reading }

    Which number should I fix?
vision-finish-first = Please finish (or /cancel) what we were doing first.
vision-editing = { $reading }

    ✏️ Editing…
vision-no-change = Okay, no change.
vision-edit-error = { $error } /cancel to keep the numbers as they are.
vision-activity = { $activity ->
    [run] Run
    [walk] Walk
    [ride] Ride
    [swim] Swim
   *[other] Workout
}
vision-distance = Distance: <b>{ $distance }</b>
vision-time = Time: <b>{ $time }</b>
vision-elapsed = Elapsed (with stops): { $time }
vision-pace = Pace: { $pace }
vision-hr = Avg heart rate: { $hr } bpm
vision-elevation = Elevation gain: { $metres } m
vision-calories = Calories: { $calories }
vision-laps = Laps: { $count }
vision-source = Source: { $app }
vision-edit = ✏️ Edit
vision-discard = 🗑️ Discard
vision-confirm = ✅ Confirm
vision-read-this = 📸 I read this from your screenshot:
vision-read-this-file = ⌚ I read this from your { $format } file:
vision-problems = ⚠️ This doesn't look right: { $problems }
vision-nothing-recorded = Nothing was recorded. Fix the number with Edit, or Discard it.
vision-record-it = Shall I record it?
vision-field-distance = Distance
vision-field-time = Time
vision-field-date = Date
vision-field-hr = Avg HR
vision-back = ↩️ Back
vision-prompt-distance = { $units ->
    [mi] Send the distance in miles, e.g. <code>3.12</code> (or <code>5 km</code>). /cancel to stop.
   *[km] Send the distance in km, e.g. <code>5.02</code> (or <code>3.1 mi</code>). /cancel to stop.
}
vision-prompt-time = Send the time as h:mm:ss or mm:ss, e.g. <code>25:13</code>. /cancel to stop.
vision-prompt-date = Send the date as YYYY-MM-DD, e.g. <code>2025-03-02</code>, or "today" / "yesterday". /cancel to stop.
vision-prompt-hr = Send the average heart rate in bpm, e.g. <code>152</code>. /cancel to stop.
vision-too-large = That image is larger than 10 MB, so I did not read it. Please send a smaller screenshot, ideally as a photo.
vision-not-image = That file isn't a PNG, JPEG or WebP image, nor a FIT, GPX or TCX activity file, so I can't read it. Please send the workout screenshot as a photo, or the activity file from your watch.
vision-damaged = That image looks damaged, so I could not open it. Please send the screenshot again, ideally as a photo.
vision-file-too-large = That file is larger than 20 MB, so I did not read it. Please export the activity again (FIT files are the smallest).
vision-file-damaged = That activity file looks damaged (incomplete or corrupted), so I could not read it and nothing was recorded. Please export it from your watch or app again.
vision-file-empty = That activity file holds no distance and no time, so nothing was recorded. Please send the file of a finished run.
vision-file-not-running = { $activity ->
    [walk] That activity file is a walk, not a run
    [ride] That activity file is a ride, not a run
    [swim] That activity file is a swim, not a run
   *[other] That activity file is not a run
}, and I only record runs, so nothing was recorded.
vision-unavailable = I could not download that file from Telegram. Please send the screenshot again.
vision-not-workout = Thanks for the picture! I couldn't find a run in it{ $why }, so nothing was recorded. To record a run, send a screenshot of the workout summary from your running app (distance, time, pace).
vision-other-sport = it looks like { $activity ->
    [walk] a walk
    [ride] a ride
    [swim] a swim
   *[other] a different sport
}, and I only record runs

## Confirm (shared/vision/record-extraction.ts): what recording the reading did.
vision-run-duplicate = { $reading }

    ✅ This run was already recorded, so nothing changed.
vision-workout-duplicate = { $reading }

    ✅ That workout was already recorded, so nothing changed.
vision-which-workout = { $reading }

    Which planned workout was this?
vision-recorded-planned = { $reading }

    ✅ Recorded matched to your planned <b>{ $title }</b> ({ $date }).
vision-recorded-extra = { $reading }

    ✅ Recorded as an extra run.
# The recorded run's note (shown in /history); the app's name follows in brackets.
vision-note-screenshot = from a screenshot
vision-note-file = from a { $format } file

## Edit (shared/vision/apply-edit.ts): a typed number that could not be used.
vision-edit-distance = { $units ->
    [mi] Please send a number of miles, e.g. 3.12.
   *[km] Please send a number of kilometres, e.g. 5.02.
}
vision-edit-distance-zero = The distance must be more than 0.
vision-edit-time = Please send the time as h:mm:ss or mm:ss, e.g. 25:13.
vision-edit-date = Please send the date as YYYY-MM-DD, e.g. 2025-03-02.
vision-edit-future = That date is in the future.
vision-edit-hr = Please send a heart rate between 30 and 250 bpm.

## Plausibility (shared/vision/plausibility.ts): joined into vision-problems.
vision-problem-missing-distance = I could not read the distance.
vision-problem-distance-too-short = { $distance } km is shorter than 0.1 km.
vision-problem-distance-too-long = { $distance } km is longer than 100 km.
vision-problem-missing-duration = I could not read the time.
vision-problem-pace-too-fast = a pace of { $pace } per km is faster than any runner (2:30 per km).
vision-problem-pace-too-slow = a pace of { $pace } per km is slower than running (15:00 per km).
vision-problem-date-in-future = the date { $date } is in the future.

## The vision job (shared/vision/vision-job.ts).
vision-still-reading = ⏳ Still reading your screenshot, almost there…
vision-dead = Sorry, I couldn't read your screenshot this time (I tried { $count ->
    [one] once
   *[other] { $count } times
}). Nothing was recorded — please send it again a bit later.
