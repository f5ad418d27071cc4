package nl.midoffice.simulator.vergunningen.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json answer from a servlet filter, before any controller is reached. */
final class FilterProbleem {

    private FilterProbleem() {
    }

    static void schrijf(JsonMapper json, HttpServletRequest request, HttpServletResponse response, int status,
                        String title, String detail) throws IOException {
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("type", "about:blank");
        probleem.put("title", title);
        probleem.put("status", status);
        probleem.put("detail", detail);
        probleem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(probleem));
    }
}
