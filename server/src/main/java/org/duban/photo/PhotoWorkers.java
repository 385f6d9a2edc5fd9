package org.duban.photo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The threads that do {@link PhotoWork} while the application runs ({@code duban.photos.queue.workers}, by default
 * one: on a small machine the other cores stay free for the requests people wait for). A worker takes photo after
 * photo while there is work; then it sleeps until an upload commits here ({@link #wake}) or, for work this node was
 * not told of (left by a dead node, or waiting for a retry), until the next look ({@code duban.photos.queue.poll}).
 * At start, that first look picks up whatever the last run left.
 */
@Component
class PhotoWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PhotoWorkers.class);

    private final PhotoWork work;
    private final PhotoProperties.Queue settings;
    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private long wakes;
    private volatile boolean running;

    PhotoWorkers(PhotoWork work, PhotoProperties properties) {
        this.work = work;
        this.settings = properties.queue();
    }

    /** New work was committed: a sleeping worker takes it now rather than at its next look. */
    void wake() {
        synchronized (signal) {
            wakes++;
            signal.notifyAll();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= settings.workers(); i++) {
            Thread thread = new Thread(this::work, "photo-worker-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake();
        for (Thread thread : threads) {
            try {
                thread.join(30_000); // a photo in hand is finished; one left is taken again after its lease
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        while (running) {
            long seen;
            synchronized (signal) {
                seen = wakes;
            }
            try {
                if (work.processNext()) {
                    continue;
                }
            } catch (RuntimeException e) {
                // the database away for a moment: the work stays queued and is looked for again
                log.warn("Looking for photos to process failed: {}", e.toString());
            }
            synchronized (signal) {
                if (running && wakes == seen) {
                    try {
                        signal.wait(Math.max(1, settings.poll().toMillis()));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }
}
