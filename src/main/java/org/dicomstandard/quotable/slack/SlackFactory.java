package org.dicomstandard.quotable.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.answer.Answering;
import org.dicomstandard.quotable.answer.Backlog;
import org.dicomstandard.quotable.answer.Feedback;
import org.dicomstandard.quotable.proposals.Proposals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the Bolt {@link App} when {@code SLACK_SIGNING_SECRET} is set, and starts Socket Mode
 * instead of the HTTP endpoint when {@code SLACK_APP_TOKEN} is set too. Without a signing secret
 * there is no App: Slack is off, {@link SlackStatus} says so at start-up, and the rest runs.
 */
@Factory
class SlackFactory {
    private static final Logger LOG = LoggerFactory.getLogger(SlackFactory.class);

    @Singleton
    @Named("slack")
    @Bean(preDestroy = "shutdown")
    ExecutorService slackBackground() {
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "slack-events");
            t.setDaemon(true);
            return t;
        });
    }

    @Context // built at start-up, so the first slash command is fast and the log tells what is on
    @Requires(property = "slack.signing-secret")
    App slackApp(SlackConfiguration config, Answering answering, Feedback feedback, Backlog backlog,
                 @Named("slack") ExecutorService background, @Nullable Proposals proposals) {
        AppConfig appConfig = AppConfig.builder()
                .signingSecret(config.signingSecret())
                .singleTeamBotToken(config.hasBotToken() ? config.botToken() : null)
                .slack(config.client())
                .build();
        // Without a bot token there is no workspace to authorise against: verify the signature and
        // answer through the acknowledgement and response_url, which need no token.
        App app = config.hasBotToken() ? new VerifiedApp(appConfig)
                : new App(appConfig, List.of(new RequestVerification(new ConstantTimeVerifier(config.signingSecret()))));
        SlackDrafts drafts = new SlackDrafts(answering, config, proposals);
        SlackAnswers answers = new SlackAnswers(answering, config, feedback, drafts.enabled());
        new SlackBot(answers, config, background, new SlackHome(answers, backlog), drafts).register(app);
        return app;
    }

    /** Bolt's default middleware, with the signature checked in constant time ({@link ConstantTimeVerifier}). */
    static final class VerifiedApp extends App {
        VerifiedApp(AppConfig config) {
            super(config);
        }

        @Override
        protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
            List<Middleware> list = new ArrayList<>(super.buildDefaultMiddlewareList(config));
            list.replaceAll(m -> m instanceof RequestVerification
                    ? new RequestVerification(new ConstantTimeVerifier(config.getSigningSecret())) : m);
            return list;
        }
    }

    /** Socket Mode: connects out to Slack. A failure to connect is logged; the rest of the service runs. */
    @Context
    @Requires(property = "slack.signing-secret")
    @Requires(property = "slack.app-token")
    @Bean(preDestroy = "stop")
    SocketMode slackSocketMode(SlackConfiguration config, App app) {
        try {
            SocketModeApp socket = new SocketModeApp(config.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            socket.startAsync();
            LOG.info("Slack: Socket Mode started (SLACK_APP_TOKEN is set); the HTTP endpoint /slack/events is not used");
            return new SocketMode(socket);
        } catch (Exception e) {
            LOG.error("Slack: Socket Mode could not connect ({}); check SLACK_APP_TOKEN. The rest of the service runs.",
                    e.getClass().getSimpleName());
            return new SocketMode(null);
        }
    }

    /** The Socket Mode connection, if one could be made. */
    record SocketMode(SocketModeApp app) {
        void stop() throws Exception {
            if (app != null) app.close();
        }
    }

    /** Says at start-up which Slack features are on, and why the others are off. */
    @Context
    SlackStatus slackStatus(SlackConfiguration config) {
        SlackStatus status = new SlackStatus(config);
        status.log();
        return status;
    }

    static final class SlackStatus {
        private final SlackConfiguration config;

        SlackStatus(SlackConfiguration config) {
            this.config = config;
        }

        void log() {
            if (!config.enabled()) {
                LOG.info("Slack is off: SLACK_SIGNING_SECRET is not set");
            } else if (!config.socketMode()) {
                LOG.info("Slack is on: {} and interactivity at POST /slack/events{}", config.command(),
                        config.hasBotToken() ? ", mentions and direct messages too" : "");
            }
        }
    }
}
