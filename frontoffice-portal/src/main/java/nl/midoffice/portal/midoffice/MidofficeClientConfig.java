package nl.midoffice.portal.midoffice;

import java.net.http.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds the one RestClient for the mid-office, with explicit timeouts: a hanging mid-office
 * must turn into a friendly message for the citizen, not a hanging browser tab.
 */
@Configuration(proxyBeanMethods = false)
class MidofficeClientConfig {

    @Bean
    RestClient midofficeRestClient(RestClient.Builder builder, MidofficeProperties properties) {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.readTimeout());
        return builder
                .baseUrl(properties.url().toString())
                .requestFactory(requestFactory)
                .build();
    }
}
