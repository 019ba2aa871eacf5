package dev.lede.web.view;

/**
 * An error page.
 *
 * @param status the HTTP status
 * @param title a short title ("Not found")
 * @param message what happened and what to do, never raw request data
 */
public record ErrorView(int status, String title, String message) {}
