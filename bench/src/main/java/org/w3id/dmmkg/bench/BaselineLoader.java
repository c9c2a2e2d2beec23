package org.w3id.dmmkg.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.dmmkg.loader.LetterException;

/**
 * Another build's loader, from its {@code dmm-kg.jar}, in a class loader of its own beside
 * this build's: the same letters and ontology through other code, in the same JVM, so that
 * two versions of the extraction are timed in turns on the same machine at the same time.
 * Only the jar's public entry points are called: {@code Loaders.create(long)} and
 * {@code LetterLoader.load(Path, RDFHandler)}.
 */
final class BaselineLoader implements ExtractionBenchmark.Extraction {
    private final Object loader;
    private final Method load;
    private final Object counter;
    private long statements;

    private BaselineLoader(Object loader, Method load, Class<?> handler) {
        this.loader = loader;
        this.load = load;
        this.counter = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler}, (proxy, method, args) -> {
            if (method.getName().equals("handleStatement")) {
                statements++;
            }
            return null;
        });
    }

    /** The loader of the build in {@code jar}, reading this checkout's ontology; refused with why. */
    static BaselineLoader open(Path jar, long maxBytes) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + ": no such jar");
        }
        URLClassLoader classes = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        try {
            Object loader = classes.loadClass("org.w3id.dmmkg.cli.Loaders").getMethod("create", long.class)
                    .invoke(null, maxBytes);
            Class<?> handler = classes.loadClass("org.eclipse.rdf4j.rio.RDFHandler");
            return new BaselineLoader(loader, loader.getClass().getMethod("load", Path.class, handler), handler);
        } catch (ReflectiveOperationException e) {
            throw new IOException(jar + ": not a dmm-kg.jar whose loader this benchmark can call (" + rootCause(e) + ")", e);
        }
    }

    @Override
    public long statements(Path file) throws LetterException {
        long before = statements;
        try {
            load.invoke(loader, file, counter);
        } catch (InvocationTargetException e) {
            throw new LetterException(file.toString(), "the baseline failed: " + e.getCause().getMessage(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the baseline's loader cannot be called", e);
        }
        return statements - before;
    }

    private static String rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}
