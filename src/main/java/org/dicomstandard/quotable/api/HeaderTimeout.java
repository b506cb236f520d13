package org.dicomstandard.quotable.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection whose request line and headers have not all arrived within
 * {@code quotable.header-timeout} (default 10 s) of the connection opening or of the previous
 * response: a client dribbling headers a byte at a time (slowloris) cannot hold connections open.
 */
@Singleton
final class HeaderTimeout implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private final long millis;

    HeaderTimeout(@Value("${quotable.header-timeout:10s}") Duration timeout) {
        this.millis = timeout.toMillis();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return role == ChannelRole.CONNECTION ? new ForConnection(channel) : this;
            }
        });
        return event.getBean();
    }

    private final class ForConnection implements NettyServerCustomizer {
        private final Channel channel;

        ForConnection(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "quotable-header-timeout", new Deadline());
            }
        }
    }

    /** Armed while the service waits for a request's headers; disarmed once they are all in. */
    private final class Deadline extends ChannelDuplexHandler {
        private ScheduledFuture<?> pending;

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            arm(ctx);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest) disarm();
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            ctx.write(msg, promise);
            // The response is complete: the next request's headers are due within the timeout. (Micronaut may
            // write with a void promise, which takes no listener, so the clock starts at the write.)
            if (msg instanceof LastHttpContent) arm(ctx);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            disarm();
        }

        private void arm(ChannelHandlerContext ctx) {
            disarm();
            if (ctx.channel().isOpen()) pending = ctx.executor().schedule(() -> ctx.close(), millis, TimeUnit.MILLISECONDS);
        }

        private void disarm() {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
    }
}
