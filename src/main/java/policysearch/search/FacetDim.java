package policysearch.search;

import java.util.Locale;
import java.util.Optional;

/** The facet dimensions users filter by; {@link #param()} is the URL parameter, {@link #key()} the JSON key. */
public enum FacetDim {
    ISSUER("issuer", "issuer", "发文机关"),
    YEAR("year", "year", "年份"),
    REGION("region", "region", "地区/层级"),
    SECTION("section", "section", "任务类别"),
    DEPARTMENT("dept", "department", "责任部门"),
    SECTOR("sector", "sector", "部门领域"),
    ROLE("role", "role", "角色"),
    DOCUMENT("doc", "document", "文件");

    private final String param;
    private final String key;
    private final String label;

    FacetDim(String param, String key, String label) {
        this.param = param;
        this.key = key;
        this.label = label;
    }

    /** The query-string parameter: issuer, year, region, section, dept, sector, role, doc. */
    public String param() {
        return param;
    }

    /** The key in the JSON {@code facets} object: issuer, year, region, section, department, sector, role, document. */
    public String key() {
        return key;
    }

    /** The Chinese label shown in the UI. */
    public String label() {
        return label;
    }

    /** The dimension for a URL parameter name, if any. */
    public static Optional<FacetDim> fromParam(String param) {
        if (param == null) {
            return Optional.empty();
        }
        String p = param.toLowerCase(Locale.ROOT);
        for (FacetDim d : values()) {
            if (d.param.equals(p)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
