package org.w3id.dmmkg.server;

/** The server cannot listen: another program holds the port. */
public final class PortInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int port;

    public PortInUseException(int port, Throwable cause) {
        super("port " + port + " is in use", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
