package io.crmsuite.crm.rest.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Names every unknown field of a body, not only the first: while a value is read, each unknown property is recorded
 * (with its path) and skipped; when the outermost object or list is complete, the read fails once with all of them
 * ({@link UnknownFieldsException}). Only where the mapper refuses unknown properties
 * ({@code FAIL_ON_UNKNOWN_PROPERTIES}); a tolerant reader (events, stored data) skips them as before.
 */
final class UnknownFields {
    private static final Object KEY = UnknownFields.class;
    private static final Object OBJECTS = Deque.class;

    private UnknownFields() {}

    /** Records an unknown property and skips its value. */
    static final class Collector extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName)
                throws IOException {
            if (!context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
                return false;
            }
            @SuppressWarnings("unchecked")
            List<String> fields = (List<String>) context.getAttribute(KEY);
            if (fields == null) {
                fields = new ArrayList<>();
                context.setAttribute(KEY, fields);
            }
            fields.add(path(context, parser, propertyName));
            parser.skipChildren();
            return true;
        }
    }

    /**
     * Wraps the deserializers of objects and lists so that the outermost one reports what was collected, and those of
     * values read from strings (enums, UUIDs, dates, …) so that their text is checked ({@link CheckedText}).
     */
    static final class AtRoot extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            return deserializer instanceof BeanDeserializerBase
                    ? new Outermost(deserializer)
                    : new CheckedText(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new CheckedText(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new Outermost(deserializer);
        }
    }

    private static final class Outermost extends DelegatingDeserializer {
        Outermost(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Outermost(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // an object's path is read as it begins; while its properties are read (or replayed from a buffer, as
            // for a record's properties met before its creator ran) the parser's own position may have moved on
            String here = parser.currentToken() == JsonToken.START_OBJECT
                    ? Objects.requireNonNullElse(JsonPaths.position(parser.getParsingContext()), "")
                    : null;
            Deque<String> objects = objects(context);
            if (here != null) {
                objects.push(here);
            }
            Object value;
            try {
                value = super.deserialize(parser, context);
            } catch (StreamReadException e) {
                if (here == null
                        || e.getOriginalMessage() == null
                        || !e.getOriginalMessage().startsWith("Duplicate field")) {
                    throw e;
                }
                // the parser stopped at the repeated key, inside this object: name it now
                String name = parser.getParsingContext().getCurrentName();
                throw new DuplicateFieldException(parser, here.isEmpty() ? name : here + "." + name);
            } finally {
                if (here != null) {
                    objects.pop();
                }
            }
            if (parser.getParsingContext().inRoot()) {
                @SuppressWarnings("unchecked")
                List<String> fields = (List<String>) context.getAttribute(KEY);
                if (fields != null && !fields.isEmpty()) {
                    throw new UnknownFieldsException(parser, fields);
                }
            }
            return value;
        }
    }

    @SuppressWarnings("unchecked")
    private static Deque<String> objects(DeserializationContext context) {
        Deque<String> objects = (Deque<String>) context.getAttribute(OBJECTS);
        if (objects == null) {
            objects = new ArrayDeque<>();
            context.setAttribute(OBJECTS, objects);
        }
        return objects;
    }

    /** The unknown property's path from the body's root ({@code address.floor}). */
    static String path(DeserializationContext context, JsonParser parser, String propertyName) {
        String object = objects(context).peek();
        if (object != null) {
            return object.isEmpty() ? propertyName : object + "." + propertyName;
        }
        String position = JsonPaths.position(parser.getParsingContext());
        return position == null ? propertyName : position;
    }
}
