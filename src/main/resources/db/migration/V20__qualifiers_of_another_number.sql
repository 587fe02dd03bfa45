-- Two figures of the coverage pack took a qualifier from words about another number in the same phrase: Guizhou's
-- "totaled 85 Eflops, where intelligent computing accounts for over 98%" read as "more than 85 EFLOPS", and "92.6
-- EFlops, with intelligent computing accounting for nearly 97 percent" as "about 92.6 EFLOPS". The pack reader now
-- reads an English qualifier only before the first number; this puts right a database the pack reached before. Only
-- a figure still as the import left it changes: an editor's choice is kept. A fresh database has no such figure yet
-- when this runs, and the packs, applied after it, read the words the new way.

update figure set qualifier = 'NONE'
    where qualifier = 'OVER' and pack_ref is not null
      and value_as_written = 'totaled 85 Eflops, where intelligent computing accounts for over 98%';

update figure set qualifier = 'NONE'
    where qualifier = 'ABOUT' and pack_ref is not null
      and value_as_written = '92.6 EFlops, with intelligent computing accounting for nearly 97 percent';
