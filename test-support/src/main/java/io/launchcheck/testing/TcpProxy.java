package io.launchcheck.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of a real server (the tests' PostgreSQL) that a test can cut, to see what a service does
 * when its database goes away: {@link #refuse()} drops every open connection and closes new ones at once (a
 * database that is down), {@link #stall()} keeps new connections open without passing a byte (a database that
 * hangs), {@link #restore()} passes traffic again.
 */
public final class TcpProxy implements AutoCloseable {

    public enum Mode {
        PASS, REFUSE, STALL
    }

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.PASS;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "tcp-proxy-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void refuse() {
        mode = Mode.REFUSE;
        closeAll();
    }

    public void stall() {
        mode = Mode.STALL;
        closeAll();
    }

    public void restore() {
        mode = Mode.PASS;
    }

    @Override
    public void close() throws IOException {
        server.close();
        closeAll();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                switch (mode) {
                    case REFUSE -> client.close();
                    case STALL -> open.add(client);
                    case PASS -> connect(client);
                }
            } catch (IOException e) {
                // the server socket was closed, or one client failed: go on until closed
            }
        }
    }

    private void connect(Socket client) throws IOException {
        Socket upstream;
        try {
            upstream = new Socket(targetHost, targetPort);
        } catch (IOException e) {
            client.close();
            return;
        }
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                quietly(from);
                quietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeAll() {
        open.forEach(TcpProxy::quietly);
        open.clear();
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
