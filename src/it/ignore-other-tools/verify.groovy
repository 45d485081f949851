import dev.migrate.maven.it.ItDatabase as Db

def log = { name -> new File(basedir, "logs/${name}.log").text }
def db = new File(basedir, 'todo.db')

// without ignore, the other tools' tables are differences
def all = log('check-all')
assert all.contains('The model differs from the database ')
assert all.contains('flyway_schema_history') && all.contains('DATABASECHANGELOG') && all.contains('databasechangeloglock')

// ignored by name and by pattern, in any case: the model matches, and autogenerate writes nothing
assert log('check-ignoring').contains('The model matches: ')
assert log('check-ignoring').contains('BUILD SUCCESS')
assert log('revision-ignoring').contains('No changes: ')
def scripts = new File(basedir, 'src/main/resources/db/migrations').list().sort()
assert scripts == ['20261124_1501_100000000001_create_todos.sql'] : scripts

// the database as it was: nothing of the other tools was touched
assert Db.objects(db) == ['table DATABASECHANGELOG', 'table databasechangeloglock', 'table flyway_schema_history',
                          'table todos'] : Db.objects(db)
assert Db.column(db, 'SELECT version FROM flyway_schema_history') == ['1']
