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
 * "排在第一位的为牵头部门，下同" and alias definitions apply from where they are stated onwards).
 * Roles: every body before 分别负责 / 牵头 leads; with the first-is-lead convention the first body before 负责
 * leads and the rest are responsible; otherwise 负责 bodies are responsible; 参与 / 配合 bodies support.
 */
public final class DepartmentClauseParser {
    private static final Pattern VERB = Pattern.compile(
            "^(.*?)(?:等)?(按职责分工负责|按职责分别负责|按职责负责|分别牵头负责|分别负责|共同负责|牵头负责|负责|分别牵头|牵头|参与|配合)$");
    private static final Pattern ALIAS = Pattern.compile(
            "(\\p{IsHan}[^、，,〔（(]*?)[〔（(](?:以下简称|以下称|简称)[“\"]?([^〕）)”\"]+)[”\"]?[〕）)]");
    private static final Pattern FIRST_IS_LEAD = Pattern.compile("(排在第一位|排名第一|第一位|首位).*牵头");

    private final DepartmentNames names;
    private final String region;
    private final Map<String, String> aliases = new HashMap<>();
    private boolean firstIsLead;

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
        for (String s : c.split("[。；]")) {
            if (s.isBlank()) {
                continue;
            }
            if (s.contains("下同") || FIRST_IS_LEAD.matcher(s).find()) {
                firstIsLead |= FIRST_IS_LEAD.matcher(s).find();
                continue;
            }
            sentences.add(s);
        }
        Map<String, Department> out = new LinkedHashMap<>();
        for (String s : sentences) {
            for (String part : s.split("，")) {
                parsePart(part, out, warnings);
            }
        }
        return List.copyOf(out.values());
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
        return firstIsLead && index == 0 ? Role.LEAD : Role.RESPONSIBLE;
    }
}
