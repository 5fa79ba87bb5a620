package io.crmsuite.crm.contact.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Settings of the contact rules ({@code crm.contact.*}); each has an environment override. */
@ConfigMapping(prefix = "crm.contact")
public interface ContactSettings {
    /** Smallest duplicate score that makes a candidate. */
    double duplicateThreshold();

    /** Smallest trigram name similarity that counts as a reason. */
    double nameSimilarityThreshold();

    Lifecycle lifecycle();

    Tier tier();

    Inactivity inactivity();

    Import importing();

    Tasks tasks();

    Events events();

    /** The contact events during a contract change. */
    interface Events {
        /**
         * Also publish {@code crm.contact.created.v1} and {@code updated.v1} next to v2, for consumers outside this
         * suite that still read v1 (env {@code CRM_CONTACT_EVENTS_PUBLISH_V1}); the suite's own consumers read both.
         */
        @io.smallrye.config.WithDefault("false")
        boolean publishV1();
    }

    interface Lifecycle {
        Duration engagementWindow();

        Duration churnWindow();

        int loyalPurchases();
    }

    interface Tier {
        double revenueShare();

        double minCustomerShare();

        double maxCustomerShare();

        double bCustomerShare();

        /** Currency of the trailing revenue (purchases in other currencies are rejected). */
        String currency();

        /** How often the tiers are recomputed (read by the scheduler; "off" disables). */
        String recomputeEvery();
    }

    interface Inactivity {
        /** Days without interaction after which an A-tier contact is reported inactive. */
        int quietDaysA();

        int quietDaysB();

        /** C tier, and contacts without a tier. */
        int quietDaysC();

        /** How often inactivity and churn are checked (read by the scheduler; "off" disables). */
        String checkEvery();

        /** Contacts reported (and marked) per statement; a run goes on until none is due. */
        @io.smallrye.config.WithDefault("5000")
        int batchSize();
    }

    /** Imports of contacts and accounts; rows per chunk and the upload limit are the import module's (crm.imports.*). */
    interface Import {
        /**
         * After an import of at least this many rows the table's planner statistics are refreshed at once: autovacuum
         * would do it only up to a minute later, and until then the planner takes a table that grew by the import for
         * its old size (a rep's first page of contacts took 100 ms instead of 15 ms right after a 100,000-row import).
         */
        @io.smallrye.config.WithDefault("5000")
        int analyzeAfterRows();
    }

    interface Tasks {
        /** How often due task reminders are looked for (read by the scheduler; "off" disables). */
        String reminderScanEvery();

        /** Reminders (and mails) handled per scan at most. */
        @io.smallrye.config.WithDefault("200")
        int reminderBatch();

        /** Failed attempts after which a reminder mail is given up (the event is emitted regardless). */
        @io.smallrye.config.WithDefault("5")
        int reminderMailAttempts();

        /** How long one instance holds a reminder mail it is sending before another may take it over. */
        @io.smallrye.config.WithDefault("5m")
        Duration reminderMailLease();

        /** Time zone of the times written in reminder mails. */
        @io.smallrye.config.WithDefault("Asia/Shanghai")
        String reminderTimeZone();
    }

    /** Keycloak as the user directory (assignees' email addresses), read with a service account. */
}
