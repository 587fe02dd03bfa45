-- Generative AI services are counted in 款 in Chinese, as the sources count them ("611款生成式人工智能服务"); the
-- translations pack gave the indicator's unit as 项. Only the unit still as the pack wrote it changes: an editor's word
-- is kept. A fresh database gets 款 from the translations pack, after this runs.

update indicator set unit_zh = '款' where code = 'genai-services-filed' and unit_zh = '项';
