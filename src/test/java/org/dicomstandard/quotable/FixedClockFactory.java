package org.dicomstandard.quotable;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The service's clock fixed at {@link Fixtures#TODAY}, so embargo and review dates do not drift with the
 * calendar. Only in an application started with {@link #PROPERTY} set to true ({@link ServingApp} does).
 */
@Factory
@Requires(property = FixedClockFactory.PROPERTY, value = "true")
public class FixedClockFactory {
    public static final String PROPERTY = "quotable.fixed-clock";

    @Singleton
    @Replaces(Clock.class)
    Clock clock() {
        return Fixtures.TODAY;
    }
}
