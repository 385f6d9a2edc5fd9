package org.duban.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duban.planreader.UnitDirectory;
import org.duban.planreader.unit.UnitNames;

/**
 * One organisation's units as of a moment: resolves the names a plan uses (names, aliases, groups) to units. Also
 * serves the plan reader as its {@link UnitDirectory}, so UNKNOWN_UNIT warnings come from the real directory.
 */
public final class OrgDirectory implements UnitDirectory {

    private final List<Unit> units;
    private final Map<String, Unit> byName = new HashMap<>();

    OrgDirectory(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit u : units) {
            if (u.active()) {
                byName.put(normalise(u.name()), u);
                u.aliases().forEach(a -> byName.putIfAbsent(normalise(a), u));
            }
        }
    }

    public List<Unit> units() {
        return units.stream().filter(Unit::active).toList();
    }

    public Optional<Unit> unit(long id) {
        return units.stream().filter(u -> u.id() == id).findFirst();
    }

    public UnitName resolve(String name) {
        String key = normalise(name);
        Unit unit = byName.get(key);
        if (unit != null) {
            return new UnitName.One(name, unit);
        }
        if (UnitNames.isGroup(name) || UnitKind.ofGroupName(name).isPresent() && !name.matches(".*[股室所队]$")) {
            Optional<UnitKind> kind = UnitKind.ofGroupName(name);
            if (kind.isPresent()) {
                return new UnitName.Group(name, kind.get(), units().stream().filter(u -> u.kind() == kind.get()).toList());
            }
        }
        return new UnitName.Unknown(name, closestTo(name));
    }

    /**
     * The units that the names stand for, each once, in the order the plan names them (the first 牵头 unit is the one
     * that answers for the activity); a group's members in the directory's order.
     */
    public List<Unit> unitsFor(List<String> names) {
        Set<Long> ids = new LinkedHashSet<>();
        List<Unit> out = new ArrayList<>();
        for (String name : names) {
            for (Unit u : resolve(name).units()) {
                if (ids.add(u.id())) {
                    out.add(u);
                }
            }
        }
        return out;
    }

    /** The names to offer in a unit picker: every unit, then the groups by kind that have members. */
    public List<String> pickerNames() {
        List<String> names = new ArrayList<>();
        units().forEach(u -> names.add(u.name()));
        names.addAll(groupNames());
        return names;
    }

    public List<String> groupNames() {
        List<String> groups = new ArrayList<>();
        if (units().stream().anyMatch(u -> u.kind() == UnitKind.STATION)) {
            groups.add("各市场监督管理所");
        }
        if (units().stream().anyMatch(u -> u.kind() == UnitKind.OFFICE)) {
            groups.add("机关各股(室)");
        }
        if (units().stream().anyMatch(u -> u.kind() == UnitKind.AFFILIATE)) {
            groups.add("各直属单位");
        }
        return groups;
    }

    @Override
    public boolean knows(String name) {
        UnitName resolved = resolve(name);
        return !(resolved instanceof UnitName.Unknown) && !resolved.units().isEmpty();
    }

    @Override
    public Optional<String> closestTo(String name) {
        List<String> candidates = new ArrayList<>();
        for (Unit u : units()) {
            candidates.add(u.name());
        }
        return UnitDirectory.closest(name, candidates);
    }

    /** "机关各股（室）" and "机关各股(室)" are the same name; so are names with stray spaces. */
    private static String normalise(String name) {
        return name.strip().replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }
}
