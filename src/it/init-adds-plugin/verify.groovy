def log = new File(basedir, 'build.log').text
def pom = new File(basedir, 'pom.xml').text

def expected = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- A project that does not use migrate yet. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
    <modelVersion>4.0.0</modelVersion>
    <groupId>it.migrate</groupId>
    <artifactId>todo</artifactId>
    <version>1</version>
    <packaging>pom</packaging>

    <build>
        <!-- plugins here are only managed, not declared -->
        <pluginManagement>
            <plugins>
                <plugin>
                    <artifactId>maven-clean-plugin</artifactId>
                    <version>3.4.0</version>
                </plugin>
            </plugins>
        </pluginManagement>
        <plugins>
            <plugin>
                <groupId>dev.migrate</groupId>
                <artifactId>migrate-maven-plugin</artifactId>
                <version>VERSION</version>
            </plugin>
        </plugins>
    </build>
</project>
'''.replace('VERSION', pluginVersion)
assert pom == expected
def dir = new File(basedir, 'src/main/resources/db/migrations')
assert dir.isDirectory()
assert log.contains('Created ' + dir.path)
assert log.contains("Added migrate-maven-plugin ${pluginVersion} to ")
assert dir.listFiles().collect { it.name }.any { it.endsWith('_first.sql') }
