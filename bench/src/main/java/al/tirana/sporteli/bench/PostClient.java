package al.tirana.sporteli.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.channel.pool.FixedChannelPool;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.Future;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The load generator's HTTP/1.1 client for POSTs to one address: keep-alive connections from a bounded
 * pool, one request at a time on each, answered on one event-loop thread. The JDK's client spent some
 * 2 ms of CPU per request on these 2 cores, a third of a core at 150 requests/s taken from the server
 * under test; this one spends a small fraction of that.
 */
final class PostClient implements AutoCloseable {

    /** An answer's status, and its body when the status is an error (a success's body is not kept). */
    record Answer(int status, String body) {
    }

    /** Called once per request, on the event loop: keep it short. */
    interface Done {
        void answered(Answer answer, Throwable failure);
    }

    /** No answer within the client's timeout; the connection is closed. */
    static final class TimedOut extends Exception {
        TimedOut(Duration timeout) {
            super("No answer within " + timeout.toMillis() + " ms");
        }
    }

    private static final AttributeKey<Done> DONE = AttributeKey.valueOf("sporteli.done");
    private static final AttributeKey<ScheduledFuture<?>> TIMER = AttributeKey.valueOf("sporteli.timer");

    // Linux's own event interface where Netty's native transport loads (the broker client brings it), Java's selector elsewhere:
    // fewer system calls per request, and every one the generator saves is left to the server it measures
    private final EventLoopGroup group = Epoll.isAvailable() ? new EpollEventLoopGroup(1) : new NioEventLoopGroup(1);
    private final FixedChannelPool pool;
    private final URI uri;
    private final String hostHeader;
    private final Duration timeout;
    private final Map<String, String> headers;

    /** {@code headers} go with every request. */
    PostClient(URI uri, Map<String, String> headers, int maxConnections, Duration timeout) {
        this.uri = uri;
        this.headers = Map.copyOf(headers);
        this.timeout = timeout;
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        this.hostHeader = uri.getHost() + ":" + port;
        Bootstrap bootstrap = new Bootstrap().group(group)
                .channel(Epoll.isAvailable() ? EpollSocketChannel.class : NioSocketChannel.class)
                .remoteAddress(uri.getHost(), port)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000);
        this.pool = new FixedChannelPool(bootstrap, new AbstractChannelPoolHandler() {
            @Override
            public void channelCreated(Channel channel) {
                channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(4 * 1024 * 1024), new Answers());
            }
        }, maxConnections);
    }

    /**
     * Sends a POST, with the client's headers and this request's own, as soon as a connection is free;
     * {@code done} hears of its answer or failure exactly once.
     */
    void post(String body, Map<String, String> ownHeaders, Done done) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        pool.acquire().addListener((Future<Channel> acquired) -> {
            if (!acquired.isSuccess()) {
                done.answered(null, acquired.cause());
                return;
            }
            Channel channel = acquired.getNow();
            channel.attr(DONE).set(done);
            channel.attr(TIMER).set(channel.eventLoop().schedule(() -> finish(channel, null, new TimedOut(timeout)),
                    timeout.toMillis(), TimeUnit.MILLISECONDS));
            FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, uri.getRawPath(),
                    Unpooled.wrappedBuffer(bytes));
            request.headers().set(HttpHeaderNames.HOST, hostHeader);
            headers.forEach(request.headers()::set);
            ownHeaders.forEach(request.headers()::set);
            HttpUtil.setContentLength(request, bytes.length);
            HttpUtil.setKeepAlive(request, true);
            channel.writeAndFlush(request).addListener(written -> {
                if (!written.isSuccess()) {
                    finish(channel, null, written.cause());
                }
            });
        });
    }

    /** Hands the outcome to the request's caller once, and the connection back to the pool (closed if it failed). */
    private void finish(Channel channel, Answer answer, Throwable failure) {
        Done done = channel.attr(DONE).getAndSet(null);
        if (done == null) {
            return;
        }
        ScheduledFuture<?> timer = channel.attr(TIMER).getAndSet(null);
        if (timer != null) {
            timer.cancel(false);
        }
        if (failure != null) {
            channel.close();
        }
        pool.release(channel);
        done.answered(answer, failure);
    }

    private final class Answers extends SimpleChannelInboundHandler<FullHttpResponse> {

        @Override
        protected void channelRead0(ChannelHandlerContext context, FullHttpResponse response) {
            int status = response.status().code();
            String body = status >= 300 ? response.content().toString(StandardCharsets.UTF_8) : "";
            if (!HttpUtil.isKeepAlive(response)) {
                context.channel().close();
            }
            finish(context.channel(), new Answer(status, body), null);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            finish(context.channel(), null, cause);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            finish(context.channel(), null, new ClosedChannelException());
        }
    }

    @Override
    public void close() {
        pool.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
