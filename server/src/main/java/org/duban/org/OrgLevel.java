package org.duban.org;

/**
 * Where a bureau stands: the national one (国家级), a province's (省级), a city's (市级) or a county's (县级, also a city
 * district's). Declared from the top down: a level compares below every level declared before it.
 */
public enum OrgLevel {
    NATIONAL, PROVINCE, CITY, COUNTY;

    /** The level of the bureaus directly under this one; a county has none. */
    public OrgLevel below() {
        return switch (this) {
            case NATIONAL -> PROVINCE;
            case PROVINCE -> CITY;
            case CITY, COUNTY -> COUNTY;
        };
    }

    public boolean hasLower() {
        return this != COUNTY;
    }

    public String messageKey() {
        return "org.level." + name();
    }
}
