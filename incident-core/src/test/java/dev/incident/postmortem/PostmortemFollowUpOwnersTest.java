package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follow-up owners written the way people write them: in a trailing parenthesis or after a dash. */
class PostmortemFollowUpOwnersTest {

    private static List<FollowUp> followUps(String items) {
        return PostmortemMarkdown.parse("# Outage\n\n## Action items\n\n" + items)
                .postmortem()
                .followUps();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "- [ ] Shard the session store (Lena Okafor, OPS-412)|Lena Okafor|OPS-412|Shard the session store",
                "- [ ] Shard the session store (owner: @lena)|@lena||Shard the session store",
                "- [ ] Shard the session store (@lena, due 2031-02-03)|@lena||Shard the session store",
                "- Shard the session store — Lena Okafor|Lena Okafor||Shard the session store",
                "- Shard the session store – Jean-Luc O'Brien (OPS-9)|Jean-Luc O'Brien|OPS-9|Shard the session store",
                "- Shard the session store (Anna van der Berg)|Anna van der Berg||Shard the session store",
                "- Shard the session store (OPS-77, Tomasz)|Tomasz|OPS-77|Shard the session store",
                "1. Shard the session store. Owner: @lena. Due: 2031-02-03.|@lena||Shard the session store."
            })
    void should_read_the_owner_from_a_trailing_clause_when_a_name_or_handle_is_there(
            String item, String owner, String tracker, String title) {
        // GIVEN a follow-up whose owner is written at its end WHEN parsed
        FollowUp followUp = followUps(item + "\n").get(0);
        // THEN the owner and the ticket are read and the title keeps only what will be done
        assertThat(followUp.owner()).contains(owner);
        assertThat(followUp.tracker()).isEqualTo(java.util.Optional.ofNullable(tracker));
        assertThat(followUp.title()).isEqualTo(title);
    }

    @Test
    void should_read_the_due_date_next_to_a_trailing_owner() {
        // GIVEN a name, a ticket and a due date in one trailing parenthesis WHEN parsed
        FollowUp followUp = followUps("- [ ] Rotate the signing key (Priya Raman, SEC-31, due 2031-05-06)\n")
                .get(0);
        // THEN each part goes to its own attribute, and nothing of them is left in the title
        assertThat(followUp.owner()).contains("Priya Raman");
        assertThat(followUp.tracker()).contains("SEC-31");
        assertThat(followUp.due()).contains(LocalDate.of(2031, 5, 6));
        assertThat(followUp.title()).isEqualTo("Rotate the signing key");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "- [ ] Upgrade the proxy (P1)",
                "- [ ] Upgrade the proxy (OPS-12)",
                "- [ ] Upgrade the proxy (see the design doc)",
                "- [ ] Upgrade the proxy (Done)",
                "- [ ] Upgrade the proxy (±15%) to the new release",
                "- [ ] Upgrade the proxy — before the next release"
            })
    void should_not_take_an_owner_from_a_trailing_clause_without_a_name(String item) {
        // GIVEN a trailing clause with a priority, a ticket, a note or a status, but no person
        // WHEN parsed THEN there is no owner
        assertThat(followUps(item + "\n").get(0).owner()).isEmpty();
    }

    @Test
    void should_set_the_status_from_a_checklist_box() {
        // GIVEN a checked and an unchecked checklist item WHEN parsed
        List<FollowUp> followUps =
                followUps("- [x] Add a lag alert (Ravi Iyer)\n- [ ] Add a lag runbook (Ravi Iyer)\n");
        // THEN the checked one is done and the other open; both keep their owner
        assertThat(followUps).extracting(FollowUp::status).containsExactly(FollowUpStatus.DONE, FollowUpStatus.OPEN);
        assertThat(followUps)
                .allSatisfy(followUp -> assertThat(followUp.owner()).contains("Ravi Iyer"));
    }
}
