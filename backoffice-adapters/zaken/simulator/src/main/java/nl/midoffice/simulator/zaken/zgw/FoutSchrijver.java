package nl.midoffice.simulator.zaken.zgw;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Writes a ZGW error from a servlet filter, where no controller advice applies. */
@Component
public class FoutSchrijver {

    private final JsonMapper json;
    private final BasisUrl basisUrl;

    FoutSchrijver(JsonMapper json, BasisUrl basisUrl) {
        this.json = json;
        this.basisUrl = basisUrl;
    }

    /** From a filter: the request is passed in, as Spring has not bound it to the thread yet. */
    public void schrijf(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, ZgwFout fout)
            throws IOException {
        response.setStatus(fout.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), fout.alsFout(basisUrl.van(request)));
    }
}
