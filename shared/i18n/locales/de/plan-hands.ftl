# Der Plan in der Hand des Läufers: ansehen, Kalender, Neuaufbau mit Vorschau, verschieben, rückgängig, Verlauf, Pause.
ph-week-header = Woche { $index } von { $total } · { $phase } · { $distance }
ph-week-dates = { $from } – { $to }
ph-week-empty = Diese Woche keine Trainings.
ph-phase-base = Grundlage
ph-phase-build = Aufbau
ph-phase-peak = Spitze
ph-phase-taper = Tapering
ph-phase-race = Wettkampfwoche
ph-tag-maintenance = Erhaltung
ph-tag-cutback = Entlastung
ph-full-header = Ganzer Plan · Seite { $page } von { $pages }
ph-pace = Tempo: { $pace }
ph-note = Hinweis: { $note }
ph-btn-prev = ◀ Woche { $index }
ph-btn-next = Woche { $index } ▶
ph-btn-full = 📋 Ganzer Plan
ph-btn-this-week = 📅 Diese Woche
ph-btn-earlier = ◀ Früher
ph-btn-later = Später ▶
ph-btn-rebuild = 🔄 Plan neu erstellen
ph-btn-move = ↔️ Verschieben
ph-btn-done = ✅ Erledigt
ph-btn-skip = ✖️ Auslassen
ph-unknown-button = Diesen Knopf kenne ich nicht — nichts geändert.
ph-no-profile = Zuerst muss ich dich als Läufer kennenlernen: Sende /start, um dein Profil anzulegen.
ph-no-plan = Du hast noch keinen Trainingsplan — sende /plan, um einen zu erstellen.
ph-not-in-plan = Dieses Training ist nicht in deinem aktuellen Plan — nichts geändert. Sende /plan für den aktuellen.
ph-today-header = Heute
ph-today-rest = Heute ist nichts geplant — ein Ruhetag.
ph-today-next = Als Nächstes: { $workout }
ph-plan-over = Dein Plan ist zu Ende. Sende /plan, um einen neuen zu erstellen.
# Kalender
ph-cal-name = Trainingsplan
ph-cal-caption = 📅 Dein Trainingsplan als Kalenderdatei: { $count ->
    [one] { $count } Training
   *[other] { $count } Trainings
}. Öffne sie, um die Trainings in deinen Kalender zu übernehmen.
ph-cal-subscribe = Oder abonniere ihn, dann folgt dein Kalender jeder Planänderung: { $link }
    Halte diesen Link geheim. /calendar reset erzeugt einen neuen (der alte funktioniert dann nicht mehr).
ph-cal-reset = 🔁 Neuer Kalenderlink: { $link }
    Der alte Link funktioniert nicht mehr — abonniere neu mit diesem.
ph-cal-empty = In deinem Plan sind keine Trainings mehr für einen Kalender übrig.
ph-cal-hour-set = 🕖 Deine Kalendertermine sind jetzt um { $hour }:00 Uhr deiner Zeit.
ph-cal-allday-set = 📅 Deine Kalendertermine sind jetzt ganztägig.
ph-cal-usage = /calendar — dein Plan als Kalenderdatei und ein Abo-Link
    /calendar 7 — Termine um 07:00 Uhr deiner Zeit; /calendar allday — ganztägige Termine
    /calendar reset — ein neuer Abo-Link (der alte funktioniert dann nicht mehr)
