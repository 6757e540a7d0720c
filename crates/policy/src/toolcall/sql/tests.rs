use super::*;

fn class(sql: &str) -> SqlClass {
    classify(sql).expect("classifies")
}

#[test]
fn string_literals_do_not_make_statements() {
    assert_eq!(class("SELECT 'DROP TABLE x'"), SqlClass::Read);
    assert_eq!(class("select 'a;drop table x' from t"), SqlClass::Read);
    assert_eq!(class("SELECT $$ ; DROP TABLE x; $$"), SqlClass::Read);
    assert_eq!(class(r#"SELECT "DROP TABLE x" FROM t"#), SqlClass::Read);
    assert_eq!(class("SELECT 'it''s; drop table x'"), SqlClass::Read);
}

#[test]
fn a_second_statement_is_classified_on_its_own() {
    assert_eq!(class("select 1; drop table x"), SqlClass::Destructive);
    assert_eq!(class("select 1;\ndrop table x;"), SqlClass::Destructive);
    assert_eq!(class("SELECT 1 ->> DROP TABLE x"), SqlClass::Destructive);
    assert_eq!(class("SHOW TABLES ->> SELECT * FROM $1"), SqlClass::Read);
}

#[test]
fn split_respects_quotes_comments_and_bodies() {
    let parts = split(
        "select 'a;b' ; select \"x;y\"; -- c;d\nselect 1 /* e;f */; select $$g;h$$; // i;j\nselect 2",
    )
    .expect("splits");
    assert_eq!(
        parts,
        [
            "select 'a;b'",
            "select \"x;y\"",
            "select 1",
            "select $$g;h$$",
            "select 2"
        ]
    );
    assert_eq!(
        split("select 'a\\'; drop table t; --'").expect("splits"),
        ["select 'a\\'; drop table t; --'"]
    );
}

#[test]
fn comments_do_not_hide_keywords_and_do_not_glue_them() {
    assert_eq!(class("/* */DROP TABLE x"), SqlClass::Destructive);
    assert_eq!(class("-- hello\nDROP TABLE x"), SqlClass::Destructive);
    assert_eq!(class("DROP/**/TABLE x"), SqlClass::Destructive);
    // Comments separate tokens in Snowflake: `DR OP` is no statement we know (a write).
    assert_eq!(class("DR/**/OP TABLE x"), SqlClass::Write);
    assert_eq!(class("select 1 -- ; drop table x"), SqlClass::Read);
    assert_eq!(class("select 1 /* ; drop table x */"), SqlClass::Read);
}

#[test]
fn ambiguous_lexing_takes_the_strictest_reading() {
    // Nested comments (some lexers): the DROP is outside the comment for a non-nesting one.
    assert_eq!(class("/* /* */ DROP TABLE x; /* */"), SqlClass::Destructive);
    // ...and inside a string for a non-nesting one, outside for a nesting one.
    assert_eq!(
        class("/* /* */ 'abc */ ; DROP TABLE t; --'"),
        SqlClass::Destructive
    );
    // `//` in an unquoted PUT path: a comment for Snowflake's SQL lexer, not for the client.
    assert_eq!(
        class("PUT file:///tmp/x @s; DROP TABLE t"),
        SqlClass::Destructive
    );
    // Backslash escapes: with them the DROP is inside the string; without, outside.
    assert_eq!(
        class("SELECT 'a\\'; DROP TABLE t; --'"),
        SqlClass::Destructive
    );
    // `/*/` closing at once.
    assert_eq!(class("/*/ DROP TABLE t; /* */"), SqlClass::Destructive);
    // Plain reads stay reads under every reading.
    assert_eq!(
        class("SELECT 'C:\\\\tmp' // path\nFROM t /* a /* b */"),
        SqlClass::Read
    );
}

#[test]
fn reads() {
    for sql in [
        "SELECT * FROM t",
        "  (SELECT 1)",
        "WITH a AS (SELECT 1), b (x) AS (SELECT 2) SELECT * FROM a, b",
        "WITH RECURSIVE r AS (SELECT 1 UNION ALL SELECT n FROM r) SELECT * FROM r",
        "show tables in schema db.s",
        "DESCRIBE TABLE t",
        "desc view v",
        "EXPLAIN SELECT 1",
        "EXPLAIN DELETE FROM t",
        "LIST @my_stage",
        "ls @~",
        "USE ROLE ANALYST",
        "use warehouse wh",
        "EXECUTE IMMEDIATE 'SELECT 1'",
        "EXECUTE IMMEDIATE $$SELECT 1$$",
        "SELECT SYSTEM$ALLOWLIST()",
        "SELECT SYSTEM$EXPLAIN_PLAN_JSON('SELECT 1')",
        "SELECT SYSTEM$GET_PRIVATELINK_CONFIG()",
        "VALUES (1), (2)",
        "ALTER SESSION SET QUERY_TAG = 'x'",
        "SET x = 5",
        "BEGIN TRANSACTION",
        "BEGIN",
        "COMMIT",
        "ROLLBACK",
        "SELECT SYSTEM$CLUSTERING_INFORMATION('t')",
        "SELECT SYSTEM$TYPEOF(1)",
        "",
        "  ;  ; ",
        "-- only a comment",
    ] {
        assert_eq!(class(sql), SqlClass::Read, "{sql}");
    }
}

#[test]
fn writes() {
    for sql in [
        "INSERT INTO t VALUES (1)",
        "UPDATE t SET a = 1 WHERE id = 2",
        "DELETE FROM t WHERE id = 2",
        "DELETE FROM t USING u WHERE t.id = u.id",
        "MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE",
        "COPY INTO t FROM @s",
        "CREATE TABLE t (id INT, drop_flag BOOLEAN)",
        "CREATE TABLE IF NOT EXISTS t AS SELECT 1 AS a",
        "CREATE TEMPORARY TABLE t (a INT)",
        "ALTER TABLE t ADD COLUMN c INT",
        "ALTER WAREHOUSE wh SET WAREHOUSE_SIZE = 'SMALL'",
        "COMMENT ON TABLE t IS 'x'",
        "PUT file:///tmp/data.csv @s",
        "COPY INTO @s/unload/ FROM t",
        "COPY INTO @%t FROM t",
        "CALL my_proc(1)",
        "CALL my_proc('2024-01-01', TRUE)",
        "UNDROP TABLE t",
        "EXECUTE TASK t",
        "WITH a AS (SELECT 1) INSERT INTO t SELECT * FROM a",
        "SELECT SYSTEM$CANCEL_QUERY('01a')",
        "DR OP TABLE t",
        "frobnicate the warehouse",
        "DECLARE x INT DEFAULT 1; BEGIN RETURN x; END;",
    ] {
        assert_eq!(class(sql), SqlClass::Write, "{sql}");
    }
}

#[test]
fn destructive() {
    for sql in [
        "DROP TABLE t",
        "drop schema if exists s cascade",
        "TRUNCATE TABLE t",
        "CREATE OR REPLACE TABLE t (a INT)",
        "create or alter table t (a int)",
        "GRANT SELECT ON TABLE t TO ROLE r",
        "REVOKE SELECT ON TABLE t FROM ROLE r",
        "DELETE FROM t",
        "UPDATE t SET a = 1",
        "UPDATE t SET a = (SELECT b FROM u WHERE u.id = 1)",
        "DELETE FROM t WHERE TRUE",
        "DELETE FROM t WHERE 1=1",
        "INSERT OVERWRITE INTO t SELECT 1",
        "REMOVE @s/path",
        "rm @~/x",
        "ALTER TABLE t DROP COLUMN c",
        "ALTER TABLE t SWAP WITH u",
        "ALTER TABLE t SET DATA_RETENTION_TIME_IN_DAYS = 0",
        "WITH a AS (SELECT 1) DELETE FROM t",
        "EXECUTE IMMEDIATE 'DROP TABLE t'",
        "EXECUTE IMMEDIATE $$DROP TABLE t$$",
        "EXECUTE IMMEDIATE '\\x44ROP TABLE t'",
        "BEGIN DROP TABLE t; END;",
        "DECLARE c INT; BEGIN IF (c > 1) THEN DROP TABLE t; END IF; END;",
        "CREATE TASK tk SCHEDULE = '1 minute' AS DELETE FROM t",
        "CREATE PROCEDURE p() RETURNS INT LANGUAGE SQL AS $$ BEGIN TRUNCATE TABLE t; END $$",
        "CREATE PROCEDURE p() RETURNS STRING LANGUAGE JAVASCRIPT AS $$ snowflake.execute({sqlText: \"DROP TABLE t\"}); $$",
        "EXECUTE IMMEDIATE $$ EXECUTE IMMEDIATE 'DROP TABLE t' $$",
        "SELECT 1; EXECUTE IMMEDIATE 'SELECT 1'; DELETE FROM t",
    ] {
        assert_eq!(class(sql), SqlClass::Destructive, "{sql}");
    }
}

#[test]
fn account_level() {
    for sql in [
        "ALTER ACCOUNT SET NETWORK_POLICY = p",
        "CREATE ACCOUNT a ADMIN_NAME = x",
        "DROP ACCOUNT a",
        "CREATE USER u PASSWORD = 'x'",
        "ALTER USER u SET RSA_PUBLIC_KEY = 'k'",
        "CREATE OR REPLACE ROLE r",
        "DROP ROLE r",
        "CREATE NETWORK POLICY p ALLOWED_IP_LIST = ('0.0.0.0/0')",
        "CREATE STORAGE INTEGRATION i TYPE = EXTERNAL_STAGE",
        "create external access integration i allowed_network_rules = (r)",
        "CREATE RESOURCE MONITOR m",
        "GRANT ROLE ACCOUNTADMIN TO USER u",
        "GRANT CREATE DATABASE ON ACCOUNT TO ROLE r",
        "GRANT ROLE r TO USER u",
        "CREATE MANAGED ACCOUNT m",
        "CREATE SHARE s",
        "EXECUTE IMMEDIATE 'ALTER ACCOUNT SET X = 1'",
        "SELECT SYSTEM$GLOBAL_ACCOUNT_SET_PARAMETER('a', 'b', 'c')",
        "USE ROLE ACCOUNTADMIN",
        "use role \"SECURITYADMIN\"",
        "GRANT OWNERSHIP ON DATABASE prod TO ROLE PUBLIC",
        "GRANT SELECT ON TABLE t TO SHARE s",
        "ALTER SHARE s ADD ACCOUNTS = a.b",
        "ALTER DATABASE prod ENABLE REPLICATION TO ACCOUNTS org.acct",
        "ALTER WAREHOUSE wh UNSET RESOURCE_MONITOR",
        "ALTER TABLE t MODIFY COLUMN ssn UNSET MASKING POLICY",
        "ALTER TABLE t DROP ROW ACCESS POLICY p",
        "CREATE OR REPLACE MASKING POLICY m AS (v STRING) RETURNS STRING -> v",
        "CREATE NETWORK RULE r MODE = EGRESS TYPE = HOST_PORT VALUE_LIST = ('0.0.0.0:443')",
        "CREATE PASSWORD POLICY p PASSWORD_MIN_LENGTH = 8",
        "CREATE AUTHENTICATION POLICY a MFA_ENROLLMENT = OPTIONAL",
        "ALTER USER u SET SESSION POLICY s",
        "CALL SYSTEM$AUTHORIZE_PRIVATELINK('a', 'b')",
    ] {
        assert_eq!(class(sql), SqlClass::Account, "{sql}");
    }
}

#[test]
fn object_names_that_look_like_account_types_are_not_account_changes() {
    assert_eq!(class("ALTER TABLE user SET COMMENT = 'x'"), SqlClass::Write);
    assert_eq!(class("CREATE DATABASE ROLE r"), SqlClass::Write);
    assert_eq!(class("DROP DATABASE ROLE r"), SqlClass::Destructive);
    assert_eq!(class("SHOW USERS"), SqlClass::Read);
    assert_eq!(class("USE ROLE ANALYST"), SqlClass::Read);
    assert_eq!(
        class("CREATE MASKING POLICY m AS (v STRING) RETURNS STRING -> v"),
        SqlClass::Write
    );
    assert_eq!(
        class("select * from crm.users where role = 'ACCOUNTADMIN'"),
        SqlClass::Read
    );
}

#[test]
fn data_leaving_snowflake_is_egress() {
    for sql in [
        "COPY INTO 's3://b/x/' FROM t",
        "copy into 'azure://a.blob.core.windows.net/c/' from (select * from t)",
        "COPY INTO 'gcs://b/' FROM t STORAGE_INTEGRATION = i",
        "GET @s/data.csv file:///tmp/",
        "CREATE STAGE s URL = 's3://b/' CREDENTIALS = (AWS_KEY_ID = 'k' AWS_SECRET_KEY = 's')",
        "ALTER STAGE s SET URL = 's3://other/'",
        "CREATE EXTERNAL FUNCTION f(x VARCHAR) RETURNS VARIANT API_INTEGRATION = a AS 'https://x'",
        "CREATE FUNCTION f(v STRING) RETURNS STRING LANGUAGE PYTHON EXTERNAL_ACCESS_INTEGRATIONS = (i) HANDLER = 'h' AS $$def h(v): return v$$",
        "CALL SYSTEM$SEND_EMAIL('i', 'x@y', 's', 'body')",
        "SELECT SYSTEM$SEND_EMAIL('i', 'x@y', 's', (SELECT LISTAGG(email) FROM t))",
    ] {
        assert_eq!(class(sql), SqlClass::Egress, "{sql}");
    }
    assert_eq!(class("SELECT 's3://b/x/' AS target"), SqlClass::Read);
    assert_eq!(class("COPY INTO t FROM @s"), SqlClass::Write);
}

#[test]
fn sql_built_at_run_time_is_dynamic() {
    for sql in [
        "EXECUTE IMMEDIATE 'DR' || 'OP TABLE t'",
        "EXECUTE IMMEDIATE :stmt",
        "EXECUTE IMMEDIATE $q",
        "SET q = 'DROP TABLE t'; EXECUTE IMMEDIATE $q",
        "EXECUTE IMMEDIATE BASE64_DECODE_STRING('RFJPUA==')",
        "EXECUTE IMMEDIATE REVERSE('t elbat pord')",
        "EXECUTE IMMEDIATE FROM @s/script.sql",
        "LET s := 'ALTER ACCOUNT SET X = 1'; EXECUTE IMMEDIATE :s;",
        "DECLARE s STRING; BEGIN SELECT stmt INTO :s FROM q; EXECUTE IMMEDIATE :s; END;",
        "CALL util.exec_sql('DR' || 'OP TABLE t')",
        "CALL util.run(BASE64_DECODE_STRING('RFJPUA=='))",
        "CREATE TASK tk AS EXECUTE IMMEDIATE 'DR' || 'OP TABLE t'",
    ] {
        assert_eq!(class(sql), SqlClass::Dynamic, "{sql}");
    }
    // A literal argument that is SQL is judged by what it says.
    assert_eq!(
        class("CALL util.exec_sql('DROP TABLE t')"),
        SqlClass::Destructive
    );
}

#[test]
fn evidence_names_the_inner_statement() {
    let a = analyze("EXECUTE IMMEDIATE $$ SELECT 1; DROP TABLE secret $$").expect("ok");
    let worst = a.worst().expect("statement");
    assert_eq!(worst.class, SqlClass::Destructive);
    assert_eq!(worst.evidence, "DROP TABLE secret");
    assert!(worst.text.starts_with("EXECUTE IMMEDIATE"));
}

#[test]
fn normalized_text_drops_comments() {
    let a = analyze("DROP/* x */TABLE  -- y\n t").expect("ok");
    assert_eq!(a.statements[0].normalized, "DROP TABLE t");
}

#[test]
fn invisible_characters_do_not_split_keywords_for_us_only() {
    assert_eq!(class("DR\u{200b}OP TABLE t"), SqlClass::Destructive);
}

#[test]
fn multibyte_characters_inside_words_do_not_break_function_name_checks() {
    // Found by proptest and by the `sql_split` fuzzer: a byte slice of the word at 7 split
    // a multi-byte character.
    assert_eq!(class("SELECT\u{200b}SELECT"), SqlClass::Write);
    assert_eq!(
        class("SELECT(\u{fffd}\u{fffd}\u{fffd}\u{fffd}*"),
        SqlClass::Read
    );
    assert_eq!(class("SELECT SYSTE\u{e9}$X()"), SqlClass::Read);
}

#[test]
fn limits_are_errors_not_crashes() {
    let big = "a".repeat(MAX_SQL_BYTES + 1);
    assert_eq!(classify(&big), Err(SqlError::TooLarge(MAX_SQL_BYTES + 1)));
    let mut nested = "SELECT 1".to_string();
    for _ in 0..(MAX_SQL_DEPTH as usize + 2) {
        nested = format!("EXECUTE IMMEDIATE '{}'", nested.replace('\'', "''"));
    }
    assert_eq!(classify(&nested), Err(SqlError::TooDeep));
    let chain = "BEGIN ".repeat(10_000);
    assert!(classify(&chain).is_err());
    let many = "DELETE ".repeat(50_000);
    assert_eq!(classify(&many), Ok(SqlClass::Destructive));
}

#[test]
fn unterminated_constructs_swallow_the_rest() {
    assert_eq!(class("SELECT 'abc; DROP TABLE t"), SqlClass::Read);
    assert_eq!(class("SELECT 1 /* DROP TABLE t"), SqlClass::Read);
    assert_eq!(class("SELECT $$ DROP TABLE t"), SqlClass::Read);
}

#[test]
fn procedure_bodies_are_judged_by_the_sql_they_run() {
    let proc = |lang: &str, body: &str| {
        format!("CREATE PROCEDURE p() RETURNS STRING LANGUAGE {lang} AS $${body}$$")
    };
    // A literal statement is classified; a restricted one is a write.
    assert_eq!(
        class(&proc(
            "PYTHON",
            "def run(s): s.sql('DELETE FROM t').collect()"
        )),
        SqlClass::Destructive
    );
    assert_eq!(
        class(&proc(
            "PYTHON",
            "def run(s): s.sql('DELETE FROM t WHERE id = 1').collect()"
        )),
        SqlClass::Write
    );
    // Anything built at run time is dynamic, whatever its pieces say.
    for body in [
        "snowflake.execute({sqlText: 'DR' + 'OP TABLE t'});",
        "var q = String.fromCharCode(68,82,79,80); snowflake.createStatement({sqlText: q}).execute();",
        "def run(s, name): return s.sql(f\"DROP TABLE {name}\").collect()",
        "def run(s): return s.sql(' '.join(['TRUNCATE', 'TABLE', 'x'])).collect()",
    ] {
        assert_eq!(
            class(&proc("JAVASCRIPT", body)),
            SqlClass::Dynamic,
            "{body}"
        );
    }
}

#[test]
fn whole_table_changes_are_destructive_and_restricted_ones_writes() {
    for sql in [
        "DELETE FROM t WHERE (1=1)",
        "DELETE FROM t WHERE 1 < 2",
        "DELETE FROM t WHERE TRUE OR id = 1",
        "UPDATE t SET a = 1 WHERE 'x' LIKE '%'",
        "DELETE FROM t WHERE NOT FALSE",
        "DELETE FROM t WHERE NOT (1 = 2)",
        "DELETE FROM t WHERE id = id",
        "DELETE FROM t WHERE 1 IN (1)",
        "DELETE FROM t WHERE 1 BETWEEN 0 AND 2",
        "DELETE FROM t WHERE COALESCE(NULL, TRUE)",
        "DELETE FROM t WHERE CURRENT_DATE() = CURRENT_DATE()",
        "DELETE FROM t WHERE 1=1 AND 2=2",
        "DELETE FROM t WHERE id IN (SELECT id FROM t)",
        "DELETE FROM t USING s",
        "DELETE FROM t o USING s r WHERE r.done = TRUE",
        "UPDATE t o SET a = s.a FROM s WHERE s.batch = 7",
        "MERGE INTO t USING s ON TRUE WHEN MATCHED THEN DELETE",
        "MERGE INTO t x USING s y ON y.k = y.k WHEN MATCHED THEN UPDATE SET x.a = 1",
        "DELETE FROM t WHERE :flag",
    ] {
        assert_eq!(class(sql), SqlClass::Destructive, "{sql}");
    }
    for sql in [
        "DELETE FROM t WHERE id = 5",
        "DELETE FROM t WHERE 1=1 AND load_id = 'b'",
        "DELETE FROM t WHERE is_deleted = TRUE",
        "UPDATE t SET a = 1 WHERE region = 'EU' AND TRUE",
        "DELETE FROM t WHERE id = :id",
        "DELETE FROM t o USING s c WHERE o.id = c.id",
        "UPDATE t o SET a = s.a FROM s WHERE o.id = s.id",
        "DELETE FROM t WHERE id IN (SELECT id FROM dupes)",
        "MERGE INTO t USING s ON t.k = s.k WHEN MATCHED THEN DELETE",
        "MERGE INTO t USING s ON TRUE WHEN NOT MATCHED THEN INSERT VALUES (1)",
        "DELETE FROM t WHERE ts < DATEADD(day, -90, CURRENT_TIMESTAMP())",
    ] {
        assert_eq!(class(sql), SqlClass::Write, "{sql}");
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn sqlish() -> impl Strategy<Value = String> {
        let atoms = prop::sample::select(vec![
            "'",
            "''",
            "\"",
            "$$",
            "--",
            "//",
            "/*",
            "*/",
            "/*/",
            ";",
            "->>",
            "\\",
            "\n",
            " ",
            "(",
            ")",
            "SELECT",
            "DROP",
            "TABLE",
            "EXECUTE",
            "IMMEDIATE",
            "BEGIN",
            "END",
            "WITH",
            "AS",
            "DELETE",
            "WHERE",
            "x",
            "1",
            "é",
            "\u{200b}",
            ":",
            "=",
        ]);
        prop::collection::vec(atoms, 0..64).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn splitter_never_panics_on_arbitrary_text(s in "\\PC{0,300}") {
            let _ = split(&s);
            let _ = analyze(&s);
        }

        #[test]
        fn splitter_never_panics_on_sql_shaped_text(s in sqlish()) {
            let parts = split(&s).expect("small input");
            for p in parts {
                prop_assert!(s.contains(p));
            }
            let _ = analyze(&s);
        }

        #[test]
        fn appending_a_drop_after_a_separator_is_never_a_read(s in sqlish()) {
            // Whatever came before, a DROP after a newline-terminated comment-free `;` is
            // either inside an open construct (and then Snowflake sees no DROP either) or
            // destructive. We check the honest half: a closed prefix plus DROP is destructive.
            let closed = format!("SELECT 1; DROP TABLE t /* {} */", s.replace("*/", ""));
            prop_assert!(classify(&closed).map(|c| c >= SqlClass::Destructive).unwrap_or(true));
        }
    }
}
