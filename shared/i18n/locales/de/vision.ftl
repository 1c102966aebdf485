## Screenshots.

vision-busy = Ich lese noch deine letzten { $count } Screenshots. Schick diesen bitte noch einmal, wenn ich darauf geantwortet habe.
vision-analysing = 🔎 Ich analysiere deinen Screenshot… Ich antworte gleich hier.
vision-reading-file = ⌚ Ich lese deine Aktivitätsdatei… Ich antworte gleich hier.
vision-already-recorded = Schon eingetragen ✅
vision-already-discarded = Schon verworfen.
vision-fix-first = Bitte korrigiere zuerst die Werte (Bearbeiten).
vision-discarded-short = Verworfen
vision-discarded = { $reading }

    🗑️ Verworfen — nichts wurde eingetragen.
vision-which-number = { $reading }

    Welchen Wert soll ich korrigieren?
vision-finish-first = Bitte schließe zuerst ab (oder /cancel), was wir gerade gemacht haben.
vision-editing = { $reading }

    ✏️ Bearbeite…
vision-no-change = Okay, keine Änderung.
vision-edit-error = { $error } /cancel, um die Werte so zu lassen.
vision-activity = { $activity ->
    [run] Lauf
    [walk] Gehen
    [ride] Radfahrt
    [swim] Schwimmen
   *[other] Training
}
vision-distance = Distanz: <b>{ $distance }</b>
vision-time = Zeit: <b>{ $time }</b>
vision-elapsed = Gesamtzeit (mit Pausen): { $time }
vision-pace = Tempo: { $pace }
vision-hr = Ø Puls: { $hr } bpm
vision-elevation = Höhenmeter: { $metres } m
vision-calories = Kalorien: { $calories }
vision-laps = Runden: { $count }
vision-source = Quelle: { $app }
vision-edit = ✏️ Bearbeiten
vision-discard = 🗑️ Verwerfen
vision-confirm = ✅ Bestätigen
vision-read-this = 📸 Das habe ich aus deinem Screenshot gelesen:
vision-read-this-file = ⌚ Das habe ich aus deiner { $format }-Datei gelesen:
vision-problems = ⚠️ Das sieht nicht richtig aus: { $problems }
vision-nothing-recorded = Nichts wurde eingetragen. Korrigiere den Wert mit Bearbeiten oder verwirf ihn.
vision-record-it = Soll ich es eintragen?
vision-field-distance = Distanz
vision-field-time = Zeit
vision-field-date = Datum
vision-field-hr = Ø Puls
vision-back = ↩️ Zurück
vision-prompt-distance = { $units ->
    [mi] Sende die Distanz in Meilen, z. B. <code>3.12</code> (oder <code>5 km</code>). /cancel zum Abbrechen.
   *[km] Sende die Distanz in km, z. B. <code>5.02</code> (oder <code>3.1 mi</code>). /cancel zum Abbrechen.
}
vision-prompt-time = Sende die Zeit als h:mm:ss oder mm:ss, z. B. <code>25:13</code>. /cancel zum Abbrechen.
vision-prompt-date = Sende das Datum als JJJJ-MM-TT, z. B. <code>2025-03-02</code>, oder "today" / "yesterday". /cancel zum Abbrechen.
vision-prompt-hr = Sende den durchschnittlichen Puls, z. B. <code>152</code>. /cancel zum Abbrechen.
vision-too-large = Das Bild ist größer als 10 MB, ich habe es nicht gelesen. Bitte schick einen kleineren Screenshot, am besten als Foto.
vision-not-image = Die Datei ist weder ein PNG-, JPEG- oder WebP-Bild noch eine FIT-, GPX- oder TCX-Aktivitätsdatei, ich kann sie nicht lesen. Bitte schick den Screenshot als Foto oder die Aktivitätsdatei deiner Uhr.
vision-damaged = Das Bild scheint beschädigt, ich konnte es nicht öffnen. Bitte schick den Screenshot noch einmal, am besten als Foto.
vision-file-too-large = Die Datei ist größer als 20 MB, ich habe sie nicht gelesen. Bitte exportiere die Aktivität noch einmal (FIT-Dateien sind am kleinsten).
vision-file-damaged = Die Aktivitätsdatei scheint beschädigt (unvollständig oder fehlerhaft), ich konnte sie nicht lesen, und nichts wurde eingetragen. Bitte exportiere sie noch einmal aus deiner Uhr oder App.
vision-file-empty = Die Aktivitätsdatei enthält weder Distanz noch Zeit, daher wurde nichts eingetragen. Bitte schick die Datei eines abgeschlossenen Laufs.
vision-file-not-running = { $activity ->
    [walk] Die Aktivitätsdatei ist ein Spaziergang, kein Lauf
    [ride] Die Aktivitätsdatei ist eine Radfahrt, kein Lauf
    [swim] Die Aktivitätsdatei ist Schwimmen, kein Lauf
   *[other] Die Aktivitätsdatei ist kein Lauf
}, und ich trage nur Läufe ein, daher wurde nichts eingetragen.
vision-unavailable = Ich konnte die Datei nicht von Telegram laden. Bitte schick den Screenshot noch einmal.
vision-not-workout = Danke für das Bild! Ich habe keinen Lauf darin gefunden{ $why }, daher wurde nichts eingetragen. Um einen Lauf einzutragen, schick einen Screenshot der Trainingsübersicht deiner Lauf-App (Distanz, Zeit, Tempo).
vision-other-sport = es sieht nach { $activity ->
    [walk] einem Spaziergang
    [ride] einer Radfahrt
    [swim] Schwimmen
   *[other] einer anderen Sportart
} aus, und ich trage nur Läufe ein

