package policysearch.ingest.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Makes the format fixtures in {@code src/test/resources/fixtures/formats/} from the real seeds: the 2021 national
 * document as a saved government web page (navigation, metadata table, 相关报道, footer) and as that page printed
 * to PDF by Chromium (running header with the print date, time and title, footer with the address and n/m, the
 * font size chosen so that a page break falls inside a department clause); the Chongqing document as a Word file
 * with a running header and page numbers, converted by LibreOffice to .doc and printed to PDF; and the files that
 * must fail clearly (a scan, password-protected PDF and .docx, .wps, .ofd). Not a test: run it by hand
 * ({@code java -cp target/classes:target/test-classes:… policysearch.ingest.format.MakeFormatFixtures}) with
 * chromium and soffice on the PATH, and commit what it writes.
 */
public final class MakeFormatFixtures {
    static final Path OUT = Path.of("src/test/resources/fixtures/formats");
    static final Path WEB_SEED = Path.of("seeds/001_b8e6a6120fcebc90.txt");
    static final Path WORD_SEED = Path.of("seeds/002_8c8a99c6948116e2.txt");
    /** Where the page is printed from: the printed footer shows this address. */
    static final Path SITE = Path.of("/tmp/www.gov.cn/zhengce/content/2021-06/17");

    private MakeFormatFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        String html = webPage(Files.readAllLines(WEB_SEED, StandardCharsets.UTF_8));
        Files.writeString(OUT.resolve("gov-page-2021.html"), html);
        printedPage(html);
        byte[] docx = wordFile(Files.readAllLines(WORD_SEED, StandardCharsets.UTF_8));
        Files.write(OUT.resolve("chongqing-2020.docx"), docx);
        soffice("doc", OUT.resolve("chongqing-2020.docx"));
        soffice("pdf", OUT.resolve("chongqing-2020.docx"));
        Files.move(OUT.resolve("chongqing-2020.pdf"), OUT.resolve("chongqing-2020-office.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        traps(docx);
    }

    /** The seed as a government page: its chrome and metadata table in markup, its text in paragraphs. */
    static String webPage(List<String> seed) {
        List<String> lines = seed.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        StringBuilder b = new StringBuilder();
        String title = lines.stream().filter(l -> l.startsWith("标题:")).findFirst().orElseThrow().split("\t")[1];
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title)
                .append("_卫生_中国政府网</title>\n<meta name=\"ArticleTitle\" content=\"").append(title)
                .append("\">\n<style>body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:FONTpx;line-height:1.8;"
                        + "margin:0 auto;max-width:900px}table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:14px}td{padding:2px 8px}"
                        + "td:nth-child(odd){width:16%}td b{white-space:nowrap}"
                        + ".related{border:1px solid #ccc;margin:8px 0}</style>\n")
                .append("<script>window.dataLayer=[];function share(){}</script>\n</head>\n<body>\n");
        b.append("<div class=\"header\"><nav><ul>");
        for (String item : List.of("国务院", "总理", "新闻", "政策", "互动", "服务", "数据", "国情")) {
            b.append("<li><a href=\"#\">").append(item).append("</a></li>");
        }
        b.append("</ul></nav><div class=\"service\"><a href=\"#\">国家政务服务平台</a></div></div>\n");
        b.append("<div class=\"BreadcrumbNav\"><a href=\"#\">首页</a> &gt; <a href=\"#\">信息公开</a> &gt; "
                + "<a href=\"#\">国务院文件</a> &gt; <a href=\"#\">卫生、体育</a> &gt; <a href=\"#\">卫生</a></div>\n");
        b.append("<div class=\"share\"><span>☆ 收藏</span> <span>留言</span> <span>分享</span> <span>微信</span>"
                + " <span>微博</span> <span>更多</span></div>\n<table class=\"bd1\">\n");
        int i = 0;
        while (!lines.get(i).startsWith("索引号")) {
            i++;
        }
        for (; lines.get(i).contains("\t") || lines.get(i).endsWith(":"); i++) {
            b.append("<tr>");
            List<String> cells = new ArrayList<>(List.of(lines.get(i).split("\t", -1)));
            while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                String span = c == cells.size() - 1 && cells.size() < 4 ? " colspan=\"" + (5 - cells.size()) + "\"" : "";
                b.append(cell.endsWith(":") ? "<td><b>" + cell.replace(':', '：') + "</b></td>"
                        : "<td" + span + ">" + cell + "</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<div class=\"article\" id=\"UCAP-CONTENT\">\n<h1>").append(lines.get(i++)).append("</h1>\n");
        for (; !lines.get(i).startsWith("扫一扫"); i++) {
            String l = lines.get(i);
            if (l.equals("相关报道")) {
                b.append("<div class=\"related\"><h4>相关报道</h4><ul>\n");
                while (lines.get(i + 1).startsWith("- ") || lines.get(i + 1).equals("解读")) {
                    String item = lines.get(++i);
                    b.append(item.equals("解读") ? "</ul><h4>解读</h4><ul>\n"
                            : "<li><a href=\"#\">" + item.substring(2) + "</a></li>\n");
                }
                b.append("</ul></div>\n");
            } else if (l.matches("[一二三四五六七八九十]、.*")) {
                b.append("<p><strong>").append(l).append("</strong></p>\n");
            } else if (l.length() <= 12 && !l.endsWith("：")) {
                b.append("<p style=\"text-align:right\">").append(l).append("</p>\n");
            } else {
                b.append("<p>").append(l).append("</p>\n");
            }
        }
        b.append("</div>\n<div class=\"print\"><span>扫一扫在手机打开当前页</span><br><a href=\"#\">保存本页</a> "
                + "<a href=\"#\">打印本页</a> <a href=\"#\">关闭窗口</a></div>\n");
        b.append("<footer><p>中国政府网 | 关于本网 | 网站声明 | 网站地图 | 联系我们 | 网站纠错</p>"
                + "<p>主办单位：国务院办公厅 运行维护单位：中国政府网运行中心</p><p>版权所有：中国政府网 中文域名：中国政府网.政务</p>"
                + "<p>网站标识码bm01000001 京ICP备05070218号 京公网安备11010202000001号</p></footer>\n");
        b.append("<script>share();</script>\n</body>\n</html>\n");
        return b.toString();
    }

    /** Prints the page to PDF at the first font size that puts a page break inside a department clause. */
    static void printedPage(String html) throws Exception {
        Files.createDirectories(SITE);
        Path page = SITE.resolve("content_5618799.htm");
        Path pdf = OUT.resolve("gov-page-2021-printed.pdf");
        for (int tenth = 150; tenth <= 210; tenth += 2) {
            Files.writeString(page, html.replace("FONT", String.valueOf(tenth / 10.0)));
            run(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--lang=zh-CN",
                    "--print-to-pdf=" + pdf.toAbsolutePath(), page.toUri().toString()));
            if (breaksInsideClause(Files.readAllBytes(pdf))) {
                System.out.println("printed at font size " + tenth / 10.0 + "px");
                return;
            }
        }
        throw new IllegalStateException("no font size puts a page break inside a department clause");
    }

