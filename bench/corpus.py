#!/usr/bin/env python3
"""Deterministic sanitizer input for scripts/bench.sh: prose, SQL and log lines about a Snowflake
data platform, with a planted secret or piece of PII every few lines.

    python3 bench/corpus.py --bytes N --out FILE [--seed S] [--planted FILE]

Writes exactly N bytes of UTF-8 text (ending with a newline) to FILE. With --planted, also writes
each planted value on its own line, so a run can check which of them a sanitizer left in its output.
The text holds no prompt-injection phrasing: a sanitizer that stops at an injection verdict would
otherwise skip the redaction work being measured. Standard library only.
"""

import argparse
import random
import string
import sys

TABLES = ["ANALYTICS.PUBLIC.EVENTS", "PROD_DB.SALES.ORDERS", "PROD_DB.SALES.CUSTOMERS",
          "FINANCE.LEDGER.ENTRIES", "RAW.STRIPE.CHARGES", "MARKETING.ADS.SPEND_DAILY",
          "SNOWFLAKE.ACCOUNT_USAGE.WAREHOUSE_METERING_HISTORY", "SNOWFLAKE.ACCOUNT_USAGE.QUERY_HISTORY"]
COLUMNS = ["order_id", "customer_id", "amount", "order_date", "region", "event_type", "ts",
           "warehouse_name", "credits_used", "bytes_scanned", "status", "channel", "sku"]
WAREHOUSES = ["ANALYTICS_WH", "LOAD_WH", "BI_WH", "DS_WH", "TRANSFORM_WH"]
SUBJECTS = ["The nightly load", "Our dbt model", "The finance dashboard", "The marketing team",
            "The ingestion task", "This dynamic table", "The Snowpipe for events", "A stakeholder"]
VERBS = ["reads", "scans", "joins", "aggregates", "refreshes", "rebuilds", "clusters", "filters"]
OBJECTS = ["the orders fact table", "customer dimensions", "two years of clickstream",
           "the daily spend rollup", "late-arriving events", "the ledger snapshot",
           "query history for the last week", "per-region revenue"]
TAILS = ["before the morning stand-up.", "and takes longer every week.",
         "with a warehouse that is probably oversized.", "so the numbers match the CFO's report.",
         "without a clustering key, which explains the spill.", "after the schema change last Tuesday.",
         "and we want a cheaper way to do it.", "but only for rows with a non-null region."]
FIRST = ["ana", "li", "sam", "noor", "jonas", "maria", "kofi", "yuki", "omar", "eva"]
LAST = ["lopez", "chen", "smith", "haddad", "berg", "rossi", "mensah", "tanaka", "farah", "novak"]
DOMAINS = ["example.com", "acme.io", "corp.example.org", "mail.example.net"]


def rand_chars(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def luhn_card(rng):
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def secret(rng):
    """One planted value and the sentence carrying it."""
    kind = rng.randrange(7)
    if kind == 0:
        v = f"{rng.choice(FIRST)}.{rng.choice(LAST)}@{rng.choice(DOMAINS)}"
        return v, f"Send the extract to {v} once the numbers are reconciled."
    if kind == 1:
        v = "AKIA" + rand_chars(rng, string.ascii_uppercase + string.digits, 16)
        return v, f"The loader still uses AWS key {v} for the external stage."
    if kind == 2:
        v = "ghp_" + rand_chars(rng, string.ascii_letters + string.digits, 36)
        return v, f"CI failed after someone pasted the token {v} into the workflow."
    if kind == 3:
        v = luhn_card(rng)
        return v, f"A test order was paid with card {v} and must be excluded."
    if kind == 4:
        v = f"({rng.randrange(200, 999)}) 555-{rng.randrange(100, 999):04d}"
        return v, f"Call the on-call analyst at {v} if the refresh fails again."
    if kind == 5:
        v = "sk_live_" + rand_chars(rng, string.ascii_letters + string.digits, 24)
        return v, f'The webhook config has api_key: "{v}" in plain text.'
    v = f"{rng.randrange(100, 899)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
    return v, f"Row 1842 of the CUSTOMERS table holds an SSN {v} that should not be there."


def prose(rng):
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(TAILS)}")


def sql(rng):
    t = rng.choice(TABLES)
    a, b, c = rng.sample(COLUMNS, 3)
    day = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    forms = [
        f"SELECT {a}, {b}, SUM({c}) AS total FROM {t} WHERE order_date >= '{day}' "
        f"GROUP BY 1, 2 ORDER BY total DESC LIMIT {rng.randrange(10, 500)};",
        f"WITH d AS (SELECT DATE_TRUNC('day', ts) AS day, COUNT(*) AS n FROM {t} GROUP BY 1) "
        f"SELECT day, n, n - LAG(n) OVER (ORDER BY day) AS delta FROM d;",
        f"MERGE INTO {t} AS t USING staging.{b}_delta AS s ON t.{a} = s.{a} "
        f"WHEN MATCHED THEN UPDATE SET t.{c} = s.{c};",
        f"SELECT warehouse_name, SUM(credits_used) FROM {t} WHERE start_time > DATEADD(day, -7, "
        f"CURRENT_TIMESTAMP()) GROUP BY 1; -- {rng.choice(WAREHOUSES)} looked expensive",
    ]
    return rng.choice(forms)


def log(rng):
    return (f"2024-03-{rng.randrange(1, 29):02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}:"
            f"{rng.randrange(60):02d}.{rng.randrange(1000):03d} INFO query "
            f"01b{rng.randrange(16**5):05x}-0000-{rng.randrange(10000):04d} finished in "
            f"{rng.randrange(20, 90000)} ms on {rng.choice(WAREHOUSES)}, rows={rng.randrange(10**6)}")


def generate(size, seed):
    rng = random.Random(seed)
    lines, planted, total = [], [], 0
    while total < size:
        r = rng.random()
        if r < 0.12:
            value, line = secret(rng)
            planted.append((value, total + len(line.encode("utf-8"))))
        elif r < 0.50:
            line = prose(rng)
        elif r < 0.80:
            line = sql(rng)
        else:
            line = log(rng)
        lines.append(line)
        total += len(line.encode("utf-8")) + 1
    text = "\n".join(lines) + "\n"
    # Trim to the exact size at a line boundary; pad the cut-off last line with spaces.
    data = text.encode("utf-8")[:size]
    cut = data.rfind(b"\n", 0, size - 1) + 1
    data = data[:cut] + b" " * (size - cut - 1) + b"\n"
    kept = [value for value, end in planted if end < cut]
    return data, kept


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bytes", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20240315)
    ap.add_argument("--planted")
    args = ap.parse_args()
    if not 64 <= args.bytes <= 256 * 1024 * 1024:
        sys.exit("corpus.py: --bytes must be between 64 and 268435456")
    data, planted = generate(args.bytes, args.seed)
    with open(args.out, "wb") as f:
        f.write(data)
    if args.planted:
        with open(args.planted, "w", encoding="utf-8") as f:
            f.write("".join(v + "\n" for v in planted))


if __name__ == "__main__":
    main()
