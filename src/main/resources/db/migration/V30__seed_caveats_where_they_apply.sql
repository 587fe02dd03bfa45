-- Corrections from a fact-checker's review of how the seed's caveats reach the statements and figures they concern.
-- Each changes only what is still as first written: an editor's words and links are kept.
--
-- 1. Shanghai's statement on Liulishuo (hub-shanghai.c03) said "where Liulishuo grew into a profitable business".
--    Its quote stops at "Hu has seen his Liulishuo app", and "profitable" is what the portal disputes
--    (000-liulishuo-profitable). It now says what its quote supports. A fresh database gets the Chinese from the
--    statements pack, after this runs.
update statement set paraphrase = 'Shanghai is a metropolis in China''s developed eastern region, where Ben Hu has seen his Liulishuo app grow.'
 where seed_ref = 'hub-shanghai.c03'
   and paraphrase = 'Shanghai is a metropolis in China''s developed eastern region, where Liulishuo grew into a profitable business.';
update statement set paraphrase_zh = '上海是中国发达的东部地区的大都市，Ben Hu在此见证了他的流利说应用的成长。'
 where seed_ref = 'hub-shanghai.c03'
   and paraphrase_zh = '上海是中国发达的东部地区的大都市，流利说在此成长为一家盈利企业。';

-- 2. The statement that Yi+ has offices "in Singapore and San Jose" (co-yi-plus.c01) carries the seed's caveat that
--    the article does not say which San Jose, as the seed's own claim about San Jose did (San Jose is no hub here).
insert into dispute_link (dispute_id, statement_id)
select d.id, s.id from dispute d, statement s
 where d.slug = 'san-jose-unspecified' and s.seed_ref = 'co-yi-plus.c01'
   and not exists (select 1 from dispute_link l where l.dispute_id = d.id and l.statement_id = s.id);

-- 3. Shenzhen's ¥10 billion AI fund, a target the coverage pack dates 2025-02 (when it was announced), was shown as
--    a "target for 2025": no source gives the year it is for. A target dated within a year is dated when it was set
--    (PackImporter); this files the one such figure a database holds already the same way.
update figure set as_of_year = 2025, target_year = null
 where figure_kind = 'TARGET' and as_of_label = '2025-02' and target_year = 2025 and as_of_year is null
   and city_id = (select id from city where slug = 'shenzhen')
   and indicator_id = (select id from indicator where code = 'ai-fund');
