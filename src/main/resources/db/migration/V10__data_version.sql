-- One number that changes with every change to the data, in the same transaction: every instance compares it with
-- the number its cached pages were rendered at, so no instance serves a page older than the data.
create table data_version (
    id      integer primary key,
    version bigint  not null
);
insert into data_version (id, version) values (1, 0);
