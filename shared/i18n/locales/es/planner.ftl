## Textos del motor de planes (shared/planner): nombres de los entrenamientos, su estructura y descripción,
## avisos del plan, motivos y opciones de la comprobación de viabilidad. `$km` / `$…Km` son distancias en
## las unidades del corredor, `$at` una frase de ritmo, `$…Sec` un tiempo.

planner-title-rest = Día de descanso
planner-title-easy = Rodaje suave
planner-title-medium-long = Tirada media
planner-title-back-to-back = Segunda tirada larga seguida
planner-title-recovery = Rodaje de recuperación
planner-title-long = Tirada larga
planner-title-long-mp = Tirada larga con final a ritmo de maratón
planner-title-race = Día de carrera: { $raceKind ->
    [marathon] maratón
    [half] media maratón
    [k] { $raceK } km
   *[other] carrera de { $raceKm }
}
planner-title-tempo = Rodaje a umbral
planner-title-cruise = Intervalos de crucero
planner-title-intervals = Series
planner-title-repetitions = Repeticiones
planner-title-race-pace = Rodaje a ritmo de carrera
planner-title-shake-out = Trote de activación

planner-at = { $zone ->
    [E] a ritmo suave (E)
    [T] a ritmo de umbral (T)
    [I] a ritmo de series (I)
    [R] a ritmo de repeticiones (R)
    [race] a ritmo objetivo de carrera
   *[goal] a ritmo objetivo
}
planner-at-range = a { $pace }

planner-main-rest = Descanso, o 20–30 min de caminar y movilidad
planner-main-easy = { $km } { $at }
planner-strides = + 6 progresiones de 20 s
planner-main-recovery = { $km } muy suaves
planner-main-long = { $km } constantes { $at }
planner-main-long-mp = { $km } { $at } y los últimos { $mpKm } a ritmo de maratón (M)
planner-race-warm-up-short = 10–15 min de trote suave + 4 progresiones
planner-race-warm-up-long = Unos minutos caminando y trotando suave
planner-main-race-feel = { $km } por tiempo y sensaciones
planner-main-race = { $km } de carrera { $at }
planner-race-cool-down = Caminar y trotar suave 10 min
planner-main-tempo = { $km } continuos { $at }
planner-main-cruise = { $reps } × { $repKm } { $at } con 1 min de trote
planner-main-intervals = { $reps } × { $repMeters } m { $at } con { $jogMeters } m de trote
planner-main-repetitions = { $reps } × { $repMeters } m { $at } con { $jogMeters } m de trote
planner-main-race-pace = { $km } { $at }
planner-main-race-pace-reps = { $reps } × { $repKm } { $at } con 2 min de trote
planner-km-easy = { $km } suaves

planner-desc-rest = La adaptación ocurre mientras te recuperas. Hoy, tranquilo.
planner-desc-easy = Ritmo conversacional: deberías poder hablar con frases completas.
planner-desc-medium-long = Una segunda tirada larga, más corta, en la semana a ritmo suave: resistencia sin un único día enorme.
planner-desc-back-to-back = El día después de tu tirada larga: esfuerzo suave con las piernas cansadas, caminar está bien. Así suman resistencia con seguridad los planes de ultra.
planner-desc-recovery = Carrera muy relajada para recuperarte del día duro anterior. Cuanto más lento, mejor.
planner-desc-ultra-long = Tiempo de pie a esfuerzo suave. Ensaya tu carrera: sube las cuestas caminando con decisión, come cada 30–45 min (lo que comerás el día de la carrera) y corre por terreno parecido al recorrido.
planner-desc-long = Desarrolla la resistencia. Mantenlo suave y regular; lleva agua{ $fuel ->
    [yes] {" "}y come cada 30–40 min
   *[no] {""}
}.
planner-desc-mp-finish = El final a ritmo de maratón ensaya el ritmo de carrera con las piernas cansadas.
planner-run-walk = Correr/caminar: { $minutes } min corriendo, 1 min caminando, y repetir (un minuto más de carrera cada semana).
planner-run-continuous = Corre sin parar si te resulta fácil; caminar un rato sigue estando bien.
planner-desc-race-ultra = Corre por tiempo y sensaciones, no por ritmo: sal más lento de lo que te pide el cuerpo, sube las cuestas caminando desde el principio, come y bebe cada 30–45 min y mantén un esfuerzo que te deje hablar durante la primera mitad.
planner-desc-race-feel = Termina cómodo: sal más lento de lo que te pide el cuerpo, camina pronto (p. ej., 1 min cada 1–2 km) y disfruta.
planner-desc-race = Marca prevista ≈ { $predictedSec }. Sal con prudencia, asienta el ritmo objetivo y aprieta solo en el tramo final.
planner-desc-tempo = Cómodamente duro: un ritmo que podrías mantener durante una hora. Sube tu umbral de lactato.
planner-desc-intervals = Series duras pero controladas que desarrollan el VO2máx. Recupera trotando; nunca esprintes.
planner-desc-repetitions = Repeticiones rápidas y relajadas para la velocidad y la economía de carrera. Recuperación completa entre ellas.
planner-desc-race-pace = Ensaya tu ritmo objetivo para que te resulte familiar el día de la carrera.
planner-desc-eased = Suave y conversacional, solo si te encuentras bien.

