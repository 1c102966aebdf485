## Der Profil-Dialog: Fragen, Buttons, Antworten und Rückfragen (shared/profile).

profile-greeting = Hallo! Ich bin dein Lauftrainer 🏃 Ein paar kurze Fragen (etwa zwei Minuten), dann baue ich einen Plan für dein Ziel. Tippe auf ⬅️ Zurück, um eine Antwort zu korrigieren, oder sende /cancel zum Abbrechen.
profile-stale-button = Dieser Button gehört zu einer früheren Frage — nichts wurde geändert. Hier sind wir gerade:
profile-unknown-button = Diesen Button kenne ich nicht — nichts wurde geändert. Hier sind wir gerade:
profile-forged = Diesen Button kenne ich nicht — nichts wurde geändert.
profile-didnt-catch = Das habe ich nicht verstanden. { $hint }
profile-current-answer = Aktuelle Antwort: { $answer }
profile-keep = Behalten: { $answer }
profile-back = ⬅️ Zurück
profile-back-to-summary = ⬅️ Zurück zur Übersicht
profile-no-changes = Keine Änderungen.
profile-summary-hint = Tippe auf ✅ Speichern, wenn alles stimmt, oder auf ✏️ Etwas ändern.
profile-first-question = Das ist die erste Frage — davor gibt es nichts.
profile-command-in-dialog = Dieser Befehl gehört nicht zu diesen Fragen (sende /cancel zum Abbrechen). Weiter geht's:
profile-saved-create = Gespeichert ✅ Auf zur Startlinie!
profile-saved-edit = Gespeichert ✅ Dein Profil ist aktuell.
profile-skipped = übersprungen
profile-none = keine

words-yes = ja|ok|okay|speichern|passt|stimmt|richtig|bestätigen|👍|✅
words-edit = ändern|bearbeiten|etwas ändern|nein|korrigieren
words-skip = überspringen|nein|kein|keins|keine|kein rennen|-
words-no-notes = überspringen|nein|nichts|keine|keine notizen|alles gut|-
words-not-sure = überspringen|weiß nicht|weiss nicht|keine ahnung|nicht sicher|?|-
words-no-running = laufe noch nicht|noch nicht|nichts|keine
words-just-starting = fange gerade an|anfänger|keine|nie
words-custom = andere|andere distanz|eigene

## Einheiten
step-units-menu = Einheiten
step-units-ask = Zuerst: Kilometer oder Meilen? Ich nutze das für Distanzen, Tempo, Gewicht und Größe.
step-units-km = Kilometer (km, kg, cm)
step-units-mi = Meilen (mi, lb, ft/in)
step-units-current = { $units ->
    [mi] Meilen
   *[km] Kilometer
}
step-units-hint = Tippe auf Kilometer oder Meilen, oder schreibe km oder Meilen.
words-units = kilometer=km|metrisch=km|meilen=mi|meile=mi|imperial=mi

## Zeitzone
step-tz-menu = Zeitzone
step-tz-ask = Wo läufst du? Sende deine Stadt (z. B. 'Berlin' oder 'Wien') oder einen UTC-Versatz wie 'UTC+1'. So weiß ich, was bei dir 'heute' ist, und erinnere dich zur richtigen Stunde.
step-tz-confirm = Alles klar: { $label } → <b>{ $zone }</b> (deine Uhrzeit jetzt: { $time }).
step-tz-confirm-offset = Alles klar: { $label } → <b>{ $zone }</b>, ein fester Versatz ohne Sommerzeit (deine Uhrzeit jetzt: { $time }). Wenn bei dir die Uhren im Sommer umgestellt werden, sende lieber deine Stadt.
tz-hint = Sende deine Stadt, z. B. 'Berlin' oder 'München', oder einen UTC-Versatz wie 'UTC+1'.
tz-bad-offset = Diesen Versatz gibt es nirgends auf der Erde. Er reicht von UTC−12 bis UTC+14. { tz-hint }
tz-several-zones = { $country } hat mehrere Zeitzonen — in welcher Stadt bist du? { tz-hint }
tz-not-found = Diesen Ort habe ich nicht gefunden. { tz-hint }

