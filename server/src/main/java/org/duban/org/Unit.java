package org.duban.org;

import java.util.List;

/** A unit of an organisation, with the other names plans use for it. */
public record Unit(long id, long organisationId, String name, UnitKind kind, int sortOrder, boolean active,
        List<String> aliases) {

    public Unit {
        aliases = List.copyOf(aliases);
    }
}
