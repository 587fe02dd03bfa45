-- Each hub's summary in Chinese beside the English one (issue 25): Hub Atlas's own words,
-- written from the figures and statements its profile cites.
alter table city add column summary_zh varchar(2000);