## Ziel
step-goal-menu = Zieldistanz
step-goal-ask = Wofür trainierst du? 🎯
step-goal-other = Andere Distanz
step-goal-custom-ask = Wie lang ist dein Rennen? Zum Beispiel '15 km', '30 km' oder '50 { $unit }'.
distance-hint = Sende eine Distanz wie '5 km', '10 km', '13,1 mi', 'Halbmarathon' oder 'Marathon'.
distance-unreadable = Diese Distanz konnte ich nicht lesen. { distance-hint }
distance-unknown-unit = Die Einheit „{ $unit }“ kenne ich nicht. { distance-hint }
distance-range = Bitte wähle eine Distanz zwischen 1 und 250 km (0,6–155 mi).
distance-5k = 5 km
distance-10k = 10 km
distance-half = Halbmarathon
distance-full = Marathon
distance-custom = { $distance }-Lauf

## Renndatum
step-date-menu = Renndatum
step-date-ask = Wann ist das Rennen? Zum Beispiel 12.04.2027, '12. April' oder 'in 16 Wochen'. Das Datum bestimmt die Form deines Plans: Aufbau, Spitze und Tapering.
step-date-accepted = 📅 { $date } — { $weeks ->
    [0] in weniger als einer Woche
    [one] in { $weeks } Woche
   *[other] in { $weeks } Wochen
}.
date-hint = Versuche 12.04.2027, '12. April' oder 'in 16 Wochen'.
date-not-on-calendar = Dieses Datum gibt es im Kalender nicht. { date-hint }
date-unreadable = Dieses Datum konnte ich nicht lesen. { date-hint }
date-which-day = Welcher Tag genau? { date-hint }
date-today = { $date } ist heute — ich brauche ein Renndatum in der Zukunft. { date-hint }
date-past = { $date } liegt schon hinter uns — ich brauche ein Renndatum in der Zukunft. { date-hint }
date-too-far = { $date } ist mehr als { $years } Jahre entfernt — wähle ein Rennen innerhalb von zwei Jahren, dann bereiten wir uns darauf vor.

## Geschlecht
step-gender-menu = Geschlecht
step-gender-ask = Was ist dein Geschlecht? Das hilft mir, Tempo und Herzfrequenzzonen zu schätzen.
step-gender-female = Weiblich
step-gender-male = Männlich
step-gender-other = Divers / keine Angabe
step-gender-current = { $gender ->
    [male] männlich
    [female] weiblich
   *[other] keine Angabe
}
step-gender-hint = Tippe auf einen Button oder schreibe männlich, weiblich oder divers.
words-gender = männlich=male|mann=male|weiblich=female|frau=female|w=female|divers=other|keine angabe=other

## Alter
step-age-menu = Alter
step-age-ask = Wie alt bist du? Das Alter bestimmt, wie viel Erholung du brauchst.
age-hint = Sende dein Alter in Jahren, z. B. 34.
age-unreadable = Dieses Alter konnte ich nicht lesen. { age-hint }
age-whole = Bitte nur ganze Jahre — z. B. 34.
age-range = Ich trainiere Läufer von 10 bis 100 Jahren. Bitte sende dein Alter in Jahren.

