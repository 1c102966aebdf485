## /export und /deleteme.

account-delete-ask = ⚠️ Das löscht <b>alles</b>, was ich über dich speichere: dein Profil, deinen Trainingsplan, deinen Trainingsverlauf und unser Gespräch. Das lässt sich nicht rückgängig machen.

    Bist du sicher?
account-delete-yes = 🗑 Ja, alles löschen
account-delete-no = Nein, Daten behalten
account-nothing-deleted = Es wurde nichts gelöscht.
account-kept = Okay, es wurde nichts gelöscht.
account-expired = Diese Bestätigung ist abgelaufen — es wurde nichts gelöscht. Sende /deleteme erneut.
account-deleted-short = Gelöscht.
account-deleted = Erledigt. Ich habe dein Profil, deinen Plan, deine Trainings und unseren Gesprächsverlauf gelöscht. Sende /start, falls du zurückkommen möchtest. 👋
account-export = Hier ist alles, was ich über dich speichere: Profil, Plan und Trainings.
account-export-no-profile = Hier ist alles, was ich über dich speichere. Du hast noch kein Profil — sende /start, um eines anzulegen.