    /** True when some page ends inside an open bracket that the next page's text closes with a role verb. */
    public static boolean breaksInsideClause(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PdfLines.Page> pages = new PdfLines().read(doc);
            Set<PdfLines.Line> furniture = PageFurniture.of(pages);
            for (int p = 0; p + 1 < pages.size(); p++) {
                List<String> here = pages.get(p).lines().stream().filter(l -> !furniture.contains(l))
                        .map(PdfLines.Line::text).toList();
                List<String> next = pages.get(p + 1).lines().stream().filter(l -> !furniture.contains(l))
                        .map(PdfLines.Line::text).toList();
                if (here.isEmpty() || next.isEmpty()) {
                    continue;
                }
                String last = here.get(here.size() - 1).replace('(', '（').replace(')', '）');
                String first = String.join("", next.subList(0, Math.min(3, next.size()))).replace(')', '）');
                int open = last.lastIndexOf('（');
                if (open >= 0 && open > last.lastIndexOf('）') && first.indexOf('）') > 0
                        && first.substring(0, first.indexOf('）')).matches(".*(负责|参与|牵头)")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The seed as a Word file: hard-wrapped lines joined into paragraphs, a running header and page numbers. */
    static byte[] wordFile(List<String> seed) throws IOException {
        List<String> lines = seed.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String l : lines) {
            if (l.matches("^[(（][一二三四五六七八九十]{1,3}[)）].*|^[一二三四五六七八九十]、.*") && !current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            current.append(l);
            if (l.length() < 36) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle("重庆市人民政府办公厅文件");
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph hp = header.createParagraph();
            hp.setAlignment(ParagraphAlignment.CENTER);
            hp.createRun().setText("重庆市人民政府办公厅文件");
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph fp = footer.createParagraph();
            fp.setAlignment(ParagraphAlignment.CENTER);
            fp.createRun().setText("— ");
            fp.getCTP().addNewFldSimple().setInstr("PAGE");
            fp.createRun().setText(" —");
            boolean titleBlock = true;
            for (String p : paragraphs) {
                XWPFParagraph para = doc.createParagraph();
                XWPFRun run = para.createRun();
                run.setFontFamily("WenQuanYi Zen Hei");
                run.setFontSize(14);
                if (titleBlock) {
                    para.setAlignment(ParagraphAlignment.CENTER);
                    run.setBold(true);
                    titleBlock = !p.endsWith("通知");
                } else if (!p.startsWith("(") && !p.matches("^[一二三四五六七八九十]、.*") && p.length() > 20) {
                    para.setIndentationFirstLine(560);
                }
                run.setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static void soffice(String to, Path file) throws Exception {
        run(List.of("soffice", "--headless", "--convert-to", to, "--outdir", OUT.toString(), file.toString()));
    }

    /** Files that must fail with a clear message: a scan, password-protected PDF and .docx, .wps and .ofd. */
    static void traps(byte[] docx) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var image = new java.awt.image.BufferedImage(200, 280, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(java.awt.Color.BLACK);
            for (int y = 20; y < 260; y += 12) {
                g.fillRect(20, y, 160, 5);
            }
            g.dispose();
            PDImageXObject img = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 50, 100, 495, 693);
            }
            doc.save(OUT.resolve("scanned.pdf").toFile());
        }
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(OUT.resolve("chongqing-2020-office.pdf")))) {
            while (doc.getNumberOfPages() > 1) {
                doc.removePage(1);
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(OUT.resolve("password.pdf").toFile());
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            try (OutputStream out = Files.newOutputStream(OUT.resolve("password.docx"))) {
                fs.writeFilesystem(out);
            }
        }
        Files.write(OUT.resolve("notice.wps"), Files.readAllBytes(OUT.resolve("chongqing-2020.doc")));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(OUT.resolve("notice.ofd")))) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }
}
