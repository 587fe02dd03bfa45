-- Which of the definitions sources use for an indicator count the same thing, so that their figures may be ranked
-- together: one group per line, the definitions of a group separated by " | ".
alter table indicator add column comparable_definitions varchar(2000);
