package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.imports.ImportJob;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.RecordScope;
import java.util.Map;
import java.util.UUID;

/**
 * What a contact or account import does with duplicates and into which records it may merge, fixed at upload (the job
 * runs after the request, without the uploader's token), and who it is written as.
 *
 * @param writeScope the records the uploader may change: merges go only into those
 */
public record ImportOptions(UUID jobId, ContactService.OnDuplicate mode, RecordScope writeScope, String createdBy) {
    static final String ON_DUPLICATE = "onDuplicate";
    static final String WRITE_SCOPE = "writeScope";

    /** The options an upload stores with its job. */
    public static Map<String, String> at(ContactService.OnDuplicate mode, CurrentUser user) {
        return Map.of(ON_DUPLICATE, mode.name(), WRITE_SCOPE, ImportScopes.name(user));
    }

    static ImportOptions of(ImportJob job) {
        String mode = job.option(ON_DUPLICATE);
        return new ImportOptions(
                job.id,
                mode == null ? ContactService.OnDuplicate.REJECT : ContactService.OnDuplicate.valueOf(mode),
                ImportScopes.parse(job.option(WRITE_SCOPE), job.ownerId, job.team),
                job.createdBy);
    }
}
