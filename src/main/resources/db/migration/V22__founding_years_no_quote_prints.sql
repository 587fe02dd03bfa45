-- A company's founding year is a figure, and every figure rests on a quote. The comparables pack gave eleven
-- companies a founding year (iFlytek 1999, DeepSeek 2023, ...) that only a further quote from another page printed, a
-- quote the portal does not keep because the pack gives no address for that page. Such a year is dropped: the pack
-- reader now takes a founding year only where a quote kept for the company prints it, and says so on the row where it
-- does not. An editor's year stays: only a company no admin has edited or restored loses it.

update company set founded_year = null
    where founded_year is not null
      and not exists (select 1 from statement c
                      where c.company_id = company.id
                        and c.quote like concat('%', cast(company.founded_year as varchar(4)), '%'))
      and not exists (select 1 from revision r
                      where r.entity_type = 'company' and r.entity_id = company.id
                        and r.action in ('UPDATE', 'RESTORE'));
