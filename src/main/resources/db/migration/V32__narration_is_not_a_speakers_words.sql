-- Two statements the seed took from its entries on people narrate about them: "Felix Tao, a former employee of
-- Facebook and Alibaba, has been instrumental in fostering this environment" and the like of Ben Hu. They were filed
-- with the person as their speaker, so the pages showed "Felix Tao ·" before the article's words as though he had
-- said them. The article says them (reported facts); the person's own words (his quotes) keep him as speaker. Only a
-- statement still as the seed wrote it changes.
update statement set speaker = null
 where nature = 'REPORTED_FACT'
   and ((seed_ref = 'per-felix-tao.c01' and speaker = 'Felix Tao') or (seed_ref = 'per-ben-hu.c01' and speaker = 'Ben Hu'));
