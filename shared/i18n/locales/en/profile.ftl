## The profile dialog: questions, buttons, answers and re-asks (shared/profile).

profile-greeting = Hi! I'm your running coach 🏃 A few quick questions (about two minutes) and I'll build a plan around your goal. Tap ⬅️ Back to fix an answer, or send /cancel to stop.
profile-stale-button = That button belongs to an earlier question — nothing changed. Here is where we are:
profile-unknown-button = I didn't recognise that button — nothing changed. Here is where we are:
profile-forged = I didn't recognise that button — nothing changed.
profile-didnt-catch = I didn't catch that. { $hint }
profile-current-answer = Current answer: { $answer }
profile-keep = Keep: { $answer }
profile-back = ⬅️ Back
profile-back-to-summary = ⬅️ Back to summary
profile-no-changes = No changes made.
profile-summary-hint = Tap ✅ Save if everything is right, or ✏️ Change something.
profile-first-question = This is the first question — there's nothing before it.
profile-command-in-dialog = That command isn't part of these questions (send /cancel to stop). Let's continue:
profile-saved-create = Saved ✅ Let's get you to that start line!
profile-saved-edit = Saved ✅ Your profile is up to date.
profile-skipped = skipped
profile-none = none

# Typed answers that mean "yes", "change", "skip", "nothing", "don't know" (lowercase, separated by |).
words-yes = yes|y|ok|okay|save|looks good|correct|confirm|👍|✅
words-edit = edit|change|change something|no|fix
words-skip = skip|no|none|nope|n/a|-|no race
words-no-notes = skip|no|none|nope|nothing|n/a|-|no notes|all good
words-not-sure = skip|not sure|don't know|dont know|no idea|?|-|n/a
words-no-running = not running yet|none|nothing
words-just-starting = just starting|none|never
words-custom = custom|other|another distance|another

## Units
step-units-menu = Units
step-units-ask = First: kilometres or miles? I'll use your choice for distances, paces, weight and height.
step-units-km = Kilometres (km, kg, cm)
step-units-mi = Miles (mi, lb, ft/in)
step-units-current = { $units ->
    [mi] miles
   *[km] kilometres
}
step-units-hint = Tap Kilometres or Miles, or type km or miles.
# Typed synonyms: "word=km|word=mi".
words-units = km=km|kms=km|kilometres=km|kilometers=km|metric=km|mi=mi|miles=mi|mile=mi|imperial=mi

## Time zone
step-tz-menu = Time zone
step-tz-ask = Where do you run? Send your city (like 'Berlin' or 'New York') or a UTC offset like 'UTC+3'. I need it to know your 'today' and to remind you at the right hour.
step-tz-confirm = Got it: { $label } → <b>{ $zone }</b> (your time now: { $time }).
step-tz-confirm-offset = Got it: { $label } → <b>{ $zone }</b>, a fixed offset with no daylight-saving changes (your time now: { $time }). If your clocks change in summer, send your city instead.
tz-hint = Send your city, like 'Berlin' or 'New York', or a UTC offset like 'UTC+3'.
tz-bad-offset = No place on Earth uses that offset. Offsets run from UTC−12 to UTC+14. { tz-hint }
tz-several-zones = { $country } spans several time zones — which city are you in? { tz-hint }
tz-not-found = I couldn't find that place. { tz-hint }

## Goal
step-goal-menu = Goal distance
step-goal-ask = What are you training for? 🎯
step-goal-other = Another distance
step-goal-custom-ask = How long is your race? For example '15k', '30 km' or '50 { $unit }'.
distance-hint = Send a distance like '5k', '10 km', '13.1 mi', 'half' or 'marathon'.
distance-unreadable = I couldn't read that distance. { distance-hint }
distance-unknown-unit = I don't know the unit “{ $unit }”. { distance-hint }
distance-range = Please pick a distance between 1 and 250 km (0.6–155 mi).
distance-5k = 5K
distance-10k = 10K
distance-half = Half marathon
distance-full = Marathon
distance-custom = { $distance } race

