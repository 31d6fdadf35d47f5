package policysearch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import policysearch.search.SearchUnavailableException;
import policysearch.web.page.ErrorPage;

/**
 * Turns every failure into a readable answer: JSON {@code {"error": ...}} under /api and /health,
 * a friendly Chinese page elsewhere. Unexpected exceptions are logged, never shown.
 */
final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    /** What a user reads when the search engine (an OpenSearch cluster) is down or too slow. */
    static final String UNAVAILABLE = "搜索服务暂时无法连接，请稍后再试。";
    private final Templates templates;

    ErrorHandlers(Templates templates) {
        this.templates = templates;
    }

    /** Registers the handlers on the app's routes. */
    void install(RoutesConfig routes) {
        routes.exception(BadRequest.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        routes.exception(NotFound.class, (e, ctx) -> respond(ctx, 404, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(),
                e.getStatus() == 404 ? "没有这个地址：" + ctx.path() : "请求无法处理（" + e.getStatus() + "）"));
        routes.exception(SearchUnavailableException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            respond(ctx, 503, UNAVAILABLE);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "服务内部出错，请稍后再试。");
        });
    }

    private void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.json(Map.of("error", message));
            return;
        }
        try {
            ctx.html(templates.render("error/error.jte", ErrorPage.of(status, message)));
        } catch (RuntimeException renderFailure) {
            LOG.error("error page failed to render", renderFailure);
            ctx.contentType("text/plain; charset=utf-8").result(status + " " + message);
        }
    }

    private static boolean wantsJson(Context ctx) {
        String path = ctx.path();
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health");
    }
}
