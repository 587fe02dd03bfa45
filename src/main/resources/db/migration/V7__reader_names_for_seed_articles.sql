-- Readers know the five seed articles by their publishers and subjects, never by the internal references
-- (seed-000 to seed-004) that the extraction's caveat texts used. Plain replace(), which H2 and PostgreSQL share.

update dispute set
  title = replace(replace(replace(replace(replace(replace(replace(title,
    'seeds 002 and 004', 'the Liangzhu and Hangzhou articles'), 'seeds 002-004', 'the three 2025 articles'),
    'seed-000', 'the SCMP article'), 'seed-001', 'the OZY article'), 'seed-002', 'the Liangzhu article'),
    'seed-003', 'the article on competition in China''s AI sector'), 'seed-004', 'the Hangzhou article'),
  issue = replace(replace(replace(replace(replace(replace(replace(issue,
    'seeds 002 and 004', 'the Liangzhu and Hangzhou articles'), 'seeds 002-004', 'the three 2025 articles'),
    'seed-000', 'the SCMP article'), 'seed-001', 'the OZY article'), 'seed-002', 'the Liangzhu article'),
    'seed-003', 'the article on competition in China''s AI sector'), 'seed-004', 'the Hangzhou article'),
  known_otherwise = replace(replace(replace(replace(replace(replace(replace(known_otherwise,
    'seeds 002 and 004', 'the Liangzhu and Hangzhou articles'), 'seeds 002-004', 'the three 2025 articles'),
    'seed-000', 'the SCMP article'), 'seed-001', 'the OZY article'), 'seed-002', 'the Liangzhu article'),
    'seed-003', 'the article on competition in China''s AI sector'), 'seed-004', 'the Hangzhou article');
