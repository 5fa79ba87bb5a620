package io.crmsuite.crm.persistence;

/**
 * A set-based update found fewer rows at the version they were read at than it was given: another transaction changed
 * some of them meanwhile. The caller's transaction rolls back; the work may be run again.
 */
public final class StaleRowsException extends RuntimeException {
    public StaleRowsException(String table, int updated, int expected) {
        super("concurrent change of " + table + ": " + updated + " of " + expected + " rows still at the version read");
    }
}
