## Texte der Plan-Engine (shared/planner): Namen, Ablauf und Beschreibung der Einheiten, Hinweise zum Plan,
## Gründe und Optionen der Machbarkeitsprüfung. `$km` / `$…Km` sind Strecken in den Einheiten des Läufers,
## `$at` eine Tempoangabe, `$…Sec` eine Zeit.

planner-title-rest = Ruhetag
planner-title-easy = Lockerer Dauerlauf
planner-title-medium-long = Mittellanger Lauf
planner-title-back-to-back = Zweiter langer Lauf am Folgetag
planner-title-recovery = Regenerationslauf
planner-title-long = Langer Lauf
planner-title-long-mp = Langer Lauf mit Endbeschleunigung im Marathontempo
planner-title-race = Wettkampftag: { $raceKind ->
    [marathon] Marathon
    [half] Halbmarathon
    [k] { $raceK } km
   *[other] Lauf über { $raceKm }
}
planner-title-tempo = Tempodauerlauf
planner-title-cruise = Schwellenintervalle
planner-title-intervals = Intervalle
planner-title-repetitions = Wiederholungsläufe
planner-title-race-pace = Lauf im Renntempo
planner-title-shake-out = Lockerer Vorbelastungslauf

planner-at = { $zone ->
    [E] im lockeren Tempo (E)
    [T] im Schwellentempo (T)
    [I] im Intervalltempo (I)
    [R] im Wiederholungstempo (R)
    [race] im geplanten Renntempo
   *[goal] im Zieltempo
}
planner-at-range = mit { $pace }

planner-main-rest = Ruhe, oder 20–30 min Gehen und Mobilität
planner-main-easy = { $km } { $at }
planner-strides = + 6 × 20 s Steigerungen
planner-main-recovery = { $km } sehr locker
planner-main-long = { $km } gleichmäßig { $at }
planner-main-long-mp = { $km } { $at }, dann die letzten { $mpKm } im Marathontempo (M)
planner-race-warm-up-short = 10–15 min lockeres Traben + 4 Steigerungen
planner-race-warm-up-long = Ein paar Minuten Gehen und lockeres Traben
planner-main-race-feel = { $km } nach Zeit und Gefühl
planner-main-race = { $km } Wettkampf { $at }
planner-race-cool-down = 10 min Gehen und lockeres Traben
planner-main-tempo = { $km } am Stück { $at }
planner-main-cruise = { $reps } × { $repKm } { $at } mit 1 min Trabpause
planner-main-intervals = { $reps } × { $repMeters } m { $at } mit { $jogMeters } m Trabpause
planner-main-repetitions = { $reps } × { $repMeters } m { $at } mit { $jogMeters } m Trabpause
planner-main-race-pace = { $km } { $at }
planner-main-race-pace-reps = { $reps } × { $repKm } { $at } mit 2 min Trabpause
planner-km-easy = { $km } locker

planner-desc-rest = Anpassung passiert in der Erholung. Heute ruhig angehen.
planner-desc-easy = Unterhaltungstempo: Du solltest in ganzen Sätzen sprechen können.
planner-desc-medium-long = Ein zweiter, kürzerer langer Lauf in der Woche, locker: Ausdauer ohne einen einzigen riesigen Tag.
planner-desc-back-to-back = Der Tag nach deinem langen Lauf: lockere Belastung auf müden Beinen, Gehpausen sind willkommen. So bauen Ultrapläne sicher Ausdauer auf.
planner-desc-recovery = Ganz entspanntes Laufen zur Erholung vom harten Vortag. Langsamer ist besser.
planner-desc-ultra-long = Zeit auf den Beinen bei lockerer Belastung. Übe deinen Wettkampf: Anstiege zügig gehen, alle 30–45 min essen (was du am Wettkampftag isst) und auf streckenähnlichem Gelände laufen.
planner-desc-long = Baut Ausdauer auf. Locker und gleichmäßig laufen; Wasser mitnehmen{ $fuel ->
    [yes] {" "}und alle 30–40 min Energie zuführen
   *[no] {""}
}.
planner-desc-mp-finish = Das Ende im Marathontempo übt den Rennrhythmus auf müden Beinen.
planner-run-walk = Laufen/Gehen: { $minutes } min laufen, 1 min gehen, wiederholen (jede Woche eine Laufminute mehr).
planner-run-continuous = Lauf durch, wenn es sich leicht anfühlt; Gehpausen sind weiterhin in Ordnung.
planner-desc-race-ultra = Lauf nach Zeit und Gefühl, nicht nach Tempo: langsamer starten, als es sich richtig anfühlt, Anstiege von Anfang an gehen, alle 30–45 min essen und trinken und in der ersten Hälfte im Plaudertempo bleiben.
planner-desc-race-feel = Entspannt ankommen: langsamer starten, als es sich richtig anfühlt, früh Gehpausen einlegen (z. B. 1 min alle 1–2 km) und genießen.
planner-desc-race = Prognose ≈ { $predictedSec }. Vorsichtig starten, ins Zieltempo finden und erst im letzten Teil zulegen.
planner-desc-tempo = Angenehm hart: ein Tempo, das du etwa eine Stunde halten könntest. Hebt deine Laktatschwelle.
planner-desc-intervals = Harte, aber kontrollierte Intervalle für die VO2max. Pausen traben; nie sprinten.
planner-desc-repetitions = Schnelle, lockere Wiederholungen für Tempo und Laufökonomie. Volle Erholung dazwischen.
planner-desc-race-pace = Übe dein Zieltempo, damit es sich am Wettkampftag vertraut anfühlt.
planner-desc-eased = Locker im Plaudertempo – nur wenn es sich gut anfühlt.

