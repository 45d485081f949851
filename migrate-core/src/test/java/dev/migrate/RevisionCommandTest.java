package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.base.MigrateException;
import dev.migrate.graph.Revision;
import dev.migrate.graph.TargetException;
import dev.migrate.script.RevisionRequest;
import dev.migrate.script.ScriptDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** migrate:revision and migrate:merge: new script files, named and stamped with a fixed clock. */
class RevisionCommandTest {
    @TempDir
    Path dir;

    private Path migrations;

    @BeforeEach
    void createMigrationsDirectory() throws IOException {
        migrations = Files.createDirectories(dir.resolve("migrations"));
    }

    private Migrate migrate() {
        return new Migrate(Fixtures.config(dir.resolve("app.db"), migrations, dir.resolve("work"))
                .build());
    }

    private static RevisionRequest request(
            String message, String head, String id, Set<String> labels, List<String> dependsOn) {
        return new RevisionRequest(message, head, labels, dependsOn, id, true, "", "");
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Revision load(String id) {
        return ScriptDirectory.load(migrations).graph().get(id);
    }

    @Test
    void theFirstRevisionHasNoParentAndADatedFileName() throws IOException {
        Path file = migrate()
                .revision(RevisionRequest.of("Create todos!")
                        .withBody("CREATE TABLE todos (id INTEGER PRIMARY KEY);", "DROP TABLE todos;"));
        String name = file.getFileName().toString();
        assertTrue(name.matches("20261124_153210_[0-9a-f]{12}_create_todos\\.sql"), name);
        String id = name.substring(16, 28);
        assertEquals(migrations.resolve(name), file);
        assertEquals(
                "-- revision: " + id + "\n-- revises:\n-- message: Create todos!\n-- created: 2026-11-24T15:32:10Z\n"
                        + "\n-- migrate:upgrade\nCREATE TABLE todos (id INTEGER PRIMARY KEY);\n"
                        + "\n-- migrate:downgrade\nDROP TABLE todos;\n",
                Files.readString(file));
        Revision r = load(id);
        assertTrue(r.isBase());
        assertEquals("Create todos!", r.message());
        assertEquals("2026-11-24T15:32:10Z", r.created());
        assertEquals(List.of(id), migrate().heads());
    }

    @Test
    void theNextRevisionRevisesTheHead() {
        migrate().revision(request("one", "head", "aaa", Set.of(), List.of()));
        migrate().revision(request("two", "head", "bbb", Set.of(), List.of()));
        Path third = migrate().revision(request("three", "head", "ccc", Set.of(), List.of()));
        assertEquals("20261124_153210_ccc_three.sql", third.getFileName().toString());
        assertEquals(List.of("bbb"), load("ccc").parents());
        assertEquals(List.of("aaa"), load("bbb").parents());
        assertEquals(List.of("ccc"), migrate().heads());
    }

    @Test
    void oneMigrateObjectSeesTheRevisionsItWrote() {
        Migrate m = migrate();
        m.revision(request("one", "head", "aaa", Set.of(), List.of()));
        m.revision(request("two", "head", "bbb", Set.of(), List.of()));
        assertEquals(List.of("aaa"), load("bbb").parents());
    }

    @Test
    void aChosenIdIsUsedAndATakenOneIsRefused() throws IOException {
        Path first = migrate().revision(request("one", "head", "  my_id-1.0 ", Set.of(), List.of()));
        assertEquals("20261124_153210_my_id-1.0_one.sql", first.getFileName().toString());
        MigrateException e = assertThrows(
                MigrateException.class,
                () -> migrate().revision(request("again", "head", "my_id-1.0", Set.of(), List.of())));
        assertEquals("Revision id my_id-1.0 is taken by 20261124_153210_my_id-1.0_one.sql", e.getMessage());
        assertEquals(List.of("20261124_153210_my_id-1.0_one.sql"), fileNames());
    }

    @Test
    void branchLabelsDependenciesAndANewBase() {
        migrate().revision(request("core", "head", "core1", Set.of("core"), List.of()));
        migrate().revision(request("other base", "base", "other1", Set.of("other"), List.of("core1")));
        Revision other = load("other1");
        assertTrue(other.isBase());
        assertEquals(Set.of("other"), other.branchLabels());
        assertEquals(List.of("core1"), other.dependsOn());
        assertEquals(List.of("core1", "other1"), migrate().heads());

        migrate().revision(request("on other", "other@head", "other2", Set.of(), List.of("cor")));
        Revision r = load("other2");
        assertEquals(List.of("other1"), r.parents());
        assertEquals(List.of("core1"), r.dependsOn(), "a dependency given by prefix is written as the full id");
    }

    @Test
    void aNonTransactionalRevisionSaysSo() throws IOException {
        Path file = migrate()
                .revision(new RevisionRequest("concurrently", "head", Set.of(), List.of(), "aaa", false, "", ""));
        assertTrue(Files.readString(file).contains("\n-- transactional: false\n"), Files.readString(file));
        assertFalse(ScriptDirectory.load(migrations).script("aaa").transactional());
    }

    @Test
    void anEmptyMessageGivesAFileNameWithoutSlug() {
        Path file = migrate().revision(request("", "head", "abc", Set.of(), List.of()));
        assertEquals("20261124_153210_abc.sql", file.getFileName().toString());
    }

    @Test
    void aRevisionNeedsASingleHead() throws IOException {
        migrate().revision(request("one", "head", "aaa", Set.of(), List.of()));
        migrate().revision(request("two", "base", "bbb", Set.of(), List.of()));
        TargetException e = assertThrows(
                TargetException.class, () -> migrate().revision(request("three", "head", "ccc", Set.of(), List.of())));
        assertTrue(e.getMessage().startsWith("The scripts have 2 heads"), e.getMessage());
        assertEquals(2, fileNames().size());
    }

    @Test
    void mergeJoinsTwoHeads() throws IOException {
        migrate().revision(request("one", "head", "aaa", Set.of(), List.of()));
        migrate().revision(request("left", "aaa", "bbb", Set.of(), List.of()));
        migrate().revision(request("right", "aaa", "ccc", Set.of(), List.of()));
        assertEquals(List.of("bbb", "ccc"), migrate().heads());
        assertEquals(List.of("aaa"), migrate().branchPoints());

        Path merge = migrate().merge(null, null);
        String text = Files.readString(merge);
        assertTrue(text.contains("\n-- revises: bbb, ccc\n-- message: merge bbb, ccc\n"), text);
        assertTrue(merge.getFileName().toString().endsWith("_merge_bbb_ccc.sql"), merge.toString());
        String id = migrate().heads().get(0);
        assertEquals(1, migrate().heads().size());
        assertEquals(List.of("bbb", "ccc"), load(id).parents());
        assertTrue(load(id).isMerge());
    }

    @Test
    void mergeOfChosenRevisionsWithAMessage() throws IOException {
        migrate().revision(request("one", "head", "aaa", Set.of(), List.of()));
        migrate().revision(request("left", "aaa", "bbb", Set.of(), List.of()));
        migrate().revision(request("right", "aaa", "ccc", Set.of(), List.of()));
        migrate().revision(request("third", "aaa", "ddd", Set.of(), List.of()));
        Path merge = migrate().merge("join left and right", "bbb, ccc");
        assertTrue(Files.readString(merge).contains("\n-- revises: bbb, ccc\n-- message: join left and right\n"));
        assertEquals(2, migrate().heads().size());
    }

    @Test
    void mergeWithASingleHeadIsAnError() throws IOException {
        MigrateException none =
                assertThrows(TargetException.class, () -> migrate().merge("x", null));
        assertEquals("Nothing to merge: no revisions", none.getMessage());
        migrate().revision(request("one", "head", "aaa", Set.of(), List.of()));
        TargetException e = assertThrows(TargetException.class, () -> migrate().merge("again", null));
        assertEquals("Nothing to merge: a single head, aaa", e.getMessage());
        assertEquals(1, fileNames().size());
    }

    @Test
    void aRevisionNeedsTheMigrationsDirectory() throws IOException {
        Files.delete(migrations);
        MigrateException e =
                assertThrows(MigrateException.class, () -> migrate().revision(RevisionRequest.of("x")));
        assertEquals("The migrations directory " + migrations + " does not exist", e.getMessage());
    }

    @Test
    void initCreatesTheDirectoryOnce() throws IOException {
        Files.delete(migrations);
        assertEquals(migrations, migrate().init());
        assertTrue(Files.isDirectory(migrations));
        MigrateException e =
                assertThrows(MigrateException.class, () -> migrate().init());
        assertEquals("migrate is already initialised: " + migrations + " exists", e.getMessage());
    }

    /**
     * BUG: Migrate.revision does not check a chosen id: it writes "-- revision: bad id!" and the migrations directory
     * can no longer be loaded (every later command fails with a ScriptFormatException for the new file).
     */
    @Test
    void anInvalidChosenIdIsRefusedBeforeAnythingIsWritten() throws IOException {
        migrate().revision(request("one", "head", "aaa", Set.of(), List.of()));
        assertThrows(
                MigrateException.class,
                () -> migrate().revision(request("two", "head", "bad id!", Set.of(), List.of())),
                "an id the parser refuses must not be written");
        assertEquals(1, fileNames().size(), "no file written: " + fileNames());
        assertEquals(List.of("aaa"), migrate().heads());
    }

    /**
     * BUG: Migrate.revision does not check that a new branch label is free: it writes the script, and then the graph
     * refuses the whole directory ("Branch label 'core' is used by two revisions").
     */
    @Test
    void aBranchLabelInUseIsRefusedBeforeAnythingIsWritten() throws IOException {
        migrate().revision(request("one", "head", "aaa", Set.of("core"), List.of()));
        assertThrows(
                MigrateException.class,
                () -> migrate().revision(request("two", "head", "bbb", Set.of("core"), List.of())),
                "a label already in use must not be written");
        assertEquals(1, fileNames().size(), "no file written: " + fileNames());
        assertEquals(List.of("aaa"), migrate().heads());
    }

    /** Before: -Dmigrate.revisionId=head or -Dmigrate.branchLabel=base was written, and never targetable. */
    @Test
    void keywordsAndNamesTakenByTheOtherKindAreRefusedBeforeAnythingIsWritten() throws IOException {
        migrate().revision(request("one", "head", "aaa", Set.of("core"), List.of()));
        for (String keyword : List.of("head", "heads", "base", "current", "Head")) {
            MigrateException id = assertThrows(
                    MigrateException.class,
                    () -> migrate().revision(request("two", "head", keyword, Set.of(), List.of())));
            assertEquals(
                    "'" + keyword + "' cannot be a revision id: it is a target keyword (base, current, head, "
                            + "heads), so it could never be targeted",
                    id.getMessage());
            MigrateException label = assertThrows(
                    MigrateException.class,
                    () -> migrate().revision(request("two", "head", null, Set.of(keyword), List.of())));
            assertTrue(label.getMessage().startsWith("'" + keyword + "' cannot be a branch label"), label.getMessage());
        }
        MigrateException idIsLabel = assertThrows(
                MigrateException.class, () -> migrate().revision(request("two", "head", "core", Set.of(), List.of())));
        assertTrue(idIsLabel.getMessage().startsWith("Revision id core is a branch label of "), idIsLabel.getMessage());
        MigrateException labelIsId = assertThrows(
                MigrateException.class,
                () -> migrate().revision(request("two", "head", null, Set.of("aaa"), List.of())));
        assertTrue(
                labelIsId.getMessage().startsWith("Branch label 'aaa' is the id of the revision in "),
                labelIsId.getMessage());
        assertEquals(1, fileNames().size(), "no file written: " + fileNames());
        assertEquals(List.of("aaa"), migrate().heads());
    }
}
