package io.crmsuite.crm.lead.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the lead service ({@code crm.lead.*}); each can be overridden by an environment variable. */
@ConfigMapping(prefix = "crm.lead")
public interface LeadConfig {

    /** Leads handled per transaction by the SLA scan, the engagement-window scan and re-scoring after a publish. */
    @WithDefault("500")
    int batchSize();

    /** Leads per transaction of re-scoring (after a publish, engagement window); import chunks: crm.imports.*. */
    @WithDefault("1000")
    int bulkPageSize();

    /**
     * Chunks of an import written at the same time (each its own transaction): while one is computed in Java, the
     * database writes another.
     */
    @WithDefault("2")
    int bulkWorkers();

    /**
     * Most captures group-committed in one transaction ({@code CaptureBatcher}); captures arriving while a batch is
     * written wait for the next one.
     */
    @WithDefault("250")
    int captureBatchMax();

    /** How often open leads of an older model version and expired engagement windows are re-scored (scheduler). */
    @WithDefault("5s")
    String rescoreEvery();

    /** How often leads past their first-response deadline are looked for (scheduler). */
    @WithDefault("10s")
    String slaScanEvery();
}