## Race date
step-date-menu = Race date
step-date-ask = When is the race? For example 2027-04-12, 12.04.2027, 'April 12' or 'in 16 weeks'. The date sets the shape of your plan: build-up, peak and taper.
step-date-accepted = 📅 { $date } — { $weeks ->
    [0] less than a week away
    [one] { $weeks } week away
   *[other] { $weeks } weeks away
}.
date-hint = Try 2027-04-12, 12.04.2027 or 'in 16 weeks'.
date-not-on-calendar = That date doesn't exist on the calendar. { date-hint }
date-unreadable = I couldn't read that date. { date-hint }
date-which-day = Which day exactly? { date-hint }
date-today = { $date } is today — I need a future race date. { date-hint }
date-past = { $date } is already behind us — I need a future race date. { date-hint }
date-too-far = { $date } is more than { $years } years away — pick a race within two years and we'll build towards it.

## Gender
step-gender-menu = Gender
step-gender-ask = What is your gender? It helps me estimate paces and heart-rate zones.
step-gender-female = Female
step-gender-male = Male
step-gender-other = Other / prefer not to say
step-gender-current = { $gender ->
    [male] male
    [female] female
   *[other] not specified
}
step-gender-hint = Tap one of the buttons, or type male, female or other.
words-gender = male=male|m=male|man=male|female=female|f=female|woman=female|other=other|non-binary=other|nonbinary=other|prefer not to say=other

## Age
step-age-menu = Age
step-age-ask = How old are you? Age shapes how much recovery you need.
age-hint = Send your age in years, e.g. 34.
age-unreadable = I couldn't read that age. { age-hint }
age-whole = Just whole years, please — e.g. 34.
age-range = I can coach runners aged 10 to 100. Please send your age in years.

