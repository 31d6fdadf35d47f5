package policysearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import policysearch.model.Problem;

/**
 * Drops web-page chrome: navigation and footer lines (扫一扫, 打印本页, 版权所有, ICP备 ...), a menu printed one
 * short item a line, and link blocks (相关报道 / 解读 followed by link titles), wherever they sit, including between
 * two tasks.
 */
public final class ChromeFilter {
    private static final Pattern CHROME_LINE = Pattern.compile(
            ".*(扫一扫|打印本页|关闭窗口|保存本页|【打印】|【关闭】|【字体|我向总理说句话|版权所有|ICP备|公网安备|网站标识码"
            + "|主办单位[:：]|运行维护单位|网站地图|联系我们|网站声明|网站纠错|中文域名|分享到|收藏\\s*留言|▲).*"
            + "|^(首页\\s*[>＞]|当前位置|链接[:：]|☆).*"
            + "|^[-|—\\s]+$"
            + "|^(中国政府网|微博、微信|微信|微博|返回顶部|打印|关闭|分享)$");
    private static final Pattern BLOCK_HEAD = Pattern.compile(
            "^(相关报道|相关解读|解读|政策解读|相关链接|延伸阅读|相关新闻|相关文件|相关阅读|图解|相关稿件)[:：]?$");
    private static final Pattern BULLET = Pattern.compile("^[-·•▪●◆■*]\\s*.*");
    private static final int MAX_LINK_LENGTH = 80;
    /** A site menu printed one item a line: at least this many short unpunctuated lines in a row. */
    private static final int MENU_RUN = 4;
    private static final Pattern MENU_ITEM = Pattern.compile("^[^，。；：,.;:、（）()]{1,6}$");

    /** Lines without chrome; each dropped link block is reported as a warning. */
    public List<SourceLine> filter(String source, List<SourceLine> lines, List<Problem> problems) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            String t = line.text();
            if (BLOCK_HEAD.matcher(t).matches()) {
                int j = i + 1;
                while (j < lines.size() && isLinkItem(lines.get(j).text())) {
                    j++;
                }
                if (j < lines.size() && out.size() > 0) {
                    problems.add(new Problem(source, line.no(), Problem.Severity.WARNING,
                            "dropped link block '" + t + "' (lines " + line.no() + "–" + lines.get(j - 1).no() + ")"));
                }
                i = j;
                continue;
            }
            int run = menuRun(lines, i);
            if (run >= MENU_RUN) {
                i += run;
                continue;
            }
            if (!CHROME_LINE.matcher(t).matches() && !isMenuRow(t)) {
                out.add(line);
            }
            i++;
        }
        return out;
    }

    /** How many lines from {@code i} on are short menu items (国务院 / 总理 / 新闻 …). */
    private static int menuRun(List<SourceLine> lines, int i) {
        int j = i;
        while (j < lines.size() && MENU_ITEM.matcher(lines.get(j).text()).matches()
                && !Structure.isMarkerLine(lines.get(j).text())) {
            j++;
        }
        return j - i;
    }

    private static boolean isLinkItem(String t) {
        if (BLOCK_HEAD.matcher(t).matches() || BULLET.matcher(t).matches()) {
            return true;
        }
        return t.length() <= MAX_LINK_LENGTH && !Structure.isMarkerLine(t) && !endsSentence(t);
    }

    private static boolean endsSentence(String t) {
        char last = t.charAt(t.length() - 1);
        return last == '。' || last == '；' || last == ';' || last == '）' || last == ')' || last == '，' || last == ',';
    }

    /** A row of a site menu: many tab-separated cells and no sentence punctuation, unless it is a key: value row. */
    private static boolean isMenuRow(String t) {
        String[] cells = t.split("\t");
        if (cells.length < 3 || t.contains(":") || t.contains("：")) {
            return false;
        }
        return !t.contains("。") && !t.contains("，");
    }
}
