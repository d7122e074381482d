package al.tirana.sporteli.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The bench's progress and result lines, through a logger whose only handler writes the bare message
 * to the terminal (and flushes it at once, so progress shows while a step runs); run.sh keeps them.
 */
final class Console {

    private static final Logger LOG = Logger.getLogger("al.tirana.sporteli.bench");

    static {
        LOG.setUseParentHandlers(false);
        LOG.addHandler(new StreamHandler(new FileOutputStream(FileDescriptor.out), new Formatter() {
            @Override
            public String format(LogRecord record) {
                StringBuilder line = new StringBuilder(formatMessage(record)).append(System.lineSeparator());
                for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                    line.append(t).append(System.lineSeparator());
                    for (StackTraceElement frame : t.getStackTrace()) {
                        line.append("\tat ").append(frame).append(System.lineSeparator());
                    }
                }
                return line.toString();
            }
        }) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        });
    }

    private Console() {
    }

    static void printf(String format, Object... arguments) {
        String text = String.format(format, arguments);
        LOG.info(text.endsWith(System.lineSeparator()) ? text.substring(0, text.length() - System.lineSeparator().length()) : text);
    }

    static void println(String text) {
        LOG.info(text);
    }

    static void failed(String text, Throwable cause) {
        LOG.log(Level.SEVERE, text, cause);
    }
}