## Height
step-height-menu = Height
step-height-ask = How tall are you? For example { $units ->
    [mi] 5'10" or 178 cm
   *[km] 178 cm or 5'10"
}.
height-hint = Send your height like 178, 178 cm, 1.78 m or 5'10".
height-inches = Inches should be below 12 — e.g. 5'10". { height-hint }
height-unreadable = I couldn't read that height. { height-hint }
height-unknown-unit = I don't know the unit “{ $unit }”. { height-hint }
height-which-unit = Is that cm, metres or inches? { height-hint }
height-range = That height looks off — I expect 100–250 cm (3'4"–8'2"). { height-hint }

## Weight
step-weight-menu = Weight
step-weight-ask = And your weight? For example { $units ->
    [mi] 160 lb or 72 kg
   *[km] 72 kg or 160 lb
}. It helps me keep the load kind to your joints.
weight-hint = Send your weight like 72, 72.5 kg or 160 lb.
weight-unreadable = I couldn't read that weight. { weight-hint }
weight-unknown-unit = I don't know the unit “{ $unit }”. { weight-hint }
weight-range = That weight looks off — I expect 30–250 kg (66–550 lb). { weight-hint }

## Experience
step-exp-menu = Experience
step-exp-ask = How would you describe yourself as a runner?
step-exp-beginner = Beginner — new or returning
step-exp-intermediate = Intermediate — running regularly
step-exp-advanced = Advanced — structured training, races
step-exp-current = { $level ->
    [beginner] beginner
    [intermediate] intermediate
   *[advanced] advanced
}
step-exp-hint = Tap one of the buttons, or type beginner, intermediate or advanced.
words-experience = beginner=beginner|new=beginner|intermediate=intermediate|advanced=advanced|experienced=advanced

## Years running
step-years-menu = Years running
step-years-ask = How many years have you been running? Tap or type a number.
step-years-zero = Just starting
step-years-choice = { $years } { $years ->
    [one] year
   *[other] years
}
years-hint = Send a number of years, e.g. 3, or 0 if you're just starting.
years-unreadable = I couldn't read that. { years-hint }
years-too-many = That's more than 80 years — { years-hint }
years-longer-than-age = That's longer than seems possible at { $age }. { years-hint }

## Weekly volume
step-vol-menu = Weekly volume
step-vol-ask = How far do you run in a typical week right now (in { $unit })? I start your plan from there so the build-up is safe.
step-vol-zero = Not running yet
volume-hint = Send a weekly distance like 25, 25 km or 15 mi, or 0 if you don't run yet.
volume-unreadable = I couldn't read that. { volume-hint }
volume-unknown-unit = I don't know the unit “{ $unit }”. { volume-hint }
volume-too-much = That's more than 250 km (155 mi) a week — please check it. { volume-hint }

## Longest run
step-lrun-menu = Longest run
step-lrun-ask = What is the longest single run you did in the last month (in { $unit })? Your first long runs start from there, so they are a safe step up. Tap, type it, or skip if you're not sure.
step-lrun-zero = No runs yet
step-lrun-skip = Skip — not sure
step-lrun-summary = 🏃 Longest run in the last month: { $distance }
step-lrun-not-given = not given
longest-hint = Send a distance like 12, 12 km or 8 mi, 0 if you haven't run, or skip.
longest-unreadable = I couldn't read that distance. { longest-hint }
longest-unknown-unit = I don't know the unit “{ $unit }”. { longest-hint }
longest-too-much = That's more than 100 km (62 mi) in one run — please check it. { longest-hint }

## Training days
step-days-menu = Training days
step-days-ask = Which days can you train? Tap to select at least 2, then Done.
step-days-selected = Selected: { $days }
step-days-done = Done ({ $count })
step-days-too-few = Pick at least 2 days — running twice a week is the minimum for a plan.
weekdays-hint = Tap the days, or type them like 'Mon, Wed, Fri, Sun'.
weekdays-unreadable-range = I couldn't read “{ $token }”. { weekdays-hint }
weekdays-unreadable-day = I couldn't read “{ $token }” as a day. { weekdays-hint }
weekdays-none = I couldn't read any days. { weekdays-hint }

## Long-run day
step-long-menu = Long-run day
step-long-ask = Which day suits your long run? It is the longest session of the week, so pick a day with time to spare.
step-long-pick = Please pick one of your training days: { $options }.
step-long-not-training = { $day } isn't one of your training days. Pick one of: { $options }.

## Recent race
step-race-menu = Recent race
step-race-ask = Have you raced or done a time trial in the last six months? Your result sets your training paces. Pick the distance (or type it, e.g. "10k 45:30"), or skip.
step-race-skip = Skip — no recent race
step-race-result = { $distance } in { $time }
step-race-noted = 🏁 { $distance } in { $time } — noted.
step-rtime-ask = What was your finish time for the { $distance }? For example 45:30 or 1:45:30.
step-rtime-race = race
step-rtime-skip = Skip
race-time-hint = Send your finish time like 45:30, 1:45:30 or '45 min'.
race-time-unreadable = I couldn't read that time. { race-time-hint }
race-time-implausible = That works out to { $pace } per km, which doesn't look right for this distance. { race-time-hint }
# The word between a distance and a time: "half in 1:45:30".
words-in = in

## Notes
step-notes-menu = Notes
step-notes-ask = Anything your coach should know? Injuries, preferences, things you love or hate in training… Write it in one message (up to 500 characters), or skip.
step-notes-skip = Skip — nothing to add
step-notes-summary = 📝 Notes: { $notes }
notes-hint = Write it in a message (up to { $max } characters), or skip.
notes-huge = That's a lot of text — please keep it to { $max } characters. { $hint }
notes-empty = I didn't get any text there. { $hint }
notes-too-long = That's { $length } characters — please keep it to { $max }, the essentials are enough. { $hint }

## Reminder hour
step-hour-menu = Reminder hour
step-hour-ask = At what hour should I remind you? I message you the evening before each workout (your local time). Tap a time or type one like 7pm.
hour-hint = Send an hour like 19:00 or '7pm', or tap a button.
hour-unreadable = I couldn't read that time. { hour-hint }
hour-ampm = With am/pm the hour is 1–12. { hour-hint }
hour-range = An hour is 0–23. { hour-hint }
hour-on-the-hour = Reminders go out on the hour — e.g. { $hour }:00. { hour-hint }

## Short answers in general
answer-too-long = That's a lot of text — I only need a short answer. { $hint }
answer-empty = I didn't get an answer there. { $hint }

## Summary, edit menu, end
summary-question = Does everything look right?
summary-save = ✅ Save
summary-change = ✏️ Change something
edit-menu-ask = What would you like to change?
edit-menu-hint = Tap the field you want to change.
finished-ask = Your profile is saved ✅ Send /profile any time to change it.
finished-again = Your profile is already saved. Send /profile to change something.
finished-saved = Your profile is already saved.

## The profile summary
summary-title = <b>Your runner profile</b>
summary-goal = 🎯 Goal: <b>{ $goal }</b> ({ $distance }) on { $date }
summary-body = 👤 { $gender ->
    [male] Male
    [female] Female
   *[other] Gender not specified
}, { $age } years, { $height }, { $weight }
summary-running = 📈 { $level ->
    [beginner] Beginner
    [intermediate] Intermediate
   *[advanced] Advanced
} · running for { $years ->
    [0] less than a year
    [one] { $years } year
   *[other] { $years } years
} · { $volume } a week now
summary-days = 📅 Training days: { $days } · long run on { $longDay }
summary-race = 🏁 Recent race: { $race }
summary-race-none = none given
summary-zone = 🌍 Time zone: { $zone } · reminders at { $hour }
summary-units = 📏 Units: { $units ->
    [mi] miles, lb, feet/inches
   *[km] kilometres, kg, cm
}

## /notes
notes-command-hint = Send /notes followed by your text (up to { $max } characters).
words-notes-clear = clear|delete|remove|none|reset
notes-none = 📝 You have no notes for your coach yet. Injuries, preferences, things to avoid: send <code>/notes your text</code> (up to { $max } characters).
notes-show = 📝 <b>Your notes for the coach</b>
    { $notes }

    Send <code>/notes your text</code> to replace them (up to { $max } characters) or <code>/notes clear</code> to remove them.
notes-removed = ✅ Your notes are removed.
notes-saved = ✅ Notes saved:
    { $notes }

    I'll take them into account the next time I build your plan (/plan).
notes-no-profile = You don't have a profile yet. Send /start and I'll ask you a few quick questions.
notes-dialog-open = You're changing your profile right now: pick <b>Notes</b> in its menu, or send /cancel and then /notes again.

## The profile feature (/start, /profile, /cancel, /back)
profile-cancelled = Okay, stopped. Send /start whenever you are ready.
profile-main-commands = /plan — your training plan
    /pending — workouts still to do
    /log — record a workout
    /profile — see or change your answers
    /help — everything I can do
profile-edit-button = ✏️ Edit
profile-lost-change = Sorry, I lost track of that change, so nothing was changed. Here is your profile:
profile-lost-place = Sorry, I lost track of where we were, so let's start again.
profile-next-create = Send /plan to build your training plan.
profile-next-edit = Send /plan to build your training plan with the new answers, or /profile to see your profile.
profile-nothing-changed = Nothing changed.
profile-welcome-resume = Welcome back! Let's pick up where we left off:
profile-welcome-back = Welcome back{ $name ->
    [none] {""}
   *[other] , { $name }
}! 👋
profile-unfinished = Your profile isn't finished yet. We were here:
profile-none-yet = You don't have a profile yet. Send /start and I'll ask you a few quick questions.
profile-nothing-to-cancel = There's nothing to cancel right now. Send /help to see what I can do.
profile-nothing-to-back = There's nothing to go back to. Send /profile to change your profile.
profile-no-profile-button = You don't have a profile yet — send /start.
profile-questions-finished = Those questions are finished — nothing changed. Send /profile to change your profile.
