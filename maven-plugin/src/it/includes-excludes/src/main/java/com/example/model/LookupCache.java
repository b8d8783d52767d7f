package com.example.model;

/** Excluded from weaving: a cache need not be rolled back. */
public class LookupCache {
    public int hits;
}
