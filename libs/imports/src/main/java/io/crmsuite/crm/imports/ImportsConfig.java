package io.crmsuite.crm.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the import module ({@code crm.imports.*}, each with a CRM_IMPORTS_* environment override). */
@ConfigMapping(prefix = "crm.imports")
public interface ImportsConfig {
    /** Rows per chunk: one transaction each. */
    @WithDefault("1000")
    int chunkSize();

    /** The most rows one upload may hold (more: 413). */
    @WithDefault("100000")
    int maxRows();

    /** How often a replica looks for jobs that wait (a new upload starts at once on its own replica). */
    @WithDefault("5s")
    String pollEvery();

    /** How long a replica holds a running job; a job whose lease ran out (its replica stopped) is taken over. */
    @WithDefault("2m")
    Duration lease();

    /** Runs of a job that may fail on an unexpected error before it is marked FAILED. */
    @WithDefault("3")
    int maxAttempts();

    /** Rejections listed in a job's view (all are counted). */
    @WithDefault("1000")
    int rejectionsListed();
}
