package io.crmsuite.crm.persistence;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Compares the database the migrations built with the tables the code declares (every Hibernate entity and every
 * {@link DeclaredTables} class): each table declared exactly once, each column of it declared by a field and each
 * field a column. Every service runs it in a test, so a column added by a migration but not to its entity (which set
 * based inserts would leave null) fails the build. Flyway's own history table is not the code's.
 */
@ApplicationScoped
public class SchemaCheck {
    private static final Set<String> NOT_DECLARED = Set.of("flyway_schema_history");

    private final Mutiny.SessionFactory sessions;
    private final Instance<DeclaredTables> declared;

    public SchemaCheck(Mutiny.SessionFactory sessions, Instance<DeclaredTables> declared) {
        this.sessions = sessions;
        this.declared = declared;
    }

    /** Every table class the code declares. */
    public List<Class<?>> tableClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (EntityType<?> entity : sessions.getMetamodel().getEntities()) {
            classes.add(entity.getJavaType());
        }
        declared.forEach(tables -> classes.addAll(tables.tables()));
        return List.copyOf(classes);
    }

    /** What differs between the database and the declarations; empty when they agree. */
    public Uni<List<String>> differences() {
        return sessions.withSession(session -> session.createNativeQuery(
                                "select table_name, column_name from information_schema.columns"
                                        + " where table_schema = current_schema() order by table_name, column_name",
                                Object[].class)
                        .getResultList())
                .map(rows -> compare(rows, tableClasses()));
    }

    static List<String> compare(List<Object[]> rows, List<Class<?>> classes) {
        Map<String, Set<String>> database = new TreeMap<>();
        for (Object[] row : rows) {
            database.computeIfAbsent((String) row[0], t -> new TreeSet<>()).add((String) row[1]);
        }
        NOT_DECLARED.forEach(database::remove);
        List<String> differences = new ArrayList<>();
        Map<String, Class<?>> declaredBy = new HashMap<>();
        for (Class<?> type : classes) {
            EntityTable<?> table = EntityTable.of(type);
            Class<?> earlier = declaredBy.putIfAbsent(table.name(), type);
            if (earlier != null) {
                differences.add("table " + table.name() + " is declared twice: " + earlier.getName() + " and "
                        + type.getName());
                continue;
            }
            Set<String> actual = database.remove(table.name());
            if (actual == null) {
                differences.add(type.getName() + " declares table " + table.name() + ", which does not exist");
                continue;
            }
            Set<String> fields = new TreeSet<>();
            table.columns().forEach(column -> fields.add(column.name()));
            for (String column : actual) {
                if (!fields.contains(column)) {
                    differences.add("column " + table.name() + "." + column + " has no field in " + type.getName());
                }
            }
            for (String field : fields) {
                if (!actual.contains(field)) {
                    differences.add(type.getName() + " declares column " + table.name() + "." + field
                            + ", which does not exist");
                }
            }
        }
        database.keySet().forEach(table -> differences.add("table " + table + " is declared by no class"));
        return differences;
    }
}
