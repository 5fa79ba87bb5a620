package io.crmsuite.crm.imports.testapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.imports.CsvShape;
import io.crmsuite.crm.imports.ImportJob;
import io.crmsuite.crm.imports.ImportKind;
import io.crmsuite.crm.imports.ImportRow;
import io.crmsuite.crm.imports.ImportRows;
import io.crmsuite.crm.imports.RowOutcome;
import io.crmsuite.crm.persistence.DeclaredTables;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Two test kinds: things in upload order, and "grouped" things written two chunks at a time. */
public class ThingKinds {
    static final EntityTable<Thing> THINGS = EntityTable.of(Thing.class);
    static final CsvShape SHAPE = CsvShape.flat(List.of("name", "size", "tags"), Set.of("tags"), Set.of("name"))
            .nested(Map.of("width", "dimensions.width"));

    @ApplicationScoped
    public static class Tables implements DeclaredTables {
        @Override
        public List<Class<?>> tables() {
            return List.of(Thing.class);
        }
    }

    abstract static class Base implements ImportKind<Thing> {
        final ObjectMapper json;
        final Validator validator;

        Base(ObjectMapper json, Validator validator) {
            this.json = json;
            this.validator = validator;
        }

        @Override
        public CsvShape csv() {
            return SHAPE;
        }

        @Override
        public Thing prepare(JsonNode row, ImportJob job) throws Exception {
            ThingInput input = ImportRows.validated(row, ThingInput.class, json, validator);
            if (input.name().equals("refused")) {
                throw InvalidRequestException.forField("name", "is refused by the kind");
            }
            Thing thing = new Thing();
            thing.id = UUID.randomUUID();
            thing.kind = name();
            thing.name = input.name().strip();
            thing.size = input.size();
            thing.tags = input.tags() == null ? new String[0] : input.tags().toArray(String[]::new);
            return thing;
        }

        /** New names are created; a name stored already (or earlier in the chunk) is merged: its size replaced. */
        @Override
        public Uni<List<RowOutcome>> write(ImportJob job, List<ImportRow<Thing>> rows) {
            List<String> names =
                    rows.stream().map(r -> r.value().name).distinct().toList();
            return SetStatements.select(
                            THINGS,
                            "t",
                            "from thing t where t.kind = ?1 and t.name = any(?2)",
                            name(),
                            names.toArray(String[]::new))
                    .chain(stored -> {
                        Map<String, Thing> byName = new HashMap<>();
                        stored.forEach(t -> byName.put(t.name, t));
                        List<Thing> inserts = new ArrayList<>();
                        Map<String, Thing> updates = new HashMap<>();
                        List<RowOutcome> outcomes = new ArrayList<>();
                        for (ImportRow<Thing> row : rows) {
                            Thing earlier = byName.get(row.value().name);
                            if (earlier == null) {
                                byName.put(row.value().name, row.value());
                                inserts.add(row.value());
                                outcomes.add(RowOutcome.created(row.number()));
                            } else {
                                earlier.size = row.value().size;
                                if (!inserts.contains(earlier)) {
                                    updates.put(earlier.name, earlier);
                                }
                                outcomes.add(RowOutcome.merged(row.number()));
                            }
                        }
                        return SetStatements.insert(THINGS, inserts)
                                .chain(() -> SetStatements.update(
                                        THINGS, THINGS.columns("size"), List.copyOf(updates.values())))
                                .replaceWith(outcomes);
                    });
        }
    }

    @Singleton
    public static class InOrder extends Base {
        public InOrder(ObjectMapper json, Validator validator) {
            super(json, validator);
        }

        @Override
        public String name() {
            return "things";
        }
    }

    @Singleton
    public static class Grouped extends Base {
        public Grouped(ObjectMapper json, Validator validator) {
            super(json, validator);
        }

        @Override
        public String name() {
            return "grouped-things";
        }

        @Override
        public List<String> groupKeys(JsonNode row, ImportJob job) {
            return List.of(row.path("name").asText().strip());
        }

        @Override
        public int parallelism() {
            return 2;
        }
    }
}
