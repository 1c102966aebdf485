# Der Coach: Antworten auf die eigenen Worte des Läufers, Vorschläge und ihre Knöpfe.

## Die Antwort auf ein Warnzeichen (kein Modell, keine Planänderung) und die Namen der Warnzeichen.
coach-red-flag-title = 🛑 <b>Bitte hör jetzt auf zu laufen und such ärztliche Hilfe.</b>
coach-red-flag-serious = Was du beschreibst ({ $flag }), kann ernst sein. Wenn es gerade passiert oder schlimmer wird, ruf den örtlichen Notruf an (112 in Europa, 911 in den USA).
coach-red-flag-not-doctor = Ich bin ein Trainingscoach, kein Arzt — deinen Plan passe ich daran nicht an. Sobald ein Arzt dich freigegeben hat, schreib mir, und wir machen dort weiter.
coach-flag-chest-pain = Brustschmerzen
coach-flag-fainting = Ohnmacht
coach-flag-severe-shortness-of-breath = starke Atemnot
coach-flag-heart-rhythm = Herzrhythmusstörung
coach-flag-dizziness = Schwindel
coach-flag-stroke-signs = Anzeichen eines Schlaganfalls
coach-flag-coughing-blood = Bluthusten
coach-flag-heat-illness = Hitzschlag
coach-flag-fracture = Knochenbruch
coach-flag-severe-swelling = starke Schwellung

## „Nicht verstanden“ mit drei Beispielen.
coach-not-understood = Ich habe „{ $text }“ nicht verstanden. Du kannst mir in normalen Worten schreiben, zum Beispiel:
coach-example-pain = „mein Knie tut seit gestern weh“
coach-example-move = „verschieb den Lauf vom Samstag auf Sonntag“
coach-example-log = „heute Morgen 10 km in 52 Minuten gelaufen“
coach-help-hint = Oder sende /help, um meine Befehle zu sehen.

## Kurze Antworten.
coach-no-profile = Zuerst muss ich dich als Läufer kennenlernen: Sende /start, um dein Profil anzulegen.
coach-no-plan = Du hast noch keinen Trainingsplan: Sende /plan, und ich erstelle einen.
coach-no-pending = Gerade wartet nichts auf dein „Ja“.
coach-declined = Okay, es ändert sich nichts.
coach-proposal-footer = ✅ Mit den Trainingsregeln deines Plans geprüft. Nichts ändert sich, bevor du <b>Übernehmen</b> drückst.
coach-apply-button = ✅ Übernehmen
coach-cancel-button = ✖️ Abbrechen
coach-applied = ✅ Erledigt — dein Plan ist aktualisiert.
coach-applied-see-plan = ✅ Erledigt — dein Plan ist aktualisiert. Sende /plan, um ihn zu sehen.
coach-already-decided = Darauf hast du schon geantwortet — nichts hat sich geändert.
coach-cancelled = Abgebrochen — nichts hat sich geändert.
coach-stale = Dein Plan hat sich seit meinem Vorschlag geändert, deshalb habe ich ihn nicht übernommen. Sag es mir noch einmal, und ich prüfe es mit dem aktuellen Plan.
coach-expired = Dieser Vorschlag ist inzwischen zu alt — nichts hat sich geändert. Sag es mir noch einmal, wenn du ihn noch willst.
coach-not-yours = Dieser Knopf gehört nicht dir — nichts hat sich geändert.
coach-unknown-button = Diesen Knopf kenne ich nicht — nichts hat sich geändert.
coach-thinking-failed = Entschuldige, darauf kann ich gerade nicht antworten. Versuch es in einer Minute noch einmal oder nutze /plan und /log.
coach-cap-note = (Ich habe heute schon viel geantwortet, deshalb lese ich deine Nachrichten bis morgen im einfachen Modus.)
coach-tool-refused = Diese Änderung kann ich nicht vornehmen — das geht nicht auf sichere Weise. Nichts hat sich geändert. Sag mir in deinen eigenen Worten, was du brauchst, z. B. „verschieb den Lauf vom Samstag auf Sonntag“.
coach-pain-advice = Hör auf deinen Körper ({ $area }): Lauf nur, wenn es schmerzfrei geht, und hör auf, wenn es wehtut. Wenn der Schmerz länger als ein paar Tage anhält, schlimmer wird oder deinen Gang verändert, geh zu einem Physiotherapeuten oder Arzt. Diagnosen kann ich keine stellen.

