package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import policysearch.web.page.HelpPage;

/** Development mode (templates compiled from web/templates on the fly) renders what the jar renders. */
class TemplatesTest {

    @Test
    void hotReloadRendersLikeThePrecompiledTemplates() {
        String precompiled = Templates.precompiled().render("help/help.jte", HelpPage.of());
        String reloaded = Templates.hotReload(Path.of("web", "templates")).render("help/help.jte", HelpPage.of());
        assertEquals(precompiled, reloaded);
    }

    @Test
    void hotReloadNeedsTheTemplateDirectory() {
        assertThrows(IllegalArgumentException.class, () -> Templates.hotReload(Path.of("no", "such", "dir")));
    }
}
