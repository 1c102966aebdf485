# Einheiten und Zählwörter für alle Bereiche.
unit-km = { $value } km
unit-mi = { $value } mi
km-count = { $count } { $count ->
    [one] Kilometer
   *[other] Kilometer
}
week-count = { $count } { $count ->
    [one] Woche
   *[other] Wochen
}
workout-count = { $count } { $count ->
    [one] Training
   *[other] Trainings
}
unit-cm = { $value } cm
unit-kg = { $value } kg
unit-lb = { $value } lb
unit-name-km = km
unit-name-mi = Meilen
pace-km = { $pace } min/km
pace-mi = { $pace } min/mi
# A pace's unit: time per one kilometre / mile.
unit-pace-km = min/km
unit-pace-mi = min/Meile

## Wenn etwas endgültig scheitert: Antwort auf eine unbearbeitbare Nachricht, tote Hintergrundjobs.
poison-reply = Tut mir leid, bei dieser Nachricht ist etwas schiefgelaufen und ich konnte sie nicht bearbeiten. Bitte versuch es noch einmal.
job-dead-plan = Tut mir leid, ich konnte deinen Plan gerade nicht erstellen. Versuch /plan bitte in ein paar Minuten noch einmal.
job-dead-replan = Tut mir leid, ich konnte deinen Plan gerade nicht anpassen. Dein aktueller Plan bleibt, wie er ist.
job-dead-coach = Tut mir leid, ich konnte gerade nicht antworten. Bitte versuch es in einer Minute noch einmal.
