def log = new File(basedir, 'build.log').text

// the runs happened, at debug level, and reached the database (or failed to, for the failing ones)
assert log.contains('[DEBUG]')
assert log.contains('Database: jdbc:postgresql://127.0.0.1:5432/test?password=****')
assert log.contains('Current revision(s): base (no revision applied)')
assert log.contains('Cannot connect to jdbc:postgresql://127.0.0.1:1/test?password=****')
assert log.contains('Cannot connect to jdbc:postgresql://127.0.0.1:1/test: Connection to 127.0.0.1:1 refused')
assert log.contains('(f) password = ********')
// the fourth run takes URL, user and password from MIGRATE_URL, MIGRATE_USER and MIGRATE_PASSWORD
assert log.contains('Database: jdbc:postgresql://localhost:5432/test')
// and no secret anywhere, at any level
// every URL form: the password masked in the URL migrate shows, the driver's reason kept
assert log.contains('Database: jdbc:postgresql://localhost:5432/test?password=****')
assert log.contains('Cannot connect to jdbc:postgresql://postgres:****@127.0.0.1:5432/test: The connection attempt failed.')
assert log.readLines().any { it.startsWith('Caused by: dev.migrate.base.RedactedThrowable: postgres:****@127.0.0.1') } :
        'the cause (an UnknownHostException), shown with -e, redacted'
assert log.contains('database "test;password=****" does not exist')
assert log.contains('Cannot connect to jdbc:mariadb://migrate_secret:****@127.0.0.1:3306/test: Incorrect port value : ****@127.0.0.1')
assert log.contains('Database: jdbc:mariadb://127.0.0.1:3306/test?password=****')
assert log.contains('Cannot connect to jdbc:mariadb://127.0.0.1:3306/test;password=****: ')
assert log.contains("Access denied for user 'migrate_secret'")
assert log.contains('Database: jdbc:sqlite:/no/such/dir/app.db?password=****')
assert log.contains('it_no_such_scratch?password=****')
for (String secret : ['URLSECRET5', 'PASSSECRET6', 'SERVERSECRET7', 'ENVSECRET8', 'ENVURLSECRET12',
                      'USERINFOSECRET13', 'SEMISECRET14', 'MARIAINFOSECRET15', 'MARIAURLSECRET16',
                      'MARIASEMISECRET17', 'MARIAPASSSECRET18', 'SQLITESECRET19', 'SCRATCHSECRET20']) {
    assert !log.contains(secret) : secret + ' leaked into the build log'
}
// A password written in the pom (POMSECRET9 through a property of the pom, CLISECRET11 through the same property
// given with -D, LITERALSECRET10 as it is) shows in one place only: with -X, Maven itself prints each execution's
// configuration from the pom, its properties replaced by their values, before the goal runs. That is Maven's
// output, not migrate's (the README says to keep passwords out of the pom for this reason). migrate never prints
// it: not in its own debug lines, not in its failures, and nothing at all without -X.
for (String secret : ['POMSECRET9', 'LITERALSECRET10', 'CLISECRET11']) {
    def lines = log.readLines().findAll { it.contains(secret) }
    assert !lines.isEmpty() : 'the run with ' + secret + ' happened'
    lines.each { assert it == "  <password>${secret}</password>".toString() : 'not Maven\'s plan dump: ' + it }
}
assert log.readLines().count { it.contains('<password>POMSECRET9</password>') } == 2 : 'in the two -X runs only'
