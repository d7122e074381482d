package al.tirana.sporteli.routing.control;

import al.tirana.sporteli.units.entity.UnitCode;

/**
 * JNDI names of every destination Sporteli uses. The queues themselves are created by
 * config/configure-messaging.cli; a name here without a queue there fails at the first send.
 */
public final class Destinations {

    /** Pooled and enlisted in the JTA transaction: a send through it happens only if the transaction commits. */
    public static final String TRANSACTIONAL_CONNECTION_FACTORY = "java:/JmsXA";
    /** In-VM and not enlisted: for BrokerLink, the outbox relay and the board notices, outside any JTA transaction. */
    public static final String PLAIN_CONNECTION_FACTORY = "java:/ConnectionFactory";
    public static final String UNIT_QUEUE_PREFIX = "java:/jms/queue/sporteli/unit/";
    public static final String DEPARTMENT_QUEUE_PREFIX = "java:/jms/queue/sporteli/dept/";
    public static final String TRIAGE_QUEUE = "java:/jms/queue/sporteli/triage";
    public static final String EMERGENCY_QUEUE = "java:/jms/queue/sporteli/emergency";
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/DLQ";
    /** Tells the Operational Center's open boards that an incident changed. */
    public static final String BOARD_TOPIC = "java:/jms/topic/sporteli/board";

    private Destinations() {
    }

    public static String unitQueue(UnitCode unit) {
        return UNIT_QUEUE_PREFIX + unit.value();
    }

    /** The queue's name on the broker, as operators see it in the console and the CLI. */
    public static String unitQueueName(UnitCode unit) {
        return "sporteli.unit." + unit.value();
    }

    public static String departmentQueue(String departmentCode) {
        return DEPARTMENT_QUEUE_PREFIX + departmentCode;
    }
}
