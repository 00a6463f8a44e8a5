<?php
// Old site: lists the PDFs of this folder with their download counts.
require __DIR__ . '/config.php';
