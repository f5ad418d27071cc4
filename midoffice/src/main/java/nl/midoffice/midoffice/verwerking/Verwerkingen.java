package nl.midoffice.midoffice.verwerking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.midoffice.contracts.PersoonOpgevraagd;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.midoffice.MidofficeProperties;

/**
 * The verwerkingenlogging (docs/architecture.md): every lookup of personal data is recorded as a verwerkingsactie in
 * the manner of the VNG Verwerkingenlogging API — the action, the processing activity with its purpose and legal
 * ground, confidentiality, retention period, the executing organisation, the system that supplied the data and the
 * person concerned. The administrator reads all of them, a citizen their own.
 */
@Component
public class Verwerkingen {

    static final String ACTIE_NAAM = "Persoonsgegevens opgevraagd";
    static final String UITVOERDER = "Mid-office (digitaal loket)";

    /** One verwerkingsactie. {@code bsn} is the person concerned: never log it. */
    public record Verwerkingsactie(UUID actieId, String actieNaam, String verwerkingNaam, String verwerkingsactiviteit,
            String doel, String grondslag, String vertrouwelijkheid, String bewaartermijn,
            String verwerkendeOrganisatie, String uitvoerder, String systeem, String gegevensbron, Instant tijdstip,
            Instant tijdstipRegistratie, String bsn, String betrokkenheid, List<String> soortenGegevens,
            UUID aanvraagId, String aanvraagReferentie, String correlationId) {

        @Override
        public String toString() {
            return "Verwerkingsactie[actieId=" + actieId + ", verwerkingsactiviteit=" + verwerkingsactiviteit
                    + ", systeem=" + systeem + "]";
        }
    }

    private final JdbcClient jdbc;
    private final MidofficeProperties properties;

    Verwerkingen(JdbcClient jdbc, MidofficeProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Records the lookup an answer reports, once per answer (a redelivered answer is not recorded twice).
     *
     * @param bsn        the person looked up
     * @param gemeente   the municipality on whose behalf
     * @param doel       the {@code doel} of the question (a product id, or none for a prefill)
     * @param referentie the aanvraag's reference, if the lookup was for one
     */
    public void legVast(PersoonOpgevraagd antwoord, String bsn, String gemeente, String doel, UUID aanvraagId,
            String referentie) {
        Verwerkingsactiviteit activiteit = Verwerkingsactiviteit.voorDoel(doel);
        Instant tijdstip = antwoord.tijdstip() != null ? antwoord.tijdstip() : Instant.now();
        jdbc.sql("""
                insert into verwerkingsactie (actie_id, actie_naam, verwerking_naam, verwerkingsactiviteit, doel,
                    grondslag, vertrouwelijkheid, bewaartermijn, verwerkende_organisatie, uitvoerder, systeem,
                    gegevensbron, tijdstip, tijdstip_registratie, bsn, betrokkenheid, soorten_gegevens, aanvraag_id,
                    aanvraag_referentie, correlation_id, bericht_id)
                values (:actie, :actieNaam, :verwerkingNaam, :activiteit, :doel, :grondslag, :vertrouwelijkheid,
                    :bewaartermijn, :organisatie, :uitvoerder, :systeem, :bron, :tijdstip, :nu, :bsn, 'aanvrager',
                    :soorten, :aanvraag, :referentie, :correlatie, :bericht)
                on conflict (bericht_id) do nothing""")
                .param("actie", UUID.randomUUID()).param("actieNaam", ACTIE_NAAM)
                .param("verwerkingNaam", activiteit.naam()).param("activiteit", activiteit.id())
                .param("doel", activiteit.doel()).param("grondslag", activiteit.grondslag())
                .param("vertrouwelijkheid", activiteit.vertrouwelijkheid())
                .param("bewaartermijn", activiteit.bewaartermijn())
                .param("organisatie", "Gemeente " + properties.gemeenten().getOrDefault(gemeente, gemeente))
                .param("uitvoerder", UITVOERDER).param("systeem", antwoord.systeem())
                .param("bron", gegevensbron(antwoord.systeem()))
                .param("tijdstip", Timestamp.from(tijdstip)).param("nu", Timestamp.from(Instant.now()))
                .param("bsn", bsn).param("soorten", String.join(",", antwoord.gevraagdeGegevens()))
                .param("aanvraag", aanvraagId).param("referentie", referentie)
                .param("correlatie", antwoord.correlationId()).param("bericht", antwoord.messageId())
                .update();
    }

    static String gegevensbron(String systeem) {
        return switch (systeem) {
            case Systemen.BRP -> "Basisregistratie Personen (BRP)";
            case Systemen.LEGACY_SUITE -> "Kopie van persoonsgegevens in het zaaksysteem van de gemeente";
            default -> systeem;
        };
    }

    /** The actions about one person, newest first. */
    public List<Verwerkingsactie> vanBetrokkene(String bsn, int max) {
        return jdbc.sql("select * from verwerkingsactie where bsn = :bsn order by tijdstip desc limit :max")
                .param("bsn", bsn).param("max", max).query((rs, n) -> actie(rs)).list();
    }

    /** The most recent actions, newest first. */
    public List<Verwerkingsactie> recent(int max) {
        return jdbc.sql("select * from verwerkingsactie order by tijdstip desc limit :max")
                .param("max", max).query((rs, n) -> actie(rs)).list();
    }

    public List<Verwerkingsactie> vanAanvraag(UUID aanvraagId) {
        return jdbc.sql("select * from verwerkingsactie where aanvraag_id = :id order by tijdstip")
                .param("id", aanvraagId).query((rs, n) -> actie(rs)).list();
    }

    private static Verwerkingsactie actie(ResultSet rs) throws SQLException {
        String soorten = rs.getString("soorten_gegevens");
        return new Verwerkingsactie(rs.getObject("actie_id", UUID.class), rs.getString("actie_naam"),
                rs.getString("verwerking_naam"), rs.getString("verwerkingsactiviteit"), rs.getString("doel"),
                rs.getString("grondslag"), rs.getString("vertrouwelijkheid"), rs.getString("bewaartermijn"),
                rs.getString("verwerkende_organisatie"), rs.getString("uitvoerder"), rs.getString("systeem"),
                rs.getString("gegevensbron"), rs.getTimestamp("tijdstip").toInstant(),
                rs.getTimestamp("tijdstip_registratie").toInstant(), rs.getString("bsn"),
                rs.getString("betrokkenheid"), soorten.isEmpty() ? List.of() : List.of(soorten.split(",")),
                rs.getObject("aanvraag_id", UUID.class), rs.getString("aanvraag_referentie"),
                rs.getString("correlation_id"));
    }
}
