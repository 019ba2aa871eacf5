package dev.lede.entity;

/** The kinds of named entity Lede facets on. */
public enum EntityType {
  PERSON,
  PLACE,
  ORG
}
