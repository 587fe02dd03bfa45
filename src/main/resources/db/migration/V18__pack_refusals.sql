-- The rows a data pack's application refused, each with its line and why, so that the imports page can list them
-- after the preview is gone: a JSON array of {line, kind, label, reason}.
alter table data_pack add column refusals_json varchar(20000);
