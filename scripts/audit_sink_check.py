#!/usr/bin/env python3
"""Run cortex-route's Snowflake audit-sink SQL in DuckDB, on the requests the shipper really sent.

    audit_sink_check.py --sql references/audit-sink.sql --requests REQUESTS.json \
        --database AUDIT --schema CORTEX_ROUTE

REQUESTS.json is a JSON list of SQL API request bodies (`{"statement": ..., "bindings": {"1":
{"type": "TEXT", "value": ...}}, ...}`) exactly as `cortex-route audit ship` sent them, in the
order they were stored (the tests' fake statements endpoint captures them). The script creates
the `table` and `view` sections of the SQL file in DATABASE.SCHEMA, executes each request's
statement with its binding, and prints one JSON object:

    {"rows": N, "problems": [{"chain_id", "machine_id", "generation", "line_number",
                              "problem", "detail"}, ...]}

The Snowflake SQL stays the source of truth. It is translated to DuckDB mechanically, by the
rules in TRANSLATIONS (applied in order, each a regular expression) and two macros:

  TABLE(FLATTEN(INPUT => PARSE_JSON(?))) f  ->  (SELECT unnest(from_json(CAST(? AS JSON),
                                                 '["JSON"]')) AS value) f
  f.value:key::VARCHAR                      ->  json_extract_string(f.value, '$.key')
  f.value:key::NUMBER(p, s)                 ->  CAST(json_extract_string(f.value, '$.key')
                                                 AS DECIMAL(p, s))
  f.value:key                               ->  json_extract(f.value, '$.key')
  VARIANT / TIMESTAMP_LTZ / NUMBER(         ->  JSON / TIMESTAMPTZ / DECIMAL(
  CURRENT_USER() / CURRENT_TIMESTAMP()      ->  current_user / current_timestamp
  macro SHA2(x, 256)                        =   sha256(x)   (lowercase hex of the UTF-8 bytes,
                                                 as Snowflake's SHA2)
  macro TRY_PARSE_JSON(x)                   =   TRY_CAST(x AS JSON)

Anything else in the file must already mean the same in both engines (LEFT, RIGHT, SUBSTR and
LENGTH count characters in both; window functions; GROUP BY/HAVING). A statement the rules do
not cover fails here, loudly, which is the point of running it.
"""

import argparse
import json
import re
import sys

import duckdb

TRANSLATIONS = [
    (
        r"TABLE\(FLATTEN\(INPUT => PARSE_JSON\(\?\)\)\) (\w+)",
        r"""(SELECT unnest(from_json(CAST(? AS JSON), '["JSON"]')) AS value) \1""",
    ),
    (r"(\w+)\.value:(\w+)::VARCHAR", r"json_extract_string(\1.value, '$.\2')"),
    (
        r"(\w+)\.value:(\w+)::NUMBER\((\d+), (\d+)\)",
        r"CAST(json_extract_string(\1.value, '$.\2') AS DECIMAL(\3, \4))",
    ),
    (r"(\w+)\.value:(\w+)", r"json_extract(\1.value, '$.\2')"),
    (r"\bVARIANT\b", "JSON"),
    (r"\bTIMESTAMP_LTZ\b", "TIMESTAMPTZ"),
    (r"\bNUMBER\(", "DECIMAL("),
    (r"\bCURRENT_USER\(\)", "current_user"),
    (r"\bCURRENT_TIMESTAMP\(\)", "current_timestamp"),
]

MACROS = [
    "CREATE MACRO sha2(x, bits) AS CASE WHEN bits = 256 THEN sha256(x) END",
    "CREATE MACRO try_parse_json(x) AS TRY_CAST(x AS JSON)",
]


def translate(sql):
    for pattern, replacement in TRANSLATIONS:
        sql = re.sub(pattern, replacement, sql)
    return sql


def sections(text):
    found = {}
    name = None
    for line in text.splitlines():
        m = re.match(r"^-- @section (\w+)\s*$", line)
        if m:
            name = m.group(1)
            found[name] = []
        elif name is not None:
            found[name].append(line)
    return {k: "\n".join(v).strip() for k, v in found.items()}


def identifier(text):
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]*", text):
        sys.exit(f"not an unquoted identifier: {text!r}")
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sql", required=True)
    parser.add_argument("--requests", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--schema", required=True)
    args = parser.parse_args()

    with open(args.sql, encoding="utf-8") as f:
        parts = sections(f.read())
    for needed in ("table", "view", "insert"):
        if needed not in parts:
            sys.exit(f"{args.sql} has no `-- @section {needed}`")
    with open(args.requests, encoding="utf-8") as f:
        requests = json.load(f)

    database, schema = identifier(args.database), identifier(args.schema)
    con = duckdb.connect(":memory:")
    con.execute(f"ATTACH ':memory:' AS {database}")
    con.execute(f"CREATE SCHEMA {database}.{schema}")
    con.execute(f"USE {database}.{schema}")
    for macro in MACROS:
        con.execute(macro)
    con.execute(translate(parts["table"]))
    con.execute(translate(parts["view"]))

    for body in requests:
        bindings = body.get("bindings") or {}
        if list(bindings) != ["1"] or bindings["1"].get("type") != "TEXT":
            sys.exit(f"expected exactly one TEXT binding, got {json.dumps(bindings)[:200]}")
        con.execute(translate(body["statement"]), [bindings["1"]["value"]])

    rows = con.execute("SELECT COUNT(*) FROM CORTEX_ROUTE_AUDIT").fetchone()[0]
    cursor = con.execute(
        "SELECT chain_id, machine_id, CAST(generation AS BIGINT), CAST(line_number AS BIGINT), "
        "problem, detail FROM CORTEX_ROUTE_AUDIT_PROBLEMS "
        "ORDER BY chain_id, generation, line_number, problem"
    )
    names = ["chain_id", "machine_id", "generation", "line_number", "problem", "detail"]
    problems = [dict(zip(names, row)) for row in cursor.fetchall()]
    print(json.dumps({"rows": rows, "problems": problems}))


if __name__ == "__main__":
    main()
