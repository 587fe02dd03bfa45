-- The public address a record had before its slug (or an indicator's code) changed, and the one it has now: an old
-- link is sent on to the record's page instead of answering "not found".
create table former_address (
    old_path varchar(300) not null,
    new_path varchar(300) not null,
    moved_at timestamp    not null,
    constraint pk_former_address primary key (old_path)
);
create index ix_former_address_new_path on former_address (new_path);
