-- The 17-hubs dispute called the companion SCMP article "not a seed", the data team's word for the five articles the
-- portal started from; readers read "not among the sources Hub Atlas holds". Only text still as it was written
-- changes: an editor's words are kept. A fresh database gets the Chinese from the translations pack, which says the
-- same, after this runs.

update dispute set known_otherwise = replace(known_otherwise, 'rising tech hubs?", not a seed)',
        'rising tech hubs?", not among the sources Hub Atlas holds)')
    where slug = '17-hubs-ambiguous'
      and known_otherwise like 'A companion SCMP article from the same period (%rising tech hubs?", not a seed) says%';

update dispute set known_otherwise_zh = replace(known_otherwise_zh, '，非种子来源）', '，本站未收录为来源）')
    where slug = '17-hubs-ambiguous'
      and known_otherwise_zh like '同期的一篇SCMP配套文章（%，非种子来源）称%';
