package policysearch.model;

import java.util.Locale;
import java.util.Optional;

/** The part a responsible body plays in a task: lead (牵头), responsible (负责) or support (参与). */
public enum Role {
    LEAD("牵头"),
    RESPONSIBLE("负责"),
    SUPPORT("参与");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The lower-case id used in URLs and JSON: lead, responsible, support. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Chinese label shown to users. */
    public String label() {
        return label;
    }

    /** Parses an id such as {@code lead}; empty when unknown. */
    public static Optional<Role> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
