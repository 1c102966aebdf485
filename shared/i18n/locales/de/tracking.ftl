## Tracking: /pending, /stats, Erledigt / Auslassen, Läufe eintragen.

cancel-sick = 🤒 Krank
cancel-injured = 🩹 Verletzt
cancel-no-time = ⏰ Keine Zeit
cancel-weather = 🌧 Wetter
cancel-other = ✏️ Anderes
run-distance-time = { $distance } in { $time }
run-pace = { $text } ({ $pace })
run-hr = { $text }, Puls { $hr }
run-rpe = { $text }, RPE { $rpe }
run-unknown = ein Lauf
pending-none = 🎉 Nichts offen: keine überfälligen Trainings und nichts für heute oder morgen geplant.
pending-title = <b>Offene Trainings</b>
pending-page = <b>Offene Trainings</b> · Seite { $page } von { $pages }
pending-overdue = ⚠️ Überfällig
pending-today = 📅 Heute
pending-tomorrow = 🔜 Morgen
pending-previous = ‹ Zurück
pending-next = Weiter ›
button-done = ✅ Erledigt · { $date }
button-skip = ✖️ Auslassen
ask-how-it-went = Wie lief es?
    { $workout }
button-as-planned = ✅ Wie geplant
button-as-planned-distance = ✅ Wie geplant ({ $distance })
button-enter-numbers = ✏️ Meine Werte eingeben
ask-why-skip = Warum lässt du es aus?
    { $workout }
stats-title = <b>Letzte { $weeks } Wochen</b>
stats-distance = Distanz: { $done } gelaufen, { $planned } geplant
stats-completion-none = Erfüllung: noch nichts fällig
stats-completion = Erfüllung: { $percent }% ({ $done } von { $due } erledigt, { $cancelled } ausgelassen, { $missed } verpasst)
stats-streak = Aktuelle Serie: { $streak } { $streak ->
    [one] Training
   *[other] Trainings
} in Folge
stats-longest = Längster Lauf: { $distance } ({ $date })
stats-easy-pace = Lockeres Tempo: { $first } → { $last } ({ $trend ->
    [faster] schneller um { $by }
    [slower] langsamer um { $by }
   *[steady] gleich
})
stats-easy-pace-none = Lockeres Tempo: noch nicht genug lockere Läufe mit Zeit
stats-by = { $seconds } s/{ $unit }
stats-predicted = Prognose { $goal }: { $time } (VDOT { $vdot }; Riegel { $riegel }) — aus { $distance } in { $duration } am { $date }
stats-predicted-none = Prognose { $goal }: trage einen harten Lauf ab 3 km mit Zeit ein, um eine zu bekommen
stats-empty = Noch keine Trainings: sende /plan für einen Trainingsplan oder /log für einen gelaufenen Lauf.
stats-chart-caption = Geplant vs. erledigt, letzte { $weeks } Wochen
tracking-no-profile = Zuerst muss ich dich als Läufer kennenlernen: sende /start, um dein Profil anzulegen.
tracking-forged = Diesen Button kenne ich nicht — nichts wurde geändert.
replan-why-health = Schade, dass du { $reason ->
    [sick] krank
   *[injured] verletzt
} bist — werd erst mal gesund.
replan-why-missed = In den letzten { $days } Tagen wurden { $count } Trainings verpasst oder ausgelassen.
replan-offer = { $why }
    Soll ich deinen Plan ab heute anpassen, ausgehend von dem, was du tatsächlich gelaufen bist? Erledigte Trainings bleiben, wie sie sind.
replan-adjust = 🔄 Plan anpassen
replan-keep = Beibehalten
chart-week-starting = Wochenbeginn
chart-completion-none = Erfüllung: —
chart-completion = Erfüllung: { $percent }%
chart-streak = Serie: { $streak }
chart-done = Erledigt: { $done } von { $planned } { $unit }
replan-not-yours = Dieses Angebot ist nicht deins — nichts wurde geändert.
replan-already = Das hast du schon beantwortet — nichts wurde geändert.
replan-keeping = Plan bleibt
replan-kept = Okay, dein Plan bleibt, wie er ist.
replan-adjusting-short = Passe an…
replan-adjusting = 🔄 Ich passe deinen Plan ab heute an das an, was du tatsächlich gelaufen bist…
workout-not-yours = Dieses Training ist nicht in deinem Plan — nichts wurde geändert.
workout-archived = Dieses Training gehört zu einem älteren Plan — nichts wurde geändert. Sende /pending für die aktuellen.
workout-week-of = <b>Woche ab { $date }</b>
workout-already-done = Schon als erledigt eingetragen ✅ — nichts wurde geändert.
workout-already-skipped = Schon ausgelassen — nichts wurde geändert.
workout-question-finished = Diese Frage ist beendet — nichts wurde geändert.
workout-already-recorded-short = Dieses Training war schon eingetragen.
workout-logged-short = Eingetragen ✅
workout-had-run = Für dieses Training ist schon ein Lauf eingetragen — nichts wurde geändert.
workout-logged = ✅ Eingetragen: { $run } am { $date }.
workout-logged-extra = ✅ Eingetragen: { $run } am { $date } als zusätzlicher Lauf.
workout-finish-profile = Beantworte zuerst die Profilfragen (oder sende /cancel).
workout-send-numbers = Sende deine Werte für { $workout }: Distanz, Zeit und optional Puls und Anstrengung 1–10.
    Zum Beispiel: { $example } (oder /cancel)
