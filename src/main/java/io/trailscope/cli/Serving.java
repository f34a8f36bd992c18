package io.trailscope.cli;

import io.trailscope.web.WebServer;
import io.trailscope.web.WebSettings;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** Starts the web server, prints its address, and serves until the process is stopped (Ctrl-C). */
final class Serving {
    private Serving() {}

    static int serveUntilStopped(WebSettings settings, PrintWriter out) throws InterruptedException {
        return serveUntilStopped(settings, false, out);
    }

    /** With {@code prewarm}, every dashboard runs once in the background and a line says when that is done. */
    static int serveUntilStopped(WebSettings settings, boolean prewarm, PrintWriter out) throws InterruptedException {
        WebServer server = WebServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "trailscope-stop"));
        out.println("trailscope is serving " + settings.projectName() + " on " + settings.store() + " at "
                + server.url());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        if (prewarm) {
            server.prewarm().whenComplete((done, failure) -> {
                synchronized (out) {
                    out.println(failure == null ? done.summary() : "prewarm stopped: " + failure.getMessage());
                    out.flush();
                }
            });
        }
        stopped.await();
        return ExitCodes.OK;
    }
}
