<?php
// lib/Lime/App.php
