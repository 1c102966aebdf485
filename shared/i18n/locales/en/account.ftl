## /export and /deleteme.

account-delete-ask = ⚠️ This deletes <b>everything</b> I store about you: your profile, training plan, workout history and our conversation. It cannot be undone.

    Are you sure?
account-delete-yes = 🗑 Yes, delete everything
account-delete-no = No, keep my data
account-nothing-deleted = Nothing was deleted.
account-kept = Okay, nothing was deleted.
account-expired = That confirmation has expired — nothing was deleted. Send /deleteme again.
account-deleted-short = Deleted.
account-deleted = Done. I deleted your profile, plan, workouts and our conversation history. Send /start if you ever want to come back. 👋
account-export = Here is everything I store about you: profile, plan and workouts.
account-export-no-profile = Here is everything I store about you. You don't have a profile yet — send /start to create one.