## Größe
step-height-menu = Größe
step-height-ask = Wie groß bist du? Zum Beispiel { $units ->
    [mi] 5'10" oder 178 cm
   *[km] 178 cm oder 5'10"
}.
height-hint = Sende deine Größe wie 178, 178 cm, 1,78 m oder 5'10".
height-inches = Zoll sollten unter 12 liegen — z. B. 5'10". { height-hint }
height-unreadable = Diese Größe konnte ich nicht lesen. { height-hint }
height-unknown-unit = Die Einheit „{ $unit }“ kenne ich nicht. { height-hint }
height-which-unit = Sind das Zentimeter, Meter oder Zoll? { height-hint }
height-range = Diese Größe wirkt seltsam — ich erwarte 100–250 cm (3'4"–8'2"). { height-hint }

## Gewicht
step-weight-menu = Gewicht
step-weight-ask = Und dein Gewicht? Zum Beispiel { $units ->
    [mi] 160 lb oder 72 kg
   *[km] 72 kg oder 160 lb
}. So halte ich die Belastung gelenkschonend.
weight-hint = Sende dein Gewicht wie 72, 72,5 kg oder 160 lb.
weight-unreadable = Dieses Gewicht konnte ich nicht lesen. { weight-hint }
weight-unknown-unit = Die Einheit „{ $unit }“ kenne ich nicht. { weight-hint }
weight-range = Dieses Gewicht wirkt seltsam — ich erwarte 30–250 kg (66–550 lb). { weight-hint }

## Erfahrung
step-exp-menu = Erfahrung
step-exp-ask = Wie würdest du dich als Läufer beschreiben?
step-exp-beginner = Anfänger — neu oder Wiedereinstieg
step-exp-intermediate = Fortgeschritten — laufe regelmäßig
step-exp-advanced = Erfahren — strukturiertes Training, Wettkämpfe
step-exp-current = { $level ->
    [beginner] Anfänger
    [intermediate] fortgeschritten
   *[advanced] erfahren
}
step-exp-hint = Tippe auf einen Button oder schreibe Anfänger, fortgeschritten oder erfahren.
words-experience = anfänger=beginner|neu=beginner|fortgeschritten=intermediate|erfahren=advanced|profi=advanced

## Laufjahre
step-years-menu = Laufjahre
step-years-ask = Wie viele Jahre läufst du schon? Tippe oder schreibe eine Zahl.
step-years-zero = Gerade angefangen
step-years-choice = { $years } { $years ->
    [one] Jahr
   *[other] Jahre
}
years-hint = Sende eine Zahl von Jahren, z. B. 3, oder 0, wenn du gerade anfängst.
years-unreadable = Das konnte ich nicht lesen. { years-hint }
years-too-many = Das sind mehr als 80 Jahre — { years-hint }
years-longer-than-age = Mit { $age } scheint das länger als möglich. { years-hint }

## Wochenumfang
step-vol-menu = Wochenumfang
step-vol-ask = Wie viel läufst du aktuell in einer normalen Woche (in { $unit })? Dort beginnt dein Plan, damit die Steigerung sicher ist.
step-vol-zero = Laufe noch nicht
volume-hint = Sende einen Wochenumfang wie 25, 25 km oder 15 mi, oder 0, wenn du noch nicht läufst.
volume-unreadable = Das konnte ich nicht lesen. { volume-hint }
volume-unknown-unit = Die Einheit „{ $unit }“ kenne ich nicht. { volume-hint }
volume-too-much = Das sind mehr als 250 km (155 mi) pro Woche — bitte prüfe das. { volume-hint }

## Längster Lauf
step-lrun-menu = Längster Lauf
step-lrun-ask = Was war dein längster Lauf im letzten Monat (in { $unit })? Deine ersten langen Läufe starten dort, damit der Schritt nach oben sicher ist. Tippe, schreibe ihn oder überspringe, wenn du unsicher bist.
step-lrun-zero = Noch keine Läufe
step-lrun-skip = Überspringen — unsicher
step-lrun-summary = 🏃 Längster Lauf im letzten Monat: { $distance }
step-lrun-not-given = keine Angabe
longest-hint = Sende eine Distanz wie 12, 12 km oder 8 mi, 0 wenn du nicht gelaufen bist, oder überspringe.
longest-unreadable = Diese Distanz konnte ich nicht lesen. { longest-hint }
longest-unknown-unit = Die Einheit „{ $unit }“ kenne ich nicht. { longest-hint }
longest-too-much = Das sind mehr als 100 km (62 mi) an einem Stück — bitte prüfe das. { longest-hint }

## Trainingstage
step-days-menu = Trainingstage
step-days-ask = An welchen Tagen kannst du trainieren? Wähle mindestens 2 und dann Fertig.
step-days-selected = Ausgewählt: { $days }
step-days-done = Fertig ({ $count })
step-days-too-few = Wähle mindestens 2 Tage — zweimal pro Woche laufen ist das Minimum für einen Plan.
weekdays-hint = Tippe auf die Tage oder schreibe sie wie 'Mo, Mi, Fr, So'.
weekdays-unreadable-range = „{ $token }“ konnte ich nicht lesen. { weekdays-hint }
weekdays-unreadable-day = „{ $token }“ konnte ich nicht als Tag lesen. { weekdays-hint }
weekdays-none = Ich konnte keine Tage lesen. { weekdays-hint }

## Tag des langen Laufs
step-long-menu = Tag des langen Laufs
step-long-ask = Welcher Tag passt für deinen langen Lauf? Es ist die längste Einheit der Woche, wähle also einen Tag mit Zeit.
step-long-pick = Bitte wähle einen deiner Trainingstage: { $options }.
step-long-not-training = { $day } ist keiner deiner Trainingstage. Wähle einen von: { $options }.

## Letzter Wettkampf
step-race-menu = Letzter Wettkampf
step-race-ask = Bist du in den letzten sechs Monaten ein Rennen oder einen Testlauf gelaufen? Dein Ergebnis bestimmt deine Trainingstempos. Wähle die Distanz (oder schreibe sie, z. B. "10 km 45:30") oder überspringe.
step-race-skip = Überspringen — kein Rennen
step-race-result = { $distance } in { $time }
step-race-noted = 🏁 { $distance } in { $time } — notiert.
step-rtime-ask = Was war deine Zielzeit über { $distance }? Zum Beispiel 45:30 oder 1:45:30.
step-rtime-race = das Rennen
step-rtime-skip = Überspringen
race-time-hint = Sende deine Zielzeit wie 45:30, 1:45:30 oder '45 min'.
race-time-unreadable = Diese Zeit konnte ich nicht lesen. { race-time-hint }
race-time-implausible = Das ergibt { $pace } pro km, was für diese Distanz nicht stimmen kann. { race-time-hint }
words-in = in

## Notizen
step-notes-menu = Notizen
step-notes-ask = Sollte dein Trainer noch etwas wissen? Verletzungen, Vorlieben, was du beim Training liebst oder hasst… Schreibe es in eine Nachricht (bis zu 500 Zeichen) oder überspringe.
step-notes-skip = Überspringen — nichts hinzuzufügen
step-notes-summary = 📝 Notizen: { $notes }
notes-hint = Schreibe es in eine Nachricht (bis zu { $max } Zeichen) oder überspringe.
notes-huge = Das ist sehr viel Text — bitte höchstens { $max } Zeichen. { $hint }
notes-empty = Da kam kein Text an. { $hint }
notes-too-long = Das sind { $length } Zeichen — bitte höchstens { $max }, das Wesentliche reicht. { $hint }

## Erinnerungsstunde
step-hour-menu = Erinnerungszeit
step-hour-ask = Zu welcher Stunde soll ich dich erinnern? Ich schreibe dir am Abend vor jedem Training (deine Ortszeit). Tippe eine Uhrzeit oder schreibe eine wie 19 Uhr.
hour-hint = Sende eine Stunde wie 19:00 oder '19 Uhr', oder tippe auf einen Button.
hour-unreadable = Diese Uhrzeit konnte ich nicht lesen. { hour-hint }
hour-ampm = Mit am/pm liegt die Stunde zwischen 1 und 12. { hour-hint }
hour-range = Eine Stunde liegt zwischen 0 und 23. { hour-hint }
hour-on-the-hour = Erinnerungen kommen zur vollen Stunde — z. B. { $hour }:00. { hour-hint }

## Kurze Antworten
answer-too-long = Das ist sehr viel Text — ich brauche nur eine kurze Antwort. { $hint }
answer-empty = Da kam keine Antwort an. { $hint }

## Übersicht, Änderungsmenü, Ende
summary-question = Stimmt alles?
summary-save = ✅ Speichern
summary-change = ✏️ Etwas ändern
edit-menu-ask = Was möchtest du ändern?
edit-menu-hint = Tippe auf das Feld, das du ändern möchtest.
finished-ask = Dein Profil ist gespeichert ✅ Sende jederzeit /profile, um es zu ändern.
finished-again = Dein Profil ist schon gespeichert. Sende /profile, um etwas zu ändern.
finished-saved = Dein Profil ist schon gespeichert.

## Die Profilübersicht
summary-title = <b>Dein Läuferprofil</b>
summary-goal = 🎯 Ziel: <b>{ $goal }</b> ({ $distance }) am { $date }
summary-body = 👤 { $gender ->
    [male] Männlich
    [female] Weiblich
   *[other] Geschlecht ohne Angabe
}, { $age } Jahre, { $height }, { $weight }
summary-running = 📈 { $level ->
    [beginner] Anfänger
    [intermediate] Fortgeschritten
   *[advanced] Erfahren
} · läuft seit { $years ->
    [0] weniger als einem Jahr
    [one] { $years } Jahr
   *[other] { $years } Jahren
} · aktuell { $volume } pro Woche
summary-days = 📅 Trainingstage: { $days } · langer Lauf am { $longDay }
summary-race = 🏁 Letzter Wettkampf: { $race }
summary-race-none = keine Angabe
summary-zone = 🌍 Zeitzone: { $zone } · Erinnerungen um { $hour }
summary-units = 📏 Einheiten: { $units ->
    [mi] Meilen, lb, Fuß/Zoll
   *[km] Kilometer, kg, cm
}

## /notes
notes-command-hint = Sende /notes gefolgt von deinem Text (bis zu { $max } Zeichen).
words-notes-clear = löschen|entfernen|keine|zurücksetzen
notes-none = 📝 Du hast noch keine Notizen für deinen Trainer. Verletzungen, Vorlieben, was zu vermeiden ist: sende <code>/notes dein Text</code> (bis zu { $max } Zeichen).
notes-show = 📝 <b>Deine Notizen für den Trainer</b>
    { $notes }

    Sende <code>/notes dein Text</code>, um sie zu ersetzen (bis zu { $max } Zeichen), oder <code>/notes clear</code>, um sie zu löschen.
notes-removed = ✅ Deine Notizen sind gelöscht.
notes-saved = ✅ Notizen gespeichert:
    { $notes }

    Ich berücksichtige sie, wenn ich deinen Plan das nächste Mal erstelle (/plan).
notes-no-profile = Du hast noch kein Profil. Sende /start und ich stelle dir ein paar kurze Fragen.
notes-dialog-open = Du änderst gerade dein Profil: wähle <b>Notizen</b> in dessen Menü, oder sende /cancel und dann erneut /notes.

## Das Profil (/start, /profile, /cancel, /back)
profile-cancelled = Okay, abgebrochen. Sende /start, wenn du bereit bist.
profile-main-commands = /plan — dein Trainingsplan
    /pending — anstehende Trainings
    /log — ein Training eintragen
    /profile — deine Antworten ansehen oder ändern
    /help — alles, was ich kann
profile-edit-button = ✏️ Bearbeiten
profile-lost-change = Entschuldige, diese Änderung ist mir verloren gegangen, es wurde nichts geändert. Hier ist dein Profil:
profile-lost-place = Entschuldige, ich weiß nicht mehr, wo wir waren — fangen wir neu an.
profile-next-create = Sende /plan, um deinen Trainingsplan zu erstellen.
profile-next-edit = Sende /plan, um deinen Plan mit den neuen Antworten zu erstellen, oder /profile, um dein Profil zu sehen.
profile-nothing-changed = Nichts geändert.
profile-welcome-resume = Willkommen zurück! Machen wir da weiter, wo wir aufgehört haben:
profile-welcome-back = Willkommen zurück{ $name ->
    [none] {""}
   *[other] , { $name }
}! 👋
profile-unfinished = Dein Profil ist noch nicht fertig. Wir waren hier:
profile-none-yet = Du hast noch kein Profil. Sende /start und ich stelle dir ein paar kurze Fragen.
profile-nothing-to-cancel = Gerade gibt es nichts abzubrechen. Sende /help, um zu sehen, was ich kann.
profile-nothing-to-back = Es gibt nichts, wohin wir zurückkönnten. Sende /profile, um dein Profil zu ändern.
profile-no-profile-button = Du hast noch kein Profil — sende /start.
profile-questions-finished = Diese Fragen sind schon beendet — nichts geändert. Sende /profile, um dein Profil zu ändern.
