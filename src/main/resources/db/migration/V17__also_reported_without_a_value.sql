-- A further source's statement ("Also reported: AI industry output") no longer repeats the value of the figure it
-- stands beside: the source's own quote says what it reports, and it may word or round it otherwise (Beijing's AI
-- industry output: a Spanish page says about 350 billion where the figure says over 300 billion). Packs write it so
-- from now on; this brings the statements packs wrote before to the same words. Only a statement still in the words
-- a pack gave it changes: an editor's wording is kept.
update statement set paraphrase = (
        select max('Also reported: ' || i.name) from indicator i
        where statement.paraphrase like 'Also reported: ' || i.name || ', %')
    where pack_ref like '%#also%'
      and exists (select 1 from indicator i where statement.paraphrase like 'Also reported: ' || i.name || ', %');

-- The Chinese words were translated from the English, with the indicator named as readers of Chinese say it (no
-- indicator's Chinese name holds a full-width comma): they end where the value began.
update statement set paraphrase_zh = substring(paraphrase_zh, 1, position('，' in paraphrase_zh) - 1)
    where pack_ref like '%#also%' and paraphrase_zh like '另有报道：%，%';

-- Every instance renders its pages again.
update data_version set version = version + 1 where id = 1;
