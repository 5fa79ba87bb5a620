package io.crmsuite.crm.imports;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A part of a job that committed ({@code crm_import_progress}): a whole chunk ({@code rowNumber = -1}) or one row of a
 * chunk redone row by row. Inserted in the same transaction as the part's writes; its primary key makes a second writer
 * of the same part fail, so no row is written twice.
 */
@Table(name = "crm_import_progress")
public class ImportProgress {
    static final int WHOLE_CHUNK = -1;

    @Id
    public UUID jobId;

    @Id
    public int chunk;

    @Id
    public int rowNumber;

    static ImportProgress of(UUID job, int chunk, int rowNumber) {
        ImportProgress progress = new ImportProgress();
        progress.jobId = job;
        progress.chunk = chunk;
        progress.rowNumber = rowNumber;
        return progress;
    }
}
