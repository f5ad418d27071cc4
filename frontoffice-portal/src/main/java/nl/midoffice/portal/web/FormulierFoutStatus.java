package nl.midoffice.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A form shown again because of its errors answers 400: the browser shows the page with its messages all the same,
 * and to everything else (monitoring, tests, a script) the status says what happened, that the request was refused.
 */
@Configuration(proxyBeanMethods = false)
class FormulierFoutStatus implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (modelAndView != null && response.getStatus() == HttpServletResponse.SC_OK
                && modelAndView.getModel().values().stream()
                        .anyMatch(waarde -> waarde instanceof BindingResult fouten && fouten.hasErrors())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
