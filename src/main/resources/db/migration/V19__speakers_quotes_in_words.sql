-- A speaker's quote that the seed import made a statement of its own said only "Quote from Mo Zhang." where every other
-- statement says in Hub Atlas's words what the source says. Four of the five quotes are also a statement the extraction
-- worded (the same quote from the same article: "Mo Zhang says Beijing is particularly rich in intellectual
-- resources."); they take those words. The fifth, Felix Tao's, is worded from the Liangzhu article's own sentence.
-- Only words still as the import left them change: an editor's wording is kept. The Chinese of a fresh database comes
-- from the translations pack, which applies after this; a database it reached before changes here too.

update statement set paraphrase_zh = (
        select max(other.paraphrase_zh) from statement other
        where other.quote = statement.quote and other.source_id = statement.source_id
          and other.paraphrase not like 'Quote from %')
    where seed_ref like 'per-%' and paraphrase like 'Quote from %' and paraphrase_zh like '引自%'
      and exists (select 1 from statement other
        where other.quote = statement.quote and other.source_id = statement.source_id
          and other.paraphrase not like 'Quote from %' and other.paraphrase_zh is not null);

update statement set paraphrase = (
        select max(other.paraphrase) from statement other
        where other.quote = statement.quote and other.source_id = statement.source_id
          and other.paraphrase not like 'Quote from %')
    where seed_ref like 'per-%' and paraphrase like 'Quote from %'
      and exists (select 1 from statement other
        where other.quote = statement.quote and other.source_id = statement.source_id
          and other.paraphrase not like 'Quote from %');

-- "According to Tao, “People come here to explore their own possibilities,” a sentiment that resonates throughout the
-- community": here is Liangzhu.
update statement set paraphrase = 'Felix Tao says people come to Liangzhu to explore their own possibilities.'
    where seed_ref = 'per-felix-tao.q01' and paraphrase = 'Quote from Felix Tao.';
update statement set paraphrase_zh = 'Felix Tao表示，人们来到良渚是为了探索自身的种种可能。'
    where seed_ref = 'per-felix-tao.q01' and paraphrase_zh = '引自Felix Tao。';

-- Every instance renders its pages again.
update data_version set version = version + 1 where id = 1;
