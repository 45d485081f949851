import dev.migrate.maven.it.Corpus

import static dev.migrate.maven.it.Corpus.fails

// The bad-input corpus, part 1: each case's run (invoker.properties) and what its one message must say. Corpus.check
// also fails a case whose log shows a stack trace or a crash of the goal; assertUntouched checks that no database
// appeared under db/.
def script = { String c, String file -> new File(basedir, "cases/${c}/${file}").path }
def format = "Invalid migration script "
def graph = 'The migration scripts do not form a valid revision graph: '
def sections = "A script starts with header lines such as '-- revision: 3f2a9c1e7b10' and '-- revises: 1a2b3c4d5e6f', " +
        "then a line '-- migrate:upgrade', its SQL, a line '-- migrate:downgrade' and the SQL that undoes it."
def ids = "A revision id has 1 to 32 letters, digits, '_', '.' or '-'; separate several with commas."

Corpus.check(basedir, [
    // malformed headers
    fails('header-misspelt-key', format + script('header-misspelt-key', '1_typo.sql') + ":2: unknown header field 'revisons'",
            'Header fields are: revision, revises, branch-labels, depends-on, message, created, transactional, replaces. ' +
            'Write free comments with a capital letter or without a colon.'),
    fails('header-no-revision', format + script('header-no-revision', '1_norev.sql') + ': no revision id in the header',
            "Add a line '-- revision: <id>'"),
    fails('header-bad-revision-id', format + script('header-bad-revision-id', '1_badid.sql') +
            ":1: 'not valid!' in 'revision' is not a revision id", ids),
    fails('header-field-twice', format + script('header-field-twice', '1_twice.sql') +
            ":3: header field 'message' is given twice (first at line 2)", 'Keep one of the two lines.'),
    fails('header-bad-transactional', format + script('header-bad-transactional', '1_tx.sql') +
            ":3: 'transactional' must be true or false, not 'maybe'", "Write '-- transactional: false'"),
    fails('header-bad-parent-id', format + script('header-bad-parent-id', '1_parent.sql') +
            ":2: 'bad/id' in 'revises' is not a revision id", ids),
    // missing, misplaced and misspelt section markers
    fails('sql-before-upgrade-marker', format + script('sql-before-upgrade-marker', '1_sql.sql') +
            ":3: SQL before the '-- migrate:upgrade' line", sections),
    fails('missing-upgrade-marker', format + script('missing-upgrade-marker', '1_noup.sql') +
            ":4: SQL without a '-- migrate:upgrade' line before it", sections),
    fails('missing-downgrade-marker', format + script('missing-downgrade-marker', '1_nodown.sql') +
            ": no '-- migrate:downgrade' line", "Add the line '-- migrate:downgrade' after the upgrade SQL"),
    fails('downgrade-before-upgrade', format + script('downgrade-before-upgrade', '1_order.sql') +
            ":4: '-- migrate:downgrade' comes before '-- migrate:upgrade'", 'Put the upgrade section first'),
    fails('second-upgrade-marker', format + script('second-upgrade-marker', '1_two.sql') +
            ":6: a second '-- migrate:upgrade' line (first at line 4)", 'A script has one upgrade and one downgrade section.'),
    fails('misspelt-marker', format + script('misspelt-marker', '1_marker.sql') + ":4: unknown marker '-- migrate:upgarde'",
            "The only markers are '-- migrate:upgrade' and '-- migrate:downgrade'."),
    // encodings and empty files
    fails('not-utf8', format + script('not-utf8', '1_latin1.sql') + ':3: not valid UTF-8 text',
            "Save the file as UTF-8"),
    fails('empty-file', format + script('empty-file', '1_empty.sql') + ': the file is empty', sections),
    // the revision graph
    fails('cycle', graph + 'The revisions form a cycle: 1_a.sql (aaaaaaaaaaaa) -> 3_c.sql (cccccccccccc) -> ' +
            '2_b.sql (bbbbbbbbbbbb) -> 1_a.sql (aaaaaaaaaaaa)', "must point to older revisions only"),
    fails('status-with-a-cycle', graph + 'The revisions form a cycle: 1_a.sql (aaaaaaaaaaaa)'),
    fails('duplicate-id', graph + 'Revision 100000000001 is declared twice: in 1_first.sql and in 2_copy.sql',
            "Give one of the two scripts a new id in its '-- revision:' line."),
    fails('missing-parent', graph + "3_orphan.sql revises revision '100000000002', which no script declares",
            'Check the id in 3_orphan.sql, or restore the script of revision 100000000002.'),
    fails('missing-dependency', graph + "2_dep.sql depends on revision '999999999999', which no script declares"),
    fails('duplicate-branch-label', graph + "Branch label 'billing' is used by two revisions: 1_a.sql and 2_b.sql"),
    // names a target could never reach: keywords, a label that is another revision's id
    fails('keyword-revision-id', graph + "1_head.sql: 'head' cannot be a revision id: it is a target keyword " +
            '(base, current, head, heads), so it could never be targeted',
            'Choose another revision id in the header of 1_head.sql.'),
    fails('label-is-another-id', graph + "'100000000001' is both the id of the revision in 1_a.sql and a branch " +
            "label of the revision in 2_b.sql, so a target '100000000001' could mean either",
            "Rename the branch label in the '-- branch-labels:' line of 2_b.sql."),
    fails('revision-id-keyword', "'current' cannot be a revision id: it is a target keyword (base, current, head, " +
            'heads), so it could never be targeted', 'Choose another revision id.'),
    fails('two-heads', 'Invalid target (-Dmigrate.target): The scripts have 2 heads: 100000000002 (left), ' +
            '100000000003 (right)', "Merge them with mvn migrate:merge, or name one head, or use the target 'heads'."),
    fails('revision-on-two-heads', 'Invalid target (-Dmigrate.head): The scripts have 2 heads: 100000000002 (left), ' +
            '100000000003 (right)'),
    fails('no-scripts-yet', 'Invalid target (-Dmigrate.target): There are no revisions yet',
            'Create one with mvn migrate:revision.'),
    fails('missing-migrations-dir', 'The migrations directory ' + new File(basedir, 'cases/no-such-dir').path +
            ' does not exist', "point the 'migrations' parameter (migrate.migrations) at the directory"),
])
assert new File(basedir, 'cases/two-heads').list().length == 3 : 'revision wrote no script'
Corpus.assertUntouched(basedir)
