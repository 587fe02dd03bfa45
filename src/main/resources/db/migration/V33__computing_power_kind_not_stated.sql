-- The first articles' "AI computing power" (Guizhou's 85 exaflops, Shanghai's target of over 100) stood beside
-- "Intelligent computing power" and "Computing power (total)", whose figures say what they count. Readers could not
-- tell the three apart, and these figures do not say which of the two they are. The indicator is named for what is
-- known of it. Only words still as the seed and the packs wrote them change; an editor's are kept. A fresh database
-- gets the Chinese from the packs, after this runs.
update indicator set name = 'Computing power, kind not stated'
 where code = 'computing-power' and name = 'AI computing power';
update indicator set definition = 'Computing capacity in exaflops (EFLOPS) as the first articles give it, without saying whether it counts intelligent (AI) computing only or all computing, or at which numeric precision.'
 where code = 'computing-power'
   and definition = 'AI computing capacity in exaflops (EFLOPS). Sources rarely say at which numeric precision it is measured.';
update indicator set name_zh = '算力（未说明类型）' where code = 'computing-power' and name_zh = '人工智能算力';
update indicator set definition_zh = '算力规模，以EFLOPS（exaflops）计，沿用最初几篇文章的说法；文章未说明是仅指智能（人工智能）算力还是全部算力，也未说明按何种数值精度测算。'
 where code = 'computing-power' and definition_zh = '人工智能算力规模，以EFLOPS（exaflops）计。来源很少说明按何种数值精度测算。';
