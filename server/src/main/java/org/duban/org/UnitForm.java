package org.duban.org;

import java.util.Arrays;
import java.util.List;

/** The unit directory's edit form; aliases are typed one line (or comma) apart. */
record UnitForm(String name, UnitKind kind, String aliases, Boolean active) {

    List<String> aliasList() {
        return aliases == null ? List.of()
                : Arrays.stream(aliases.split("[\\n,，、;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    UnitKind kindOrOther() {
        return kind == null ? UnitKind.OTHER : kind;
    }
}
