def init = new File(basedir, 'logs/init.log').text
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('''        <configuration>
          <schema>
            <file>src/main/resources/db/schema.sql</file>
          </schema>
        </configuration>''') : pom
assert new File(basedir, 'src/main/resources/db/schema.sql').text.startsWith('-- The schema the application wants')
// .gitignore keeps what it had and gains the lock files, once
def ignore = new File(basedir, '.gitignore').text
assert ignore.startsWith('target/\n') && ignore.readLines().count { it == '*.migrate-lock' } == 1 : ignore
assert init.contains('Added *.migrate-lock to ')
def revision = new File(basedir, 'logs/revision.log').text
assert revision.contains('No changes: the migrations at head already build the schema of src/main/resources/db/schema.sql') : revision
