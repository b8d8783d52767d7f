package com.example;

public class Sound {
    int volume;
}
