-- Some disputes still spoke the data team's words for the five articles the portal started from: "not a seed",
-- "not seed facts", "the source-004 page", and "the sources span 2017 to 2025" (of those five only; the portal now
-- holds sources to 2026). V7 put reader names in for "seed-001" and the like, which left sentences starting in lower
-- case ("the OZY article is undated"). Readers get words of their own. Only text still as it was written changes: an
-- editor's words are kept. A fresh database gets the Chinese from the translations pack, which says the same, after
-- this runs.

update dispute set known_otherwise = replace(known_otherwise, 'rising tech hubs?", not a seed)',
        'rising tech hubs?", not among the sources Hub Atlas holds)')
    where slug = '17-hubs-ambiguous'
      and known_otherwise like 'A companion SCMP article from the same period (%rising tech hubs?", not a seed) says%';

update dispute set known_otherwise_zh = replace(known_otherwise_zh, '，非种子来源）', '，本站未收录为来源）')
    where slug = '17-hubs-ambiguous'
      and known_otherwise_zh like '同期的一篇SCMP配套文章（%，非种子来源）称%';

update dispute set known_otherwise = replace(known_otherwise, 'public facts, not seed facts)', 'public facts, not from the sources)')
    where slug = 'province-not-named' and known_otherwise like '%(well-established public facts, not seed facts).';

update dispute set known_otherwise_zh = replace(known_otherwise_zh, '（公认的公开事实，并非来自种子来源的事实）', '（公认的公开事实，并非出自本站来源）')
    where slug = 'province-not-named' and known_otherwise_zh like '%（公认的公开事实，并非来自种子来源的事实）。';

update dispute set issue = 'The only date on this source''s page belongs to unrelated sidebar posts, not to the article.'
    where issue = 'The only date on the source-004 page belongs to unrelated sidebar posts, not to the article.';

update dispute set issue_zh = '该来源页面上唯一的日期属于无关的侧边栏帖子，而非该文章本身。'
    where issue_zh = '来源004页面上唯一的日期属于无关的侧边栏帖子，而非该文章本身。';

update dispute set title = 'The five articles the portal started from span 2017 to 2025: older figures may be out of date'
    where slug = 'temporal-spread' and title = 'The sources span 2017 to 2025: older figures may be out of date';

update dispute set issue = replace(issue, 'The sources span about 2017', 'The five articles the portal started from span about 2017')
    where slug = 'temporal-spread' and issue like 'The sources span about 2017 (%';

update dispute set title_zh = '本站最初收录的五篇文章时间跨度为2017年至2025年：较早的数据可能已过时'
    where slug = 'temporal-spread' and title_zh = '来源时间跨度为2017年至2025年：较早的数据可能已过时';

update dispute set issue_zh = replace(issue_zh, '来源的时间跨度从约2017年', '本站最初收录的五篇文章，时间跨度从约2017年')
    where slug = 'temporal-spread' and issue_zh like '来源的时间跨度从约2017年%';

-- A sentence V7 left starting with "the OZY article", "the article on competition…" and so on.
update dispute set issue = upper(substring(issue from 1 for 1)) || substring(issue from 2)
    where issue like 'the %';

update dispute set known_otherwise = upper(substring(known_otherwise from 1 for 1)) || substring(known_otherwise from 2)
    where known_otherwise like 'the %';
