package policysearch.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the JTE pages: precompiled classes from the jar, or hot-reloaded sources while developing. */
public final class Templates {
    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates compiled into the jar by the build. */
    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** Templates read from {@code dir} and recompiled when they change (development only). */
    public static Templates hotReload(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("template directory not found: " + dir);
        }
        Path classes = Path.of("target", "jte-classes");
        return new Templates(TemplateEngine.create(new DirectoryCodeResolver(dir), classes, ContentType.Html));
    }

    /** Renders {@code template} (e.g. {@code search/search.jte}) with its single page parameter. */
    public String render(String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        return out.toString();
    }
}
