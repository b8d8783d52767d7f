package com.example.planner;

/** A plain class: the plugin weaves its field writes. */
public class Meeting {
    private String room = "none";
    private int hour = -1;

    public void place(String room, int hour) {
        this.room = room;
        this.hour = hour;
    }

    public String room() {
        return room;
    }

    public int hour() {
        return hour;
    }
}
