package io.crmsuite.crm.imports;

/** What became of one row: created, merged into a record that existed, or rejected with the reason. */
public record RowOutcome(int number, Effect effect, Throwable reason) {
    public enum Effect {
        CREATED,
        MERGED,
        REJECTED
    }

    public static RowOutcome created(int number) {
        return new RowOutcome(number, Effect.CREATED, null);
    }

    public static RowOutcome merged(int number) {
        return new RowOutcome(number, Effect.MERGED, null);
    }

    public static RowOutcome rejected(int number, Throwable reason) {
        return new RowOutcome(number, Effect.REJECTED, reason);
    }
}
