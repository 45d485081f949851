import dev.migrate.maven.it.Corpus
import dev.migrate.maven.it.ItDatabase as Db

import static dev.migrate.maven.it.Corpus.fails

// The bad-input corpus, part 3: each case's run (invoker.properties) and what its one message must say. Corpus.check
// also fails a case whose log shows a stack trace or a crash of the goal; assertUntouched checks that every SQLite
// database under db/ is byte for byte as setup.groovy left it (none may appear).
new File(basedir, 'target/release-lock').text = 'done' // the other program lets go of db/locked.db
def path = { String p -> new File(basedir, p).path }
def login = "Check the 'url', 'user' and 'password' parameters (migrate.url, migrate.user, migrate.password) and that " +
        'the database is running.'
def supported = 'migrate supports jdbc:sqlite:path/to/file.db, jdbc:postgresql://host:5432/db, ' +
        'jdbc:mariadb://host:3306/db and jdbc:mysql://host:3306/db.'

Corpus.check(basedir, [
    // the database cannot be reached or logged into
    fails('unreachable-host', 'Database error: Cannot connect to jdbc:postgresql://127.0.0.1:1/test: Connection to ' +
            '127.0.0.1:1 refused.', login),
    fails('unknown-database', 'Database error: Cannot connect to jdbc:postgresql://127.0.0.1:5432/no_such_database: ' +
            'FATAL: database "no_such_database" does not exist', login),
    fails('unknown-user', 'Database error: Cannot connect to jdbc:postgresql://127.0.0.1:5432/test: FATAL: role ' +
            '"no_such_user" does not exist', login),
    fails('wrong-password', 'Database error: Cannot connect to jdbc:mariadb://127.0.0.1:3306/it_bad_input_runs: ',
            "Access denied for user 'root'@", '(using password: YES)', login),
    fails('unknown-settings-server', "Parameter migrate.serverId: no <server> with id 'no-such-server' in settings.xml",
            '<server><id>no-such-server</id>'),
    // the URL names no database migrate can drive
    fails('missing-driver', 'Database error: No JDBC driver for jdbc:mysql://127.0.0.1:3306/test is on the classpath',
            'Add com.mysql:mysql-connector-j (or use a jdbc:mariadb: URL'),
    fails('unsupported-database', 'Unsupported database URL jdbc:oracle:thin:@127.0.0.1:1521:xe', supported),
    fails('not-a-jdbc-url', 'Unsupported database URL postgres://127.0.0.1:5432/test', supported),
    // SQLite files that cannot be written, are locked by another program, or cannot be opened
    fails('read-only-sqlite', 'Upgrade of revision 100000000002 (create b) failed at ' +
            path('cases/chain/2_create_b.sql') + ':7: [SQLITE_READONLY] Attempt to write a readonly database',
            'Rolled back: the database is as it was, at 100000000001.',
            'The database refused to write: it is read-only'),
    fails('locked-sqlite', 'Database error: Cannot connect to jdbc:sqlite:' + path('db/locked.db') +
            '?busy_timeout=500: [SQLITE_BUSY] The database file is locked (database is locked)',
            'Another program holds a lock on the database file'),
    fails('sqlite-directory-missing', 'Database error: Cannot connect to jdbc:sqlite:' + path('db/no/such/dir/app.db') +
            ': [SQLITE_CANTOPEN] Unable to open the database file',
            "Check the 'url' parameter (migrate.url): the directory of the SQLite file must exist"),
    // parameters
    fails('transaction-all-on-mariadb', 'transaction=all cannot make one transaction of the run: mariadb commits DDL ' +
            'statements as it goes', 'Run without transaction=all (migrate.transaction)'),
    fails('unknown-transaction-mode', "Parameter migrate.transaction: 'sometimes' is not a mode",
            "Use 'each' (one transaction per migration, the default) or 'all' (one for the whole run)."),
    fails('bad-version-table-name', "'migrate-version' is not a valid version table name",
            "for the 'versionTable' parameter (migrate.versionTable)"),
    fails('unwritable-sql-output', 'Parameter migrate.sqlOutput: cannot write ' + path('pom.xml/preview.sql'),
            'Choose a writable path.'),
    fails('bad-file-template', "The file template '../{rev}' makes the file name '../", "which is not a script in " +
            'the migrations directory ' + path('cases/chain'), 'A file template (migrate.fileTemplate) builds a plain ' +
            'file name'),
    fails('migrations-path-is-a-file', 'The migrations path ' + path('pom.xml') + ' is a file, not a directory',
            "Point the 'migrations' parameter (migrate.migrations) at the directory that holds your scripts."),
    // lint settings, and pending migrations that need the database
    fails('unknown-lint-rule', "Unknown lint rule 'drop-colum'.", 'Name one of these rules in migrate.lintRules: ' +
            'drop-table, drop-column,'),
    fails('bad-lint-severity', "Parameter migrate.lintRules: rule drop-column in -Dmigrate.lintRules has the " +
            "severity 'never'", 'Give each rule error (fails the build), warning (logs) or off.'),
    fails('bad-lint-rules', "Parameter migrate.lintRules: 'drop-column' is not rule=severity",
            '-Dmigrate.lintRules=drop-column=off,rename-column=error'),
    fails('lint-pending-unreachable', 'Database error: Cannot connect to jdbc:postgresql://127.0.0.1:1/test',
            login + ' To lint without the database, name the revisions: mvn migrate:lint -Dmigrate.range=all (or a ' +
            'range such as r1:head).'),
    fails('temp-version-table', "The version table 'temp.migrate_version' is not in SQLite's main schema: a temp " +
            "table vanishes when migrate's connection closes",
            'Name the version table without a schema (migrate.versionTable), or with main.'),
    // a squash that has nothing to replace, or no revision to end at
    fails('squash-nothing', 'There is nothing to squash up to 100000000001: it is the only revision of ' +
            'base..100000000001', 'Name a later revision as migrate.target (head by default)'),
    fails('squash-unknown-target', "Invalid target (-Dmigrate.target): No revision matches 'nosuch'",
            'mvn migrate:history lists the revisions.'),
])
def log = new File(basedir, 'logs/wrong-password.log').text
assert !log.contains('WRONGSECRET3') : 'the password is not in the log'
assert new File(basedir, 'cases/chain').list().length == 2 && new File(basedir, 'cases').list().length == 1 :
        'no script was written'
Corpus.assertUntouched(basedir)
assert Db.column('jdbc:mariadb://127.0.0.1:3306/it_bad_input_runs', 'SELECT table_name FROM ' +
        'information_schema.tables WHERE table_schema = DATABASE()') == [] : 'nothing was written on MariaDB'
