package dev.tidings.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Loopback ports: finding free ones and waiting for one to open. */
public final class Ports {
    private Ports() {}

    /** Below Linux's default range for outgoing connections' local ports (32768-60999). */
    private static final int LOWEST = 20_000;

    private static final int HIGHEST = 32_000;

    /**
     * A loopback port that is free now, chosen below the range the kernel hands out to outgoing
     * connections: a port from that range (what {@code new ServerSocket(0)} gives) can be taken by
     * any client's connection between this check and the bind, or while a killed service is down.
     */
    public static int free() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(LOWEST, HIGHEST);
            if (canBind(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean isOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until {@code port} accepts connections, failing early if {@code process} died. */
    public static void awaitOpen(int port, Duration timeout, ChildProcess process) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isOpen(port)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited before opening port " + port);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("port " + port + " did not open within " + timeout);
            }
            pause(Duration.ofMillis(100));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
