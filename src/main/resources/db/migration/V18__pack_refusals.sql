-- The rows a data pack's application refused, each with its line and why, so that the imports page can list them
-- after the preview is gone. One line a row: line number, kind, row label and reason, separated by tabs.
alter table data_pack add column refusals varchar(20000);
