<?php

class opml
{
    private $data;
    private $writer;

    public function __construct($data)
    {
        $this->data = $data;
        $this->writer = new XMLWriter();
        $this->writer->openMemory();
