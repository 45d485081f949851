import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'todo.db')

for (goal in ['init', 'revision', 'upgrade', 'downgrade', 'status', 'current', 'history', 'heads', 'branches', 'show',
             'stamp', 'merge', 'test', 'reset', 'lint', 'squash', 'help']) {
    assert log.contains("migrate:${goal}") : goal
}
