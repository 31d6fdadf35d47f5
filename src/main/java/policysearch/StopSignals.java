package policysearch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop, so {@code serve} closes everything and returns 0 instead of the
 * JVM exiting 130/143 from its shutdown hooks (which {@code exec:exec} and service managers report as a failure).
 * The JDK has no public signal API; {@code sun.misc.Signal} (module jdk.unsupported, kept open for exactly this
 * use) is reached reflectively, because naming it in source makes every compile warn about a proprietary API.
 */
final class StopSignals {
    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private StopSignals() {
    }

    /**
     * Runs {@code stop} on SIGINT and SIGTERM instead of exiting; false when this runtime offers no way to. A signal
     * the JVM may not take (SIGINT ignored in a background job) keeps its behaviour; the other is still taken.
     */
    static boolean install(Runnable stop) {
        boolean any = false;
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Object handler = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            stop.run();
                            yield null;
                        }
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> "stop-signals";
                    });
            Method handle = signal.getMethod("handle", signal, handlerType);
            for (String name : SIGNALS) {
                try {
                    handle.invoke(null, signal.getConstructor(String.class).newInstance(name), handler);
                    any = true;
                } catch (InvocationTargetException e) {
                    // the JVM or the OS keeps this signal
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // no sun.misc: the shutdown hook still closes the server; the exit code is then the JVM's
        }
        return any;
    }
}
