<?php
// lib/DotEnv.php
