package policysearch.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Format detection, the web page reader's tables and chrome, page furniture and Word's numbering labels. */
class FormatReadersTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void formatComesFromContentBeforeName() throws Exception {
        assertEquals(Format.HTML, Formats.detect("notice.doc", utf8("<html><body><p>通知</p></body></html>")),
                "a web page saved under a Word name is a web page");
        assertEquals(Format.PDF, Formats.detect("notice.txt", utf8("%PDF-1.7\n…")));
        assertEquals(Format.TEXT, Formats.detect("notice", utf8("深化医改重点工作任务")));
        assertEquals(Format.HTML, Formats.detect("page.htm", utf8("通知")));
        UnreadableFileException misnamed = assertThrows(UnreadableFileException.class,
                () -> Formats.detect("notice.pdf", utf8("深化医改重点工作任务")));
        assertTrue(misnamed.getMessage().startsWith("the file is named .pdf but its content is not PDF"));
        UnreadableFileException image = assertThrows(UnreadableFileException.class,
                () -> Formats.detect("scan.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertTrue(image.getMessage().startsWith("the file is an image"));
    }

    @Test
    void webPageTablesAreRowsOfCellsAndChromeGoes() throws Exception {
        String html = "<html><head><title>关于某事的通知_政策_某某网</title><script>var x='（一）';</script></head><body>"
                + "<nav><a>首页</a><a>政策</a></nav><table><tr><td><b>发文字号：</b></td><td>某办发〔2022〕7号</td>"
                + "</tr></table><div style='display:none'>隐藏</div><h1>关于某事的通知</h1><p>第一段<br>第二行</p>"
                + "<footer>版权所有</footer></body></html>";
        Extraction e = new HtmlReader().read(utf8(html));
        assertEquals(List.of("发文字号：\t某办发〔2022〕7号", "关于某事的通知", "第一段", "第二行"), e.lines());
        assertEquals("关于某事的通知", e.declaredTitle());
    }

    @Test
    void webPageInALegacyCharsetIsDecodedByItsDeclaration() throws Exception {
        String html = "<html><head><meta charset=\"gb2312\"></head><body><p>深化医药卫生体制改革</p></body></html>";
        Extraction e = new HtmlReader().read(html.getBytes(Charset.forName("GBK")));
        assertEquals(List.of("深化医药卫生体制改革"), e.lines());
    }

    @Test
    void aTableThatLaysOutThePageIsReadAsBlocks() throws Exception {
        String article = "（一）任务。" + "内容。".repeat(600);
        String html = "<table><tr><td>导航</td><td><p>标题</p><p>" + article + "</p></td></tr></table>";
        Extraction e = new HtmlReader().read(utf8(html));
        assertEquals(List.of("导航", "标题", article), e.lines());
    }

    @Test
    void runningHeadersFootersAndPageNumbersAreMarked() {
        for (String furniture : List.of("12/2/26, 4:05 PM\t深化医改重点工作任务", "2024/6/3 10:15\t标题",
                "file:///C:/Users/a/Desktop/通知.htm\t3/6", "https://www.gov.cn/zhengce/content/x.htm\t1/6",
                "- 3 -", "— 12 —", "第 3 页 共 6 页", "Page 2 of 9", "3")) {
            assertTrue(PageFurniture.isMarked(furniture), furniture);
        }
        for (String text : List.of("2020年7月16日", "（一）改革完善疾病预防控制体系。", "发布日期：\t2021-06-17 10:00",
                "国办发〔2021〕20号")) {
            assertFalse(PageFurniture.isMarked(text), text);
        }
    }

    @Test
    void wordNumberingCountsInChineseOrDigits() {
        assertEquals("十二", WordNumbering.format(12, "chineseCounting"));
        assertEquals("二十", WordNumbering.format(20, "ideographTraditional"));
        assertEquals("3", WordNumbering.format(3, "decimal"));
        assertEquals("一", WordNumbering.chinese(1));
        assertEquals("三十五", WordNumbering.chinese(35));
    }

    @Test
    void wordsAutomaticNumberingIsPrintedAsItsLabel() throws Exception {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = new java.io.ByteArrayOutputStream()) {
            var abstractNum = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(java.math.BigInteger.ZERO);
            var level = abstractNum.addNewLvl();
            level.setIlvl(java.math.BigInteger.ZERO);
            level.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING);
            level.addNewLvlText().setVal("（%1）");
            level.addNewStart().setVal(java.math.BigInteger.ONE);
            var numbering = doc.createNumbering();
            var numId = numbering.addNum(numbering.addAbstractNum(
                    new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum)));
            doc.createParagraph().createRun().setText("一、加强公共卫生体系建设");
            for (String task : List.of("改革完善疾病预防控制体系。", "完善传染病监测预警系统。")) {
                var p = doc.createParagraph();
                p.setNumID(numId);
                p.createRun().setText(task);
            }
            doc.write(out);
            Extraction e = new DocxReader().read(out.toByteArray());
            assertEquals(List.of("一、加强公共卫生体系建设", "（一）改革完善疾病预防控制体系。", "（二）完善传染病监测预警系统。"),
                    e.lines());
        }
    }
}
