package de.werkbank.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logback's configuration, in code (found through {@code META-INF/services}: no configuration file is
 * searched or parsed, which keeps the start fast): one file, {@link Logs#file()}, rolled over at 5 MB
 * and kept in 5 generations, the owner's alone; INFO and above, Flyway's and H2's only from WARN;
 * nothing on the console, not even logback's own problems. {@code java.util.logging} is bridged in.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements ch.qos.logback.classic.spi.Configurator {

    static final FileSize MAX_SIZE = FileSize.valueOf("5MB");
    static final int GENERATIONS = 5;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        // logback would print its own warnings (a folder it cannot write, say) to stdout
        context.getStatusManager().add(new NopStatusListener());

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        // H2 (URL setting TRACE_LEVEL_FILE=4) logs every statement with its data at INFO: warnings only
        context.getLogger("h2database").setLevel(Level.WARN);
        Path folder = Logs.folder();
        try {
            OwnerOnly.createFolder(folder);
            root.addAppender(fileAppender(context, folder));
        } catch (IOException | RuntimeException e) {
            // no log file then: the program works as before, its messages are dropped
        }
        bridgeJavaUtilLogging(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path folder) {
        var appender = new OwnerOnlyFileAppender();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(folder.resolve(Logs.FILE_NAME).toString());

        var rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("werkbank.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(GENERATIONS - 1);
        rolling.start();

        var trigger = new SizeBasedTriggeringPolicy<ILoggingEvent>();
        trigger.setContext(context);
        trigger.setMaxFileSize(MAX_SIZE);
        trigger.start();

        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        // several processes (the window, commands) write the file: each line names its process
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} " + ProcessHandle.current().pid()
                + " %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    private static void bridgeJavaUtilLogging(LoggerContext context) {
        // JUL's levels follow logback's, so disabled JUL messages cost nothing
        var propagator = new LevelChangePropagator();
        propagator.setContext(context);
        propagator.setResetJUL(true);
        context.addListener(propagator);
        propagator.start();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
