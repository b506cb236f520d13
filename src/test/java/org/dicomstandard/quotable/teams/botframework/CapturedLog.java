package org.dicomstandard.quotable.teams.botframework;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** The lines one logger (and those below it) writes while open, at {@code level} and above. */
final class CapturedLog implements AutoCloseable {
    private final Logger logger;
    private final Level before;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedLog(String name, Level level) {
        logger = (Logger) LoggerFactory.getLogger(name);
        before = logger.getLevel();
        logger.setLevel(level);
        appender.start();
        logger.addAppender(appender);
    }

    CapturedLog(Class<?> type) {
        this(type.getName(), Level.INFO);
    }

    List<String> lines(Level level) {
        return appender.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Every line, with the message of any exception logged with it. */
    String all() {
        StringBuilder out = new StringBuilder();
        for (ILoggingEvent e : appender.list) {
            out.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) out.append(e.getThrowableProxy().getMessage()).append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(before);
    }
}
