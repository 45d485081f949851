def log = new File(basedir, 'build.log').text
assert log.contains('migrate is already initialised: ')
assert log.contains('src/main/resources/db/migrations exists')
assert log.contains('Create revisions with mvn migrate:revision')
assert new File(basedir, 'src/main/resources/db/migrations').list().length == 1
