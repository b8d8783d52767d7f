package com.example.board;

class BoardFixture {
    Board board = new Board();
}