# Rückgängig, bearbeiten, Verlauf
ph-hist-header = Deine letzten Einträge
ph-hist-empty = Noch nichts eingetragen. Tippe ✅ Erledigt unter einem Training oder sende /log.
ph-hist-done = ✅ { $date } — { $what }
ph-hist-skipped = ✖️ { $date } — { $title } (ausgelassen)
ph-hist-extra = Zusätzlicher Lauf
ph-hist-no-time = ohne Zeit
ph-hist-hint = Bearbeiten, Löschen und Rückgängig gehen { $days } Tage lang nach einem Eintrag.
ph-btn-undo = ↩️ Rückgängig
ph-btn-edit = ✏️ Bearbeiten
ph-btn-edit-on = ✏️ { $date }
ph-btn-delete-on = 🗑 { $date }
ph-btn-unskip-on = ↩️ { $date }
ph-btn-no-time = ⏭ Nicht gestoppt
ph-ask-time = ⏱ Hast du die Zeit gestoppt? Sende sie (zum Beispiel 47:30) oder tippe „Nicht gestoppt“. Ein Lauf ohne Zeit zählt nur für die Strecke, nicht für Tempo und Prognosen.
ph-time-saved = ⏱ Gespeichert: { $what }.
ph-no-time-ok = Gut — ohne Zeit eingetragen (nur die Strecke).
ph-undone-done = ↩️ Rückgängig gemacht: Der Lauf ist nicht mehr eingetragen, das Training ist wieder offen.
ph-undone-skip = ↩️ Rückgängig gemacht: Das Training ist wieder offen.
ph-already-undone = Nichts zu ändern — dieser Eintrag ist schon weg.
ph-too-old = Dieser Eintrag ist älter als { $days } Tage und lässt sich nicht mehr ändern.
ph-ask-edit = Sende die korrigierte Strecke und Zeit für { $what }, zum Beispiel 8.2 { $units } 47:30 (oder /cancel).
ph-edit-saved = ✏️ Aktualisiert: { $what }.
ph-edit-bad = Das konnte ich nicht lesen. Zum Beispiel: 8.2 { $units } 47:30 (oder /cancel)
ph-form-stopped = Gut, abgebrochen. Nichts geändert.
ph-form-busy = Beantworte zuerst die aktuelle Frage (oder sende /cancel).
# Verschieben
ph-move-ask = 🔀 Auf welchen Tag soll { $workout }? Diese Tage halten deinen Plan sicher:
ph-move-none = 🔀 Ich kann { $workout } auf keinen anderen deiner Tage dieser Woche verschieben, ohne eine Trainingsregel zu brechen. Es bleibt, wo es ist; du kannst es auch auslassen.
ph-move-refused-day = ✖️ { $day }: { $reason }
ph-move-refused = Auf { $day } geht es nicht: { $reasons }. Passende Tage: { $days }. Nichts geändert.
ph-move-no-days = diese Woche keine
ph-move-done = 🔀 Verschoben: { $workout } ist jetzt am { $day }.
ph-move-stale = Dein Plan hat sich inzwischen geändert — nichts verschoben. Sende /week für den aktuellen.
ph-move-not-open = Verschieben lässt sich nur ein kommendes Training, das weder erledigt noch ausgelassen ist.
ph-rule-HARD_BACK_TO_BACK = zwei harte Einheiten lägen an aufeinanderfolgenden Tagen
ph-rule-DATE_ORDER = an diesem Tag ist schon ein Training
ph-rule-DATE_RANGE = dieser Tag liegt außerhalb deines Plans
ph-rule-RACE_DAY = es fiele auf den Wettkampftag
ph-rule-LONG_RUN_DAY = der lange Lauf käme dem Wettkampf zu nahe oder eine Woche verlöre ihn
ph-rule-WEEK_VOLUME = die Woche hätte mehr als ihren geplanten Umfang
ph-rule-RAMP = der Wochenumfang stiege schneller als sicher
ph-rule-QUALITY_COUNT = die Woche hätte zu viele harte Einheiten
ph-rule-LONG_RUN_SHARE = der lange Lauf wäre ein zu großer Teil seiner Woche
ph-rule-LONG_RUN_PROGRESSION = der lange Lauf stiege zu schnell
ph-rule-LONG_RUN_LONGEST = ein anderer Lauf wäre länger als der lange Lauf
ph-rule-LONG_RUN_MAX = ein Lauf wäre länger als deine Obergrenze für den langen Lauf
ph-rule-CUTBACK = es bräche die Entlastungswochen des Plans
ph-rule-TAPER = es bräche das Tapering vor deinem Wettkampf
ph-rule-other = es bräche eine Trainingsregel
# Vorschau des Neuaufbaus
ph-rb-header = 🔄 Was ein Neuaufbau ändern würde:
ph-rb-line = { $what }: { $from } → { $to }
ph-rb-same = { $what }: { $value } (unverändert)
ph-rb-race = Wettkampf
ph-rb-weeks = Wochen
ph-rb-peak = Spitzenwoche
ph-rb-longest = Längster Lauf
ph-rb-this-week = Diese Woche
ph-rb-footer = „Übernehmen“ erstellt den neuen Plan; dein aktueller Plan und alles Eingetragene bleiben in deinem Verlauf.
ph-rb-no-change = Ein Neuaufbau würde all das beibehalten. Trotzdem übernehmen oder deinen Plan behalten.
ph-btn-apply = ✅ Übernehmen
ph-btn-keep = ↩️ Meinen Plan behalten
ph-rb-kept = Dein aktueller Plan bleibt — nichts geändert.
ph-rb-building = 🏗️ Ich erstelle deinen neuen Plan… ich schicke ihn hierher.
ph-rb-refused = Aus diesen Antworten kann ich keinen sicheren Plan erstellen: { $reason }. Dein aktueller Plan bleibt.
ph-profile-saved-next = Sende /plan für deinen Plan oder /profile für dein Profil.
# Pause
ph-pause-usage = /pause 7 — pausiere deinen Plan 7 Tage (1 bis { $max }), etwa für einen Urlaub; /pause 7 ill — nach einer Krankheit ist die erste Woche danach leichter. /resume beendet eine Pause früher.
ph-pause-done = ⏸️ Pausiert bis { $until }: bis dahin keine Trainings und keine Erinnerungen. Dein Plan geht am { $back } weiter, von dort bis zu deinem Wettkampf neu aufgebaut.
ph-pause-done-ill = Die erste Woche danach ist leichter und nur locker. Gute Besserung!
ph-pause-note-ill = Leichtere Woche nach Krankheit — nur, wenn du dich gut fühlst.
ph-pause-refused = Um diese Pause herum kann ich deinen Plan nicht neu aufbauen: { $reason }. Dein Plan bleibt, wie er ist.
ph-resume-none = Dein Plan ist nicht pausiert.
ph-resume-done = ▶️ Willkommen zurück! Dein Plan geht heute weiter, von hier bis zu deinem Wettkampf neu aufgebaut. Sende /week, um ihn zu sehen.
# Eine Prognose
ph-pred-effort = Prognose ({ $goal }): { $time } (VDOT { $vdot }; Riegel { $riegel }) — aus deinen { $distance } in { $effort } am { $date }
ph-pred-race = Prognose ({ $goal }): { $time } (VDOT { $vdot }; Riegel { $riegel }) — aus deinem letzten Wettkampf, bis du eine frischere harte Einheit einträgst
ph-pred-estimate = Prognose ({ $goal }): { $time } (VDOT { $vdot }, geschätzt) — trage eine harte Einheit ab 3 km mit Zeit ein, um sie zu schärfen
ph-pred-none = Prognose ({ $goal }): trage eine harte Einheit ab 3 km mit Zeit ein, um eine zu bekommen
ph-ask-reason = Was kam dazwischen?
ph-reason-saved = ✏️ Aktualisiert: ausgelassen — { $reason }.
