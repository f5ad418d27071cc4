package nl.midoffice.simulator.verboden;

import nl.midoffice.simulator.brp.BrpSimulatorApplication;

/** Violates the simulator rule on purpose: one simulator that builds on another. */
public class SimulatorMetAndereSimulator {

    public Class<?> andereSimulator() {
        return BrpSimulatorApplication.class;
    }
}
