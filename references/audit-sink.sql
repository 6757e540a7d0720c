-- cortex-route audit sink: the Snowflake side (references/audit.md, "Shipping to Snowflake").
--
-- This file is the source of truth for the SQL of the audit sink. It has four sections, each
-- starting with a line `-- @section NAME`:
--
--   setup   run once by an administrator: database, schema, warehouse, roles, grants, network
--           policy, one PAT per developer. Names are examples; keep them in step with
--           security.audit_sink (database, schema, table, warehouse, role).
--   table   the table every machine inserts into. Run it in the sink's schema.
--   view    CORTEX_ROUTE_AUDIT_PROBLEMS: what is wrong with each shipped chain. Run it in the
--           same schema.
--   insert  the one statement `cortex-route audit ship` sends per batch (compiled into the
--           binary from this file). {table} becomes DATABASE.SCHEMA.TABLE from the settings;
--           {chain_id}, {machine_id} and {request_id} are ids the shipper generates (hex digits
--           and dashes only). The single `?` is bound as TEXT to the batch: a JSON array with
--           one object per shipped line or event.
--
-- The test suite runs `table`, `view` and `insert` in DuckDB on lines written by the real binary
-- and shipped by the real shipper (tests/audit_sink_sql.rs, scripts/audit_sink_check.py, which
-- documents its mechanical translation). Keep every statement within what that translation
-- covers: FLATTEN over PARSE_JSON(?), `x.value:key::TYPE` paths, SHA2, TRY_PARSE_JSON, LEFT,
-- RIGHT, SUBSTR, LENGTH, REPEAT, window functions without a WINDOW clause.
--
-- How a line is checked without changing the log format: each audit line ends with
--   ,"prev_hash":"<64 hex>","entry_hash":"<64 hex>"}
-- (160 ASCII characters), and entry_hash is the SHA-256, in lowercase hex, of the line without
-- its last 81 characters, followed by `}` (references/audit.md "Line format and hashes";
-- crates/runtime/src/audit/line.rs `body_hash`). So, on the raw line stored as VARCHAR (not
-- VARIANT, which does not keep the members' order or spelling):
--   entry_hash  = SUBSTR(raw_line, LENGTH(raw_line) - 65, 64)
--   prev_hash   = SUBSTR(raw_line, LENGTH(raw_line) - 145, 64)
--   recomputed  = SHA2(LEFT(raw_line, LENGTH(raw_line) - 81) || '}', 256)
-- The tail is ASCII, so counting characters from the end counts bytes; SHA2 hashes the string's
-- UTF-8 bytes, which are the bytes of the line on disk.

-- @section setup
-- As a role that can create these objects (SYSADMIN for the objects, SECURITYADMIN for roles,
-- users and policies). Then run the `table` and `view` sections in AUDIT.CORTEX_ROUTE.
CREATE DATABASE IF NOT EXISTS AUDIT;
CREATE SCHEMA IF NOT EXISTS AUDIT.CORTEX_ROUTE;
CREATE WAREHOUSE IF NOT EXISTS CORTEX_ROUTE_AUDIT_WH
  WAREHOUSE_SIZE = XSMALL AUTO_SUSPEND = 60 AUTO_RESUME = TRUE INITIALLY_SUSPENDED = TRUE;

-- The shipping role: INSERT on the one table, nothing else. It cannot read, update, delete or
-- truncate what was shipped, so a developer's PAT cannot hide a record once it is there.
CREATE ROLE IF NOT EXISTS CORTEX_ROUTE_AUDIT_WRITER;
GRANT USAGE ON DATABASE AUDIT TO ROLE CORTEX_ROUTE_AUDIT_WRITER;
GRANT USAGE ON SCHEMA AUDIT.CORTEX_ROUTE TO ROLE CORTEX_ROUTE_AUDIT_WRITER;
GRANT INSERT ON TABLE AUDIT.CORTEX_ROUTE.CORTEX_ROUTE_AUDIT TO ROLE CORTEX_ROUTE_AUDIT_WRITER;
GRANT USAGE ON WAREHOUSE CORTEX_ROUTE_AUDIT_WH TO ROLE CORTEX_ROUTE_AUDIT_WRITER;

-- The security team reads.
CREATE ROLE IF NOT EXISTS CORTEX_ROUTE_AUDIT_READER;
GRANT USAGE ON DATABASE AUDIT TO ROLE CORTEX_ROUTE_AUDIT_READER;
GRANT USAGE ON SCHEMA AUDIT.CORTEX_ROUTE TO ROLE CORTEX_ROUTE_AUDIT_READER;
GRANT SELECT ON TABLE AUDIT.CORTEX_ROUTE.CORTEX_ROUTE_AUDIT TO ROLE CORTEX_ROUTE_AUDIT_READER;
GRANT SELECT ON VIEW AUDIT.CORTEX_ROUTE.CORTEX_ROUTE_AUDIT_PROBLEMS TO ROLE CORTEX_ROUTE_AUDIT_READER;

-- PATs need a network policy: a person (TYPE=PERSON) can create a PAT without one but cannot
-- authenticate with it unless a network policy applies to them; a service user needs one to
-- create it at all (docs.snowflake.com user-guide/programmatic-access-tokens). The addresses are
-- examples: your offices' and VPN's egress ranges.
CREATE NETWORK RULE IF NOT EXISTS AUDIT.CORTEX_ROUTE.DEVELOPER_EGRESS
  MODE = INGRESS TYPE = IPV4 VALUE_LIST = ('192.0.2.0/24', '198.51.100.0/24');
CREATE NETWORK POLICY IF NOT EXISTS CORTEX_ROUTE_AUDIT_NETWORK
  ALLOWED_NETWORK_RULE_LIST = ('AUDIT.CORTEX_ROUTE.DEVELOPER_EGRESS');

-- Per developer (here ANA): the role, the network policy, and a PAT restricted to the role. The
-- token secret is shown once; the developer exports it as CORTEX_AUDIT_PAT (security.audit_sink.
-- pat_env), never as the classifier's SNOWFLAKE_PAT. A role-restricted PAT evaluates privileges
-- with that role only, secondary roles included (docs: ALTER USER … ADD PROGRAMMATIC ACCESS TOKEN).
GRANT ROLE CORTEX_ROUTE_AUDIT_WRITER TO USER ANA;
ALTER USER ANA SET NETWORK_POLICY = CORTEX_ROUTE_AUDIT_NETWORK;
ALTER USER ANA ADD PROGRAMMATIC ACCESS TOKEN CORTEX_ROUTE_AUDIT
  ROLE_RESTRICTION = 'CORTEX_ROUTE_AUDIT_WRITER' DAYS_TO_EXPIRY = 90
  COMMENT = 'cortex-route audit ship';

-- @section table
CREATE TABLE IF NOT EXISTS CORTEX_ROUTE_AUDIT (
    chain_id     VARCHAR NOT NULL,      -- one local chain (a new id when the log starts over)
    machine_id   VARCHAR NOT NULL,      -- the machine (an application-specific hash of its machine-id)
    row_kind     VARCHAR NOT NULL,      -- record | hashes | malformed | event
    generation   NUMBER(10, 0),         -- the file's generation (1 starts the chain, +1 per rotation)
    line_number  NUMBER(19, 0),         -- 1-based line in that file
    byte_offset  NUMBER(19, 0),         -- where the line starts in that file
    raw_line     VARCHAR,               -- record: the exact line; hashes: its last 160 characters
    parsed       VARIANT,               -- record: the line parsed; otherwise what the shipper says
    request_id   VARCHAR NOT NULL,      -- the SQL API requestId of the batch (retries repeat it)
    ingest_user  VARCHAR NOT NULL,      -- CURRENT_USER() of the inserting session
    ingested_at  TIMESTAMP_LTZ NOT NULL
);

-- @section view
CREATE OR REPLACE VIEW CORTEX_ROUTE_AUDIT_PROBLEMS AS
WITH lines AS (
    -- A retried or re-shipped batch stores the same line again: each distinct line at a
    -- position counts once. The shipping role has INSERT only, so duplicates are removed here
    -- rather than by MERGE.
    SELECT chain_id, machine_id, row_kind, generation, line_number, raw_line
    FROM CORTEX_ROUTE_AUDIT
    WHERE row_kind IN ('record', 'hashes', 'malformed')
    GROUP BY chain_id, machine_id, row_kind, generation, line_number, raw_line
),
hashed AS (
    SELECT chain_id, machine_id, row_kind, generation, line_number, raw_line,
        CASE WHEN LENGTH(raw_line) >= 160
              AND SUBSTR(raw_line, LENGTH(raw_line) - 159, 14) = ',"prev_hash":"'
              AND SUBSTR(raw_line, LENGTH(raw_line) - 81, 16) = '","entry_hash":"'
              AND RIGHT(raw_line, 2) = '"}'
             THEN SUBSTR(raw_line, LENGTH(raw_line) - 145, 64) END AS prev_hash,
        CASE WHEN LENGTH(raw_line) >= 160
              AND SUBSTR(raw_line, LENGTH(raw_line) - 159, 14) = ',"prev_hash":"'
              AND SUBSTR(raw_line, LENGTH(raw_line) - 81, 16) = '","entry_hash":"'
              AND RIGHT(raw_line, 2) = '"}'
             THEN SUBSTR(raw_line, LENGTH(raw_line) - 65, 64) END AS entry_hash,
        COUNT(*) OVER (PARTITION BY chain_id, generation, line_number) AS versions
    FROM lines
),
positions AS (
    -- Every shipped position in chain order, for gaps.
    SELECT chain_id, generation, line_number,
        LAG(generation) OVER (PARTITION BY chain_id ORDER BY generation, line_number) AS prev_generation,
        LAG(line_number) OVER (PARTITION BY chain_id ORDER BY generation, line_number) AS prev_line
    FROM (SELECT DISTINCT chain_id, generation, line_number FROM hashed) p
),
gaps AS (
    SELECT chain_id, generation, line_number
    FROM positions
    WHERE prev_line IS NOT NULL
      AND NOT ((generation = prev_generation AND line_number = prev_line + 1)
               OR (generation = prev_generation + 1 AND line_number = 1))
),
hash_positions AS (
    -- The positions of lines that carry hashes, each with the one before it: a record must
    -- follow a line at that position (any version of it, so one forged record does not also
    -- break every link after it).
    SELECT chain_id, generation, line_number,
        LAG(generation) OVER (PARTITION BY chain_id ORDER BY generation, line_number) AS prev_generation,
        LAG(line_number) OVER (PARTITION BY chain_id ORDER BY generation, line_number) AS prev_line,
        ROW_NUMBER() OVER (PARTITION BY chain_id ORDER BY generation, line_number) AS seq
    FROM (SELECT DISTINCT chain_id, generation, line_number FROM hashed WHERE entry_hash IS NOT NULL) p
),
links AS (
    SELECT h.chain_id, h.machine_id, h.generation, h.line_number, h.prev_hash, hp.seq,
        MAX(CASE WHEN x.entry_hash = h.prev_hash THEN 1 ELSE 0 END) AS linked
    FROM hashed h
    JOIN hash_positions hp
      ON hp.chain_id = h.chain_id AND hp.generation = h.generation AND hp.line_number = h.line_number
    LEFT JOIN hashed x
      ON x.chain_id = h.chain_id AND x.generation = hp.prev_generation AND x.line_number = hp.prev_line
    WHERE h.entry_hash IS NOT NULL
    GROUP BY h.chain_id, h.machine_id, h.generation, h.line_number, h.prev_hash, hp.seq
),
forks AS (
    SELECT chain_id, prev_hash
    FROM hashed
    WHERE entry_hash IS NOT NULL
    GROUP BY chain_id, prev_hash
    HAVING COUNT(DISTINCT entry_hash) > 1
)
SELECT chain_id, machine_id, generation, line_number, 'malformed' AS problem,
       'not an audit record, or rejected by Snowflake (see parsed in the table)' AS detail
FROM hashed
WHERE row_kind = 'malformed' OR entry_hash IS NULL
UNION ALL
SELECT chain_id, machine_id, generation, line_number, 'conflict',
       'different lines were shipped for this position'
FROM hashed
WHERE versions > 1
UNION ALL
SELECT chain_id, machine_id, generation, line_number, 'edited',
       'the line does not hash to its entry_hash: it was changed after it was written'
FROM hashed
WHERE row_kind = 'record' AND entry_hash IS NOT NULL
  AND SHA2(LEFT(raw_line, LENGTH(raw_line) - 81) || '}', 256) <> entry_hash
UNION ALL
SELECT h.chain_id, h.machine_id, h.generation, h.line_number, 'fork',
       'another record claims the same predecessor: history was rewritten from here'
FROM hashed h
JOIN forks f ON f.chain_id = h.chain_id AND f.prev_hash = h.prev_hash
UNION ALL
SELECT l.chain_id, l.machine_id, l.generation, l.line_number, 'starts_mid_chain',
       'the first line shipped is not the first record of a chain: earlier records were never shipped'
FROM links l
WHERE l.seq = 1
  AND NOT (l.generation = 1 AND l.line_number = 1 AND l.prev_hash = REPEAT('0', 64))
UNION ALL
SELECT g.chain_id, p.machine_id, g.generation, g.line_number, 'gap',
       'lines before this one were never shipped'
FROM gaps g
JOIN (SELECT chain_id, generation, line_number, MIN(machine_id) AS machine_id
      FROM hashed GROUP BY chain_id, generation, line_number) p
  ON p.chain_id = g.chain_id AND p.generation = g.generation AND p.line_number = g.line_number
UNION ALL
SELECT l.chain_id, l.machine_id, l.generation, l.line_number, 'broken_link',
       'the record before it is not the one its prev_hash names: a record was removed, or the one before was replaced'
FROM links l
LEFT JOIN gaps g
  ON g.chain_id = l.chain_id AND g.generation = l.generation AND g.line_number = l.line_number
WHERE l.seq > 1 AND l.linked = 0 AND g.chain_id IS NULL;

-- @section insert
INSERT INTO {table} (chain_id, machine_id, row_kind, generation, line_number, byte_offset,
                     raw_line, parsed, request_id, ingest_user, ingested_at)
SELECT '{chain_id}', '{machine_id}', f.value:k::VARCHAR, f.value:g::NUMBER(10, 0),
       f.value:n::NUMBER(19, 0), f.value:o::NUMBER(19, 0), f.value:l::VARCHAR,
       CASE WHEN f.value:k::VARCHAR = 'record' THEN TRY_PARSE_JSON(f.value:l::VARCHAR)
            ELSE f.value:p END,
       '{request_id}', CURRENT_USER(), CURRENT_TIMESTAMP()
FROM TABLE(FLATTEN(INPUT => PARSE_JSON(?))) f
