## /help, das Befehlsmenü, die Sprachwahl und die Standardantworten.

command-start = Läuferprofil und Plan anlegen
command-profile = Profil ansehen oder ändern
command-plan = Dein Trainingsplan
command-pending = Anstehende Trainings
command-log = Ein Training eintragen
command-stats = Fortschritt und Statistik
command-today = Das heutige Training
command-week = Diese Woche deines Plans
command-calendar = Dein Plan im Kalender
command-history = Letzte Einträge: bearbeiten, löschen, rückgängig
command-pause = Plan pausieren (Urlaub, Krankheit)
command-resume = Eine Pause beenden
command-reminders = Erinnerungen einstellen
command-notes = Notizen für den Trainer: Verletzungen, Vorlieben
command-language = Sprache ändern
command-export = Deine Daten herunterladen
command-deleteme = Alle deine Daten löschen
command-cancel = Die aktuelle Frage abbrechen
command-help = Was ich kann — oder schreib mir einfach

help-text = <b>Ich bin dein Lauftrainer.</b> Das kann ich:

    /start — Profil anlegen; ich baue einen Trainingsplan für dein Rennen
    /profile — Profil ansehen und jede Antwort ändern
    /plan — dein Trainingsplan, Woche für Woche
    /today — das heutige Training
    /week — diese Woche deines Plans, ◀ ▶ zu den anderen
    /calendar — dein Plan im Kalender (eine Datei und ein Live-Link)
    /pending — Trainings, die noch anstehen
    /log — ein Training eintragen (oder schick mir einen Screenshot deiner Lauf-App)
    /history — deine letzten Einträge: 7 Tage lang bearbeiten, löschen oder rückgängig machen
    /stats — dein Fortschritt: Umfang, Tempo, Regelmäßigkeit
    /pause — den Plan für Urlaub oder Krankheit pausieren
    /resume — eine Pause vorzeitig beenden
    /reminders — wann ich dich am Vorabend eines Trainings erinnere
    /notes — was dein Trainer wissen sollte (Verletzungen, Vorlieben); <code>/notes clear</code> löscht sie
    /language — English, русский, español oder Deutsch
    /export — alles herunterladen, was ich über dich speichere
    /deleteme — Profil, Plan und Verlauf endgültig löschen
    /cancel — die aktuelle Frage abbrechen
    /help — diese Nachricht
    
    💬 Oder schreib mir einfach in deinen Worten: „mein Knie tut weh“, „verschieb den Samstagslauf auf Sonntag“.

language-ask = In welcher Sprache soll ich sprechen?
language-set = Erledigt — ab jetzt spreche ich Deutsch.
language-name = Deutsch

fallback-button = Dieser Button ist nicht mehr aktiv.
fallback-command = Den Befehl { $command } kenne ich nicht. Sende /help, um zu sehen, was ich kann.
fallback-text = „{ $text }“ habe ich nicht verstanden. Sende /help, um zu sehen, was ich kann.
fallback-photo = Danke! Trainings-Screenshots kann ich lesen, sobald dein Profil eingerichtet ist: sende /start.
fallback-other = Ich verstehe Textnachrichten, Befehle und Trainings-Screenshots. Sende /help, um zu sehen, was ich kann.
