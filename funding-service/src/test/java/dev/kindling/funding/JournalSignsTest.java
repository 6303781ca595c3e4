package dev.kindling.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.funding.domain.EntryType;
import dev.kindling.funding.domain.EntryType.Figure;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The journal's sign rules are stated once, in EntryType: the SQL that reconciliation and reports sum
 * with must agree with them for every entry type. Each type gets its own power of two, so a wrong or
 * missing sign for any type gives another sum.
 */
@QuarkusTest
class JournalSignsTest {

    @Test
    void theSqlSumsOfEveryFigureAgreeWithTheSignsOfEveryEntryType() {
        List<String> rows = new ArrayList<>();
        BigDecimal[] expected = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        int bit = 0;
        for (EntryType type : EntryType.values()) {
            BigDecimal amount = BigDecimal.valueOf(1L << bit++);
            rows.add("('" + type.name() + "', " + amount.toPlainString() + "::numeric)");
            for (Figure figure : Figure.values()) {
                expected[figure.ordinal()] = expected[figure.ordinal()].add(type.signed(figure, amount));
            }
        }
        for (Figure figure : Figure.values()) {
            Object sum = Db.single("select " + EntryType.sumSql(figure, "j.entry_type", "j.amount") + " from (values "
                    + String.join(", ", rows) + ") as j(entry_type, amount)");
            assertEquals(0, expected[figure.ordinal()].compareTo((BigDecimal) sum), figure + ": " + sum);
        }
        assertEquals(new BigDecimal(1 + 2 - 4), expected[Figure.TOTAL.ordinal()]);
    }
}
