-- Inceptio (嬴彻科技) came from the comparables pack named "Inceptio Technology (unconfirmed HQ)" and headquartered in
-- Deqing County, though its row says hq_confirmed: false: the source calls it a local company running a test base
-- there and does not say where its headquarters are. It is present in Deqing, not headquartered there, and its name
-- loses the research note, as the pack now writes it. Only a record still as the pack left it changes. A fresh
-- database gets the same from the pack, after this runs.
insert into company_presence (company_id, city_id, relation)
select c.id, c.hq_city_id, 'present'
  from company c
 where c.slug = 'inceptio-technology' and c.name = 'Inceptio Technology (unconfirmed HQ)' and c.location_note is null
   and c.hq_city_id = (select id from city where slug = 'deqing')
   and not exists (select 1 from company_presence p where p.company_id = c.id and p.city_id = c.hq_city_id);
update company set hq_city_id = null,
       location_note = 'The source places it in Deqing County without saying where its headquarters are.'
 where slug = 'inceptio-technology' and name = 'Inceptio Technology (unconfirmed HQ)' and location_note is null
   and hq_city_id = (select id from city where slug = 'deqing');
update company set name = 'Inceptio Technology'
 where slug = 'inceptio-technology' and name = 'Inceptio Technology (unconfirmed HQ)';
