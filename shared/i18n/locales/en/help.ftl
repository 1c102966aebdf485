## /help, the command menu, the language choice and the fallback.

command-start = Set up your runner profile and plan
command-profile = See or change your profile
command-plan = Your training plan
command-pending = Workouts still to do
command-log = Record a workout
command-stats = Your progress and stats
command-today = Today's workout
command-week = This week of your plan
command-calendar = Your plan in your calendar
command-history = Recent entries: edit, delete, undo
command-pause = Pause the plan (holiday, illness)
command-resume = End a pause
command-reminders = Reminder settings
command-notes = Notes for your coach: injuries, preferences
command-language = Change the language
command-export = Download your data
command-deleteme = Delete all your data
command-cancel = Stop the current question
command-help = What I can do — or just write to me

help-text = <b>I'm your running coach.</b> Here's what I can do:

    /start — set up your profile; I build a training plan around your race
    /profile — see your profile and change any answer
    /plan — your training plan, week by week
    /today — today's workout
    /week — this week of your plan, ◀ ▶ to the others
    /calendar — your plan in your calendar (a file and a live link)
    /pending — workouts still waiting to be done
    /log — record a workout (or send me a screenshot from your running app)
    /history — your recent entries: edit, delete or undo for 7 days
    /stats — your progress: distance, paces, consistency
    /pause — pause the plan for a holiday or an illness
    /resume — end a pause early
    /reminders — when I remind you the evening before a workout
    /notes — what your coach should know (injuries, preferences); <code>/notes clear</code> removes them
    /language — speak English, Russian, Spanish or German
    /export — download everything I store about you
    /deleteme — delete your profile, plan and history for good
    /cancel — stop whatever question I am asking
    /help — this message
    
    💬 Or just write to me in your own words: “my knee hurts”, “move Saturday's run to Sunday”, “ran 10k in 52 min this morning”.

language-ask = Which language should I speak?
language-set = Done — I'll speak English from now on.
language-name = English

fallback-button = That button is no longer active.
fallback-command = I don't know the command { $command }. Send /help to see what I can do.
fallback-text = I didn't understand “{ $text }”. Send /help to see what I can do.
fallback-photo = Thanks! I can only read workout screenshots once your profile is set up: send /start.
fallback-other = I can read text messages, commands and workout screenshots. Send /help to see what I can do.
