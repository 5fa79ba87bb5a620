package io.crmsuite.crm.imports;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A refused row ({@code crm_import_rejection}): its number (1 = first data row), a reason slug, detail, field errors. */
@Table(name = "crm_import_rejection")
public class ImportRejection {
    @Id
    public UUID jobId;

    @Id
    public int rowNumber;

    public String reason;
    public String detail;
    /** JSON array of {field, message}. */
    public String errors;
}
