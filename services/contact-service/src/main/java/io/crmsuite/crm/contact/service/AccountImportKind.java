package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.contact.rest.AccountInput;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;

/**
 * Account rows: validated and normalised exactly like a single create ({@link AccountInput} bean validation, then
 * {@link ContactMapper#apply(AccountInput, Account)}), owned by the job's owner; written by {@link AccountImportWriter}.
 */
@ApplicationScoped
class AccountImportKind implements ImportKind<AccountImportPlanner.Row> {
    private final AccountImportWriter writer;
    private final ContactMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;

    AccountImportKind(AccountImportWriter writer, ContactMapper mapper, ObjectMapper json, Validator validator) {
        this.writer = writer;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public String name() {
        return ImportService.ACCOUNTS;
    }

    @Override
    public String table() {
        return "account";
    }

    @Override
    public AccountImportPlanner.Row prepare(JsonNode row, int number, ImportRun run) throws Exception {
        AccountInput input = ImportRows.validated(row, AccountInput.class, json, validator);
        Account account = new Account();
        account.id = UUID.randomUUID();
        mapper.apply(input, account);
        account.ownerId = run.ownerId;
        account.team = run.team;
        return new AccountImportPlanner.Row(number, account);
    }

    @Override
    public Uni<List<? extends RowOutcome>> write(
            SqlConnection connection, ImportRun run, List<AccountImportPlanner.Row> rows) {
        return writer.write(connection, run, rows).map(outcomes -> outcomes);
    }
}
