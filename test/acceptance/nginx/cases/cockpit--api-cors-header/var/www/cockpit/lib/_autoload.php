<?php
// lib/_autoload.php
