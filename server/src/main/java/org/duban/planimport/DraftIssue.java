package org.duban.planimport;

import java.util.List;

/**
 * Something in a draft the coordinator should look at. A blocking issue must be fixed before the plan can be
 * confirmed (a unit nobody can resolve cannot be assigned work); the others are worth a look.
 *
 * @param where "notice", "issuer", "title" or "tasks[3]"
 */
public record DraftIssue(String code, String messageKey, List<String> args, boolean blocking, String where) {

    public DraftIssue {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
