package com.example.app;

import com.example.lib.Tally;

/** The app's own class extends the library's: both are woven, the stamp lives in Tally. */
public class Scoreboard extends Tally {
    private String leader;

    public void lead(String who, int points) {
        leader = who;
        add(points);
    }

    public String leader() {
        return leader;
    }
}
