def log = new File(basedir, 'build.log').text

// the runs happened, at debug level, and reached the database (or failed to, for the third)
assert log.contains('[DEBUG]')
assert log.contains('Database: jdbc:postgresql://127.0.0.1:5432/test?password=****')
assert log.contains('Current revision(s): base (no revision applied)')
assert log.contains('Cannot connect to jdbc:postgresql://127.0.0.1:1/test?password=****')
assert log.contains('(f) password = ********')
// the fourth run takes URL, user and password from MIGRATE_URL, MIGRATE_USER and MIGRATE_PASSWORD
assert log.contains('Database: jdbc:postgresql://localhost:5432/test')
// and no secret anywhere, at any level
for (String secret : ['URLSECRET5', 'PASSSECRET6', 'SERVERSECRET7', 'ENVSECRET8']) {
    assert !log.contains(secret) : secret + ' leaked into the build log'
}
