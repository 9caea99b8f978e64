-- A story's vectors as 32-bit floats in bytes (big-endian, as float4send writes them), sent base64
-- both ways: assignment reads the vectors of up to 20 candidate stories for every stored article, and
-- their text form (384 decimal numbers each, written and parsed on both sides) cost more than the
-- rest of the assignment (StoryStore).
alter table stories add column vector_sum_bytes bytea, add column title_vector_bytes bytea;

update stories set
    vector_sum_bytes = (select string_agg(float4send(v), ''::bytea order by i)
                        from unnest(vector_sum) with ordinality u(v, i)),
    title_vector_bytes = (select string_agg(float4send(v), ''::bytea order by i)
                          from unnest(title_vector) with ordinality u(v, i));

alter table stories drop column vector_sum, drop column title_vector;
alter table stories rename column vector_sum_bytes to vector_sum;
alter table stories rename column title_vector_bytes to title_vector;
