import dev.migrate.maven.it.ItDatabase as Db

def log = { String name -> new File(basedir, "logs/${name}.log").text }
def script = new File(basedir, 'src/main/resources/db/migrations/2_rework_todo.sql').path

// 1. the pending migrations: two errors, each with its file and line, why and what to write instead; the drop that
// the script accepts with a reason is not reported; the build fails with one message and no stack trace
def pending = log('pending')
assert pending.contains('[ERROR] ' + script + ':9: error not-null-without-default (Add a NOT NULL column without a ' +
        'default): On a table that has rows the database refuses the column') : pending
assert pending.contains('Instead: Give the column a DEFAULT, or add it nullable, backfill it, then set NOT NULL.')
assert pending.contains('[ERROR] ' + script + ':10: error rename-column (Rename a column): Application instances ' +
        'still running use the old column name') : 'the pom makes rename-column an error'
assert pending.indexOf(script + ':9:') < pending.indexOf(script + ':10:') : 'findings in line order'
assert !pending.contains('drop-column') : 'the lint-ignore comment accepts the drop'
assert pending.contains('Linted 2 migrations pending: 2 errors, 0 warnings (listed above).')
assert pending.contains("accept one where it is safe here with '-- migrate:lint-ignore <rule> <reason>'")
assert pending.contains('BUILD FAILURE')
assert !pending.contains('\tat ') : 'no stack trace without -e'
assert Db.versions(Db.target(basedir, 'sqlite')) == ['100000000002'] : 'lint wrote nothing; upgrade applied both'

// 2. once applied, nothing is pending
assert log('nothing-pending').contains('Linted 0 migrations pending: 0 errors, 0 warnings')
assert log('nothing-pending').contains('BUILD SUCCESS')

// 3. all migrations, the property over the pom: the error is a warning, the rename is off
def all = log('all')
assert all.contains('[WARNING] ' + script + ':9: warning not-null-without-default') : all
assert !all.contains('rename-column')
assert all.contains('Linted 2 migrations: 0 errors, 1 warning')
assert all.contains('BUILD SUCCESS')

// 4. revision lints the script it writes
def revision = log('revision')
def written = new File(basedir, 'src/main/resources/db/migrations').listFiles().find { it.name.contains('100000000003') }
assert written != null && written.text.contains('ALTER TABLE todo DROP COLUMN name;')
assert revision.contains('[WARNING] Lint: ' + written.path + ':') && revision.contains(': warning drop-column (Drop a column)') : revision
assert revision.contains('BUILD SUCCESS')
