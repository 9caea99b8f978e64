-- Near-duplicates: an article whose main story is nearly the same as an earlier one's (e.g. the
-- same wire story syndicated under another URL) gets duplicate_of = the earliest such article.
-- enrichment-service sends a 64-bit SimHash of the main story as tags.fingerprint (16 hex digits);
-- two stories are near-duplicates within 6 differing bits (measured: see enrichment-service's
-- NearDuplicateEvaluation). Cut into 7 bands (one of 10 bits, six of 9), two fingerprints within 6
-- bits agree exactly on at least one band (pigeonhole), so indexed band equality finds every
-- candidate and bit_count confirms it. Band layout = SimHashFingerprinter.bands().

create function tidings_fingerprint(hex text) returns bigint
    language sql immutable parallel safe
return case when hex ~ '^[0-9a-f]{16}$' then cast(cast('x' || hex as bit(64)) as bigint) end;

create function tidings_fingerprint_band(hex text, band integer) returns smallint
    language sql immutable parallel safe
return case when hex ~ '^[0-9a-f]{16}$' then cast(
    (cast(cast('x' || hex as bit(64)) as bigint) >> (54 - 9 * band))
        & (case when band = 0 then 1023 else 511 end) as smallint) end;

alter table articles
    add column fingerprint bigint generated always as (tidings_fingerprint(tags ->> 'fingerprint')) stored,
    add column fp_band0 smallint generated always as (tidings_fingerprint_band(tags ->> 'fingerprint', 0)) stored,
    add column fp_band1 smallint generated always as (tidings_fingerprint_band(tags ->> 'fingerprint', 1)) stored,
    add column fp_band2 smallint generated always as (tidings_fingerprint_band(tags ->> 'fingerprint', 2)) stored,
    add column fp_band3 smallint generated always as (tidings_fingerprint_band(tags ->> 'fingerprint', 3)) stored,
    add column fp_band4 smallint generated always as (tidings_fingerprint_band(tags ->> 'fingerprint', 4)) stored,
    add column fp_band5 smallint generated always as (tidings_fingerprint_band(tags ->> 'fingerprint', 5)) stored,
    add column fp_band6 smallint generated always as (tidings_fingerprint_band(tags ->> 'fingerprint', 6)) stored;

create index articles_fp_band0 on articles (fp_band0);
create index articles_fp_band1 on articles (fp_band1);
create index articles_fp_band2 on articles (fp_band2);
create index articles_fp_band3 on articles (fp_band3);
create index articles_fp_band4 on articles (fp_band4);
create index articles_fp_band5 on articles (fp_band5);
create index articles_fp_band6 on articles (fp_band6);