workout-already-recorded = Dieses Training war schon eingetragen — nichts wurde geändert.
workout-recorded-short = Eingetragen ✅
workout-done-as-planned = ✅ Wie geplant erledigt: { $workout }. Stark!
workout-skipped-short = Ausgelassen
workout-skipped = ✖️ Ausgelassen: { $workout } — { $reason }
workout-ask-note = Was kam dazwischen? Eine Zeile reicht (oder /cancel, um es zu überspringen).
workout-cancelled = Okay, abgebrochen. Es wurde nichts weiter eingetragen.
workout-choose-above = Wähle mit den Buttons oben, zu welchem Training der Lauf gehört (oder /cancel).
workout-note-saved = Notiert, danke. Erhol dich gut und sende /pending, wenn du bereit für das nächste bist.
workout-numbers-error = { $error }
    Zum Beispiel: { $example } (oder /cancel)
workout-recorded = ✅ Eingetragen: { $run } für { $workout }.
log-ask = Erzähl mir, was du gelaufen bist. { $hint }
log-finish-profile = Beantworte zuerst die Profilfragen (oder sende /cancel) und trage den Lauf dann erneut ein.
log-which = Zu welchem Training gehört { $run } am { $date }?
log-extra-run = ➕ Ein zusätzlicher Lauf
log-logged-matched = ✅ Eingetragen: { $run } am { $date } — { $title } ({ $planned }) ist erledigt.
log-logged-extra = ✅ Eingetragen: { $run } am { $date } als zusätzlicher Lauf.
workout-duplicate-tap = Schon eingetragen ✅ — nichts wurde geändert.
replan-no-profile = Zuerst brauche ich dein Läuferprofil: sende /start.
replan-race-passed = Dein Renndatum ist vorbei, es gibt nichts mehr anzupassen. Setze mit /profile ein neues Ziel.
replan-failed = Entschuldige, ich konnte deinen Plan nicht anpassen. Versuche /plan, um ihn neu zu erstellen.
replan-unsafe = Entschuldige, ich konnte keinen sicheren angepassten Plan erstellen. Dein aktueller Plan bleibt, wie er ist.
replan-done = ✅ <b>Plan angepasst</b> an dein Laufen zuletzt ({ $volume } pro Woche). Erledigte Trainings bleiben, wie sie sind.
log-hint = Zum Beispiel: /log 10k 52:30 · /log 6.2mi 1:01:00 rpe 6 · /log yesterday 8 km easy hr 145
runlog-empty = Erzähl mir, was du gelaufen bist.
runlog-too-long = Das ist zu lang für einen Lauf.
runlog-negative = Distanzen und Zeiten können nicht negativ sein.
runlog-not-a-date = „{ $text }“ ist kein echtes Datum.
runlog-two-dates = Zwei verschiedene Daten — welcher Tag war es?
runlog-two-times = Zwei verschiedene Zeiten — welche stimmt?
runlog-two-distances = Zwei verschiedene Distanzen — welche stimmt?
runlog-not-a-time = „{ $text }“ ist keine Zeit.
runlog-future = Dieses Datum liegt in der Zukunft — trage Läufe ein, wenn du sie gelaufen bist.
runlog-unknown-here = Ich weiß nicht, was „{ $text }“ hier bedeutet.
runlog-unknown = Ich weiß nicht, was „{ $text }“ bedeutet.
runlog-need-something = Ich brauche mindestens eine Distanz oder eine Zeit.
runlog-distance-range = Ein Lauf hat 0,2 bis 250 km — bitte prüfe die Distanz.
runlog-time-range = Ein Lauf dauert zwischen 1 Minute und 48 Stunden — bitte prüfe die Zeit.
runlog-pace = Dieses Tempo ist menschlich nicht möglich — bitte prüfe Distanz und Zeit.
runlog-hr = Der Durchschnittspuls sollte zwischen 30 und 230 bpm liegen.
runlog-rpe = Die Anstrengung (RPE) ist eine ganze Zahl von 1 (sehr leicht) bis 10 (volle Kraft).
runlog-too-old = Ich kann nur Läufe der letzten { $days } Tage eintragen.
