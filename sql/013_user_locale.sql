-- The language the bot speaks with the runner: taken from Telegram's language_code on first contact
-- (English when the bot does not speak it), changed with /language. Null for users recorded before this
-- column existed: they get their language_code's language until they choose.
alter table users add column if not exists locale text;
alter table users drop constraint if exists users_locale_check;
alter table users add constraint users_locale_check check (locale in ('en', 'ru', 'es', 'de'));
