package cn.gov.pingnan.accountability.deployment;

/** A diagram or form that cannot be deployed; names the file and the element so a manager can fix it. */
public class DiagramRefusedException extends RuntimeException {

    private final String file;

    public DiagramRefusedException(String file, String reason, Throwable cause) {
        super("Deployment of " + file + " refused: " + reason, cause);
        this.file = file;
    }

    public String getFile() {
        return file;
    }
}
