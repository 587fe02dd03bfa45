-- A dispute's type becomes a fixed list, stored by constant name like its severity. "categorisation" and
-- "categorisation_error" meant the same.
update dispute set dispute_type = 'categorisation_error' where dispute_type = 'categorisation';
update dispute set dispute_type = upper(dispute_type);
