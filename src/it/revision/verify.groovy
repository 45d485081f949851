import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

def dir = new File(basedir, 'src/main/resources/db/migrations')
def files = dir.listFiles().collect { it.name }.findAll { it.endsWith('.sql') }.sort()
assert files.size() == 2
assert files[0] ==~ /\d{8}_\d{6}_aaaaaaaaaaaa_create_todos\.sql/
assert files[1] ==~ /\d{8}_\d{6}_[0-9a-f]{12}_add_soft_delete\.sql/
def first = new File(dir, files[0]).text
assert first.startsWith('-- revision: aaaaaaaaaaaa\n-- revises:\n-- message: create_todos\n-- created: ')
assert first.contains('\n-- migrate:upgrade\n') && first.contains('\n-- migrate:downgrade\n')
def second = new File(dir, files[1]).text
assert second.contains('-- revises: aaaaaaaaaaaa\n')
assert log.contains('Created ' + new File(dir, files[1]).path)
assert !db.exists() : 'writing a revision does not touch the database'
