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
        "GET @s/data.csv file:///tmp/",
        "CALL my_proc(1)",
        "UNDROP TABLE t",
        "EXECUTE TASK t",
        "EXECUTE IMMEDIATE 'SELECT 1'",
        "EXECUTE IMMEDIATE $$SELECT 1$$",
        "EXECUTE IMMEDIATE FROM @s/script.sql",
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
        "EXECUTE IMMEDIATE 'DR' || 'OP TABLE t'",
        "EXECUTE IMMEDIATE :stmt",
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
        "LET s := 'ALTER ACCOUNT SET X = 1'; EXECUTE IMMEDIATE :s;",
        "SELECT SYSTEM$GLOBAL_ACCOUNT_SET_PARAMETER('a', 'b', 'c')",
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
    assert_eq!(class("USE ROLE ACCOUNTADMIN"), SqlClass::Read);
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
fn code_bodies_are_scanned_for_sql() {
    assert_eq!(
        classify_code("cur.execute('DELETE FROM t')"),
        Ok(SqlClass::Destructive)
    );
    assert_eq!(
        classify_code("cur.execute('SELECT 1')"),
        Ok(SqlClass::Write)
    );
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
