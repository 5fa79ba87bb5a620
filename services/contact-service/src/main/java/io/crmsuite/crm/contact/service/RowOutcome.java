package io.crmsuite.crm.contact.service;

/** What became of one import row, as the job counts it: created, merged into a duplicate, or rejected with a reason. */
public interface RowOutcome {
    enum Effect {
        CREATED,
        MERGED,
        REJECTED
    }

    /** The row's number (1 = first data row). */
    int number();

    Effect effect();

    /** Why a rejected row was refused (null otherwise). */
    default Throwable reason() {
        return null;
    }
}
