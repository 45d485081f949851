package dev.migrate.maven;

import dev.migrate.dialect.JdbcUrls;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.PlexusConfiguration;

import java.util.Set;

/**
 * Maven's own configurator, except that what it reports to its listener (printed by -X as "(f) password = ...")
 * never holds a secret: passwords are masked, and so is the password inside a JDBC URL. Registered in
 * META-INF/plexus/components.xml under the hint {@link MigrateProperties#CONFIGURATOR}.
 */
public class MaskingConfigurator extends BasicComponentConfigurator implements ComponentConfigurator {
    private static final Set<String> SECRETS = Set.of("password");
    private static final Set<String> URLS = Set.of("url", "scratchUrl");

    @Override
    public void configureComponent(
            Object component,
            PlexusConfiguration configuration,
            ExpressionEvaluator evaluator,
            ClassRealm realm,
            ConfigurationListener listener)
            throws ComponentConfigurationException {
        super.configureComponent(
                component, configuration, evaluator, realm, listener == null ? null : new Masking(listener));
    }

    private static final class Masking implements ConfigurationListener {
        private final ConfigurationListener delegate;

        Masking(ConfigurationListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void notifyFieldChangeUsingSetter(String fieldName, Object value, Object target) {
            delegate.notifyFieldChangeUsingSetter(fieldName, mask(fieldName, value), target);
        }

        @Override
        public void notifyFieldChangeUsingReflection(String fieldName, Object value, Object target) {
            delegate.notifyFieldChangeUsingReflection(fieldName, mask(fieldName, value), target);
        }

        private static Object mask(String field, Object value) {
            if (value == null) {
                return null;
            }
            if (SECRETS.contains(field)) {
                return "********";
            }
            return URLS.contains(field) ? JdbcUrls.mask(value.toString()) : value;
        }
    }
}
