package io.crmsuite.crm.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * One kind of record a service imports (leads, contacts, accounts): a bean per kind, named by {@link #name()}. The
 * module parses the upload ({@link #csv()} says how CSV columns become the JSON row), then for every chunk of rows
 * calls {@link #prepare} off the event loop and {@link #write} in the chunk's transaction.
 *
 * @param <R> a row validated and normalised by {@link #prepare}
 */
public interface ImportKind<R> {
    /** The job kind, e.g. {@code leads}; unique in the service. */
    String name();

    /** How CSV columns map onto the JSON fields of a row. */
    CsvShape csv();

    /**
     * Validates and normalises one row exactly as a single create would (bean validation, the mapper's checks), on a
     * worker thread; an invalid row throws its problem (a {@code ProblemException}, a {@code ConstraintViolationException}
     * or a Jackson mapping error), which becomes the row's rejection.
     */
    R prepare(JsonNode row, ImportJob job) throws Exception;

    /**
     * Keys of the rows that must be written in the same chunk, in upload order (e.g. the same person twice, so that the
     * second dedupes against the first while chunks are written side by side), read from the row as uploaded, before
     * {@link #prepare}: every two rows whose prepared values would match each other must share a key (a coarser key
     * only makes larger groups). It runs for every row before the first chunk is written, so it reads just the fields
     * it needs (no bean validation). No keys, or a failure: the row stands alone.
     */
    default List<String> groupKeys(JsonNode row, ImportJob job) throws Exception {
        return List.of();
    }

    /**
     * How many chunks may be written at the same time. More than one only when rows of different chunks cannot
     * affect each other (see {@link #groupKeys}); otherwise 1, in upload order.
     */
    default int parallelism() {
        return 1;
    }

    /**
     * Writes the valid rows of a chunk (set-based) in the chunk's transaction — the caller's Hibernate Reactive session
     * — and says what became of each: created, merged into a record that existed, or rejected with a reason. A failure
     * rolls the chunk back; the module then writes its rows one by one, so only the rows at fault are rejected.
     */
    Uni<List<RowOutcome>> write(ImportJob job, List<ImportRow<R>> rows);

    /** After the last chunk (e.g. refresh the planner statistics after a large import); in no transaction. */
    default Uni<Void> finished(ImportJob job) {
        return Uni.createFrom().voidItem();
    }
}