planner-warn-short = Nur noch { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} bis zum Wettkampf ({ $raceKind ->
    [marathon] Marathon
    [half] Halbmarathon
    [k] { $raceK } km
   *[other] Lauf über { $raceKm }
}): Für Formaufbau bleibt wenig Zeit, daher hält dich dieser Plan gesund und bringt dich frisch an den Start, statt viel Umfang aufzubauen.
planner-warn-long-share = Dein langer Lauf ist ein größerer Teil der Woche als die üblichen 25–30 %: Bei deinem Wochenumfang bereitet dich der Plan so auf die Distanz vor (begrenzt nach Zeit und auf 35 km).
planner-warn-ultra = Jenseits des Marathons sagt keine Formel eine Zielzeit ehrlich voraus: Lauf nach Zeit und Gefühl und nutze die langen Läufe, um Gehen, Essen und das Gelände zu üben.
planner-warn-finish = Ziel: entspannt ankommen, mit Gehpausen. Es wird keine Zeit vorhergesagt und es gibt kein Training im Renntempo.

planner-gate-lead = { $guide ->
    [k5] Ein 5-km-Lauf braucht etwa 6–8 Wochen Vorbereitung ab null
    [k10] Ein 10-km-Lauf braucht etwa 8–10 Wochen Vorbereitung ab null
    [half] Ein Halbmarathon braucht etwa 12 Wochen ab etwa 15 km pro Woche
    [marathon] Ein Marathon braucht 16–20 Wochen ab 25–30 km pro Woche mit einem langen Lauf von etwa 10 km
    [ultra60] Ein Ultra bis 60 km braucht 16–24 Wochen ab 40 km pro Woche
   *[ultra] Ein langer Ultra braucht 20–28 Wochen ab 55 km pro Woche
}. Ab { $weeklyKm } pro Woche brauchst du etwa { $need } Wochen, um sicher für { $distance ->
    [marathon] den Marathon
    [half] den Halbmarathon
    [k10] die 10 km
    [k5] die 5 km
   *[other] den Lauf über { $goalKmValue } km
} bereit zu sein; es { $lead ->
    [one] bleibt { $lead } Woche
   *[other] bleiben { $lead } Wochen
}.
planner-gate-long-run = Vor { $distance ->
    [marathon] dem Marathon
    [half] dem Halbmarathon
    [k10] den 10 km
    [k5] den 5 km
   *[other] dem Lauf über { $goalKmValue } km
} muss dein langer Lauf { $by ->
    [three-weeks] 3 Wochen vor dem Wettkampf
   *[last-week] in der letzten Woche vor dem Wettkampf
} etwa { $requiredKm } erreichen. Sicher gesteigert (kein Lauf mehr als 10 % länger als dein längster der letzten 30 Tage) kommst du bis dahin auf { $longestKm }.
planner-option-date = Stattdessen am { $raceDate } starten
planner-option-distance = { $distance ->
    [marathon] Einen Marathon
    [half] Einen Halbmarathon
    [k10] 10 km
    [k5] 5 km
   *[other] { $goalKmValue } km
} am selben Tag laufen
planner-option-finish = Entspannt ankommen, mit Gehpausen