## Ablehnungen: „Ich kann nicht <was>: <Gründe>.“
coach-refused = Ich kann { $what }: { $reasons }. Dein Plan bleibt, wie er ist.
coach-what-skip = das nicht auslassen
coach-what-pause = keine Pause über den Wettkampftag legen
coach-what-move = diesen Lauf nicht verschieben
coach-what-lighten = diese Tage nicht leichter machen
coach-what-goal = das Ziel so nicht ändern
coach-what-goal-now = das Ziel jetzt nicht ändern
coach-rule-hard-back-to-back = zwei harte Einheiten lägen an aufeinanderfolgenden Tagen
coach-rule-date-order = an diesem Tag gibt es schon ein Training
coach-rule-race-day = es würde mit dem Wettkampftag kollidieren
coach-rule-long-run-day = eine Woche verlöre ihren langen Lauf, oder der lange Lauf käme dem Wettkampf zu nahe
coach-rule-week-volume = diese Woche hätte mehr als ihren geplanten Umfang
coach-rule-ramp = der Wochenumfang würde schneller wachsen, als sicher ist
coach-rule-quality-count = diese Woche bekäme zu viele harte Einheiten
coach-rule-long-run-share = der lange Lauf wäre ein zu großer Anteil seiner Woche
coach-rule-spike = ein Lauf wäre mehr als 10 % länger als dein längster Lauf der letzten 30 Tage
coach-rule-daniels-cap = eine Einheit hätte mehr schnelles Laufen, als für deine Woche sicher ist
coach-rule-rest-day = die Woche hätte keinen Ruhetag
coach-rule-long-run-longest = ein anderer Lauf wäre länger als der lange Lauf
coach-rule-long-run-max = ein Lauf wäre länger als deine Obergrenze für den langen Lauf
coach-rule-date-range = dieses Datum liegt außerhalb deines Plans
coach-rule-cutback = es würde die Entlastungswochen des Plans stören
coach-rule-taper = es würde das Tapering vor deinem Wettkampf stören
coach-rule-other = es würde eine der Sicherheitsregeln des Plans verletzen (Trainingstage, Einheiten, Tempi oder Distanzen)
coach-edit-no-workout = am { $day } gibt es kein offenes Training
coach-edit-past = der { $day } ist schon vorbei
coach-edit-race = der Wettkampftag bleibt, wo er ist — ändere stattdessen das Ziel
coach-edit-outside-plan = der { $day } liegt außerhalb deines Plans
coach-edit-same-day = es liegt schon an diesem Tag
coach-closed-workout = dieses Training ist schon { $status ->
    [done] erledigt
    [skipped] ausgelassen
    [cancelled] abgesagt
   *[missed] verpasst
}
coach-pause-race = dein Wettkampf fällt in diesen Zeitraum — ändere stattdessen das Ziel
coach-goal-race-date = das Wettkampfdatum muss nach heute und innerhalb von zwei Jahren liegen
coach-goal-invalid = das Ziel ist nicht gültig
coach-goal-too-soon = der Wettkampf ist weniger als zwei Wochen entfernt — zu früh, um darauf hinzutrainieren

## Trainingsarten erklärt.
coach-zone-easy = Lockere Läufe bauen deine aerobe Grundlage auf. Lauf sie im Plaudertempo — du solltest in ganzen Sätzen sprechen können.
coach-zone-long = Der lange Lauf baut Ausdauer auf. Lauf ihn locker; stark ins Ziel zu kommen ist wichtiger als Tempo.
coach-zone-recovery = Regenerationsläufe sind kurz und sehr locker; sie lockern die Beine nach harten Tagen.
coach-zone-tempo = Tempoläufe (Schwelle) sind „angenehm hart“: ein Tempo, das du im Wettkampf etwa eine Stunde halten könntest. Sie heben deine Laktatschwelle.
coach-zone-intervals = Intervalle (I-Tempo) sind harte Wiederholungen von 3–5 Minuten mit Trabpausen. Sie verbessern deine VO₂max.
coach-zone-repetitions = Wiederholungen (R-Tempo) sind kurze, schnelle Abschnitte mit voller Erholung. Sie verbessern Schnelligkeit und Laufökonomie.
coach-zone-race-pace = Läufe im Wettkampftempo üben dein Zieltempo, damit es sich am Wettkampftag vertraut anfühlt.
coach-zone-race = Wettkampftag! Geh etwas verhalten an und lauf dein eigenes Rennen.

