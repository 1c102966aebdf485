# Units and counts shared by every area.
unit-km = { $value } km
unit-mi = { $value } mi
km-count = { $count } { $count ->
    [one] kilometre
   *[other] kilometres
}
week-count = { $count } { $count ->
    [one] week
   *[other] weeks
}
workout-count = { $count } { $count ->
    [one] workout
   *[other] workouts
}
unit-cm = { $value } cm
unit-kg = { $value } kg
unit-lb = { $value } lb
unit-name-km = km
unit-name-mi = mi
pace-km = { $pace } min/km
pace-mi = { $pace } min/mi
# A pace's unit: time per one kilometre / mile.
unit-pace-km = min/km
unit-pace-mi = min/mi

## When something fails for good: the inbox's poison reply, dead background jobs (shared/bot, shared/outbox).
poison-reply = Sorry, something went wrong with that message and I could not handle it. Please try again.
job-dead-plan = Sorry, I could not build your plan right now. Please try /plan again in a few minutes.
job-dead-replan = Sorry, I could not adjust your plan right now. Your current plan stays as it is.
job-dead-coach = Sorry, I could not answer that right now. Please try again in a minute.
