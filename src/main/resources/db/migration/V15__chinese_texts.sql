-- What a reader of Chinese reads, held beside the English (issue 25): Hub Atlas's own words
-- about companies, institutions, incentives, disputes and indicators. Quotes, source titles
-- and publishers stay as written: they are evidence.
alter table company add column summary_zh varchar(2000);
alter table university add column summary_zh varchar(2000);
alter table incentive add column title_zh varchar(300);
alter table incentive add column summary_zh varchar(2000);
alter table dispute add column title_zh varchar(300);
alter table dispute add column issue_zh varchar(2000);
alter table dispute add column known_otherwise_zh varchar(3000);
alter table indicator add column unit_zh varchar(80);
alter table indicator add column definition_zh varchar(1000);
