package org.duban.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's long parts, written as HTML for the template to insert as it is: the matrix's rows (an activity
 * against every unit column) and the lines of the late lists. A campaign of 200 activities × 59 units has 11,800 cells
 * and thousands of late lines; as template expressions and built links each they were most of the page's time
 * (issue 11), written here they cost a few milliseconds. The markup is the one the template wrote, byte for byte: the
 * page's script labels a cell from its class, its mark and the headers, and the tests read the same classes. Every
 * text is escaped; cells carry only ids, enum names and 牵/协.
 */
final class DashboardHtml {

    private DashboardHtml() {
    }

    /**
     * @param contextPath where the application is mounted ({@code ""} at the root), so that links are the links the
     *                    template would have built
     */
    static String matrixRows(Dashboard dashboard, String contextPath) {
        String taskLink = "<a href=\"" + escape(contextPath) + "/tasks/";
        StringBuilder html = new StringBuilder(64 + dashboard.rows().size() * (160 + 52 * dashboard.columns().size()));
        for (Dashboard.Row row : dashboard.rows()) {
            html.append("\n      <tr>\n        <th class=\"act\" title=\"").append(escape(row.content()))
                    .append("\"><span>").append(escape(row.no() + ". " + row.content())).append("</span></th>");
            for (Dashboard.Cell cell : row.cells()) {
                if (cell == null) {
                    html.append("\n        <td class=\"x\"></td>");
                } else {
                    html.append("\n        <td class=\"s-").append(cell.status().name()).append("\">").append(taskLink)
                            .append(cell.assignmentId()).append("\">").append(cell.mark()).append("</a></td>");
                }
            }
            html.append("\n      </tr>");
        }
        return html.append("\n      ").toString();
    }

    /**
     * One unit's late assignments as list items: each links to the task and says when it was due.
     *
     * @param endsOn the words for "due on that day" in the page's language (not yet escaped)
     */
    static String lateItems(List<Dashboard.Late> items, String contextPath, Function<LocalDate, String> endsOn) {
        String taskLink = "\n      <li><a href=\"" + escape(contextPath) + "/tasks/";
        StringBuilder html = new StringBuilder(16 + items.size() * 160);
        for (Dashboard.Late late : items) {
            html.append(taskLink).append(late.assignmentId()).append("\">")
                    .append(escape(late.activityNo() + ". " + late.content())).append("</a>\n        ");
            if (late.end() != null) {
                html.append("<span class=\"text-muted\">").append(escape(endsOn.apply(late.end()))).append("</span>");
            }
            html.append("</li>");
        }
        return html.append("\n    ").toString();
    }

    /** {@code < > & " '} as character references; every other character is UTF-8 on the page as it is. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
