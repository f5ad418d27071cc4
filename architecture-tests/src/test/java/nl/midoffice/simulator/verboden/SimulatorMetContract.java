package nl.midoffice.simulator.verboden;

import nl.midoffice.contracts.Capability;

/** Violates the simulator rule on purpose: a simulator that shares the canonical contract with the adapters. */
public class SimulatorMetContract {

    public String systeem() {
        return Capability.PERSOONSGEGEVENS.nieuwSysteem();
    }
}
