package io.crmsuite.crm.platform;

import io.crmsuite.crm.imports.ImportJobs;
import io.crmsuite.crm.security.CurrentUser;

/** The caller of an import resource as the import module knows uploaders (libs/imports does not read tokens). */
public final class Uploaders {
    private Uploaders() {}

    public static ImportJobs.Uploader of(CurrentUser user) {
        return new ImportJobs.Uploader(user.subject(), user.actor(), user.team(), user.isAdmin());
    }
}
