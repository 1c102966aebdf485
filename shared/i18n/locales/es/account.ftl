## /export y /deleteme.

account-delete-ask = ⚠️ Esto borra <b>todo</b> lo que guardo sobre ti: tu perfil, plan de entrenamiento, historial de entrenamientos y nuestra conversación. No se puede deshacer.

    ¿Seguro?
account-delete-yes = 🗑 Sí, borrar todo
account-delete-no = No, conservar mis datos
account-nothing-deleted = No se ha borrado nada.
account-kept = Vale, no se ha borrado nada.
account-expired = Esa confirmación ha caducado — no se ha borrado nada. Envía /deleteme de nuevo.
account-deleted-short = Borrado.
account-deleted = Hecho. He borrado tu perfil, plan, entrenamientos y el historial de la conversación. Envía /start si algún día quieres volver. 👋
account-export = Aquí tienes todo lo que guardo sobre ti: perfil, plan y entrenamientos.
account-export-no-profile = Aquí tienes todo lo que guardo sobre ti. Aún no tienes perfil — envía /start para crearlo.
