-- As V20 for English: Suzhou's AI output "營收2362億元,增長超20%" took "more than" from the growth ("增長超20%", up more
-- than 20 per cent) and showed "≥ ¥236.2 billion" for a revenue the source gives exactly. The pack reader now reads a
-- Chinese qualifier only before the end of the figure's own number (the first that is not a year, "2024年"); this
-- puts right a database the pack reached before. Only a figure still as the import left it changes.

update figure set qualifier = 'NONE'
    where qualifier = 'EXCEEDING' and pack_ref is not null
      and value_as_written = '營收2362億元,增長超20%';