planner-warn-short = Solo { $weeks ->
    [one] queda { $weeks } semana
   *[other] quedan { $weeks } semanas
} para la carrera ({ $raceKind ->
    [marathon] maratón
    [half] media maratón
    [k] { $raceK } km
   *[other] carrera de { $raceKm }
}): hay poco tiempo para ganar forma, así que este plan te mantiene sano y te lleva fresco a la salida en lugar de sumar mucho volumen.
planner-warn-long-share = Tu tirada larga es una parte de la semana mayor que el habitual 25–30 %: con tu volumen semanal, así te prepara el plan para la distancia (con límite de tiempo y de 35 km).
planner-warn-ultra = Más allá del maratón ninguna fórmula predice con honestidad un tiempo final: corre por tiempo y sensaciones, y usa las tiradas largas para practicar caminar, comer y el terreno.
planner-warn-finish = Objetivo: terminar cómodo, caminando a ratos. No se predice tiempo y no hay trabajo a ritmo de carrera.

planner-gate-lead = { $guide ->
    [k5] Un 5K requiere unas 6–8 semanas desde cero
    [k10] Un 10K requiere unas 8–10 semanas desde cero
    [half] Una media maratón requiere unas 12 semanas partiendo de unos 15 km por semana
    [marathon] Un maratón requiere 16–20 semanas partiendo de 25–30 km por semana con una tirada larga de unos 10 km
    [ultra60] Un ultra de hasta 60 km requiere 16–24 semanas partiendo de 40 km por semana
   *[ultra] Un ultra largo requiere 20–28 semanas partiendo de 55 km por semana
}. Con { $weeklyKm } por semana necesitas unas { $need } semanas para preparar { $distance ->
    [marathon] el maratón
    [half] la media maratón
    [k10] el 10K
    [k5] el 5K
   *[other] la carrera de { $goalKmValue } km
} con seguridad; { $lead ->
    [one] queda { $lead } semana
   *[other] quedan { $lead } semanas
}.
planner-gate-long-run = Antes { $distance ->
    [marathon] del maratón
    [half] de la media maratón
    [k10] del 10K
    [k5] del 5K
   *[other] de la carrera de { $goalKmValue } km
} tu tirada larga debe llegar a unos { $requiredKm } { $by ->
    [three-weeks] 3 semanas antes de la carrera
   *[last-week] en la última semana antes de la carrera
}. Aumentándola con seguridad (ninguna salida más de un 10 % más larga que la más larga de los últimos 30 días) llegas a { $longestKm } para entonces.
planner-option-date = Correr el { $raceDate }
planner-option-distance = Correr { $distance ->
    [marathon] un maratón
    [half] una media maratón
    [k10] un 10K
    [k5] un 5K
   *[other] { $goalKmValue } km
} el mismo día
planner-option-finish = Terminar cómodo, caminando a ratos
