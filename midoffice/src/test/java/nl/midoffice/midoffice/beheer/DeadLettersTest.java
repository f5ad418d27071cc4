package nl.midoffice.midoffice.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void aBsnInTheContentIsMasked() {
        assertThat(DeadLetters.zonderBsn("{\"bsn\":\"999993653\",\"n\":999993653}"))
                .isEqualTo("{\"bsn\":\"*********\",\"n\":*********}");
        assertThat(DeadLetters.zonderBsn("<bsn>999993653</bsn>")).isEqualTo("<bsn>*********</bsn>");
    }

    @Test
    void nineDigitsInsideAnIdStayVisible() {
        // DeadLetterIT failed now and then: its kenmerk, a random UUID, lost a 9-digit run to the mask
        String id = "6f1c2a3b-0d4e-4f1c-8a2b-123456789abc";
        String andersom = "6f1c2a3b-0d4e-4f1c-8a2b-abc123456789";
        assertThat(DeadLetters.zonderBsn("{\"aanvraagId\":\"" + id + "\"} " + andersom))
                .isEqualTo("{\"aanvraagId\":\"" + id + "\"} " + andersom);
        assertThat(DeadLetters.zonderBsn("1234567890")).isEqualTo("1234567890");
    }
}
