package nl.midoffice.camel;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.spi.PropertiesSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * The host's {@code @ConfigurationProperties} records as a source of Camel's {@code {{placeholders}}}: a route writes
 * {@code {{midoffice.adapters.brp.concurrent-consumers}}} and gets the bound value of {@code BrpProperties}, its
 * {@code @DefaultValue} included (Spring's environment alone knows only what was set). A {@link Duration} reads as
 * milliseconds, as Camel's endpoint options take it. One bean (auto-configured); Camel finds it by itself, and an
 * adapter only declares its settings record.
 */
public final class Instellingen implements PropertiesSource {

    private final ListableBeanFactory beans;
    private volatile Map<String, Record> perPrefix;

    public Instellingen(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /** {@code {{<prefix>.<naam>}}}: the placeholder of one setting, for a route to write. */
    public static String placeholder(String prefix, String naam) {
        return "{{" + prefix + "." + naam + "}}";
    }

    @Override
    public String getName() {
        return "midoffice-instellingen";
    }

    @Override
    public String getProperty(String naam) {
        for (var instellingen : perPrefix().entrySet()) {
            if (naam.startsWith(instellingen.getKey() + ".")) {
                String veld = camelCase(naam.substring(instellingen.getKey().length() + 1));
                for (RecordComponent component : instellingen.getValue().getClass().getRecordComponents()) {
                    if (component.getName().equals(veld)) {
                        return tekst(waarde(instellingen.getValue(), component));
                    }
                }
            }
        }
        return null;
    }

    /** Every bound settings record by its prefix, read once the routes ask (after the beans were made). */
    private Map<String, Record> perPrefix() {
        if (perPrefix == null) {
            Map<String, Record> gevonden = new HashMap<>();
            beans.getBeansWithAnnotation(ConfigurationProperties.class).values().forEach(bean -> {
                var annotatie = AnnotationUtils.findAnnotation(bean.getClass(), ConfigurationProperties.class);
                String prefix = annotatie == null ? "" : annotatie.prefix().isEmpty() ? annotatie.value()
                        : annotatie.prefix();
                if (bean instanceof Record instellingen && !prefix.isEmpty()) {
                    gevonden.put(prefix, instellingen);
                }
            });
            perPrefix = Map.copyOf(gevonden);
        }
        return perPrefix;
    }

    private static Object waarde(Record instellingen, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(instellingen);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("setting " + component.getName() + " not readable", e);
        }
    }

    private static String tekst(Object waarde) {
        if (waarde instanceof Duration duur) {
            return String.valueOf(duur.toMillis());
        }
        return waarde == null ? null : waarde.toString();
    }

    /** {@code concurrent-consumers} → {@code concurrentConsumers}. */
    static String camelCase(String kebab) {
        var veld = new StringBuilder();
        boolean groot = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                groot = true;
            } else {
                veld.append(groot ? Character.toUpperCase(c) : Character.toLowerCase(c));
                groot = false;
            }
        }
        return veld.toString();
    }
}
