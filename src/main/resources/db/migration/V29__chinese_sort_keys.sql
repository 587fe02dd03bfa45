-- The order a Chinese reader reads a list of hubs, companies, institutions or incentives in: by the pinyin of the
-- name shown to them (the Chinese name, else the English one), as a collation key written in hex, so that the
-- database sorts and pages the list in that order on H2 and PostgreSQL alike. Filled by the application
-- (ChineseOrderKeys after every migration, and each record as it is written).
alter table city add column sort_key_zh varchar(1024);
alter table company add column sort_key_zh varchar(1024);
alter table university add column sort_key_zh varchar(1024);
alter table incentive add column sort_key_zh varchar(1024);
create index ix_city_sort_key_zh on city (sort_key_zh);
create index ix_company_sort_key_zh on company (sort_key_zh);
create index ix_university_sort_key_zh on university (sort_key_zh);
create index ix_incentive_sort_key_zh on incentive (sort_key_zh);
