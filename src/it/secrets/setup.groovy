import dev.migrate.maven.it.ItDatabase as Db

// A MariaDB user with a password, so that a run can log in with the password in the URL and succeed.
Db.execute(Db.MARIADB + 'test',
        "CREATE USER IF NOT EXISTS 'migrate_secret'@'%' IDENTIFIED BY 'MARIAURLSECRET16'",
        "CREATE USER IF NOT EXISTS 'migrate_secret'@'localhost' IDENTIFIED BY 'MARIAURLSECRET16'",
        "GRANT ALL ON test.* TO 'migrate_secret'@'%'",
        "GRANT ALL ON test.* TO 'migrate_secret'@'localhost'")
