def log = new File(basedir, 'build.log').text

assert log.contains('No JDBC driver for jdbc:mysql://127.0.0.1:3306/test is on the classpath')
assert log.contains('Add com.mysql:mysql-connector-j (or use a jdbc:mariadb: URL')
assert !log.contains('\tat ') : 'no stack trace without -e'
