package al.tirana.sporteli.it;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Reads a queue's counters from the broker's MBeans, as an operator would in JConsole. */
final class QueueCounters {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName queue;

    QueueCounters(String queueName) throws Exception {
        Set<ObjectName> names = server.queryNames(new ObjectName(
                "org.apache.activemq.artemis:subcomponent=queues,queue=\"jms.queue." + queueName + "\",*"), null);
        if (names.size() != 1) {
            throw new IllegalStateException("Expected one MBean for queue " + queueName + ", found " + names);
        }
        queue = names.iterator().next();
    }

    long added() {
        return counter("MessagesAdded");
    }

    /** Messages waiting on the queue now (delivered but unacknowledged ones included). */
    long waiting() {
        return counter("MessageCount");
    }

    /** Holds deliveries back; messages still arrive and wait. */
    void pause() throws Exception {
        server.invoke(queue, "pause", new Object[0], new String[0]);
    }

    void resume() throws Exception {
        server.invoke(queue, "resume", new Object[0], new String[0]);
    }

    long acknowledged() {
        return counter("MessagesAcknowledged");
    }

    /** Unchecked, so that a counter can be polled from a lambda; a broker that cannot answer fails the test. */
    private long counter(String attribute) {
        try {
            return ((Number) server.getAttribute(queue, attribute)).longValue();
        } catch (JMException e) {
            throw new IllegalStateException("Cannot read " + attribute + " of " + queue, e);
        }
    }
}
