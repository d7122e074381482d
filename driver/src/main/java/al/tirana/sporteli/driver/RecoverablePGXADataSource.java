package al.tirana.sporteli.driver;

import java.sql.SQLException;
import javax.sql.XAConnection;
import org.postgresql.xa.PGXADataSource;

/**
 * PostgreSQL's XA datasource, with its connections' XA outcomes corrected where the driver gets them
 * wrong (see {@link RecoverableXAConnection}). Everything else, the settings above all, is the driver's.
 */
public class RecoverablePGXADataSource extends PGXADataSource {

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return new RecoverableXAConnection(super.getXAConnection());
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return new RecoverableXAConnection(super.getXAConnection(user, password));
    }
}
