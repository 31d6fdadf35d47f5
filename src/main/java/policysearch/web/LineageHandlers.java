package policysearch.web;

import io.javalin.http.Context;
import policysearch.lineage.Lineage;
import policysearch.model.Ids;
import policysearch.web.page.ComparePage;
import policysearch.web.page.TimelinePage;

/** The lineage views: two tasks compared, a theme across years (page and JSON). Parameters in, records out. */
final class LineageHandlers {
    private final Lineage lineage;
    private final Templates templates;

    LineageHandlers(Lineage lineage, Templates templates) {
        this.lineage = lineage;
        this.templates = templates;
    }

    /** {@code /compare?a=&b=}: task a on the left, task b on the right, what changed marked. */
    void compare(Context ctx) {
        String a = taskId(ctx, "a");
        String b = taskId(ctx, "b");
        var comparison = lineage.compare(a, b)
                .orElseThrow(() -> new NotFound("没有编号为 " + a + " 或 " + b + " 的任务。"));
        ctx.html(templates.render("compare/compare.jte", ComparePage.of(comparison)));
    }

    /** {@code /timeline?q=}: the query's tasks period by period, national and local apart. */
    void timeline(Context ctx) {
        String q = query(ctx);
        ctx.html(templates.render("timeline/timeline.jte", TimelinePage.of(q, q.isEmpty() ? null
                : lineage.timeline(q))));
    }

    /** {@code GET /api/timeline?q=}: the same as JSON. */
    void timelineJson(Context ctx) {
        String q = query(ctx);
        if (q.isEmpty()) {
            throw new BadRequest("缺少参数 q");
        }
        ctx.json(lineage.timeline(q));
    }

    private static String query(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (q.length() > SearchParams.MAX_QUERY) {
            throw new BadRequest("查询过长：最多 " + SearchParams.MAX_QUERY + " 个字符");
        }
        return q;
    }

    private static String taskId(Context ctx, String name) {
        String id = ctx.queryParam(name);
        if (id == null || id.isBlank()) {
            throw new BadRequest("缺少参数 " + name + "：要对比的任务编号");
        }
        if (!Ids.isValid(id)) {
            throw new BadRequest("参数 " + name + " 的编号格式不正确：只能包含小写字母、数字和连字符");
        }
        return id;
    }
}
