package dev.lede.web.view;

/** A labelled link (href already encoded). */
public record Link(String label, String href) {}
