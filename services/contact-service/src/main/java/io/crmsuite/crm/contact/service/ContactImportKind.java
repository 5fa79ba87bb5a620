package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.rest.ContactInput;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.events.contact.ContactSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;

/**
 * Contact rows: validated and normalised exactly like a single create ({@link ContactInput} bean validation, then
 * {@link ContactMapper#apply}), owned by the job's owner; written by {@link ImportChunkWriter}.
 */
@ApplicationScoped
class ContactImportKind implements ImportKind<ImportPlanner.Row> {
    private final ImportChunkWriter writer;
    private final ContactMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;

    ContactImportKind(ImportChunkWriter writer, ContactMapper mapper, ObjectMapper json, Validator validator) {
        this.writer = writer;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public String name() {
        return ImportService.CONTACTS;
    }

    @Override
    public String table() {
        return "contact";
    }

    @Override
    public ImportPlanner.Row prepare(JsonNode row, int number, ImportRun run) throws Exception {
        ContactInput input = ImportRows.validated(row, ContactInput.class, json, validator);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        mapper.apply(input, contact);
        contact.source = input.source() == null ? ContactSource.IMPORT : input.source();
        contact.ownerId = run.ownerId;
        contact.team = run.team;
        contact.refreshDerived(null); // the name key for the dedupe lookups; the search text is redone with the account
        return new ImportPlanner.Row(number, contact);
    }

    @Override
    public Uni<List<? extends RowOutcome>> write(
            SqlConnection connection, ImportRun run, List<ImportPlanner.Row> rows) {
        return writer.write(connection, run.chunkJob(), rows).map(outcomes -> outcomes);
    }
}
