package cn.gov.pingnan.accountability.rules;

/** a county's rule table override that cannot be used; the application refuses to start with it. */
public class RuleTableRefusedException extends IllegalStateException {

    private final String county;
    private final String file;

    public RuleTableRefusedException(String county, String file, String message, Throwable cause) {
        super(message, cause);
        this.county = county;
        this.file = file;
    }

    public String county() {
        return county;
    }

    public String file() {
        return file;
    }
}
