package io.crmsuite.crm.messaging.channels;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Consumer channels in one line each: for every {@code crm.messaging.consume.<channel>=<topic>@<consumer>} this
 * source supplies the {@code mp.messaging.incoming.<channel>.*} settings of {@link ConsumerChannel}, with the retry
 * delays of {@link RetryPolicy}. Its ordinal ({@value #ORDINAL}) is below every file and the environment, so a key
 * set explicitly anywhere ({@code application.properties}, a {@code %test.} profile, an environment variable) wins.
 *
 * <p>Declarations and the retry settings are read through the configuration as a whole, so profiles
 * ({@code %test.crm.messaging.retry-delays=500ms}) and expressions ({@code ${CRM_LEAD_CONSUMER:lead-service}}) work
 * in them. Registered in {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 */
public class ConsumerChannelsConfigSourceFactory implements ConfigSourceFactory {
    public static final String PREFIX = "crm.messaging.consume.";
    public static final int ORDINAL = 50;
    static final String NAME = "crm consumer channels (" + PREFIX + "*)";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> properties = new LinkedHashMap<>();
        Set<String> channels = channels(context.iterateNames());
        if (!channels.isEmpty()) {
            RetryPolicy retries =
                    RetryPolicy.of(value(context, RetryPolicy.DELAYS), value(context, RetryPolicy.MAX_RETRIES));
            for (String channel : channels) {
                // a declaration only under another profile (%dev.…) has no value in this one
                value(context, PREFIX + channel)
                        .map(declaration -> ConsumerChannel.parse(channel, declaration))
                        .ifPresent(consumer -> properties.putAll(consumer.properties(retries)));
            }
        }
        return List.of(new PropertiesConfigSource(properties, NAME, ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** Channel names of every declaration, whatever its profile prefix ({@code %test.crm.messaging.consume.x}). */
    static Set<String> channels(Iterator<String> names) {
        Set<String> channels = new TreeSet<>();
        names.forEachRemaining(name -> {
            String key = name.startsWith("%") && name.indexOf('.') > 0 ? name.substring(name.indexOf('.') + 1) : name;
            if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
                channels.add(key.substring(PREFIX.length()));
            }
        });
        return channels;
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).filter(v -> !v.isBlank());
    }
}
