<?php
$data_dir = "../data/";
$imapServerAddress = "localhost";
