-- The number of distinct people of each cell, so that loading the checkpoint need not read
-- every bitmap to know it (NULL in cells written before: computed when loaded).
ALTER TABLE usage_cells ADD COLUMN active BIGINT;
