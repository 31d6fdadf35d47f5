package policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import policysearch.model.Role;

/**
 * A word that names a body and then the part it plays or "its tasks" (医保局牵头的任务, 编办负责哪些, 财政厅参与的工作,
 * 医保局牵头的支付方式改革): the name, the role word (the roles it names: {@link #rolesOf}), the words standing for
 * the tasks themselves (not searched), and a topic after 的 (searched).
 */
record BodyPhrase(String body, String roleWord, String filler, String topic) {
    /** Words for the part a body plays, as analysts write them after its name. */
    private static final Pattern ROLE_WORD = Pattern.compile("牵头|负责|参与|配合|参加|协同|协助");
    /**
     * Words that stand for the tasks themselves: every record here is a reform task, so 医改任务 or 工作 narrows
     * nothing (了 as in 负责了哪些).
     */
    private static final Pattern TASK_WORDS = Pattern.compile(
            "(?:了|的)?(?:(?:深化)?医改|医药卫生体制改革)?(?:重点)?(?:工作)?(?:任务|工作|事项|事情)"
                    + "|(?:了|的)?(?:有)?哪些(?:任务|工作|事项|事)?|(?:了|的)?(?:什么|啥)(?:任务|工作|事)?");

    /**
     * The roles a role word names: 牵头 the lead; 参与, 配合 and the like any part but the lead (the national
     * documents' 参与 and the local ones' 负责 bodies beside the lead); none for 负责 in a query (in charge: any part)
     * and for no word.
     */
    static List<Role> rolesOf(String word) {
        return switch (word) {
            case "牵头" -> List.of(Role.LEAD);
            case "参与", "配合", "参加", "协同", "协助" -> List.of(Role.SUPPORT, Role.RESPONSIBLE);
            default -> List.of();
        };
    }

    /** Whether {@code word} is only words for the tasks themselves (任务, 医改任务, 哪些). */
    static boolean taskWords(String word) {
        return !word.isEmpty() && TASK_WORDS.matcher(word).matches();
    }

    /** Whether {@code word} is a role word standing alone (after a body typed as a word of its own). */
    static boolean roleWord(String word) {
        return ROLE_WORD.matcher(word).matches();
    }

    /**
     * The ways {@code word} splits into a name followed by a role word or task words, longest name last: the caller
     * keeps the first whose name is a body. A topic is taken only after 的 (医保局负责人 is not 医保局 + 人).
     */
    static List<BodyPhrase> splits(String word) {
        List<BodyPhrase> out = new ArrayList<>();
        Matcher role = ROLE_WORD.matcher(word);
        while (role.find()) {
            if (role.start() < 2) {
                continue;
            }
            String body = word.substring(0, role.start());
            String after = word.substring(role.end());
            if (after.isEmpty() || taskWords(after)) {
                out.add(new BodyPhrase(body, role.group(), after, ""));
            } else if (after.startsWith("的") && after.length() > 2) {
                out.add(new BodyPhrase(body, role.group(), "", after.substring(1)));
            }
        }
        for (int cut = 2; cut < word.length(); cut++) {
            String after = word.substring(cut);
            if (taskWords(after)) {
                out.add(new BodyPhrase(word.substring(0, cut), "", after, ""));
            }
        }
        return out;
    }
}
