package org.w3id.dmmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Pages are made a few at a time; a request that finds no place within the wait gets 503. */
class PageGateTest {
    /** A response that records its status and swallows its body. */
    private static HttpServletResponse response(AtomicInteger status) {
        return (HttpServletResponse) Proxy.newProxyInstance(PageGateTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> status.set((Integer) args[0]);
                        case "getOutputStream" -> {
                            return new jakarta.servlet.ServletOutputStream() {
                                @Override
                                public void write(int b) {
                                }

                                @Override
                                public boolean isReady() {
                                    return true;
                                }

                                @Override
                                public void setWriteListener(jakarta.servlet.WriteListener l) {
                                }
                            };
                        }
                        default -> {
                        }
                    }
                    return null;
                });
    }

    @Test
    void requestThatFindsNoPlaceGets503AndTheNextOneAfterAReleaseIsServed() throws Exception {
        PageGate gate = new PageGate(1, 200);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = new Thread(() -> {
            try {
                gate.doFilter(null, response(new AtomicInteger()), (req, resp) -> {
                    inside.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        slow.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        gate.doFilter(null, response(refused), (req, resp) -> served.incrementAndGet());
        assertEquals(503, refused.get());
        assertEquals(0, served.get());
        release.countDown();
        slow.join();
        gate.doFilter(null, response(new AtomicInteger()), (req, resp) -> served.incrementAndGet());
        assertEquals(1, served.get());
    }
}
