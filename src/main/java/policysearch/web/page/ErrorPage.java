package policysearch.web.page;

/** A friendly error page: status, a heading and what the user can do about it. */
public record ErrorPage(Layout layout, int status, String heading, String message) {
    /** The page for an HTTP status and a message for the user. */
    public static ErrorPage of(int status, String message) {
        String heading = switch (status) {
            case 400 -> "请求有误";
            case 404 -> "页面不存在";
            case 503 -> "搜索服务暂时不可用";
            default -> "服务暂时出错";
        };
        return new ErrorPage(Layout.of(heading, Layout.Nav.NONE), status, heading, message);
    }
}
