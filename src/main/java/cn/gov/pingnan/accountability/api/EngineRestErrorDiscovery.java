package cn.gov.pingnan.accountability.api;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Brings {@link EngineRestErrorFeature} to the webapps' engine API ({@code /camunda/api/engine},
 * which the Tasklist calls), a Jersey application of Camunda's we cannot configure otherwise.
 * Listed in {@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}.
 */
public class EngineRestErrorDiscovery implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(EngineRestErrorFeature.class)) {
            context.register(EngineRestErrorFeature.class);
        }
    }
}
