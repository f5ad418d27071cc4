package nl.midoffice.portal.midoffice;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SseLezerTest {

    @Test
    void fields_up_to_a_blank_line_make_one_event_and_a_comment_block_is_a_comment() {
        List<Gebeurtenis> gelezen = lees(":verbonden", "retry:5000", "", "event:status-gewijzigd", "id: e1",
                "data:{\"a\":1}", "", ":hartslag", "", "data: regel 1", "data:regel 2", "");

        assertThat(gelezen).containsExactly(
                new Gebeurtenis("message", null, null, "verbonden"),
                new Gebeurtenis("status-gewijzigd", "e1", "{\"a\":1}", null),
                new Gebeurtenis("message", null, null, "hartslag"),
                new Gebeurtenis("message", null, "regel 1\nregel 2", null));
        assertThat(gelezen.get(0).isCommentaar()).isTrue();
        assertThat(gelezen.get(1).isCommentaar()).isFalse();
    }

    @Test
    void an_event_without_a_blank_line_yet_is_not_dispatched() {
        assertThat(lees("event:status-gewijzigd", "data:{}")).isEmpty();
    }

    private static List<Gebeurtenis> lees(String... regels) {
        SseLezer lezer = new SseLezer();
        List<Gebeurtenis> gelezen = new ArrayList<>();
        for (String regel : regels) {
            lezer.regel(regel).ifPresent(gelezen::add);
        }
        return gelezen;
    }
}
