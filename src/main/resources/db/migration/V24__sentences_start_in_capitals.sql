-- V7 put readers' names for the five articles where the extraction's caveats named them by internal reference; where a
-- sentence began with one, it now begins in lower case ("… are unattributed rewrites. the Liangzhu article's …").
-- Such a sentence starts with a capital again, in titles, issues and what is known otherwise. Plain replace(), which H2
-- and PostgreSQL share; a text an editor has since written differently is left as it is.

update dispute set
  title = replace(replace(replace(replace(replace(replace(title,
    '. the SCMP article', '. The SCMP article'), '. the OZY article', '. The OZY article'),
    '. the Liangzhu article', '. The Liangzhu article'), '. the Hangzhou article', '. The Hangzhou article'),
    '. the article on competition', '. The article on competition'), '. the three 2025 articles', '. The three 2025 articles'),
  issue = replace(replace(replace(replace(replace(replace(issue,
    '. the SCMP article', '. The SCMP article'), '. the OZY article', '. The OZY article'),
    '. the Liangzhu article', '. The Liangzhu article'), '. the Hangzhou article', '. The Hangzhou article'),
    '. the article on competition', '. The article on competition'), '. the three 2025 articles', '. The three 2025 articles'),
  known_otherwise = replace(replace(replace(replace(replace(replace(known_otherwise,
    '. the SCMP article', '. The SCMP article'), '. the OZY article', '. The OZY article'),
    '. the Liangzhu article', '. The Liangzhu article'), '. the Hangzhou article', '. The Hangzhou article'),
    '. the article on competition', '. The article on competition'), '. the three 2025 articles', '. The three 2025 articles');

update dispute set title = concat('T', substring(title, 2)) where title like 'the %';
update dispute set issue = concat('T', substring(issue, 2)) where issue like 'the %';
update dispute set known_otherwise = concat('T', substring(known_otherwise, 2)) where known_otherwise like 'the %';
