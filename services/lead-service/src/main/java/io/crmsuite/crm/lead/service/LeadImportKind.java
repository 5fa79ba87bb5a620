package io.crmsuite.crm.lead.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmsuite.crm.contactpoints.ContactPoints;
import io.crmsuite.crm.imports.CsvShape;
import io.crmsuite.crm.imports.ImportJob;
import io.crmsuite.crm.imports.ImportKind;
import io.crmsuite.crm.imports.ImportRow;
import io.crmsuite.crm.imports.ImportRows;
import io.crmsuite.crm.imports.RowOutcome;
import io.crmsuite.crm.lead.config.LeadConfig;
import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.rest.LeadInput;
import io.crmsuite.crm.platform.DefaultCountry;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lead rows of an import ({@code POST /api/v1/lead-imports}): read and validated like a single capture, written by the
 * one {@link CaptureRule} chunk by chunk. Repeats of a person in the upload (same normalised email or phone) go into
 * one chunk, so chunks are written side by side ({@code crm.lead.bulk-workers}) and still dedupe within the upload.
 * The rows are the uploader's captures: a sales rep keeps the leads, others route them by the rules.
 */
@ApplicationScoped
public class LeadImportKind implements ImportKind<CaptureRule.Capture> {
    public static final String NAME = "leads";
    /** The job option saying whether the uploader keeps the leads (a sales rep) or the rules route them. */
    public static final String KEEPS_OWN = "keepsOwn";

    static final CsvShape CSV = CsvShape.flat(
                    List.of(
                            "name",
                            "company",
                            "title",
                            "email",
                            "phone",
                            "region",
                            "country",
                            "industry",
                            "companySize",
                            "productInterest",
                            "source",
                            "campaignId",
                            "notes"),
                    Set.of(),
                    Set.of("name", "region"))
            .nested(Map.of(
                    "budgetAmount", "budget.amount",
                    "budgetCurrency", "budget.currency",
                    "utmSource", "utm.source",
                    "utmMedium", "utm.medium",
                    "utmCampaign", "utm.campaign",
                    "consentGiven", "consent.given",
                    "consentText", "consent.text"));

    private final CaptureRule rule;
    private final ConfigService config;
    private final ObjectMapper json;
    private final Validator validator;
    private final int parallelism;
    private final DefaultCountry country;

    public LeadImportKind(
            CaptureRule rule,
            ConfigService config,
            ObjectMapper json,
            Validator validator,
            LeadConfig settings,
            DefaultCountry country) {
        this.rule = rule;
        this.config = config;
        this.json = json;
        this.validator = validator;
        this.parallelism = Math.max(1, settings.bulkWorkers());
        this.country = country;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CsvShape csv() {
        return CSV;
    }

    /** The row as a capture, validated and normalised as the API does; consent counts only with the text shown. */
    @Override
    public CaptureRule.Capture prepare(JsonNode row, ImportJob job) {
        if (row instanceof ObjectNode object
                && object.get("consent") instanceof ObjectNode consent
                && !consent.hasNonNull("text")) {
            object.remove("consent");
        }
        LeadInput input = ImportRows.validated(row, LeadInput.class, json, validator);
        return CaptureRule.Capture.of(input, submitter(job), Instant.now(), country);
    }

    /**
     * The row's email and phone normalised as {@link io.crmsuite.crm.lead.rest.LeadMapper#apply} normalises them (the
     * dedupe keys of the capture rule), read from the raw row without the rest of the validation.
     */
    @Override
    public List<String> groupKeys(JsonNode row, ImportJob job) {
        List<String> keys = new ArrayList<>(2);
        ContactPoints.email(text(row, "email")).ifPresent(email -> keys.add("email:" + email));
        country.phone(text(row, "phone"), text(row, "country")).ifPresent(phone -> keys.add("phone:" + phone));
        return keys;
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || !value.isTextual() ? null : value.textValue();
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    /**
     * The chunk through the capture rule with the scoring model and rules in force now (a version published while the
     * import runs reaches earlier chunks through the re-scoring round, like every other open lead).
     */
    @Override
    public Uni<List<RowOutcome>> write(ImportJob job, List<ImportRow<CaptureRule.Capture>> rows) {
        List<CaptureRule.Capture> captures = rows.stream().map(ImportRow::value).toList();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return config.scoringModel()
                .chain(model -> config.assignmentPlan().chain(plan -> rule.apply(captures, model, plan, now)))
                .map(results -> {
                    List<RowOutcome> outcomes = new ArrayList<>(rows.size());
                    for (int i = 0; i < rows.size(); i++) {
                        int number = rows.get(i).number();
                        outcomes.add(
                                results.get(i).outcome() == CaptureResult.Outcome.CREATED
                                        ? RowOutcome.created(number)
                                        : RowOutcome.merged(number));
                    }
                    return outcomes;
                });
    }

    private static Submitter submitter(ImportJob job) {
        Set<String> roles = "true".equals(job.option(KEEPS_OWN)) ? Set.of(Roles.SALES_REP) : Set.of();
        return Submitter.importBy(new CurrentUser(job.ownerId, job.ownerId, job.ownerId, job.team, null, roles, null));
    }
}
