<?php
// lib/FileStorage.php
