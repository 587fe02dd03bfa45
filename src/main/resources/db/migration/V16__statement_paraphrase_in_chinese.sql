-- A statement's paraphrase (Hub Atlas's words for what the source says) in Chinese beside
-- the English (issue 25); the quote stays as the source wrote it.
alter table statement add column paraphrase_zh varchar(1000);
