package nl.midoffice.launcher.browser;

import nl.midoffice.launcher.StackConfig;
import nl.midoffice.launcher.StackExtension;
import nl.midoffice.launcher.TestStack;


import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Where the apps of the shared test stack listen: the same {@link TestStack} that {@link StackExtension} gives the
 * other IT classes of this JVM (started by whichever test asks first, stopped when the run ends), so the browser
 * tests start no stack of their own.
 */
public record StackAdressen(String portaal, String werkbak, String midoffice) {

    /** Gives a test a {@link StackAdressen} parameter. */
    public static final class Extension implements ParameterResolver {

        private final StackExtension stacks = new StackExtension();

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == StackAdressen.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestStack stack = (TestStack) stacks.resolveParameter(parameter, context);
            StackConfig config = stack.config();
            return new StackAdressen("http://localhost:" + config.portalPort(),
                    "http://localhost:" + config.simulatorPort(), "http://localhost:" + config.midofficePort());
        }
    }
}
