package io.crmsuite.crm.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.annotations.Generated;

/**
 * A table as its JPA entity declares it: the one place a table's columns are listed. Hibernate Reactive writes single
 * records from the same entity; {@link SetStatements} writes and reads sets of rows with the columns read here from
 * the entity's fields (name from {@code @Column(name)}, else the field name in snake case, as the platform's naming
 * strategy does). A column missing from the entity fails the schema check every service runs
 * ({@code SchemaCheck} in the test kit), never writes null. Fields that are static, {@code transient} or
 * {@code @Transient} are not columns; {@code @GeneratedValue} and {@code @Generated} columns, and computed ones
 * ({@code @Column(insertable = false)}), are left to the database on insert.
 *
 * @param <E> the entity
 */
public final class EntityTable<E> {
    private static final ClassValue<EntityTable<?>> TABLES = new ClassValue<>() {
        @Override
        protected EntityTable<?> computeValue(Class<?> type) {
            return new EntityTable<>(type);
        }
    };

    private final Class<E> type;
    private final String name;
    private final List<TableColumn> columns;
    private final Map<String, TableColumn> byField = new LinkedHashMap<>();
    private final Constructor<E> constructor;

    @SuppressWarnings("unchecked")
    public static <E> EntityTable<E> of(Class<E> entity) {
        return (EntityTable<E>) TABLES.get(entity);
    }

    private EntityTable(Class<E> type) {
        this.type = type;
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isBlank()) {
            throw new IllegalArgumentException(type.getName() + " has no @Table(name = …)");
        }
        this.name = table.name();
        List<TableColumn> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<TableColumn> own = new ArrayList<>();
            for (Field field : c.getDeclaredFields()) {
                if (isColumn(field)) {
                    field.setAccessible(true);
                    own.add(column(field));
                }
            }
            found.addAll(0, own); // superclass columns first
        }
        this.columns = List.copyOf(found);
        columns.forEach(column -> byField.put(column.fieldName(), column));
        if (columns.stream().noneMatch(TableColumn::key)) {
            throw new IllegalArgumentException(type.getName() + " has no @Id");
        }
        try {
            this.constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " needs a no-argument constructor", e);
        }
    }

    private static boolean isColumn(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers)
                && !Modifier.isTransient(modifiers)
                && !field.isAnnotationPresent(Transient.class)
                && !field.isSynthetic();
    }

    private static TableColumn column(Field field) {
        Column declared = field.getAnnotation(Column.class);
        String name = declared != null && !declared.name().isBlank() ? declared.name() : snakeCase(field.getName());
        Enumerated enumerated = field.getAnnotation(Enumerated.class);
        boolean asString = enumerated != null && enumerated.value() == EnumType.STRING;
        return new TableColumn(
                name,
                field,
                ColumnKind.of(field.getType(), asString),
                field.isAnnotationPresent(Id.class),
                field.isAnnotationPresent(Version.class),
                field.isAnnotationPresent(GeneratedValue.class) || field.isAnnotationPresent(Generated.class),
                declared != null && !declared.insertable());
    }

    /** {@code emailNormalized} → {@code email_normalized} (Hibernate's CamelCaseToUnderscoresNamingStrategy). */
    static String snakeCase(String field) {
        StringBuilder name = new StringBuilder(field.length() + 4);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(field.charAt(i - 1))) {
                name.append('_');
            }
            name.append(Character.toLowerCase(c));
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    public Class<E> type() {
        return type;
    }

    public String name() {
        return name;
    }

    /** Every column, in field order (superclass fields first). */
    public List<TableColumn> columns() {
        return columns;
    }

    /** The columns of these fields, in the order given; an unknown field name fails at once. */
    public List<TableColumn> columns(String... fields) {
        List<TableColumn> chosen = new ArrayList<>(fields.length);
        for (String field : fields) {
            chosen.add(column(field));
        }
        return List.copyOf(chosen);
    }

    /** The column of a field; an unknown field name fails at once. */
    public TableColumn column(String field) {
        TableColumn column = byField.get(field);
        if (column == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no column field " + field);
        }
        return column;
    }

    /** The columns an insert writes (all but database-generated and computed ones). */
    List<TableColumn> insertable() {
        return columns.stream().filter(c -> !c.generated() && !c.computed()).toList();
    }

    /** Whether the database assigns values in insert order (an identity or sequence column). */
    boolean generatesValues() {
        return columns.stream().anyMatch(TableColumn::generated);
    }

    List<TableColumn> keys() {
        return columns.stream().filter(TableColumn::key).toList();
    }

    TableColumn versionColumn() {
        return columns.stream().filter(TableColumn::version).findFirst().orElse(null);
    }

    /** The select list of every column, qualified by {@code alias}: {@code l.id, l.version, …}. */
    public String selectList(String alias) {
        return selectList(columns, alias);
    }

    static String selectList(List<TableColumn> columns, String alias) {
        return columns.stream().map(c -> alias + "." + c.name()).collect(Collectors.joining(", "));
    }

    /** A detached entity from a row of {@link #selectList}, starting at {@code offset}. */
    E read(Object[] row, int offset) {
        return read(columns, row, offset);
    }

    /** A detached entity with only these columns set, from a row starting at {@code offset}. */
    E read(List<TableColumn> chosen, Object[] row, int offset) {
        E entity = newInstance();
        for (int i = 0; i < chosen.size(); i++) {
            chosen.get(i).set(entity, row[offset + i]);
        }
        return entity;
    }

    private E newInstance() {
        try {
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    @Override
    public String toString() {
        return name + columns.stream().map(TableColumn::name).collect(Collectors.joining(", ", "(", ")"));
    }
}
