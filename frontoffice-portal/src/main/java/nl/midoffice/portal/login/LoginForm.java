package nl.midoffice.portal.login;

/** The simulated DigiD form: only a BSN, either from a test person's button or typed in. */
public class LoginForm {

    @GeldigBsn
    private String bsn;

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        // people copy numbers with spaces around them; inner spaces stay an error worth explaining
        this.bsn = bsn == null ? null : bsn.strip();
    }
}
