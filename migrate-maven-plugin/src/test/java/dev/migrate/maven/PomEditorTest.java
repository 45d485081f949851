package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PomEditorTest {
    private static final String PLUGIN = """
            <plugin>
              <groupId>dev.migrate</groupId>
              <artifactId>migrate-maven-plugin</artifactId>
            </plugin>""";

    @Test
    void addsToExistingPluginsTouchingNothingElse() {
        String pom = """
                <project>
                  <!-- keep   this -->
                  <build>
                    <plugins>
                      <plugin><artifactId>other</artifactId></plugin>
                    </plugins>
                  </build>
                </project>
                """;
        assertEquals("""
                <project>
                  <!-- keep   this -->
                  <build>
                    <plugins>
                      <plugin><artifactId>other</artifactId></plugin>
                      <plugin>
                        <groupId>dev.migrate</groupId>
                        <artifactId>migrate-maven-plugin</artifactId>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """, PomEditor.addPlugin(pom, PLUGIN));
    }

    @Test
    void createsPluginsAndBuildWhereMissingInTheFilesIndent() {
        String withBuild = "<project>\n\t<build>\n\t\t<finalName>x</finalName>\n\t</build>\n</project>\n";
        assertEquals(
                "<project>\n\t<build>\n\t\t<finalName>x</finalName>\n\t\t<plugins>\n\t\t\t<plugin>\n"
                        + "\t\t\t\t<groupId>dev.migrate</groupId>\n\t\t\t\t<artifactId>migrate-maven-plugin</artifactId>\n"
                        + "\t\t\t</plugin>\n\t\t</plugins>\n\t</build>\n</project>\n",
                PomEditor.addPlugin(withBuild, PLUGIN));

        String bare = "<project>\n    <modelVersion>4.0.0</modelVersion>\n</project>";
        assertEquals(
                "<project>\n    <modelVersion>4.0.0</modelVersion>\n    <build>\n        <plugins>\n"
                        + "            <plugin>\n                <groupId>dev.migrate</groupId>\n"
                        + "                <artifactId>migrate-maven-plugin</artifactId>\n            </plugin>\n"
                        + "        </plugins>\n    </build>\n</project>",
                PomEditor.addPlugin(bare, PLUGIN));
    }

    @Test
    void anEmptySelfClosedPluginsOrBuildIsReplacedNotDoubled() {
        assertEquals(
                "<project>\n  <build>\n    <plugins>\n      <plugin>\n        <groupId>dev.migrate</groupId>\n"
                        + "        <artifactId>migrate-maven-plugin</artifactId>\n      </plugin>\n    </plugins>\n"
                        + "  </build>\n</project>\n",
                PomEditor.addPlugin("<project>\n  <build>\n    <plugins/>\n  </build>\n</project>\n", PLUGIN));
        assertEquals(
                "<project>\n  <build>\n    <plugins>\n      <plugin>\n        <groupId>dev.migrate</groupId>\n"
                        + "        <artifactId>migrate-maven-plugin</artifactId>\n      </plugin>\n    </plugins>\n"
                        + "  </build>\n</project>\n",
                PomEditor.addPlugin("<project>\n  <build />\n</project>\n", PLUGIN));
    }

    @Test
    void commentsCdataAndPluginManagementAreNotThePluginsElement() {
        String pom = """
                <project>
                  <!-- <build><plugins></plugins></build> -->
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin><artifactId>migrate-maven-plugin</artifactId></plugin>
                      </plugins>
                    </pluginManagement>
                  </build>
                </project>
                """;
        assertFalse(PomEditor.declares(pom, "migrate-maven-plugin"));
        String edited = PomEditor.addPlugin(pom, PLUGIN);
        assertTrue(edited.contains("</pluginManagement>\n    <plugins>\n      <plugin>\n"), edited);
        assertTrue(edited.startsWith(pom.substring(0, pom.indexOf("  </build>"))), edited);
        assertTrue(PomEditor.declares(edited, "migrate-maven-plugin"));
    }

    @Test
    void declaresLooksOnlyAtTheBuildsPlugins() {
        assertTrue(PomEditor.declares(
                "<project><build><plugins><plugin><artifactId>a</artifactId></plugin>" + "</plugins></build></project>",
                "a"));
        assertFalse(PomEditor.declares(
                "<project><build><plugins><plugin><artifactId>ab</artifactId></plugin>"
                        + "</plugins></build></project>",
                "a"));
        assertFalse(PomEditor.declares(
                "<project><profiles><profile><build><plugins><plugin><artifactId>a"
                        + "</artifactId></plugin></plugins></build></profile></profiles></project>",
                "a"));
    }

    @Test
    void aFileWithoutAProjectIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PomEditor.addPlugin("<settings/>", PLUGIN));
    }
}
