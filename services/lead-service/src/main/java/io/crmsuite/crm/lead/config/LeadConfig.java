package io.crmsuite.crm.lead.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the lead service ({@code crm.lead.*}); each can be overridden by an environment variable. */
@ConfigMapping(prefix = "crm.lead")
public interface LeadConfig {

    /** Leads handled per transaction by the SLA scan, the engagement-window scan and re-scoring after a publish. */
    @WithDefault("500")
    int batchSize();

    /**
     * Leads per transaction of the set-based paths: a page of re-scoring (after a publish, engagement window) and a
     * chunk of an import.
     */
    @WithDefault("1000")
    int bulkPageSize();

    /**
     * Pages of re-scoring, or chunks of an import, processed at the same time (each on its own connection and
     * transaction): while one is computed in Java, the database writes another.
     */
    @WithDefault("2")
    int bulkWorkers();

    /**
     * Most captures group-committed in one transaction ({@code CaptureBatcher}); captures arriving while a batch is
     * written wait for the next one.
     */
    @WithDefault("250")
    int captureBatchMax();

    /** Most rows one import may hold. */
    @WithDefault("100000")
    int importMaxRows();

    /** How often open leads of an older model version and expired engagement windows are re-scored (scheduler). */
    @WithDefault("5s")
    String rescoreEvery();

    /** How often leads past their first-response deadline are looked for (scheduler). */
    @WithDefault("10s")
    String slaScanEvery();
}
