## El plan: resumen, semanas, entrenamientos (shared/planner/render.ts, /plan).

plan-title = { $race } el { $date } · { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
}
plan-predicted = Previsión: { $time } (VDOT { $vdot }, { $source ->
    [race] según tu carrera
   *[other] estimado
}{ $riegel })
plan-no-prediction = Sin tiempo de llegada previsto: corre por tiempo y sensaciones.
plan-riegel = ; Riegel: { $time }
plan-pace-easy = Suave: { $pace }
plan-pace-marathon = Maratón: { $pace }
plan-pace-threshold = Umbral: { $pace }
plan-pace-interval = Intervalos: { $pace }
plan-pace-repetition = Repeticiones: { $pace }
plan-week = Semana { $index } · { $phase ->
    [base] Base
    [build] Desarrollo
    [peak] Pico
    [taper] Puesta a punto
   *[race] Semana de carrera
} · { $volume }
plan-week-maintenance = mantenimiento
plan-week-cutback = descarga
plan-workout-minutes = ~{ $duration } min
plan-workout-hours = ~{ $duration } h
plan-warm-up = Calentamiento: { $text }
plan-main-set = Parte principal: { $text }
plan-cool-down = Vuelta a la calma: { $text }
plan-pace = Ritmo: { $pace }
plan-note = Nota: { $text }
plan-no-profile = Primero necesito conocerte como corredor: envía /start para crear tu perfil.
plan-rebuild = 🔄 Rehacer mi plan
plan-building = 🏗️ Preparando tu plan de entrenamiento… tarda unos segundos. Te lo enviaré aquí.
plan-ready-footer = Envía /plan cuando quieras para ver esta semana; te avisaré la tarde antes de cada entrenamiento.
plan-job-no-profile = Primero necesito tu perfil de corredor: envía /start.
plan-infeasible-title = Todavía no puedo preparar un plan seguro para este objetivo.
plan-infeasible-pick = Elige una de estas opciones y la planificaré:
plan-infeasible-profile = Cambia tu objetivo con /profile y lo planificaré.
feasibility-unknown-button = No he reconocido ese botón — no ha cambiado nada.
feasibility-finish-profile = Termina o cancela (/cancel) primero el cambio de perfil — no ha cambiado nada.
feasibility-not-possible = Esa opción ya no es posible — no ha cambiado nada.
feasibility-updating = Actualizando tu objetivo…
feasibility-building = 🏗️ Objetivo actualizado. Preparo tu plan de entrenamiento… Te lo envío aquí.
