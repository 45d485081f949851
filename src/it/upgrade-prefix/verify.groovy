import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

// progress: each step as it completes, counted and timed
assert log =~ /\[INFO\] \[1\/2\] Upgrade base -> 100000000001: create todos \(\d+ ms\)/
assert log =~ /\[INFO\] \[2\/2\] Upgrade 100000000001 -> 100000000002: add soft delete \(\d+ ms\)/
assert log =~ /Upgraded 2 migration\(s\) in \d+ ms; the database is at 100000000002/
assert Db.objects(db) == ['table todos', 'index ix_todos_live']
assert Db.columns(db, 'todos') == ['id', 'title', 'completed', 'deleted_at']
assert Db.versions(db) == ['100000000002']
assert Db.history(db) == ['upgrade 100000000001', 'upgrade 100000000002']
def rows = Db.column(db, "SELECT checksum, applied_by, applied_at, duration_ms FROM migrate_version_history")
for (row in rows) {
    def (checksum, by, at, ms) = row.split('\\|')
    assert checksum ==~ /[0-9a-f]{64}/
    assert by && at && ms ==~ /\d+/
}
