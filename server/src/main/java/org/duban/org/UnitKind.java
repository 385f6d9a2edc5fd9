package org.duban.org;

import java.util.Optional;

/** What kind of unit it is; "各市场监督管理所" means every unit of kind {@link #STATION}. */
public enum UnitKind {
    OFFICE, STATION, AFFILIATE, INSTITUTION, ASSOCIATION, OTHER;

    /** The message key of the kind's name in the UI. */
    public String messageKey() {
        return "unit.kind." + name();
    }

    /**
     * The kind a group name stands for: "各市场监督管理所", "各所" → stations; "机关各股(室)", "各股室" → offices;
     * "各直属单位" → affiliates; "事业单位", "社团组织" likewise. Empty for groups that name no kind ("各乡镇").
     */
    public static Optional<UnitKind> ofGroupName(String name) {
        String n = name.replaceAll("[（(）)\\s]", "").replaceFirst("^(机关)?各", "").replaceFirst("^(所有|全体)", "");
        if (n.endsWith("直属单位")) {
            return Optional.of(AFFILIATE);
        }
        if (n.endsWith("事业单位")) {
            return Optional.of(INSTITUTION);
        }
        if (n.endsWith("社团组织") || n.endsWith("社团") || n.endsWith("协会")) {
            return Optional.of(ASSOCIATION);
        }
        if (n.endsWith("所") || n.endsWith("分局") && n.contains("市场监")) {
            return Optional.of(STATION);
        }
        if (n.equals("股室") || n.equals("股") || n.equals("室") || n.equals("科室") || n.equals("股室单位")
                || n.equals("业务股室") || n.equals("内设机构")) {
            return Optional.of(OFFICE);
        }
        return Optional.empty();
    }
}
