package de.werkbank.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Path;

/** A rolling file appender whose files (the first and each one after a rollover) are the owner's alone. */
final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        OwnerOnly.createFile(Path.of(fileName));
        super.openFile(fileName);
    }
}
