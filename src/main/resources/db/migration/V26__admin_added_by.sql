-- Who added each admin: shown on the admins page. Null for an admin set up at first start (or before this column).
alter table admin_user add column created_by varchar(60);