## Einen Lauf eintragen.
coach-log-future = Dieser Tag liegt noch vor dir — trag Läufe ein, wenn du sie gelaufen bist.
coach-log-too-old = Ich kann nur Läufe der letzten 60 Tage eintragen.
coach-log-impossible-pace = Dieses Tempo ist für Menschen nicht möglich — bitte prüf Strecke und Zeit.
coach-log-in = in { $duration }
coach-log-effort = (Anstrengung { $rpe }/10)
coach-log-proposal = 📝 Einen Lauf über <b>{ $what }</b> am { $day } eintragen?
coach-run-duplicate = Dieses Training war schon eingetragen — nichts hat sich geändert.
coach-run-recorded = ✅ Lauf eingetragen. Deinen Fortschritt siehst du unter /stats.

## Wochen, Auslassen und Pausen.
coach-week-outside = Diese Woche liegt außerhalb deines Plans.
coach-skip-proposal = ⏭️ <b>{ $title }</b> am { $day } auslassen? Der Rest des Plans bleibt, wie er ist.
coach-pause-nothing = Vom { $from } bis { $to } gibt es keine offenen Trainings — nichts zu pausieren.
coach-pause-proposal = ⏸️ Pause vom { $from } bis { $to }: { $count ->
    [one] dieses Training
   *[other] diese { $count } Trainings
} auslassen?
coach-workout-line = • { $day } — { $title }
coach-pause-long-break = Nach mehr als einer Woche Pause steig behutsam wieder ein: schreib mir „mach diese Woche leichter“ oder erstelle den Plan mit /plan neu.
coach-pause-resume = Wenn du zurück bist, geht dein Plan wie geplant weiter.
coach-skip-nothing-left = Nichts mehr auszulassen — diese Trainings waren schon erledigt oder ausgelassen.
coach-skipped = ✅ { $count ->
    [one] Ausgelassen
   *[other] { $count } Trainings ausgelassen
}. Der Rest deines Plans bleibt, wie er ist.

## Verschieben, erleichtern, erklären.
coach-move-proposal = 🔀 <b>{ $title }</b> vom { $from } auf den { $to } verschieben?
coach-the-run = den Lauf
coach-reduce-note = Auf Wunsch um { $percent } % reduziert.
coach-reduce-heading = 🪶 Eine leichtere Woche
coach-pain-note = Leichter wegen Schmerzen ({ $area }).
coach-pain-heading = 🩹 Tut mir leid wegen deiner Beschwerden ({ $area }). Hier sind leichtere nächste 7 Tage: nur lockere Läufe, { $percent } % kürzer
coach-lighten-summary = { $heading } ({ $from } – { $to }): { $before } → <b>{ $after }</b>.
coach-lighten-line = • { $day } — { $title }, { $distance }
coach-nothing-to-lighten = An diesen Tagen gibt es nichts mehr zu erleichtern.
coach-no-change = Das ändert nichts an deinem Plan.
coach-rest-day = Am { $day } gibt es kein Training — ein Ruhetag.
coach-your-pace = Dein Tempo dafür: <b>{ $pace }</b>.
coach-which-workout = Welches Training? Versuch „erklär mir den Lauf von morgen“ oder „wie schnell ist mein Tempolauf?“.

## Das Ziel ändern.
coach-goal-proposal = 🎯 Neues Ziel: <b>{ $goal }</b> am { $day }. Dein Plan würde ab heute neu erstellt:
coach-goal-footer = Erledigte Trainings bleiben in deinem Verlauf. Nichts ändert sich, bevor du <b>Übernehmen</b> drückst.
coach-goal-saved = ✅ Neues Ziel gespeichert und Plan neu erstellt. Sende /plan, um ihn zu sehen.
