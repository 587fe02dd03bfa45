-- The code, the pages and the admin all call a quoted claim a "statement"; the schema now does too.
-- Plain renames that H2 and PostgreSQL both accept; data, keys and constraints are kept.

alter table citation rename to statement;
alter table dispute_link rename column citation_id to statement_id;

alter table statement rename constraint fk_citation_city to fk_statement_city;
alter table statement rename constraint fk_citation_company to fk_statement_company;
alter table statement rename constraint fk_citation_university to fk_statement_university;
alter table statement rename constraint fk_citation_incentive to fk_statement_incentive;
alter table statement rename constraint fk_citation_source to fk_statement_source;
alter table statement rename constraint ck_citation_at_most_one_subject to ck_statement_at_most_one_subject;
alter table dispute_link rename constraint fk_dispute_link_citation to fk_dispute_link_statement;

alter index ix_citation_city rename to ix_statement_city;
alter index ix_citation_company rename to ix_statement_company;
alter index ix_citation_university rename to ix_statement_university;
alter index ix_citation_incentive rename to ix_statement_incentive;
alter index ix_citation_source rename to ix_statement_source;
alter index ix_dispute_link_citation rename to ix_dispute_link_statement;

-- History rows name the kind of record they belong to.
update revision set entity_type = 'statement' where entity_type = 'citation';
