package policysearch.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import policysearch.model.Department;
import policysearch.model.Role;

/**
 * Reads the bodies and roles of department clauses, one document at a time (it keeps the document's conventions:
 * "排在第一位的为牵头部门（牵头单位），下同", "以下均需各市（州）人民政府负责，不再列出" and alias definitions apply
 * from where they are stated onwards, in the preamble or in a clause).
 * Roles: every body before 分别负责 / 牵头 leads; with the first-is-lead convention the first body before 负责
 * leads and the rest are responsible (supporting when the note says 其他为配合单位); otherwise 负责 bodies are
 * responsible; 参与 / 配合 bodies support. Bodies of a standing note join every later task in their role.
 */
public final class DepartmentClauseParser {
    private static final Pattern VERB = Pattern.compile(
            "^(.*?)(?:等)?(按职责分工负责|按职责分别负责|按职责负责|分别牵头负责|分别负责|共同负责|牵头负责|负责|分别牵头|牵头|参与|配合)$");
    private static final Pattern ALIAS = Pattern.compile(
            "(\\p{IsHan}[^、，,〔（(]*?)[〔（(](?:以下简称|以下称|简称)[“\"]?([^〕）)”\"]+)[”\"]?[〕）)]");
    private static final Pattern FIRST_IS_LEAD = Pattern.compile("(排在第一位|排名第一|排第一|列第一位|第一位|首位).*牵头");
    private static final Pattern REST_SUPPORT = Pattern.compile("(其他|其余|其它)[^，。；]*?(为|是)(配合|参与|协办)");
    /** 以下均需各市（州）人民政府负责，不再列出: bodies every later task has without naming them. */
    private static final Pattern STANDING = Pattern.compile(
            "^(?:以下|下列)(?:各项)?(?:工作)?(?:任务)?(?:均|都|也)?(?:需|须|由|要)?(.+?)"
            + "(按职责分工负责|分别负责|负责|牵头|参与|配合)(?:落实|实施|推进)?(?:，?不再(?:一一)?列(?:出|明|举))?$");

    private final DepartmentNames names;
    private final String region;
    private final Map<String, String> aliases = new HashMap<>();
    private boolean firstIsLead;
    private boolean restSupport;
    private final Map<String, Department> standing = new LinkedHashMap<>();

    /** A parser for one document of {@code region}. */
    public DepartmentClauseParser(DepartmentNames names, String region) {
        this.names = names;
        this.region = region;
    }

    /** The bodies of one clause in order, each once, with their roles; problems are added to {@code warnings}. */
    public List<Department> parse(String clause, List<String> warnings) {
        String c = clause.replace(',', '，').replace(';', '；').replaceAll("\\s+", "");
        Matcher am = ALIAS.matcher(c);
        StringBuilder b = new StringBuilder();
        while (am.find()) {
            aliases.put(am.group(2).strip(), am.group(1).strip());
            am.appendReplacement(b, Matcher.quoteReplacement(am.group(1)));
        }
        am.appendTail(b);
        c = b.toString();
        List<String> sentences = new ArrayList<>();
        for (String sentence : c.split("[。；]")) {
            if (!sentence.isBlank() && !note(sentence, warnings)) {
                sentences.add(sentence);
            }
        }
        Map<String, Department> out = new LinkedHashMap<>();
        for (String sentence : sentences) {
            for (String part : sentence.split("，")) {
                parsePart(part, out, warnings);
            }
        }
        standing.values().forEach(d -> out.putIfAbsent(d.name(), d));
        return List.copyOf(out.values());
    }

    /**
     * Reads the conventions stated in the document's own text before the task list (its preamble, the notice):
     * who leads, who supports, and the bodies of every task.
     */
    public void readNotes(String text) {
        String c = text.replace(',', '，').replace(';', '；').replaceAll("[ \\t\\u3000]+", "");
        for (String sentence : c.split("[。；\\n]")) {
            if (FIRST_IS_LEAD.matcher(sentence).find() || STANDING.matcher(sentence).matches()) {
                note(sentence, new ArrayList<>());
            }
        }
    }

    /** Takes in a sentence that states a convention rather than naming the task's bodies; false for any other. */
    private boolean note(String sentence, List<String> warnings) {
        String s = sentence.replaceAll("^[（(]|[）)]$", "");
        Matcher standingNote = STANDING.matcher(s);
        if (standingNote.matches()) {
            Map<String, Department> bodies = new LinkedHashMap<>();
            boolean conventions = firstIsLead;
            firstIsLead = false; // the role is the note's verb: 负责 bodies are responsible, not the first listed
            parsePart(standingNote.group(1) + standingNote.group(2), bodies, warnings);
            firstIsLead = conventions;
            bodies.values().forEach(d -> standing.putIfAbsent(d.name(), d));
            return true;
        }
        boolean firstLeads = FIRST_IS_LEAD.matcher(s).find();
        if (firstLeads || s.contains("下同")) {
            firstIsLead |= firstLeads;
            restSupport |= firstLeads && REST_SUPPORT.matcher(s).find();
            return true;
        }
        return false;
    }

    /**
     * The bodies of a row of a task division table (任务分工表), its cells naming the lead, responsible and
     * supporting bodies (any may be empty), read as a clause in this document's conventions.
     */
    public List<Department> parseRow(String lead, String responsible, String support, List<String> warnings) {
        List<String> parts = new ArrayList<>();
        addRowPart(parts, lead, "牵头");
        addRowPart(parts, responsible, "负责");
        addRowPart(parts, support, "配合");
        return parts.isEmpty() ? standing() : parse(String.join("，", parts), warnings);
    }

    /** The bodies a standing note gave every task from here on (empty when there is none). */
    public List<Department> standing() {
        return List.copyOf(standing.values());
    }

    private static void addRowPart(List<String> parts, String cell, String verb) {
        if (cell == null || cell.isBlank()) {
            return;
        }
        String bodies = cell.strip().replaceAll("[，,；;、/\\s]+", "、").replaceAll("^、|、$", "");
        if (!bodies.isEmpty()) {
            parts.add(bodies + verb);
        }
    }

    private void parsePart(String part, Map<String, Department> out, List<String> warnings) {
        if (part.isBlank()) {
            return;
        }
        Matcher m = VERB.matcher(part);
        if (!m.matches()) {
            warnings.add("department clause part without a role verb: '" + part + "'");
            return;
        }
        String verb = m.group(2);
        List<String> bodies = new ArrayList<>();
        for (String raw : m.group(1).split("[、/]")) {
            String n = raw.strip().replaceAll("等$", "");
            if (!n.isEmpty() && !names.isPlaceholder(n)) {
                bodies.add(names.canonical(n, region, aliases));
            }
        }
        for (int i = 0; i < bodies.size(); i++) {
            Role role = roleOf(verb, i);
            String name = bodies.get(i);
            out.putIfAbsent(name, new Department(name, role, names.sectorOf(name)));
        }
    }

    private Role roleOf(String verb, int index) {
        if (verb.equals("参与") || verb.equals("配合")) {
            return Role.SUPPORT;
        }
        if (verb.contains("分别") || verb.startsWith("牵头")) {
            return Role.LEAD;
        }
        if (firstIsLead) {
            return index == 0 ? Role.LEAD : restSupport ? Role.SUPPORT : Role.RESPONSIBLE;
        }
        return Role.RESPONSIBLE;
    }
}
