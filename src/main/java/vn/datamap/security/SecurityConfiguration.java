package vn.datamap.security;

import java.util.function.Supplier;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.datamap.config.DatamapProperties;
import vn.datamap.vocab.Minted;

/**
 * The HTTP side of security: stateless (no session, no cookie, no login form, so no CSRF to
 * guard against), credentials in the {@code Authorization} header on every request, reads open
 * to everyone and every origin, writes for signed-in callers from the server's own pages or from
 * programs. Read responses keep their own caching headers: Spring Security's {@code no-cache}
 * headers are off, its other protective headers stay.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean(destroyMethod = "close")
    AccountStore accountStore(DatamapProperties properties) {
        return AccountStore.open(properties.dataDir());
    }

    /**
     * No Micrometer observation around each filter of the security chain, each authentication and
     * each authorization: a dozen observations started and stopped per request, the largest part
     * of a cheap request's own work (a static file, a page already rendered), for metrics this
     * server does not expose (only {@code /actuator/health} is). The request as a whole is still
     * observed once, by Spring MVC.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** bcrypt, behind the delegating encoder so that stored hashes name their algorithm and can move on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CallerAuthenticationProvider provider, Minted minted,
                                            ApplicationContext context) throws Exception {
        AccessRules rules = new AccessRules();
        SecurityProblems problems = new SecurityProblems(handlerMapping(context));
        // Per request, never in a session: later dispatches of the same request (error page, async) still see it.
        SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();
        http.csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(security -> security.securityContextRepository(contexts))
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ReadCors(rules), CsrfFilter.class)
                .addFilterBefore(new OriginGuard(rules, minted.base()), LogoutFilter.class)
                .addFilterBefore(new CredentialsFilter(provider, problems, contexts), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // Error pages, forwards and async dispatches belong to a request that was already let through.
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(rules.adminOnly()).hasRole(Role.ADMIN.name())
                        .requestMatchers(rules.open()).permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /** Spring MVC's mappings, looked up on first use (they are built after the filter chain). */
    private static Supplier<RequestMappingHandlerMapping> handlerMapping(ApplicationContext context) {
        return new Supplier<>() {
            private volatile RequestMappingHandlerMapping mapping;

            @Override
            public RequestMappingHandlerMapping get() {
                if (mapping == null) {
                    try {
                        mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
                    } catch (BeansException e) {
                        return null;
                    }
                }
                return mapping;
            }
        };
    }
}
