package socklab.classroom;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** What one student's client heard from the class: offers, and how often it was told the teacher left. */
final class Inbox implements ClassClient.Events {
    final List<ClassMessage.Offer> offers = new CopyOnWriteArrayList<>();
    final CountDownLatch offered;
    final CountDownLatch gone;
    final AtomicInteger goneCalls = new AtomicInteger();

    Inbox(CountDownLatch offered, CountDownLatch gone) {
        this.offered = offered;
        this.gone = gone;
    }

    @Override
    public void offered(ClassMessage.Offer offer) {
        offers.add(offer);
        offered.countDown();
    }

    @Override
    public void teacherGone() {
        goneCalls.incrementAndGet();
        gone.countDown();
    }
}
