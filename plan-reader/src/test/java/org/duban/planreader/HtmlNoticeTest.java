package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pages saved from a site and uploaded as they are. */
class HtmlNoticeTest {

    @Test
    void theNumbersABrowserShowsBeforeAnOrderedListsItemsAreRead() {
        // an <ol> numbers its items itself, as Word's lists do: no text holds "1."
        String html = """
                <html><body>
                <h2>2024年“安全生产月”活动方案</h2>
                <p>一、主要活动</p>
                <ol>
                  <li>6月16日，开展安全宣传咨询日活动，由县应急管理局负责。</li>
                  <li>6月下旬，组织应急演练，由县消防救援大队负责。</li>
                </ol>
                <ol style="list-style-type: cjk-ideographic" start="2">
                  <li>工作要求</li>
                </ol>
                <p>各单位要高度重视。</p>
                </body></html>
                """;
        PlanDraft d = new PlanReader().read(html.getBytes(StandardCharsets.UTF_8));

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("县应急管理局"),
                java.util.List.of("县消防救援大队"));
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2024, 6, 16));
        // the second part's heading is a list of its own, numbered in Chinese from 2
        assertThat(d.reading().levels().get(0).example()).isEqualTo("一、主要活动");
        assertThat(d.reading().levels().get(0).items()).isEqualTo(2);
    }
}
