package com.example;

public class Cache {
    int hits;
}
