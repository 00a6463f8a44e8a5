<?php
// lib/Lime/Helper/Cache.php
