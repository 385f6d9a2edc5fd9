package org.duban.supervision;

import org.springframework.web.util.HtmlUtils;

/**
 * The rows of the dashboard's matrix (an activity against every unit column), written as one piece of HTML for the
 * template to insert as it is. A campaign of 200 activities × 60 units has 12,000 cells: as a template expression and
 * a built link each they were two thirds of the page's time (issue 11); written here they cost a few milliseconds.
 * The markup is the one the template wrote, byte for byte: the page's script labels a cell from its class, its mark
 * and the headers, and the print view and the tests read the same classes.
 */
final class MatrixBody {

    private MatrixBody() {
    }

    /**
     * @param contextPath where the application is mounted ({@code ""} at the root), so that cell links are the links
     *                    the template would have built
     */
    static String html(Dashboard dashboard, String contextPath) {
        String taskLink = "<a href=\"" + escape(contextPath) + "/tasks/";
        StringBuilder html = new StringBuilder(64 + dashboard.rows().size() * (160 + 52 * dashboard.columns().size()));
        for (Dashboard.Row row : dashboard.rows()) {
            // names and activity texts come from plans and from the unit directory: escaped, like th:text would
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

    /** {@code < > & " '} as character references; every other character is UTF-8 on the page as it is. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
