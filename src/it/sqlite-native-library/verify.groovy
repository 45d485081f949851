import dev.migrate.maven.it.ItDatabase as Db

import java.util.zip.ZipFile

def upgrade = new File(basedir, 'logs/upgrade.log').text
def status = new File(basedir, 'logs/status.log').text
assert upgrade.contains('BUILD SUCCESS') && status.contains('BUILD SUCCESS')
assert Db.versions(new File(basedir, 'native.db')) == ['100000000001']

// the first run unpacks the library under target/migrate/native, the second loads the same copy
def unpacked = (upgrade =~ /SQLite's native library: unpacked to (\S+)/)
assert unpacked.find() : upgrade
def copy = new File(unpacked.group(1))
assert copy.toPath().startsWith(new File(basedir, 'target/migrate/native').toPath())
assert status.contains("SQLite's native library: reused ${copy}") : status

// the copy is byte for byte the driver's own library for this platform
def jar = upgrade.readLines().find { it.contains('Included: org.xerial:sqlite-jdbc:jar:') }
def version = (jar =~ /sqlite-jdbc:jar:([^\s]+)/)[0][1]
def driver = new File(localRepositoryPath, "org/xerial/sqlite-jdbc/${version}/sqlite-jdbc-${version}.jar")
new ZipFile(driver).withCloseable { zip ->
    def entry = zip.getEntry(copy.path.substring(copy.path.indexOf('sqlite-jdbc/') + 'sqlite-jdbc/'.length())
            .replaceFirst(/\/[0-9a-f]+-\d+\//, '/').with { "org/sqlite/native/${it}" })
    assert entry != null : copy
    assert zip.getInputStream(entry).bytes == copy.bytes
}
