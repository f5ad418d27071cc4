package nl.midoffice.adapter.meldingen;

import java.time.Duration;

import nl.midoffice.adapterkit.AdapterOnderTest;

/**
 * The guide's contract test pointed at the broken adapter ({@link KapotteAutoConfiguration}) instead of the
 * guide's. Not run by Maven itself (no {@code IT} in its name): {@link HetContractVangtFoutenIT} runs it and
 * expects it to fail.
 */
class KapotteMeldingenContract extends MeldingenZaakRegistrerenContractIT {

    @Override
    protected AdapterOnderTest adapter() {
        return super.adapter()
                .adapterEigenschap("midoffice.adapters.meldingen.enabled", "false")
                .adapterEigenschap("proef.kapot", "true")
                .maximaleWachttijd(Duration.ofSeconds(15));
    }
}
