package dev.lede.web.view;

/** A hidden form field that carries the rest of the search state through a GET form. */
public record Field(String name, String value) {}
