package de.werkbank.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** What a measure may cost, in euros to the cent, and who pays for it. */
public record Budget(BigDecimal amount, String source) {

    public Budget {
        amount = Objects.requireNonNull(amount, "amount").setScale(2, RoundingMode.HALF_UP);
        source = source == null ? "" : source.strip();
    }
}
