## /help, el menú de comandos, el idioma y las respuestas por defecto.

command-start = Crea tu perfil de corredor y tu plan
command-profile = Ver o cambiar tu perfil
command-plan = Tu plan de entrenamiento
command-pending = Entrenamientos pendientes
command-log = Registrar un entrenamiento
command-stats = Tu progreso y estadísticas
command-today = El entrenamiento de hoy
command-week = Esta semana de tu plan
command-calendar = Tu plan en tu calendario
command-history = Últimos registros: editar, borrar, deshacer
command-pause = Pausar el plan (vacaciones, enfermedad)
command-resume = Terminar una pausa
command-reminders = Ajustes de recordatorios
command-notes = Notas para tu entrenador: lesiones, preferencias
command-language = Cambiar el idioma
command-export = Descargar tus datos
command-deleteme = Borrar todos tus datos
command-cancel = Parar la pregunta actual
command-help = Lo que sé hacer — o simplemente escríbeme

help-text = <b>Soy tu entrenador de running.</b> Esto es lo que sé hacer:

    /start — crea tu perfil; preparo un plan de entrenamiento para tu carrera
    /profile — ve tu perfil y cambia cualquier respuesta
    /plan — tu plan de entrenamiento, semana a semana
    /today — el entrenamiento de hoy
    /week — esta semana de tu plan, ◀ ▶ a las demás
    /calendar — tu plan en tu calendario (un archivo y un enlace en vivo)
    /pending — entrenamientos que aún faltan
    /log — registra un entrenamiento (o envíame una captura de tu app de running)
    /history — tus últimos registros: editar, borrar o deshacer durante 7 días
    /stats — tu progreso: distancia, ritmos, constancia
    /pause — pausa el plan por vacaciones o enfermedad
    /resume — termina una pausa antes
    /reminders — cuándo te aviso la tarde antes de un entrenamiento
    /notes — lo que tu entrenador debe saber (lesiones, preferencias); <code>/notes clear</code> las borra
    /language — English, русский, español o Deutsch
    /export — descarga todo lo que guardo sobre ti
    /deleteme — borra tu perfil, plan e historial para siempre
    /cancel — para cualquier pregunta que te esté haciendo
    /help — este mensaje
    
    💬 O simplemente escríbeme con tus palabras: «me duele la rodilla», «mueve la tirada del sábado al domingo».

language-ask = ¿En qué idioma hablamos?
language-set = Hecho — a partir de ahora hablo en español.
language-name = Español

fallback-button = Ese botón ya no está activo.
fallback-command = No conozco el comando { $command }. Envía /help para ver lo que sé hacer.
fallback-text = No he entendido “{ $text }”. Envía /help para ver lo que sé hacer.
fallback-photo = ¡Gracias! Podré leer capturas de entrenamientos cuando tu perfil esté listo: envía /start.
fallback-other = Entiendo mensajes de texto, comandos y capturas de entrenamientos. Envía /help para ver lo que sé hacer.
