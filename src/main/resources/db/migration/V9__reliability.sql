-- Usernames are one whatever their case ("Chief" and "chief" are the same admin), and the database says so: the
-- key is the lower-cased name, unique, and a check keeps it in step with the name.
alter table admin_user add column username_key varchar(60);
update admin_user set username_key = lower(username);
alter table admin_user alter column username_key set not null;
alter table admin_user add constraint ck_admin_user_username_key check (username_key = lower(username));
alter table admin_user add constraint uk_admin_user_username_key unique (username_key);

-- A record's values before and after a change, as JSON: room for every field at its longest, escaped.
alter table revision alter column before_json set data type varchar(1000000);
alter table revision alter column after_json set data type varchar(1000000);
