package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.rest.ContactInput;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.imports.CsvShape;
import io.crmsuite.crm.imports.ImportJob;
import io.crmsuite.crm.imports.ImportKind;
import io.crmsuite.crm.imports.ImportRow;
import io.crmsuite.crm.imports.ImportRows;
import io.crmsuite.crm.imports.RowOutcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Contact rows of an import ({@code POST /api/v1/imports/contacts}): validated and normalised exactly like a single
 * create ({@link ContactInput} bean validation, then {@link ContactMapper#apply}), owned by the uploader; written chunk
 * after chunk in upload order by {@link ImportChunkWriter} (a row dedupes against the rows of earlier chunks).
 */
@ApplicationScoped
public class ContactImportKind implements ImportKind<Contact> {
    public static final String NAME = "contacts";

    static final CsvShape CSV = CsvShape.flat(
            List.of(
                    "givenName",
                    "familyName",
                    "displayName",
                    "emails",
                    "phones",
                    "title",
                    "birthday",
                    "region",
                    "country",
                    "preferredChannel",
                    "preferences",
                    "hiddenNeeds",
                    "source",
                    "tags",
                    "externalId"),
            Set.of("emails", "phones", "tags"),
            Set.of());

    private final ImportChunkWriter writer;
    private final ImportStatistics statistics;
    private final ContactMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;

    ContactImportKind(
            ImportChunkWriter writer,
            ImportStatistics statistics,
            ContactMapper mapper,
            ObjectMapper json,
            Validator validator) {
        this.writer = writer;
        this.statistics = statistics;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CsvShape csv() {
        return CSV;
    }

    @Override
    public Contact prepare(JsonNode row, ImportJob job) {
        ContactInput input = ImportRows.validated(row, ContactInput.class, json, validator);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        mapper.apply(input, contact);
        contact.source = input.source() == null ? ContactSource.IMPORT : input.source();
        contact.ownerId = job.ownerId;
        contact.team = job.team;
        contact.refreshDerived(null); // the name key for the dedupe lookups; the search text is redone with the account
        return contact;
    }

    @Override
    public Uni<List<RowOutcome>> write(ImportJob job, List<ImportRow<Contact>> rows) {
        List<ImportPlanner.Row> planned = rows.stream()
                .map(row -> new ImportPlanner.Row(row.number(), row.value()))
                .toList();
        return ImportStatistics.preferIndexes()
                .chain(() -> writer.write(ImportOptions.of(job), planned))
                .map(outcomes -> outcomes.stream()
                        .map(ImportPlanner.Outcome::toRowOutcome)
                        .toList());
    }

    @Override
    public Uni<Void> finished(ImportJob job) {
        return statistics.refreshAfter(job, "contact");
    }
}