## Bestätigen: was das Eintragen bewirkt hat.
vision-run-duplicate = { $reading }

    ✅ Dieser Lauf war schon eingetragen, es hat sich also nichts geändert.
vision-workout-duplicate = { $reading }

    ✅ Dieses Training war schon eingetragen, es hat sich also nichts geändert.
vision-which-workout = { $reading }

    Welches geplante Training war das?
vision-recorded-planned = { $reading }

    ✅ Eingetragen als dein geplantes Training <b>{ $title }</b> ({ $date }).
vision-recorded-extra = { $reading }

    ✅ Als zusätzlicher Lauf eingetragen.
# Die Notiz des eingetragenen Laufs (in /history zu sehen); der Name der App folgt in Klammern.
vision-note-screenshot = aus einem Screenshot
vision-note-file = aus einer { $format }-Datei

## Bearbeiten: eine getippte Zahl, die nicht passt.
vision-edit-distance = { $units ->
    [mi] Bitte sende eine Zahl in Meilen, z. B. 3,12.
   *[km] Bitte sende eine Zahl in Kilometern, z. B. 5,02.
}
vision-edit-distance-zero = Die Distanz muss größer als 0 sein.
vision-edit-time = Bitte sende die Zeit als h:mm:ss oder mm:ss, z. B. 25:13.
vision-edit-date = Bitte sende das Datum als JJJJ-MM-TT, z. B. 2025-03-02.
vision-edit-future = Dieses Datum liegt in der Zukunft.
vision-edit-hr = Bitte sende einen Puls zwischen 30 und 250 Schlägen pro Minute.

## Plausibilität: wird in vision-problems zusammengefügt.
vision-problem-missing-distance = Ich konnte die Distanz nicht lesen.
vision-problem-distance-too-short = { $distance } km ist kürzer als 0,1 km.
vision-problem-distance-too-long = { $distance } km ist länger als 100 km.
vision-problem-missing-duration = Ich konnte die Zeit nicht lesen.
vision-problem-pace-too-fast = eine Pace von { $pace } pro km ist schneller als jeder Läufer (2:30 pro km).
vision-problem-pace-too-slow = eine Pace von { $pace } pro km ist langsamer als Laufen (15:00 pro km).
vision-problem-date-in-future = das Datum { $date } liegt in der Zukunft.

## Der Lese-Job.
vision-still-reading = ⏳ Ich lese deinen Screenshot noch, gleich fertig…
vision-dead = Tut mir leid, deinen Screenshot konnte ich diesmal nicht lesen ({ $count } { $count ->
    [one] Versuch
   *[other] Versuche
}). Nichts wurde eingetragen — bitte schick ihn etwas später noch einmal.
