// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.io.UncheckedIOException;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * Answers the identity paths, {@code /.well-known/openid-configuration}, {@code /.oidc/}, {@code /.account/} and
 * {@code /.admin/}, and leaves every other path to the next handler. Each family of paths answers errors in its
 * own form: OAuth errors for the OpenID endpoints, problem details for the APIs, pages for the pages.
 */
final class IdentityHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityHandler.class);

    /** The parts the handler dispatches to. */
    record Parts(Discovery discovery, IssuerKeys keys, TokenEndpoint token, RegistrationEndpoint registration,
            AuthorizationEndpoint authorization, LoginPages login, AccountPages account, AccountApi accountApi,
            AdminApi admin, Pages pages) {
    }

    private final Parts parts;

    IdentityHandler(Parts parts) {
        this.parts = parts;
    }

    /** Whether a request path belongs to this handler. */
    static boolean owns(String path) {
        return path != null && (path.equals(Discovery.WELL_KNOWN) || path.startsWith("/.oidc/")
                || path.startsWith("/.account/") || path.equals("/.account") || path.startsWith(AdminApi.PREFIX));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        if (!owns(path)) {
            return false;
        }
        WebExchange exchange = new WebExchange(request, response, callback);
        try {
            dispatch(exchange, path);
        } catch (ProblemException e) {
            answer(exchange, path, e);
        } catch (UncheckedIOException e) {
            LOG.debug("{} {}: the request body could not be read: {}", request.getMethod(), path, e.getMessage());
            callback.failed(e);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), path, e);
            if (exchange.isCommitted()) {
                callback.failed(e);
            } else {
                answer(exchange, path, ProblemException.of(500, "Internal Server Error",
                        "The server failed to answer; the failure is logged."));
            }
        }
        return true;
    }

    private void dispatch(WebExchange exchange, String path) {
        if (path.equals(Discovery.WELL_KNOWN) || path.startsWith("/.oidc/")) {
            openId(exchange, path);
        } else if (path.startsWith(AccountApi.PREFIX)) {
            parts.accountApi().handle(exchange);
        } else if (path.startsWith(AdminApi.PREFIX)) {
            parts.admin().handle(exchange);
        } else {
            accountPage(exchange, path);
        }
    }

    /** The OpenID endpoints are called by apps in browsers, from any origin, so they answer CORS. */
    private void openId(WebExchange exchange, String path) {
        boolean page = path.equals(Discovery.AUTHORIZATION) || path.equals(Discovery.CONSENT);
        if (!page) {
            cors(exchange);
            if ("OPTIONS".equals(exchange.method())) {
                exchange.sendEmpty(204);
                return;
            }
        }
        boolean get = "GET".equals(exchange.method()) || "HEAD".equals(exchange.method());
        switch (path) {
            case Discovery.WELL_KNOWN -> requireGet(exchange, get).sendJson(200, parts.discovery().metadata());
            case Discovery.JWKS -> requireGet(exchange, get).sendJson(200,
                    parts.keys().publicKeys().toJSONObject(true));
            case Discovery.TOKEN -> parts.token().handle(exchange);
            case Discovery.REGISTRATION -> parts.registration().handle(exchange);
            case Discovery.AUTHORIZATION -> parts.authorization().authorize(requireGet(exchange, get));
            case Discovery.CONSENT -> {
                if (get) {
                    parts.authorization().consentPage(exchange);
                } else {
                    parts.authorization().consent(exchange);
                }
            }
            default -> throw ProblemException.notFound("No OpenID endpoint at " + path + ".");
        }
    }

    private void accountPage(WebExchange exchange, String path) {
        boolean post = "POST".equals(exchange.method());
        switch (path) {
            case "/.account", Pages.HOME -> parts.account().home(exchange);
            case Pages.LOGIN -> {
                if (post) {
                    parts.login().login(exchange);
                } else {
                    parts.login().loginPage(exchange);
                }
            }
            case Pages.SIGNUP -> {
                if (post) {
                    parts.login().signup(exchange);
                } else {
                    parts.login().signupPage(exchange);
                }
            }
            case Pages.PASSWORD -> {
                if (post) {
                    parts.account().changePassword(exchange);
                } else {
                    parts.account().passwordPage(exchange);
                }
            }
            case Pages.PODS -> parts.account().createPod(requirePost(exchange, post));
            case Pages.CREDENTIALS -> parts.account().createCredential(requirePost(exchange, post));
            case Pages.LOGOUT -> parts.account().logout(requirePost(exchange, post));
            default -> throw ProblemException.notFound("No account page at " + path + ".");
        }
    }

    private static WebExchange requireGet(WebExchange exchange, boolean get) {
        if (!get) {
            throw ProblemException.methodNotAllowed("Only GET is allowed here.").withHeader("Allow", "GET, HEAD");
        }
        return exchange;
    }

    private static WebExchange requirePost(WebExchange exchange, boolean post) {
        if (!post) {
            throw ProblemException.methodNotAllowed("Only POST is allowed here.").withHeader("Allow", "POST");
        }
        return exchange;
    }

    /** Any origin may call the discovery, keys, token and registration endpoints; no cookie is involved there. */
    private static void cors(WebExchange exchange) {
        String origin = exchange.header("Origin");
        exchange.setHeader("Access-Control-Allow-Origin", origin != null ? origin : "*");
        exchange.setHeader("Vary", "Origin");
        exchange.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
        exchange.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, DPoP");
        exchange.setHeader("Access-Control-Expose-Headers", "WWW-Authenticate, DPoP-Nonce");
        exchange.setHeader("Access-Control-Max-Age", "3600");
    }

    private void answer(WebExchange exchange, String path, ProblemException problem) {
        if (problem.status() >= 500) {
            LOG.error("{} {} failed: {}", exchange.method(), path, problem.getMessage(), problem.getCause());
        } else {
            LOG.debug("{} {}: {} {}", exchange.method(), path, problem.status(), problem.getMessage());
        }
        if (path.equals(Discovery.TOKEN) || path.equals(Discovery.REGISTRATION)) {
            OAuthErrors.send(exchange, problem);
        } else if (path.startsWith(AccountApi.PREFIX) || path.startsWith(AdminApi.PREFIX)
                || path.startsWith("/.oidc/") || path.equals(Discovery.WELL_KNOWN)) {
            sendProblem(exchange, problem);
        } else {
            problem.headers().forEach(exchange::setHeader);
            parts.pages().error(exchange, problem.status(), Pages.messages(exchange), problem.detail());
        }
    }

    /** RFC 9457 problem details. */
    private static void sendProblem(WebExchange exchange, ProblemException problem) {
        problem.headers().forEach(exchange::setHeader);
        exchange.send(problem.status(), ProblemException.MEDIA_TYPE, problem.toJson(null));
    }
}
