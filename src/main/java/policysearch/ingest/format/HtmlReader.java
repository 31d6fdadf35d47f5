package policysearch.ingest.format;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page: scripts, styles, forms, navigation and footers go; each block element (paragraph, heading,
 * list item, div) becomes a line and each row of a data table one line of tab-separated cells, so a government
 * page's metadata table (索引号, 发文机关, 发文字号, 成文日期 …) reads as key/value cells. Tables that lay out the
 * page (a table inside a cell, or a cell holding a whole article) are read as blocks. The rest of a site's chrome
 * (menus, share links, 相关报道) is left to the line filter every format goes through.
 */
final class HtmlReader implements FormatReader {
    private static final Set<String> DROPPED = Set.of("head", "script", "style", "noscript", "template", "iframe",
            "nav", "form", "select", "button", "input", "textarea", "svg", "object", "embed", "map", "footer");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "aside",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "address",
            "figure", "figcaption", "center", "hr", "table", "caption", "fieldset", "legend", "details", "summary",
            "body", "html");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*(_|\\||｜| - |——).*$");
    /** A cell longer than this holds an article, not a value: its table lays the page out. */
    private static final int MAX_CELL = 1500;

    @Override
    public Extraction read(byte[] bytes) throws UnreadableFileException {
        Document doc = Jsoup.parse(decode(bytes));
        String title = declaredTitle(doc);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        walk(doc.body() == null ? doc : doc.body(), lines, line);
        flush(lines, line);
        if (lines.isEmpty()) {
            throw new UnreadableFileException("the web page has no text");
        }
        return new Extraction(Format.HTML, lines, title, List.of());
    }

    /** The page's text: in the charset its markup declares, else as detected for plain text. */
    private static String decode(byte[] bytes) throws UnreadableFileException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(head);
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            name = name.startsWith("gb") || name.equals("x-gbk") ? "GB18030" : name;
            try {
                return new String(bytes, Charset.forName(name));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // fall through to detection
            }
        }
        try {
            return new TextDecoder().decode(bytes).text();
        } catch (TextDecoder.NotTextException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        }
    }

    /** The title in the page's metadata: 《ArticleTitle》, else {@code <title>} without the site's name after it. */
    private static String declaredTitle(Document doc) {
        Element meta = doc.selectFirst("meta[name=ArticleTitle]");
        if (meta != null && !meta.attr("content").isBlank()) {
            return meta.attr("content");
        }
        String t = TITLE_SUFFIX.matcher(doc.title()).replaceFirst("");
        return t.length() >= 6 ? t : null;
    }

    private static void walk(Node node, List<String> lines, StringBuilder line) {
        BoundedReading.checkCancelled();
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.getWholeText().replaceAll("\\s+", " "));
            } else if (child instanceof Element e && !dropped(e)) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush(lines, line);
                } else if (tag.equals("table") && isDataTable(e)) {
                    flush(lines, line);
                    rows(e, lines);
                } else if (BLOCKS.contains(tag) || tag.equals("tr") || tag.equals("td") || tag.equals("th")) {
                    flush(lines, line);
                    walk(e, lines, line);
                    flush(lines, line);
                } else {
                    walk(e, lines, line);
                }
            }
        }
    }

    private static boolean dropped(Element e) {
        if (DROPPED.contains(e.normalName()) || e.hasAttr("hidden") || e.attr("role").equals("navigation")) {
            return true;
        }
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** A table of values rather than of page layout: no table inside it and no cell holding an article. */
    private static boolean isDataTable(Element table) {
        if (table.select("table").size() > 1) {
            return false;
        }
        return table.select("td, th").stream().noneMatch(c -> c.text().length() > MAX_CELL);
    }

    /** One line per row, its cells' text separated by tabs (empty cells kept, so columns stay in place). */
    private static void rows(Element table, List<String> lines) {
        for (Element row : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell.text().replace('\t', ' ').strip());
                }
            }
            String joined = String.join("\t", cells);
            if (!joined.isBlank()) {
                lines.add(joined);
            }
        }
    }

    private static void flush(List<String> lines, StringBuilder line) {
        String s = line.toString().strip();
        if (!s.isEmpty()) {
            lines.add(s);
        }
        line.setLength(0);
    }
}
