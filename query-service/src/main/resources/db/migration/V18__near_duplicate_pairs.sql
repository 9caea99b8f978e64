-- Near-duplicate candidates at archive scale. V3 found the candidates of a new article through
-- seven band indexes: two fingerprints within 6 of 64 bits agree on one of seven bands of 9-10
-- bits. A 9-bit band has 512 values, so at 1,000,000 articles each band value is shared by ~2,000
-- articles and every stored article fetched ~14,000 candidate rows from the heap to compare their
-- fingerprints: the pipeline with 1,000,000 rows present stored 11 articles a second, its
-- PostgreSQL I/O workers busy copying those pages.
--
-- Now the fingerprint is cut into eight blocks of 8 bits: within 6 differing bits, at most six
-- blocks differ, so two of the eight agree (pigeonhole), and the pair of them, a 16-bit value, is
-- one of the 28 pair keys both fingerprints have. Each key is shared by ~15 articles in 1,000,000
-- (1,000,000 / 65,536), so the GIN index below gives ~420 candidates instead of ~14,000, and
-- bit_count still confirms each. Key = (8 * i + j) * 65,536 + block i's bits * 256 + block j's, i < j.
create or replace function tidings_fingerprint_pairs(fingerprint bigint) returns integer[]
    language sql immutable parallel safe
return case when fingerprint is not null then array(
    select cast(((i * 8 + j) << 16) | (((fingerprint >> (8 * i)) & 255) << 8) | ((fingerprint >> (8 * j)) & 255)
                as integer)
    from generate_series(0, 6) i, generate_series(i + 1, 7) j) end;

-- "if not exists": on a large archive an operator may build it first, concurrently.
create index if not exists articles_fp_pairs on articles using gin (tidings_fingerprint_pairs(fingerprint));

-- The band indexes served only the near-duplicate lookup; the columns stay (dropping a generated
-- column is cheap, but nothing gains from it and a rollback would need a table rewrite).
drop index if exists articles_fp_band0;
drop index if exists articles_fp_band1;
drop index if exists articles_fp_band2;
drop index if exists articles_fp_band3;
drop index if exists articles_fp_band4;
drop index if exists articles_fp_band5;
drop index if exists articles_fp_band6;
