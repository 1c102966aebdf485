## Der Plan: Übersicht, Wochen, Trainings (shared/planner/render.ts, /plan).

plan-title = { $race } am { $date } · { $weeks } { $weeks ->
    [one] Woche
   *[other] Wochen
}
plan-predicted = Prognose: { $time } (VDOT { $vdot }, { $source ->
    [race] aus deinem Rennen
   *[other] geschätzt
}{ $riegel })
plan-no-prediction = Keine Zielzeit vorhergesagt: lauf nach Zeit und Gefühl.
plan-riegel = ; Riegel: { $time }
plan-pace-easy = Locker: { $pace }
plan-pace-marathon = Marathon: { $pace }
plan-pace-threshold = Schwelle: { $pace }
plan-pace-interval = Intervall: { $pace }
plan-pace-repetition = Wiederholung: { $pace }
plan-week = Woche { $index } · { $phase ->
    [base] Grundlage
    [build] Aufbau
    [peak] Spitze
    [taper] Tapering
   *[race] Rennwoche
} · { $volume }
plan-week-maintenance = Erhaltung
plan-week-cutback = Entlastung
plan-workout-minutes = ~{ $duration } Min.
plan-workout-hours = ~{ $duration } Std.
plan-warm-up = Einlaufen: { $text }
plan-main-set = Hauptteil: { $text }
plan-cool-down = Auslaufen: { $text }
plan-pace = Tempo: { $pace }
plan-note = Hinweis: { $text }
plan-no-profile = Zuerst muss ich dich als Läufer kennenlernen: sende /start, um dein Profil anzulegen.
plan-rebuild = 🔄 Plan neu erstellen
plan-building = 🏗️ Ich erstelle deinen Trainingsplan… das dauert ein paar Sekunden. Ich schicke ihn hierher.
plan-ready-footer = Sende jederzeit /plan, um diese Woche zu sehen; ich erinnere dich am Vorabend jedes Trainings.
plan-job-no-profile = Zuerst brauche ich dein Läuferprofil: sende /start.
plan-infeasible-title = Für dieses Ziel kann ich noch keinen sicheren Plan erstellen.
plan-infeasible-pick = Wähle eine dieser Möglichkeiten, und ich plane sie:
plan-infeasible-profile = Ändere dein Ziel mit /profile, und ich plane es.
feasibility-unknown-button = Diesen Button kenne ich nicht — nichts wurde geändert.
feasibility-finish-profile = Schließ zuerst deine Profiländerung ab oder brich sie ab (/cancel) — nichts wurde geändert.
feasibility-not-possible = Diese Möglichkeit besteht nicht mehr — nichts wurde geändert.
feasibility-updating = Ich aktualisiere dein Ziel…
feasibility-building = 🏗️ Ziel aktualisiert. Ich erstelle deinen Trainingsplan… Ich schicke ihn hierher.
