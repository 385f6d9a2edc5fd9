package org.duban.org;

import java.util.List;
import java.util.Optional;

/** What a name in a plan stands for in an organisation's directory. */
public sealed interface UnitName {

    String asWritten();

    /** The units it stands for; none when unknown. */
    List<Unit> units();

    /** A unit, by its name or an alias. */
    record One(String asWritten, Unit unit) implements UnitName {
        @Override
        public List<Unit> units() {
            return List.of(unit);
        }
    }

    /** A group: "各市场监督管理所" is every active station. */
    record Group(String asWritten, UnitKind kind, List<Unit> units) implements UnitName {
        public Group {
            units = List.copyOf(units);
        }
    }

    /** A name the directory does not have, with the closest one it has. */
    record Unknown(String asWritten, Optional<String> closest) implements UnitName {
        @Override
        public List<Unit> units() {
            return List.of();
        }
    }
}
