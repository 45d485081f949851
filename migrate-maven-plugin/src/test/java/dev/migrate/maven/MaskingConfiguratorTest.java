package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.expression.DefaultExpressionEvaluator;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** What Maven's configurator reports to -X while it configures a goal holds no secret; the goal gets them all. */
class MaskingConfiguratorTest {
    /** Stands for a mojo: the fields the configurator sets. */
    public static class Goal {
        String user;
        String password;
        String url;
        String scratchUrl;
    }

    @Test
    void passwordsAndTheirPlacesInUrlsAreMaskedInWhatIsReported() throws Exception {
        XmlPlexusConfiguration configuration = new XmlPlexusConfiguration("configuration");
        configuration.addChild("user", "app");
        configuration.addChild("password", "pw-secret");
        configuration.addChild("url", "jdbc:postgresql://db:5432/app?password=url-secret");
        configuration.addChild("scratchUrl", "jdbc:mariadb://app:scratch-secret@db/scratch");
        List<String> reported = new ArrayList<>();
        ConfigurationListener listener = new ConfigurationListener() {
            @Override
            public void notifyFieldChangeUsingSetter(String field, Object value, Object target) {
                reported.add(field + "=" + value);
            }

            @Override
            public void notifyFieldChangeUsingReflection(String field, Object value, Object target) {
                reported.add(field + "=" + value);
            }
        };
        Goal goal = new Goal();
        ClassRealm realm = new ClassRealm(new ClassWorld(), "test", getClass().getClassLoader());

        new MaskingConfigurator()
                .configureComponent(goal, configuration, new DefaultExpressionEvaluator(), realm, listener);

        assertEquals(
                List.of(
                        "user=app",
                        "password=********",
                        "url=jdbc:postgresql://db:5432/app?password=****",
                        "scratchUrl=jdbc:mariadb://app:****@db/scratch"),
                reported);
        assertEquals("pw-secret", goal.password);
        assertEquals("jdbc:postgresql://db:5432/app?password=url-secret", goal.url);
        assertEquals("jdbc:mariadb://app:scratch-secret@db/scratch", goal.scratchUrl);
    }
}
