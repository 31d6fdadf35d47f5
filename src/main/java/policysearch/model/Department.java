package policysearch.model;

import java.util.Objects;

/** A body named in a task's department clause, with its role and sector (卫生健康, 医疗保障, ...). */
public record Department(String name, Role role, String sector) {
    public Department {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("department name is blank");
        }
        sector = sector == null || sector.isBlank() ? Sectors.OTHER : sector;
    }
}
