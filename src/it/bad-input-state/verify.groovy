import dev.migrate.maven.it.Corpus

import static dev.migrate.maven.it.Corpus.fails
import static dev.migrate.maven.it.Corpus.passes

// The bad-input corpus, part 2: each case's run (invoker.properties) and what its one message must say. Corpus.check
// also fails a case whose log shows a stack trace or a crash of the goal; assertUntouched checks that every database
// under db/ is byte for byte as setup.groovy left it.
def path = { String p -> new File(basedir, p).path }
def target = 'Invalid target (-Dmigrate.target): '
def syntax = 'A target is head, heads, base, current, a revision id or a unique prefix of one, a branch label, ' +
        '<label>@head, +N, -N, <rev>+N or <rev>-N. mvn migrate:history lists the revisions.'
def ahead = 'The database is ahead of the scripts: restore the missing script (e.g. from version control), or, if it ' +
        "is gone for good, set the database's revision without running anything: mvn migrate:stamp " +
        '-Dmigrate.target=<revision> -Dmigrate.purge=true'
def batch = 'Maven runs in batch mode, so it cannot ask: confirm with -Dmigrate.confirm=yes'

Corpus.check(basedir, [
    // unknown or ambiguous targets, and targets out of range
    fails('unknown-target', target + "No revision matches 'nope'", syntax),
    fails('ambiguous-target', target + "'1000' is ambiguous: it starts 3 revisions: 100000000001 (create a), " +
            '100000000002 (create b), 100000000003 (create c)', 'Type more characters of the id.'),
    fails('target-past-head', target + "'+5' goes past the head: only 1 revision(s) follow", "Use a smaller N, or 'head'."),
    fails('target-below-base', target + "'-5' goes below base: only 2 revision(s) lie below", "Use a smaller N, or 'base'."),
    fails('target-count-too-large', target + "'+99999999999' counts 99999999999 steps, more than any graph has"),
    fails('downgrade-to-unapplied', target + 'Cannot downgrade to 100000000003 (create c): it is not applied ' +
            '(the database is at 100000000002)', 'Use mvn migrate:upgrade to move forward.'),
    fails('unknown-branch-label', target + "No branch is labelled 'billing'", 'mvn migrate:branches lists the branches'),
    fails('bad-range', target + "'1:2:3' is not a range", 'A range is <from>:<to>, e.g. base:head.'),
    fails('show-unknown-revision', "Invalid target (-Dmigrate.revision): No revision matches 'nope'", syntax),
    fails('accept-unapplied', 'Revision 100000000003 is not applied, so there is no edit to accept'),
    fails('stamp-without-target', 'Parameter migrate.target: stamp needs a target',
            'Say which revision the database is at, e.g. -Dmigrate.target=head'),
    // destructive goals in batch mode without confirmation, revisions that cannot be written
    fails('reset-batch-unconfirmed', 'Reset undoes every migration of jdbc:sqlite:' + path('db/at2.db') +
            ', dropping its tables and their data, then applies them all again.', batch),
    fails('reset-confirm-not-yes', 'Reset undoes every migration of jdbc:sqlite:' + path('db/at2.db'), batch),
    fails('downgrade-base-batch-unconfirmed', 'Downgrading to base undoes every migration of jdbc:sqlite:' +
            path('db/at2.db') + ', dropping the tables they created and their data: 2 migration(s), 100000000002, ' +
            '100000000001.', batch),
    fails('revision-batch-no-message', 'No value for migrate.message, and Maven runs in batch mode so it cannot ask',
            'Pass it on the command line: -Dmigrate.message="..."'),
    fails('revision-id-taken', 'Revision id 100000000001 is taken by 1_create_a.sql',
            'Choose another id, or leave it out for a random one.'),
    fails('revision-bad-id', "'bad/id' is not a valid revision id"),
    fails('merge-single-head', 'Nothing to merge: a single head, 100000000003',
            'A merge joins two or more heads; mvn migrate:heads lists them.'),
    // applied scripts edited or deleted; a database ahead of the scripts
    fails('edited-applied-script', 'Applied script was edited after being applied: ' +
            path('cases/edited/2_create_b.sql') + ' (revision 100000000002)',
            'mvn migrate:stamp -Dmigrate.accept=100000000002'),
    fails('deleted-applied-script', "3_create_c.sql revises revision '100000000002', which no script declares",
            'Check the id in 3_create_c.sql, or restore the script of revision 100000000002.'),
    fails('deleted-head-script', 'The database is at revision 100000000003, which no script declares', ahead),
    fails('database-ahead-upgrade', 'The database is at revision ffffffffffff, which no script declares', ahead),
    fails('database-ahead-downgrade', 'The database is at revision ffffffffffff, which no script declares', ahead),
    passes('database-ahead-status', '[WARNING] The database is at revision ffffffffffff, which no script declares: ' +
            'it is ahead of the scripts, or a script was deleted'),
    // SQL errors: named by file and line, rolled back
    fails('sql-syntax-error', 'Upgrade of revision 100000000002 (typo) failed at ' + path('cases/syntax/2_typo.sql') +
            ':8: [SQLITE_ERROR] SQL error or missing database (near "CREAT": syntax error)',
            'Rolled back: the database is as it was, at 100000000001.'),
    fails('sql-error-in-downgrade', 'Downgrade of revision 100000000001 (create a) failed at ' +
            path('cases/bad-down/1_create_a.sql') + ':11: [SQLITE_ERROR] SQL error or missing database ' +
            '(no such table: no_such_table)', 'Rolled back: the database is as it was, at 100000000001.'),
    // a downgrade is confirmed by where it ends, not by how its target is spelt
    fails('downgrade-minus-all-batch-unconfirmed', 'Downgrading to base undoes every migration of jdbc:sqlite:' +
            path('db/at2.db') + ', dropping the tables they created and their data: 2 migration(s), 100000000002, ' +
            '100000000001.', batch),
    fails('downgrade-first-minus-one-batch-unconfirmed', 'Downgrading to base undoes every migration of ' +
            'jdbc:sqlite:' + path('db/at2.db') + ', dropping the tables they created and their data', batch),
    fails('downgrade-too-many-steps-batch-unconfirmed', 'This downgrade undoes 1 migration(s) of jdbc:sqlite:' +
            path('db/at2.db') + ' (100000000002), more than the 0 that may be undone without confirmation ' +
            '(migrate.maxUnconfirmedSteps).', batch),
    fails('downgrade-negative-max-steps', "Parameter migrate.maxUnconfirmedSteps: '-1' is negative",
            'Give the number of migrations a downgrade may undo without asking, e.g. 5.'),
    fails('stamp-base-batch-unconfirmed', 'Stamping jdbc:sqlite:' + path('db/at2.db') + ' at base forgets that it ' +
            'is at 100000000002: the next upgrade runs every migration again over the tables they already created.',
            batch),
    fails('stamp-purge-batch-unconfirmed', 'Purging the version table of jdbc:sqlite:' + path('db/at2.db') +
            ' forgets that it is at 100000000002 and records 100000000003 instead, without running any script.',
            batch),
])
assert new File(basedir, 'cases/chain').list().length == 3 : 'no revision or merge was written'
Corpus.assertUntouched(basedir)
