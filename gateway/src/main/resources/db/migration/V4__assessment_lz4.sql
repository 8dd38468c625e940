-- A stored assessment body is about 70 KB of JSON for ten targets. lz4 compresses it (out of line, TOAST) in a
-- fraction of the CPU of the default pglz, and smaller here (15 KB instead of 21 KB); rows already stored keep
-- their compression. Measured in docs/benchmarks.md.
ALTER TABLE assessment
    ALTER COLUMN body SET COMPRESSION lz4,
    ALTER COLUMN profile SET COMPRESSION lz4;
