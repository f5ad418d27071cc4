package nl.midoffice.simulator.brp.personen;

/** One wrong parameter in a 400 answer, as the BRP API reports it: code, name (with index) and reason. */
record InvalidParam(String code, String name, String reason) {

    static InvalidParam verplicht(String name) {
        return new InvalidParam("required", name, "Parameter is verplicht.");
    }

    static InvalidParam geenArray(String name) {
        return new InvalidParam("array", name, "Parameter is geen array.");
    }

    static InvalidParam minItems(String name, int min) {
        return new InvalidParam("minItems", name, "Array bevat minder dan " + min + " items.");
    }

    static InvalidParam maxItems(String name, int max) {
        return new InvalidParam("maxItems", name, "Array bevat meer dan " + max + " items.");
    }

    static InvalidParam patroon(String name, String patroon) {
        return new InvalidParam("pattern", name, "Waarde voldoet niet aan patroon " + patroon + ".");
    }

    static InvalidParam onverwacht(String name) {
        return new InvalidParam("unknownParam", name, "Parameter is niet verwacht.");
    }

    static InvalidParam onbekendZoektype() {
        return new InvalidParam("value", "type", "Waarde is geen geldig zoek type.");
    }

    static InvalidParam zoektypeNietGesimuleerd() {
        return new InvalidParam("value", "type", "Zoek type wordt niet ondersteund door de simulator.");
    }

    static InvalidParam onbekendVeld(String name) {
        return new InvalidParam("fields", name, "Parameter bevat een niet bestaande veldnaam.");
    }

    static InvalidParam nietToegestaanVeld(String name) {
        return new InvalidParam("fields", name, "Parameter bevat een niet toegestane veldnaam.");
    }
}
