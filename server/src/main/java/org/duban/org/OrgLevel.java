package org.duban.org;

/** Where a bureau stands: a province's (省级), a city's (市级) or a county's (县级, also a city district's). */
public enum OrgLevel {
    PROVINCE, CITY, COUNTY;

    /** The level of the bureaus directly under this one; a county has none. */
    public OrgLevel below() {
        return this == PROVINCE ? CITY : COUNTY;
    }

    public boolean hasLower() {
        return this != COUNTY;
    }

    public String messageKey() {
        return "org.level." + name();
    }
}
